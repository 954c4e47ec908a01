#!/usr/bin/env python3
"""Convert the OpenCorpora dictionary of `pymorphy3-dicts-ru` into RuNews's morphology file.

usage: Tools/build_morphology.py [--dicts DIR] [-o Sources/RuNewsMorphology/Resources/ru.morph]

DIR is the `data` folder of the pymorphy3-dicts-ru package (default: found through `import
pymorphy3_dicts_ru`). Needs, in a venv: `pip install pymorphy3 pymorphy3-dicts-ru DAWG2` (dawg-python,
which pymorphy3 brings, reads the source DAWGs; DAWG2 builds ours). Python builds the data only;
nothing at run time needs it. Building takes about two minutes.

The file ("RUMORPH1", little-endian, every section 4-byte aligned):

    magic "RUMORPH1" | u32 version (3) | u32 section count | u64 FNV-1a of everything after the table
    section table: (4-byte name, u32 offset, u32 length) per section
    sections:
      WIDX         every spelling a lowercase input may have (the dictionary's words, and each with its ё
                   written е), in windows-1251 → where its readings are in RSET (first << 6 | count): an
                   integer DAWG in the double-array layout of dawgdic (units u32), so a lookup is one walk,
                   a step a letter, and the readings are the next read
      RSET         readings, two u32 each, a spelling's in the order pymorphy finds them (`similar_items`):
                   paradigm << 16 | form, and P(tag | spelling) × 10^6 (low 20 bits) | which е of the
                   spelling, counted from its end, the dictionary writes ё (bit 20 + i for the i-th);
                   spellings with the same readings share them
      PDI0..PDI2,  per paradigm prefix ("", "по", "наи"), word endings → (count, paradigm, form)
      PGD0..PGD2   records for guessing unknown words: a DAWG with its guide (u8 pairs), keys the UTF-8
                   ending, 0x01, base64 of >IHH
      PROB         P(tag | word) as an integer DAWG ("word:tag" → probability × 10^6), units only, for
                   the readings guessing finds
      PARA         paradigms: u32 count, u32 offsets[count + 1] (in u16), u16 data; a paradigm of n
                   forms is n suffix ids, n tag ids, n prefix ids
      SUFX, TAGS,  string tables: u32 count, u32 offsets[count + 1], UTF-8 bytes
      PRFX, GRAM   (GRAM rows are "grammeme<TAB>parent")
      META         the source dictionary's meta.json
"""
import argparse
import itertools
import json
import os
import struct
import sys

MAGIC = b'RUMORPH1'
VERSION = 3


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


def paradigms(path):
    """Each paradigm as its u16 ids: n suffix ids, n tag ids, n prefix ids."""
    with open(path, 'rb') as f:
        data = f.read()
    (count,) = struct.unpack_from('<H', data, 0)
    position, result = 2, []
    for _ in range(count):
        (length,) = struct.unpack_from('<H', data, position)
        position += 2
        result.append(struct.unpack_from('<%dH' % length, data, position))
        position += 2 * length
    return result


def paradigms_table(forms):
    offsets, words = [0], []
    for paradigm in forms:
        words.extend(paradigm)
        offsets.append(len(words))
    return (struct.pack('<I', len(forms)) + struct.pack('<%dI' % len(offsets), *offsets)
            + struct.pack('<%dH' % len(words), *words))


def fnv1a64_fast(data):
    # FNV-1a over 8-byte little-endian words (what the Swift reader computes): fast enough in Python.
    h = 0xcbf29ce484222325
    padded = data + b'\0' * (-len(data) % 8)
    for (word,) in struct.iter_unpack('<Q', padded):
        h = ((h ^ word) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


# Spellings are keyed in windows-1251, one byte a letter: half the steps of a walk over UTF-8.
# It holds every character of the dictionary's words (Russian letters, ASCII, "’").
KEY_ENCODING = 'cp1251'
PROBABILITY_BITS = 20  # P × 10^6 ≤ 10^6 < 2^20
YO_BITS = 12
COUNT_BITS = 6  # readings of one spelling: at most 63


def spellings_with_ye(word):
    """`word`, and `word` with any of its ё written е, as a text may write it."""
    positions = [i for i, c in enumerate(word) if c == 'ё']
    yield word
    for count in range(1, len(positions) + 1):
        for chosen in itertools.combinations(positions, count):
            letters = list(word)
            for i in chosen:
                letters[i] = 'е'
            yield ''.join(letters)


def reading_index(folder, tags, forms):
    """WIDX and RSET: every spelling's readings as pymorphy's dictionary analyser finds them
    (exact spelling first, then ё variants), each with P(tag | spelling)."""
    import dawg  # DAWG2
    import dawg_python
    words = dawg_python.RecordDAWG('>HH').load(os.path.join(folder, 'words.dawg'))
    probabilities = dict(dawg_python.IntCompletionDAWG().load(os.path.join(folder, 'p_t_given_w.intdawg')).items())
    replaces = dawg_python.DAWG.compile_replaces({'е': 'ё'})
    spellings = sorted({spelling for key in words.iterkeys() for spelling in spellings_with_ye(key)})
    sets, index = {}, []
    for spelling in spellings:
        ye_positions = [i for i, c in enumerate(spelling) if c == 'е'][::-1]
        readings = []
        for key, payloads in words.similar_items(spelling, replaces):
            yo = sum(1 << n for n, i in enumerate(ye_positions) if key[i] == 'ё')
            assert yo < 1 << YO_BITS, spelling
            for paradigm, form in payloads:
                paradigm_forms = forms[paradigm]
                tag = tags[paradigm_forms[len(paradigm_forms) // 3 + form]]
                probability = probabilities.get(spelling + ':' + tag, 0)
                assert probability < 1 << PROBABILITY_BITS
                readings.append((paradigm << 16 | form, yo << PROBABILITY_BITS | probability))
        index.append((spelling.encode(KEY_ENCODING), sets.setdefault(tuple(readings), len(sets))))
    places, data = [], []
    for readings in sets:  # dicts keep insertion order: ids count up
        assert len(readings) < 1 << COUNT_BITS
        places.append(len(data) // 2 << COUNT_BITS | len(readings))
        for pair in readings:
            data.extend(pair)
    assert places[-1] < 1 << 31
    units = dawg.IntDAWG(sorted((key, places[id]) for key, id in index)).tobytes()
    (count,) = struct.unpack_from('<I', units, 0)
    return units[4:4 + 4 * count], struct.pack('<%dI' % len(data), *data)


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
    tags = json.load(open(path('gramtab-opencorpora-int.json'), encoding='utf-8'))
    forms = paradigms(path('paradigms.array'))
    spellings, reading_sets = reading_index(folder, tags, forms)
    sections += [(b'WIDX', spellings), (b'RSET', reading_sets)]
    for i in range(len(meta['compile_options']['paradigm_prefixes'])):
        units, guide = read_dawg(path('prediction-suffixes-%d.dawg' % i))
        sections += [(b'PDI%d' % i, units), (b'PGD%d' % i, guide)]
    units, _ = read_dawg(path('p_t_given_w.intdawg'), with_guide=False)
    sections.append((b'PROB', units))
    sections.append((b'PARA', paradigms_table(forms)))
    sections.append((b'SUFX', string_table(json.load(open(path('suffixes.json'), encoding='utf-8')))))
    sections.append((b'TAGS', string_table(tags)))
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
