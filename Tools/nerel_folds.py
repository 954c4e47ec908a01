#!/usr/bin/env python3
"""NEREL train cross-validated: every document's record made with a tagger that never saw it.

The tagger learns from NEREL train, so the records of its own training texts say nothing of how the rules
and the tagger combine on text it did not see; NEREL dev (94 texts) and factRuEval dev (122) are small.
With K taggers, fold i trained without the documents whose index mod K is i (`train_tagger.py` and
`train_neural_tagger.py` with `--folds K --fold i`), each document is read by the one that did not learn
from it, and the 746 documents are scored together as `../shared/eval/run nerel` scores dev.

usage: nerel_folds.py --runews BIN --models DIR [--folds 4] [--keep OUT]
  DIR/fold<i>/ holds that fold's ru.tagger and ru.neural (RUNEWS_RESOURCES for its run).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import train_tagger as tt  # noqa: E402


def predictions(records):
    """The entity mentions of records, as the NEREL scorer reads them (the conversion of `run nerel`)."""
    preds = []
    for r in records:
        ents = []
        for typ, key in (('PER', 'people'), ('ORG', 'organisations'), ('LOC', 'locations')):
            for e in r.get(key) or []:
                for m in e.get('mentions') or []:
                    ents.append({'type': typ, 'start': m['start'], 'end': m['end'], 'text': m.get('text', '')})
        preds.append({'doc': r.get('id'), 'entities': ents})
    return preds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runews', required=True)
    ap.add_argument('--models', required=True)
    ap.add_argument('--folds', type=int, default=4)
    ap.add_argument('--keep', help='write the records, predictions and errors here')
    a = ap.parse_args()
    out = a.keep or tempfile.mkdtemp(prefix='nerel-folds-')
    os.makedirs(out, exist_ok=True)
    docs = tt.read_jsonl(os.path.join(tt.SHARED, 'nerel', 'train.jsonl'))
    records = {}
    for fold in range(a.folds):
        held = tt.in_fold(docs, a.folds, fold, held_out=True)
        folder = os.path.join(a.models, 'fold%d' % fold)
        for name in ('ru.tagger', 'ru.neural'):
            if not os.path.exists(os.path.join(folder, name)):
                sys.exit('%s: no %s' % (folder, name))
        text = ''.join(json.dumps({'id': d['id'], 'text': d['text']}, ensure_ascii=False) + '\n' for d in held)
        run = subprocess.run([os.path.abspath(a.runews), 'batch', '--raw', '-'], input=text.encode(), capture_output=True,
                             env=dict(os.environ, RUNEWS_RESOURCES=os.path.abspath(folder)))
        if run.returncode != 0:
            sys.exit(run.stderr.decode('utf-8', 'replace')[-2000:])
        for line in run.stdout.decode().splitlines():
            r = json.loads(line)
            if r.get('warnings'):
                sys.exit('fold %d: %s' % (fold, r['warnings']))
            records[r['id']] = r
    ordered = [records[d['id']] for d in docs]
    with open(os.path.join(out, 'nerel.records.jsonl'), 'w', encoding='utf-8') as f:
        for r in ordered:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    pred = os.path.join(out, 'nerel.pred.jsonl')
    with open(pred, 'w', encoding='utf-8') as f:
        for p in predictions(ordered):
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    subprocess.run([sys.executable, os.path.join(tt.SHARED, 'score_nerel.py'), '--gold',
                    os.path.join(tt.SHARED, 'nerel', 'train.jsonl'), '--pred', pred,
                    '--errors', os.path.join(out, 'nerel.errors.tsv')], check=True)


if __name__ == '__main__':
    main()
