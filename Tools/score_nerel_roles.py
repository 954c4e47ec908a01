#!/usr/bin/env python3
"""Score people's roles against NEREL's WORKS_AS relations (PERSON -> PROFESSION): a yardstick for
roles beside factRuEval's, on another annotation and on far more pairs (NEREL dev 475, train 3,591).

usage: Tools/score_nerel_roles.py GOLD.jsonl RECORDS.jsonl [-v]
  GOLD     NEREL dev or train (../shared/eval/nerel/{dev,train}.jsonl)
  RECORDS  `runews batch --raw` over the same texts ({"id", "text"} lines)
  -v       print each predicted pair no gold pair matches

A predicted pair is a role mention and the person's mention nearest to it; it matches a gold pair when
both overlap theirs (lenient: NEREL's PROFESSION spans and our role mentions are cut differently,
"министра обороны США" against "министра обороны"). NEREL marks professions far from the name and in
any clause, so recall is bounded well below 1; precision is the figure to watch for new rules.
Only the documents RECORDS holds are scored.
"""
import json
import sys


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    arguments = [a for a in sys.argv[1:] if a != '-v']
    if len(arguments) != 2:
        sys.exit(__doc__)
    gold = {}
    for line in open(arguments[0], encoding='utf-8'):
        doc = json.loads(line)
        entities = {e['id']: e for e in doc['entities']}
        pairs = []
        for relation in doc['relations']:
            head, tail = entities.get(relation['head']), entities.get(relation['tail'])
            if relation['type'] == 'WORKS_AS' and head and tail and head['type'] == 'PERSON' and tail['type'] == 'PROFESSION':
                pairs.append(((head['start'], head['end']), (tail['start'], tail['end'])))
        gold[doc['id']] = (pairs, doc['text'])
    found = gold_total = correct = predicted = 0
    for line in open(arguments[1], encoding='utf-8'):
        record = json.loads(line)
        pairs, text = gold[record['id']]
        mine = []
        for person in record.get('people', []):
            mentions = [(m['start'], m['end']) for m in person['mentions']]
            for role in person.get('roles', []) if mentions else []:
                for m in role.get('mentions', []):
                    span = (m['start'], m['end'])
                    near = min(mentions, key=lambda n: min(abs(n[0] - span[1]), abs(span[0] - n[1])))
                    mine.append((near, span, person['name'], role['title']))
        gold_total += len(pairs)
        predicted += len(mine)
        found += sum(any(overlaps(g[0], p[0]) and overlaps(g[1], p[1]) for p in mine) for g in pairs)
        for p in mine:
            ok = any(overlaps(g[0], p[0]) and overlaps(g[1], p[1]) for g in pairs)
            correct += ok
            if '-v' in sys.argv and not ok:
                print(record['id'], 'FP', p[2], '|', p[3], '|', text[p[1][0]:p[1][1]])
    precision, recall = correct / max(predicted, 1), found / max(gold_total, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print('roles P %.3f R %.3f F1 %.3f (gold %d, predicted %d)' % (precision, recall, f1, gold_total, predicted))


if __name__ == '__main__':
    main()
