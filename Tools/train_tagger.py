#!/usr/bin/env python3
"""Train the PER / ORG / LOC tagger of RuNewsEntities and write its resource.

usage:
  Tools/train_tagger.py --runews .build/release/runews [--model NAME] [--out FILE] [--fixture FILE]
  Tools/train_tagger.py --runews BIN --score                 # also score NEREL dev and factRuEval dev
  Tools/train_tagger.py --runews BIN --serve MODEL.crfsuite  # act as `runews batch --raw -` (for eval/run)

Requires the venv of the README: python-crfsuite, numpy, scikit-learn, navec (natasha's package carries the
vectors).  Training data: NEREL train only (../shared/eval/nerel/train.jsonl).  NEREL dev and factRuEval dev
are read only by --score, to choose settings; nothing is learned from them.

What the tagger sees (the same in Python and in Swift, `EntityTagger.swift`): the tokens of
`runews segment --units`, the readings of `runews morph` (the Swift MorphAnalyzer itself), and for every
token a set of hashed features: the folded word, its suffixes, prefix, shape, the top reading's part of
speech, case and name grammemes, the name grammemes of any reading, and the word's navec clusters at
several granularities (k-means of the 300-d news vectors), for the token and its neighbours.  A linear-chain
CRF (CRFsuite, L-BFGS with elastic-net) learns BIO labels; decoding is Viterbi with BIO constraints.

Features are 64-bit keys computed over UTF-8 bytes (FNV-1a of the attribute, mixed with the window
offset), so Swift computes them without building strings.
"""
import argparse
import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'eval'))
CACHE = os.environ.get('TAGGER_CACHE', os.path.join(tempfile.gettempdir(), 'runews-tagger-cache'))
NAVEC = None  # found in natasha's package data

LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']
NEREL_MAP = {'PERSON': 'PER', 'ORGANIZATION': 'ORG', 'COUNTRY': 'LOC', 'CITY': 'LOC', 'STATE_OR_PROVINCE': 'LOC',
             'DISTRICT': 'LOC', 'LOCATION': 'LOC'}
NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Fixd']
ANY_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn']
CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2']

M64 = (1 << 64) - 1


# ----------------------------------------------------------------------------------------------------------
# hashing (mirrored by EntityTagger.swift)

def fnv(data, h=0xcbf29ce484222325):
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & M64
    return h


def mix(h):
    """splitmix64's finaliser."""
    h = ((h ^ (h >> 30)) * 0xbf58476d1ce4e5b9) & M64
    h = ((h ^ (h >> 27)) * 0x94d049bb133111eb) & M64
    return h ^ (h >> 31)


def key(base, offset):
    """The key of attribute `base` seen at window offset `offset` (-2 … 2); never 0."""
    k = mix((base + ((offset + 8) * 0x9e3779b97f4a7c15)) & M64)
    return k or 1


# ----------------------------------------------------------------------------------------------------------
# text

def fold_char(c):
    v = ord(c)
    if 0x41 <= v <= 0x5A or 0x410 <= v <= 0x42F:
        return chr(v + 0x20)
    if 0x400 <= v <= 0x40F:
        return 'е' if v == 0x401 else chr(v + 0x50)
    if v == 0x451:
        return 'е'
    if v <= 0x7F or not c.isupper():
        return c
    low = c.lower()
    return low[0] if low else c


def fold(s):
    return ''.join(fold_char(c) for c in s)


def is_cyr(c):
    return 0x400 <= ord(c) <= 0x4FF


def is_lat(c):
    return 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def shape(s):
    """Letters as X/x (Cyrillic), L/l (Latin), digits d, other scalars as themselves; runs collapsed to two;
    at most 6 symbols."""
    out = []
    for c in s:
        if is_cyr(c):
            k = 'X' if c.isupper() else 'x'
        elif is_lat(c):
            k = 'L' if c.isupper() else 'l'
        elif '0' <= c <= '9':
            k = 'd'
        elif c.isalpha():
            k = 'a'
        else:
            k = c if ord(c) < 0x80 or c in '«»“”„—–…' else '?'
        if len(out) >= 2 and out[-1] == k and out[-2] == k:
            continue
        out.append(k)
        if len(out) == 6:
            break
    return ''.join(out)


def is_wordlike(s):
    """Tokens whose readings the features use: letters and inner hyphens, or an initial ("В.")."""
    if len(s) == 2 and s[1] == '.' and s[0].isupper():
        return True
    if not s or not s[0].isalpha() or not s[-1].isalpha():
        return False
    return all(c.isalpha() or c == '-' for c in s)


# ----------------------------------------------------------------------------------------------------------
# data: tokens (runews segment --units), readings (runews morph), gold spans

def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def in_fold(docs, folds, fold, held_out=False):
    """The NEREL train documents of a cross-validation run: with `folds` K and `fold` i, the training part is
    every document whose index mod K is not i, the held-out part those whose index is (`held_out`)."""
    if not folds:
        return docs
    return [d for n, d in enumerate(docs) if (n % folds == fold) == held_out]


def factru_docs():
    folder = os.path.join(SHARED, 'factru-dev')
    out = []
    for name in sorted(os.listdir(folder)):
        if name.endswith('.txt'):
            with open(os.path.join(folder, name), encoding='utf-8', newline='') as f:
                out.append({'id': name[:-4], 'text': f.read()})
    return out


def segment(runews, docs):
    inp = '\n'.join(json.dumps({'id': d['id'], 'text': d['text']}, ensure_ascii=False) for d in docs) + '\n'
    p = subprocess.run([runews, 'segment', '--units', '-'], input=inp.encode('utf-8'), stdout=subprocess.PIPE, check=True)
    rows = [json.loads(line) for line in p.stdout.decode('utf-8').splitlines()]
    assert len(rows) == len(docs)
    return rows


class Morph:
    """Readings from `runews morph`, cached on disk: {word: [(tags, score), …]}."""

    def __init__(self, runews):
        self.runews = runews
        self.path = os.path.join(CACHE, 'morph.json')
        self.table = {}
        if os.path.exists(self.path):
            with open(self.path, encoding='utf-8') as f:
                self.table = json.load(f)

    def ensure(self, words):
        missing = sorted(set(w for w in words if w not in self.table))
        if not missing:
            return
        inp = ''.join(w + '\n' for w in missing).encode('utf-8')
        p = subprocess.run([self.runews, 'morph', '-'], input=inp, stdout=subprocess.PIPE, check=True)
        lines = p.stdout.decode('utf-8').splitlines()
        assert len(lines) == len(missing), (len(lines), len(missing))
        for w, line in zip(missing, lines):
            r = json.loads(line)
            self.table[w] = [[p['tags'], p['score']] for p in r.get('parses', [])]
        os.makedirs(CACHE, exist_ok=True)
        with open(self.path + '.tmp', 'w', encoding='utf-8') as f:
            json.dump(self.table, f, ensure_ascii=False)
        os.replace(self.path + '.tmp', self.path)


def prepare(docs, runews, morph):
    """Docs → sentences of tokens: [{'doc', 'tokens': [(start, end, text)], ...}]."""
    segs = segment(runews, docs)
    words = set()
    out = []
    for d, s in zip(docs, segs):
        text = d['text']
        toks = [(a, b, text[a:b]) for a, b in s['tokens']]
        words.update(t for _, _, t in toks if is_wordlike(t))
        sents = []
        ti = 0
        for a, b in s['sentences']:
            sent = []
            while ti < len(toks) and toks[ti][0] < b:
                if toks[ti][0] >= a:
                    sent.append(ti)
                ti += 1
            if sent:
                sents.append(sent)
        out.append({'doc': d, 'tokens': toks, 'sentences': sents})
    morph.ensure(words)
    return out


def gold_spans(doc, drop_lower=('ORG', 'LOC'), outer=True):
    """NEREL entities of the scored types as (type, start, end), outermost only (a span inside a larger span of
    a scored type is dropped), ORG/LOC starting lowercase dropped when `drop_lower`."""
    spans = set()
    for e in doc.get('entities', []):
        t = NEREL_MAP.get(e['type'])
        if not t:
            continue
        if t in drop_lower and e['text'][:1].islower():
            continue
        spans.add((t, e['start'], e['end']))
    spans = sorted(spans, key=lambda x: (x[1], -(x[2] - x[1]), x[0]))
    if outer:
        kept = []
        for s in spans:
            if any(k[1] <= s[1] and s[2] <= k[2] and (k[1], k[2]) != (s[1], s[2]) for k in kept):
                continue
            if any((k[1], k[2]) == (s[1], s[2]) for k in kept):
                continue  # the same span with two types: the first by type order
            kept.append(s)
        spans = kept
    return spans


def bio(prep, spans):
    toks = prep['tokens']
    labels = ['O'] * len(toks)
    for t, s, e in spans:
        idx = [i for i, (a, b, _) in enumerate(toks) if a >= s and b <= e]
        if not idx:
            idx = [i for i, (a, b, _) in enumerate(toks) if a < e and b > s]
        if not idx or any(labels[i] != 'O' for i in idx):
            continue
        labels[idx[0]] = 'B-' + t
        for i in idx[1:]:
            labels[i] = 'I-' + t
    return labels


# ----------------------------------------------------------------------------------------------------------
# navec clusters

def navec_path():
    import natasha
    p = os.path.join(os.path.dirname(natasha.__file__), 'data', 'emb', 'navec_news_v1_1B_250K_300d_100q.tar')
    assert os.path.exists(p), p
    return p


def clusters(ks):
    """{folded word: [cluster id for each k]} from k-means of navec's unit vectors (fixed seeds, cached)."""
    name = os.path.join(CACHE, 'clusters_%s.npz' % '_'.join(map(str, ks)))
    from navec import Navec
    nv = Navec.load(navec_path())
    words = nv.vocab.words
    if os.path.exists(name):
        ids = np.load(name)['ids']
    else:
        from sklearn.cluster import MiniBatchKMeans
        vec = nv.pq.unpack().astype(np.float32)
        keep = np.array([w not in ('<unk>', '<pad>') for w in words])
        vec = vec[keep]
        vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-6)
        cols = []
        for k in ks:
            t0 = time.time()
            km = MiniBatchKMeans(n_clusters=k, random_state=1, batch_size=4096, n_init=1, max_iter=60,
                                 init='random' if k > 1024 else 'k-means++', reassignment_ratio=0.01)
            km.fit(vec)
            lab = np.full(len(words), 0xFFFF, dtype=np.int64)
            lab[keep] = km.predict(vec)
            cols.append(lab)
            print('  k-means %d: %.1f s' % (k, time.time() - t0), file=sys.stderr)
        ids = np.stack(cols, axis=1)
        os.makedirs(CACHE, exist_ok=True)
        np.savez(name, ids=ids)
    table = {}
    # A folded spelling takes the vector of its own spelling when navec has it, else of its ё spelling.
    for i, w in enumerate(words):
        if w in ('<unk>', '<pad>'):
            continue
        f = fold(w)
        if f == w or f not in table:
            table[f] = [int(x) for x in ids[i]]
    return table


# ----------------------------------------------------------------------------------------------------------
# features

class Features:
    def __init__(self, morph, cluster_table, ks, cfg):
        self.morph = morph
        self.clusters = cluster_table
        self.ks = ks
        self.cfg = cfg
        self.cache = {}

    def base(self, text):
        """The attributes of one token, as (template, key-of-attribute) pairs; template says which window
        offsets it is used at."""
        if text in self.cache:
            return self.cache[text]
        cfg = self.cfg
        f = fold(text)
        atts = []

        def add(kind, value):
            atts.append((kind, fnv((kind + '=' + value).encode('utf-8'))))

        add('w', f)
        n = len(f)
        for k in (2, 3, 4):
            if n > k:
                add('s%d' % k, f[-k:])
        if n > 3 and cfg.get('prefix', True):
            add('p3', f[:3])
        add('sh', shape(text))
        readings = self.morph.table.get(text) if is_wordlike(text) else None
        if readings:
            tags = readings[0][0]
            pos = tags[0] if tags else 'none'
            add('pos', pos)
            case = next((t for t in tags if t in CASES), None)
            if case:
                add('cs', case)
            for g in NAME_GRAMMEMES:
                if g in tags:
                    add('g', g)
            if cfg.get('anyname', True):
                for g in ANY_GRAMMEMES:
                    if any(g in tg for tg, _ in readings):
                        add('a', g)
        else:
            add('pos', 'none')
        ids = self.clusters.get(f)
        for k, c in zip(self.ks, ids if ids else [None] * len(self.ks)):
            add('c%d' % k, str(c) if c is not None else 'none')
        self.cache[text] = atts
        return atts

    # which templates are used at which offsets
    WINDOW = {0: None,  # all
              -1: {'w', 's3', 'sh', 'pos', 'cs', 'g', 'a', 'c64', 'c256', 'c1024', 'c4096', 'c128', 'c512', 'c2048'},
              1: {'w', 's3', 'sh', 'pos', 'cs', 'g', 'a', 'c64', 'c256', 'c1024', 'c4096', 'c128', 'c512', 'c2048'},
              -2: {'w', 'sh', 'pos', 'g', 'c128', 'c256'},
              2: {'w', 'sh', 'pos', 'g', 'c128', 'c256'}}

    def sentence(self, texts):
        """Keys of every token of a sentence, in groups: [bias, bos, eos], then the keys of the token at
        offset 0, -1, 1, -2, 2 (empty beyond the sentence).  A token's emission is the sum of the first group's
        rows plus, group by group, each group's own sum of rows: the order Swift adds them in (a spelling's
        group at an offset is summed once per text there)."""
        bases = [self.base(t) for t in texts]
        n = len(texts)
        out = []
        # inside quotes: after an opening quote and before its closing one
        inside = [False] * n
        depth = 0
        for i, t in enumerate(texts):
            if t in ('«', '„', '“') or (t == '"' and depth == 0):
                inside[i] = False
                depth += 1
            elif t in ('»', '”') or (t == '"' and depth > 0):
                depth = max(0, depth - 1)
            else:
                inside[i] = depth > 0
        for i in range(n):
            first = [key(fnv(b'bias'), 0)]
            if i == 0:
                first.append(key(fnv(b'bos'), 0))
            if i == n - 1:
                first.append(key(fnv(b'eos'), 0))
            if self.cfg.get('bigram') and i > 0:
                first.append(key(fnv(('ww=' + fold(texts[i - 1]) + '|' + fold(texts[i])).encode('utf-8')), 0))
            if self.cfg.get('quotes') and inside[i]:
                first.append(key(fnv(b'q=in'), 0))
            groups = [first]
            for o, allowed in self.WINDOW.items():
                j = i + o
                groups.append([key(b, o) for kind, b in bases[j] if allowed is None or kind in allowed]
                              if 0 <= j < n else [])
            out.append(groups)
        return out


# ----------------------------------------------------------------------------------------------------------
# model

def spans_from_labels(labels):
    """(type, first token, end token) from BIO labels; an I- without its B- opens a span."""
    out = []
    cur = None
    for i, l in enumerate(labels + ['O']):
        if l == 'O' or l.startswith('B-') or (cur and l[2:] != cur[0]):
            if cur:
                out.append((cur[0], cur[1], i))
                cur = None
            if l != 'O':
                cur = (l[2:], i)
        # I- of the current type continues
    return out


def viterbi(emis, trans):
    """BIO-constrained Viterbi: emis [n, L], trans [L, L] (from, to)."""
    L = len(LABELS)
    allowed_start = np.array([not l.startswith('I-') for l in LABELS])
    allowed = np.ones((L, L), dtype=bool)
    for a, la in enumerate(LABELS):
        for b, lb in enumerate(LABELS):
            if lb.startswith('I-') and la[2:] != lb[2:]:
                allowed[a, b] = False
    t = np.where(allowed, trans, -1e30).astype(np.float32)
    n = emis.shape[0]
    score = np.where(allowed_start, emis[0], -1e30).astype(np.float32)
    back = np.zeros((n, L), dtype=np.int32)
    for i in range(1, n):
        cand = score[:, None] + t  # from, to
        back[i] = np.argmax(cand, axis=0)
        score = cand[back[i], np.arange(L)] + emis[i]
    best = [int(np.argmax(score))]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i][best[-1]]))
    return best[::-1]


class Model:
    """The trained weights as dense arrays: keys → row of L floats, and transitions."""

    def __init__(self, crf_path):
        import pycrfsuite
        tg = pycrfsuite.Tagger()
        tg.open(crf_path)
        info = tg.info()
        L = len(LABELS)
        rows = {}
        for (attr, label), w in info.state_features.items():
            rows.setdefault(int(attr, 16), np.zeros(L, dtype=np.float32))[LABELS.index(label)] = w
        self.rows = rows
        self.trans = np.zeros((L, L), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            self.trans[LABELS.index(a), LABELS.index(b)] = w
        self.tagger = tg

    def emissions(self, keys):
        L = len(LABELS)
        e = np.zeros((len(keys), L), dtype=np.float32)
        for i, groups in enumerate(keys):
            for k in groups[0]:
                r = self.rows.get(k)
                if r is not None:
                    e[i] += r
            for group in groups[1:]:
                g = np.zeros(L, dtype=np.float32)
                for k in group:
                    r = self.rows.get(k)
                    if r is not None:
                        g += r
                e[i] += g
        return e

    def tag(self, keys):
        return [LABELS[i] for i in viterbi(self.emissions(keys), self.trans)]


def to_xseq(keys):
    return [['%016x' % k for group in groups for k in group] for groups in keys]


def train(items, path, c1, c2, iters, verbose=False):
    import pycrfsuite
    tr = pycrfsuite.Trainer(verbose=verbose)
    for keys, labels in items:
        tr.append(to_xseq(keys), labels)
    tr.set_params({'c1': c1, 'c2': c2, 'max_iterations': iters, 'feature.possible_transitions': True})
    t0 = time.time()
    tr.train(path)
    return time.time() - t0


# ----------------------------------------------------------------------------------------------------------
# prediction and scoring

def predict_doc(prep, feats, model):
    toks = prep['tokens']
    ents = []
    for sent in prep['sentences']:
        texts = [toks[i][2] for i in sent]
        labels = model.tag(feats.sentence(texts))
        for t, a, b in spans_from_labels(labels):
            s, e = toks[sent[a]][0], toks[sent[b - 1]][1]
            ents.append({'type': t, 'start': s, 'end': e, 'text': prep['doc']['text'][s:e]})
    return ents


def records(preps, feats, model):
    out = []
    for p in preps:
        ents = predict_doc(p, feats, model)
        rec = {'schema': 1, 'id': p['doc']['id'], 'text': p['doc']['text']}
        for t, k in (('PER', 'people'), ('ORG', 'organisations'), ('LOC', 'locations')):
            rec[k] = [{'name': e['text'], 'mentions': [{'start': e['start'], 'end': e['end'], 'text': e['text']}]}
                      for e in ents if e['type'] == t]
        out.append(rec)
    return out


def score(preps_factru, preps_nerel, feats, model, tag):
    """Runs the yardsticks' scorers on the predictions, as ../shared/eval/run does. Returns the last lines."""
    res = {}
    d = tempfile.mkdtemp(prefix='tagger-score-')
    # factRuEval
    preds = []
    for p in preps_factru:
        preds.append({'doc': p['doc']['id'], 'entities': [dict(e, normal=None) for e in predict_doc(p, feats, model)],
                      'roles': []})
    fp = os.path.join(d, 'factru.pred.jsonl')
    with open(fp, 'w', encoding='utf-8') as f:
        for r in preds:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    out = subprocess.run([sys.executable, os.path.join(SHARED, 'score_factru.py'), '--gold',
                          os.path.join(SHARED, 'factru-dev'), '--pred', fp], stdout=subprocess.PIPE).stdout.decode()
    res['factru'] = out
    preds = [{'doc': p['doc']['id'], 'entities': predict_doc(p, feats, model)} for p in preps_nerel]
    np_ = os.path.join(d, 'nerel.pred.jsonl')
    with open(np_, 'w', encoding='utf-8') as f:
        for r in preds:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    out = subprocess.run([sys.executable, os.path.join(SHARED, 'score_nerel.py'), '--gold',
                          os.path.join(SHARED, 'nerel', 'dev.jsonl'), '--pred', np_], stdout=subprocess.PIPE).stdout.decode()
    res['nerel'] = out
    return res


def summary(res):
    def grab(text, names):
        last = [l for l in text.strip().splitlines() if '=' in l][-1]
        kv = dict(x.split('=') for x in last.split() if '=' in x)
        return ' '.join('%s %s' % (n, kv.get(k, '?')) for n, k in names)
    fr = grab(res['factru'], [('PER', 'PER_F1'), ('ORG', 'ORG_F1'), ('LOC', 'LOC_F1')])
    ne = grab(res['nerel'], [('PER', 'NEREL_PER_F1'), ('ORG', 'NEREL_ORG_F1'), ('LOC', 'NEREL_LOC_F1'), ('ALL', 'NEREL_ALL_F1')])
    return 'factru: %s | nerel: %s' % (fr, ne)


# ----------------------------------------------------------------------------------------------------------
# the resource (read by EntityTaggerModel.swift)
#
# "RUTAGGR1", u32 version, u32 section count, u64 checksum (FNV-1a over little-endian 8-byte words of all
# bytes after the section table, zero-padded: the morphology file's checksum), then per section a 4-byte name,
# u32 offset and u32 length; sections start at multiples of 16.  Little-endian throughout.
#   conf  u32 feature-set version, u32 label count (7), u32 cluster levels, u32 × levels granularities
#   labl  label names, UTF-8, one per line
#   tran  8 × 8 float32: transition weights from (row) → to (column), labels padded to 8 with zeros
#   ftab  (u64 key, u64 row) × capacity (a power of two): feature keys by open addressing
#         (slot = key & (capacity − 1), linear probing, key 0 = empty) and the weight row of each
#   fwgt  float32 × 8 × rows: the emission weights of each label (padded to 8)
#   vtab  (u64 key, 4 × u16 clusters) × capacity: fnv(folded word) of navec's words (0 → 1), slot =
#         mix(key) & (capacity − 1), linear probing; the word's cluster at each level (0xFFFF = none)

FEATURE_SET = 1
VERSION = 3


def capacity_for(n):
    c = 16
    while c < 2 * n:
        c *= 2
    return c


def write_resource(path, model, table, ks, name):
    L = len(LABELS)
    sections = []
    conf = struct.pack('<III', FEATURE_SET, L, len(ks)) + b''.join(struct.pack('<I', k) for k in ks)
    sections.append((b'conf', conf))
    sections.append((b'labl', '\n'.join(LABELS).encode('utf-8')))
    tr = np.zeros((8, 8), dtype='<f4')
    tr[:L, :L] = model.trans
    sections.append((b'tran', tr.tobytes()))
    keys = sorted(k for k, r in model.rows.items() if np.any(r != 0))
    cap = capacity_for(len(keys))
    ftab = np.zeros((cap, 2), dtype='<u8')
    fwgt = np.zeros((len(keys), 8), dtype='<f4')
    for row, k in enumerate(keys):
        slot = k & (cap - 1)
        while ftab[slot, 0] != 0:
            slot = (slot + 1) & (cap - 1)
        ftab[slot] = (k, row)
        fwgt[row, :L] = model.rows[k]
    sections += [(b'ftab', ftab.tobytes()), (b'fwgt', fwgt.tobytes())]
    if ks:
        words = sorted(table)
        cap = capacity_for(len(words))
        vtab = np.zeros((cap, 2), dtype='<u8')
        for w in words:
            k = fnv(w.encode('utf-8')) or 1
            slot = mix(k) & (cap - 1)
            while vtab[slot, 0] != 0:
                assert vtab[slot, 0] != k, 'two navec words share a key: %s' % w
                slot = (slot + 1) & (cap - 1)
            ids = (list(table[w]) + [0xFFFF] * 4)[:4]
            vtab[slot] = (k, sum(int(x) << (16 * i) for i, x in enumerate(ids)))
        sections += [(b'vtab', vtab.tobytes())]
    blob = sectioned_file(b'RUTAGGR1', VERSION, sections)
    with open(path, 'wb') as f:
        f.write(blob)
    print('# %s: %d bytes, %d features, %d words (sha256 %s)' % (
        path, len(blob), len(keys), len(table), hashlib.sha256(blob).hexdigest()[:16]), file=sys.stderr)


def checksum_words(arr):
    h = 0xcbf29ce484222325
    for w in arr.tolist():
        h = ((h ^ w) * 0x100000001b3) & M64
    return h


def sectioned_file(magic, version, sections):
    """The bytes of a sectioned data file (SectionedFile.swift): magic, version, section count, checksum,
    the (name, offset, length) table, then the sections, each at a multiple of 16."""
    head = 24 + 12 * len(sections)
    offset = (head + 15) // 16 * 16
    table_bytes = b''
    body = b''
    for nm, data in sections:
        pad = (offset + len(body) + 15) // 16 * 16 - (offset + len(body))
        body += b'\0' * pad
        table_bytes += nm + struct.pack('<II', offset + len(body), len(data))
        body += data
    # the checksum covers everything after the table: padding and sections
    rest = b'\0' * (offset - head) + body
    arr = np.frombuffer(rest + b'\0' * (-len(rest) % 8), dtype='<u8')
    return magic + struct.pack('<IIQ', version, len(sections), checksum_words(arr)) + table_bytes + rest


def write_fixture(path, preps, feats, model):
    """Python's labels for some NEREL train paragraphs, each tagged as a text of its own: what the Swift
    tagger must reproduce (Tests/RuNewsEntitiesTests)."""
    paras = []
    for p in preps[:12]:
        for line in p['doc']['text'].split('\n'):
            if 40 <= len(line) <= 400 and '\u00a0' not in line:
                paras.append(line)
    paras = paras[:60]
    docs = [{'id': str(i), 'text': t} for i, t in enumerate(paras)]
    out = []
    for pr in prepare(docs, feats.morph.runews, feats.morph):
        labels = ['O'] * len(pr['tokens'])
        for sent in pr['sentences']:
            lab = model.tag(feats.sentence([pr['tokens'][i][2] for i in sent]))
            for i, l in zip(sent, lab):
                labels[i] = l
        out.append({'text': pr['doc']['text'], 'tokens': [[a, b] for a, b, _ in pr['tokens']], 'labels': labels})
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write('\n')
    print('# fixture: %d texts -> %s' % (len(out), path), file=sys.stderr)


# ----------------------------------------------------------------------------------------------------------

CONFIGS = {
    # name: (cluster granularities, feature options, c1, c2, iterations)
    'floor': ((), {'prefix': False, 'anyname': False}, 0.1, 0.05, 150),
    'base': ((), {}, 0.1, 0.05, 150),
    'clusters': ((64, 256, 1024, 4096), {}, 0.1, 0.05, 150),
    'clusters+q': ((64, 256, 1024, 4096), {'quotes': True}, 0.1, 0.05, 150),
    'clusters+ww': ((64, 256, 1024, 4096), {'bigram': True}, 0.1, 0.05, 150),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runews', required=True, help='the runews executable (its segment and morph commands)')
    ap.add_argument('--model', default='clusters', help='one of: ' + ', '.join(CONFIGS))
    ap.add_argument('--keep-lower', action='store_true', help='keep NEREL ORG/LOC mentions that start lowercase')
    ap.add_argument('--drop-lower', default='ORG,LOC', help='types whose lowercase NEREL mentions are dropped')
    ap.add_argument('--all-nested', action='store_true', help='train on innermost-first nested spans (not outermost)')
    ap.add_argument('--score', action='store_true')
    ap.add_argument('--crf', help='where to write the CRFsuite model (default: the cache)')
    ap.add_argument('--out', help='write the binary resource here')
    ap.add_argument('--fixture', help='write the Python labels of some NEREL train sentences here (JSON)')
    ap.add_argument('--serve', metavar='CRF', help='act as `runews batch --raw -` over stdin with this model')
    ap.add_argument('--c1', type=float)
    ap.add_argument('--c2', type=float)
    ap.add_argument('--iters', type=int)
    ap.add_argument('--ks', help='cluster granularities, comma-separated (overrides the model\'s)')
    ap.add_argument('--folds', type=int, default=0, help='cross-validation on NEREL train: this many folds …')
    ap.add_argument('--fold', type=int, default=0, help='… trained without this one (Tools/nerel_folds.py)')
    a, rest = ap.parse_known_args()
    ks, cfg, c1, c2, iters = CONFIGS[a.model]
    c1 = a.c1 if a.c1 is not None else c1
    c2 = a.c2 if a.c2 is not None else c2
    iters = a.iters or iters
    if a.ks:
        ks = tuple(int(x) for x in a.ks.split(','))
    runews = os.path.abspath(a.runews)
    os.makedirs(CACHE, exist_ok=True)
    morph = Morph(runews)
    table = clusters(ks) if ks else {}
    feats = Features(morph, table, ks, cfg)

    if a.serve:
        docs = [json.loads(l) for l in sys.stdin if l.strip()]
        docs = [{'id': d['id'], 'text': d.get('text', '')} for d in docs]
        model = Model(a.serve)
        for r in records(prepare(docs, runews, morph), feats, model):
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + '\n')
        return

    t0 = time.time()
    train_docs = in_fold(read_jsonl(os.path.join(SHARED, 'nerel', 'train.jsonl')), a.folds, a.fold)
    preps = prepare(train_docs, runews, morph)
    items = []
    for p in preps:
        drop = () if a.keep_lower else tuple(x for x in a.drop_lower.split(',') if x)
        labels = bio(p, gold_spans(p['doc'], drop_lower=drop, outer=not a.all_nested))
        for sent in p['sentences']:
            texts = [p['tokens'][i][2] for i in sent]
            items.append((feats.sentence(texts), [labels[i] for i in sent]))
    ntok = sum(len(x[1]) for x in items)
    print('# %d sentences, %d tokens (features %.1f s)' % (len(items), ntok, time.time() - t0), file=sys.stderr)
    crf = a.crf or os.path.join(CACHE, '%s-%s-%s-%s-%s%s.crfsuite' % (a.model, '_'.join(map(str, ks)), c1, c2, 'keep' if a.keep_lower else a.drop_lower,
                                                                     '-fold%d.%d' % (a.fold, a.folds) if a.folds else ''))
    dt = train(items, crf, c1, c2, iters)
    model = Model(crf)
    print('# model %s: %d features with weights, trained in %.0f s' % (a.model, len(model.rows), dt), file=sys.stderr)

    if a.score:
        pf = prepare(factru_docs(), runews, morph)
        pn = prepare([{'id': d['id'], 'text': d['text']} for d in read_jsonl(os.path.join(SHARED, 'nerel', 'dev.jsonl'))],
                     runews, morph)
        res = score(pf, pn, feats, model, a.model)
        print(res['factru'].strip().splitlines()[-1])
        print(res['nerel'].strip().splitlines()[-1])
        print('SUMMARY %s ks=%s c1=%s c2=%s iters=%s drop-lower=%s nested=%s features=%d: %s' % (
            a.model, ks, c1, c2, iters, '' if a.keep_lower else a.drop_lower, a.all_nested, len(model.rows), summary(res)))
    if a.fixture:
        write_fixture(a.fixture, preps, feats, model)
    if a.out:
        write_resource(a.out, model, table, ks, a.model)


if __name__ == '__main__':
    main()
