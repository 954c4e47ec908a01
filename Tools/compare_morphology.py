#!/usr/bin/env python3
"""Agreement of `runews morph` with pymorphy3 on the top reading's lemma and part of speech.

usage: Tools/compare_morphology.py --runews .build/release/runews dictionary [--sample 50000] [--seed 1]
       Tools/compare_morphology.py --runews .build/release/runews texts FILE.txt … [--errors N]

Needs pymorphy3 and pymorphy3-dicts-ru (a venv; not for CI). `dictionary` draws word forms at random
from the dictionary itself; `texts` takes every word of the given texts (running words, so frequent
words weigh as they do in news). A reading agrees when the lemmas are equal (case-insensitive) and the
parts of speech are equal (for tokens without one, such as numbers and Latin words, the whole tags).
"""
import argparse
import json
import random
import re
import subprocess
import sys

import pymorphy3


def top_reading(parses):
    if not parses:
        return None, None
    first = parses[0]
    return first['lemma'].lower(), first['tags'][0] if first['tags'] else None


def pymorphy_reading(morph, word):
    parse = morph.parse(word)[0]
    pos = parse.tag.POS or str(parse.tag).split(',')[0].split(' ')[0]
    return parse.normal_form.lower(), pos


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runews', required=True)
    ap.add_argument('what', choices=['dictionary', 'texts'])
    ap.add_argument('files', nargs='*')
    ap.add_argument('--sample', type=int, default=50000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--errors', type=int, default=20)
    a = ap.parse_args()
    morph = pymorphy3.MorphAnalyzer()

    if a.what == 'dictionary':
        rng = random.Random(a.seed)
        sample = []
        for n, (word, *_rest) in enumerate(morph.dictionary.iter_known_words()):
            if len(sample) < a.sample:
                sample.append(word)
            else:
                j = rng.randrange(n + 1)
                if j < a.sample:
                    sample[j] = word
        words = sample
    else:
        words = []
        for path in a.files:
            with open(path, encoding='utf-8') as f:
                words += re.findall(r'\w+(?:-\w+)*', f.read())

    out = subprocess.run([a.runews, 'morph', '-'], input='\n'.join(words).encode('utf-8') + b'\n',
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8').splitlines()
    assert len(out) == len(words), (len(out), len(words))
    agree, errors = 0, []
    for word, line in zip(words, out):
        ours = top_reading(json.loads(line)['parses'])
        theirs = pymorphy_reading(morph, word)
        if ours == theirs:
            agree += 1
        else:
            errors.append((word, ours, theirs))
    for word, ours, theirs in errors[:a.errors]:
        print('%s: runews %s, pymorphy3 %s' % (word, ours, theirs))
    print('%s: %d words, %d agree = %.2f %%' % (a.what, len(words), agree, 100.0 * agree / max(len(words), 1)))


if __name__ == '__main__':
    main()
