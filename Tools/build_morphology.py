#!/usr/bin/env python3
"""Convert the OpenCorpora dictionary of `pymorphy3-dicts-ru` into RuNews's morphology file.

usage: Tools/build_morphology.py [--dicts DIR] [-o Sources/RuNewsMorphology/Resources/ru.morph]

DIR is the `data` folder of the pymorphy3-dicts-ru package (default: found through `import
pymorphy3_dicts_ru`; `pip install pymorphy3-dicts-ru` in a venv first). Python builds the data only;
nothing at run time needs it. Standard library only.

The file ("RUMORPH1", little-endian, every section 4-byte aligned):

    magic "RUMORPH1" | u32 version | u32 section count | u64 FNV-1a of everything after the table
    section table: (4-byte name, u32 offset, u32 length) per section
    sections:
      WDIC, WGDE   word forms → (paradigm, form) records: a DAWG in the double-array layout of dawgdic
                   (units u32, guide u8 pairs); a key is the UTF-8 word, 0x01, base64 of >HH
      PDI0..PDI2,  per paradigm prefix ("", "по", "наи"), word endings → (count, paradigm, form)
      PGD0..PGD2   records for guessing unknown words, same layout, base64 of >IHH
      PROB         P(tag | word) as an integer DAWG ("word:tag" → probability × 10^6), units only
      PARA         paradigms: u32 count, u32 offsets[count + 1] (in u16), u16 data; a paradigm of n
                   forms is n suffix ids, n tag ids, n prefix ids
      SUFX, TAGS,  string tables: u32 count, u32 offsets[count + 1], UTF-8 bytes
      PRFX, GRAM   (GRAM rows are "grammeme<TAB>parent")
      META         the source dictionary's meta.json
"""
import argparse
import json
import os
import struct
import sys

MAGIC = b'RUMORPH1'
VERSION = 1


def read_dawg(path, with_guide=True):
    """The raw unit array (and guide) of a dawgdic file, as pymorphy3 wrote it."""
    with open(path, 'rb') as f:
        data = f.read()
    (units,) = struct.unpack_from('<I', data, 0)
    dictionary = data[4:4 + units * 4]
    rest = data[4 + units * 4:]
    if not with_guide:
        return dictionary, None
    (guide_units,) = struct.unpack_from('<I', rest, 0)
    guide = rest[4:4 + guide_units * 2]
    assert len(guide) == guide_units * 2, path
    return dictionary, guide


def string_table(strings):
    encoded = [s.encode('utf-8') for s in strings]
    offsets, total = [0], 0
    for e in encoded:
        total += len(e)
        offsets.append(total)
    return struct.pack('<I', len(encoded)) + struct.pack('<%dI' % len(offsets), *offsets) + b''.join(encoded)


def paradigms_table(path):
    with open(path, 'rb') as f:
        data = f.read()
    (count,) = struct.unpack_from('<H', data, 0)
    position, offsets, words = 2, [0], []
    for _ in range(count):
        (length,) = struct.unpack_from('<H', data, position)
        position += 2
        words.extend(struct.unpack_from('<%dH' % length, data, position))
        position += 2 * length
        offsets.append(len(words))
    return (struct.pack('<I', count) + struct.pack('<%dI' % len(offsets), *offsets)
            + struct.pack('<%dH' % len(words), *words))



def fnv1a64_fast(data):
    # FNV-1a over 8-byte little-endian words (what the Swift reader computes): fast enough in Python.
    h = 0xcbf29ce484222325
    padded = data + b'\0' * (-len(data) % 8)
    for (word,) in struct.iter_unpack('<Q', padded):
        h = ((h ^ word) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--dicts')
    ap.add_argument('-o', '--output', default=os.path.join(os.path.dirname(__file__), '..', 'Sources',
                                                            'RuNewsMorphology', 'Resources', 'ru.morph'))
    a = ap.parse_args()
    folder = a.dicts
    if not folder:
        import pymorphy3_dicts_ru
        folder = pymorphy3_dicts_ru.get_path()
    path = lambda name: os.path.join(folder, name)
    meta = dict(json.load(open(path('meta.json'), encoding='utf-8')))

    sections = []
    units, guide = read_dawg(path('words.dawg'))
    sections += [(b'WDIC', units), (b'WGDE', guide)]
    for i in range(len(meta['compile_options']['paradigm_prefixes'])):
        units, guide = read_dawg(path('prediction-suffixes-%d.dawg' % i))
        sections += [(b'PDI%d' % i, units), (b'PGD%d' % i, guide)]
    units, _ = read_dawg(path('p_t_given_w.intdawg'), with_guide=False)
    sections.append((b'PROB', units))
    sections.append((b'PARA', paradigms_table(path('paradigms.array'))))
    sections.append((b'SUFX', string_table(json.load(open(path('suffixes.json'), encoding='utf-8')))))
    sections.append((b'TAGS', string_table(json.load(open(path('gramtab-opencorpora-int.json'), encoding='utf-8')))))
    sections.append((b'PRFX', string_table(meta['compile_options']['paradigm_prefixes'])))
    grammemes = json.load(open(path('grammemes.json'), encoding='utf-8'))
    sections.append((b'GRAM', string_table(['%s\t%s' % (g[0], g[1]) for g in grammemes])))
    sections.append((b'META', json.dumps(meta, ensure_ascii=False, sort_keys=True).encode('utf-8')))

    header_size = 8 + 4 + 4 + 8 + 12 * len(sections)
    body, table, offset = b'', b'', header_size
    for name, data in sections:
        padding = -offset % 4
        body += b'\0' * padding
        offset += padding
        table += name + struct.pack('<II', offset, len(data))
        body += data
        offset += len(data)
    checksum = fnv1a64_fast(body)
    out = MAGIC + struct.pack('<IIQ', VERSION, len(sections), checksum) + table + body
    os.makedirs(os.path.dirname(os.path.abspath(a.output)), exist_ok=True)
    with open(a.output, 'wb') as f:
        f.write(out)
    print('%s: %d bytes, %d sections, source revision %s' % (a.output, len(out), len(sections),
                                                             meta.get('source_revision')), file=sys.stderr)


if __name__ == '__main__':
    main()
