#!/usr/bin/env python3
"""Where RuNews and razdel split sentences differently, on texts nobody tuned either to.

usage: Tools/compare_sentences.py --runews .build/release/runews TEXTS.jsonl … [--show N] [--seed 1]
                                  [--only runews|razdel] [--width 50]

TEXTS.jsonl holds {"id", "text"} a line (NEREL's train.jsonl and dev.jsonl do). Needs razdel from
PyPI (`pip install razdel`; not for CI). Every text is split by `runews segment` and by razdel's
`sentenize`, line by line, since RuNews always ends a sentence at a line break and razdel never does.
A disagreement is a sentence start one of them has and the other has not. The report counts them
and shows N of them drawn at random (fixed seed), each as its context with `‖` where the split is
(or would be), and which side splits there: judge them by hand, then fix the kinds RuNews gets
wrong, not the instances.
"""
import argparse
import json
import random
import subprocess
import sys

from razdel import sentenize


def read_texts(paths):
    texts = []
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    texts.append({'id': row['id'], 'text': row['text']})
    return texts


def runews_starts(binary, texts):
    """Sentence starts of each text, as code point offsets, by `runews segment`."""
    lines = ''.join(json.dumps(t, ensure_ascii=False) + '\n' for t in texts)
    done = subprocess.run([binary, 'segment', '-'], input=lines.encode('utf-8'), capture_output=True)
    if done.returncode != 0:
        sys.exit(done.stderr.decode('utf-8', 'replace'))
    starts = {}
    for line in done.stdout.decode('utf-8').splitlines():
        row = json.loads(line)
        starts[row['id']] = {start for start, _ in row['sentences']}
    return starts


def razdel_starts(text):
    """Sentence starts by razdel, each line on its own."""
    starts = set()
    offset = 0
    for line in text.split('\n'):
        starts.update(offset + sentence.start for sentence in sentenize(line) if sentence.text)
        offset += len(line) + 1
    return starts


def context(text, position, width):
    left = text[max(0, position - width):position].replace('\n', '⏎')
    right = text[position:position + width].replace('\n', '⏎')
    return left + '‖' + right


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('texts', nargs='+')
    parser.add_argument('--runews', required=True, help='the runews executable')
    parser.add_argument('--show', type=int, default=50, help='disagreements to show (0: all)')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--only', choices=['runews', 'razdel'], help='show only the splits this side makes')
    parser.add_argument('--width', type=int, default=50, help='characters of context on each side')
    args = parser.parse_args()

    texts = read_texts(args.texts)
    ours = runews_starts(args.runews, texts)
    disagreements = []
    for row in texts:
        text = row['text']
        mine, theirs = ours[row['id']], razdel_starts(text)
        # The first sentence's start is no boundary.
        first = min(mine | theirs, default=0)
        for position in sorted((mine ^ theirs) - {first}):
            side = 'runews' if position in mine else 'razdel'
            disagreements.append((row['id'], position, side, context(text, position, args.width)))

    by_side = {side: sum(1 for d in disagreements if d[2] == side) for side in ('runews', 'razdel')}
    print('%d texts, %d disagreements: %d split by RuNews only, %d by razdel only'
          % (len(texts), len(disagreements), by_side['runews'], by_side['razdel']))
    shown = [d for d in disagreements if args.only is None or d[2] == args.only]
    if args.show and len(shown) > args.show:
        shown = sorted(random.Random(args.seed).sample(shown, args.show), key=lambda d: (d[0], d[1]))
    for doc, position, side, text in shown:
        print('%-7s %s@%d  %s' % (side, doc, position, text))


if __name__ == '__main__':
    main()
