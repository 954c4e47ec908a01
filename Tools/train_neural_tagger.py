#!/usr/bin/env python3
"""Experiment of issue #13: a neural sequence tagger for PER / ORG / LOC against the shipped CRF.

usage:
  Tools/train_neural_tagger.py --runews .build/release/runews [--arch cnn|lstm] [--hidden H] [--epochs N]
        [--score-epochs 4,8] [--crf-weights 0,0.5,1]  # scores: the network alone (0), network + w × the CRF
  ... --save NET.pt | --load NET.pt                     # keep a trained network / score or export it
  ... --out Resources/ru.neural --ensemble-weight 0.5 [--fixture FILE]   # the shipped file (cnn only)
  ... --crf-only                                        # the shipped CRF alone, read back from ru.tagger

Trains on NEREL train only (../shared/eval/nerel/train.jsonl, labels prepared exactly as
Tools/train_tagger.py prepares them: outermost mentions, lowercase-initial ORG/LOC dropped), and scores the
tagger alone on NEREL dev and factRuEval dev with the yardsticks' scorers (train_tagger.py's `score`); the
dev sets only choose settings, nothing is learned from them.  Tokens are `runews segment --units`' and
readings `runews morph`'s (through train_tagger.py), so a Swift port would see the same.

What the network sees of each token (the slovnet recipe with our morphology):
  - natasha's navec news vectors (300-d, frozen, unpacked from its product quantisation) of the folded word,
    a learned vector for words navec lacks, then a learned linear projection to 64 dimensions (which a port
    would precompute per word, so the 300-d vectors never reach run time);
  - learned embeddings of the word's shape ("Xx", "XX", "Ll-d" …, as train_tagger.py's), of its last 2 and
    3 folded letters, of the top reading's part of speech and case, and the 13 name grammemes (top reading's
    Name/Surn/Patr/Geox/Orgn/Abbr/Init/Fixd, any reading's Name/Surn/Patr/Geox/Orgn) as a 0/1 vector;
  - then either 1-D convolutions (kernel 3, ReLU, dropout) or a BiLSTM, a linear layer to the 7 BIO labels,
    and a linear-chain CRF (trained by its likelihood; decoded by train_tagger.py's BIO-constrained Viterbi).
The ensemble adds the shipped CRF's emissions and transitions (read from Resources/ru.tagger itself, so it
is exactly the shipped model, clusters included) with weight w to the network's.

Deterministic: seeds fixed (--seed), one thread (torch.set_num_threads(1)), torch's deterministic
algorithms, batches in a seeded order.  Needs the venv of the README plus torch.
"""
import argparse
import os
import struct
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import train_tagger as tt  # noqa: E402

L = len(tt.LABELS)
RESOURCE = os.path.join(tt.ROOT, 'Sources', 'RuNewsEntities', 'Resources', 'ru.tagger')


# ----------------------------------------------------------------------------------------------------------
# the shipped CRF, read back from its resource

class ShippedCRF:
    """ru.tagger's weights (ftab / fwgt / tran) and clusters (vtab), as train_tagger.Model and its cluster
    table: the ensemble uses exactly what ships."""

    def __init__(self, path=RESOURCE):
        with open(path, 'rb') as f:
            blob = f.read()
        assert blob[:8] == b'RUTAGGR1'
        version, count, _ = struct.unpack_from('<IIQ', blob, 8)
        sec = {}
        for i in range(count):
            name = blob[24 + 12 * i:28 + 12 * i].decode()
            off, ln = struct.unpack_from('<II', blob, 28 + 12 * i)
            sec[name] = blob[off:off + ln]
        conf = struct.unpack_from('<III', sec['conf'])
        self.ks = struct.unpack_from('<%dI' % conf[2], sec['conf'], 12)
        tran = np.frombuffer(sec['tran'], dtype='<f4').reshape(8, 8)
        self.trans = tran[:L, :L].copy()
        ftab = np.frombuffer(sec['ftab'], dtype='<u8').reshape(-1, 2)
        fwgt = np.frombuffer(sec['fwgt'], dtype='<f4').reshape(-1, 8)
        self.rows = {int(k): fwgt[int(r), :L].copy() for k, r in ftab if k != 0}
        vtab = np.frombuffer(sec['vtab'], dtype='<u8').reshape(-1, 2)
        self.vt = {}
        for k, packed in vtab:
            if k:
                p = int(packed)
                self.vt[int(k)] = [(p >> (16 * i)) & 0xFFFF for i in range(len(self.ks))]

    # the cluster table's interface for train_tagger.Features: {folded word: ids}.get
    def get(self, f, default=None):
        ids = self.vt.get(tt.fnv(f.encode('utf-8')) or 1)
        return ids if ids is not None else default

    emissions = tt.Model.emissions


# ----------------------------------------------------------------------------------------------------------
# the network's inputs

POS_TAGS = ['none', 'NOUN', 'ADJF', 'ADJS', 'COMP', 'VERB', 'INFN', 'PRTF', 'PRTS', 'GRND', 'NUMR', 'ADVB',
            'NPRO', 'PRED', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'LATN', 'PNCT', 'NUMB', 'ROMN', 'UNKN']


class Inputs:
    def __init__(self, morph, navec_index, shapes, suf2, suf3):
        self.morph = morph
        self.navec = navec_index
        self.shapes, self.suf2, self.suf3 = shapes, suf2, suf3
        self.cache = {}

    def token(self, text):
        r = self.cache.get(text)
        if r is not None:
            return r
        f = tt.fold(text)
        w = self.navec.get(f, 0)  # 0: not in navec
        sh = self.shapes.get(tt.shape(text), 0)
        s2 = self.suf2.get(f[-2:], 0) if len(f) > 2 else 1
        s3 = self.suf3.get(f[-3:], 0) if len(f) > 3 else 1
        readings = self.morph.table.get(text) if tt.is_wordlike(text) else None
        g = np.zeros(13, dtype=np.float32)
        pos, case = 0, 0
        if readings:
            tags = readings[0][0]
            p = tags[0] if tags else 'none'
            pos = POS_TAGS.index(p) if p in POS_TAGS else len(POS_TAGS)
            c = next((t for t in tags if t in tt.CASES), None)
            case = tt.CASES.index(c) + 1 if c else 0
            for i, n in enumerate(tt.NAME_GRAMMEMES):
                if n in tags:
                    g[i] = 1
            for i, n in enumerate(tt.ANY_GRAMMEMES):
                if any(n in tg for tg, _ in readings):
                    g[8 + i] = 1
        r = (w, sh, s2, s3, pos, case, g)
        self.cache[text] = r
        return r

    def sentence(self, texts):
        toks = [self.token(t) for t in texts]
        ints = np.array([t[:6] for t in toks], dtype=np.int64)
        gram = np.stack([t[6] for t in toks])
        return ints, gram


def vocab(counter, min_count, reserved=2):
    """Strings seen ≥ min_count times in NEREL train → ids from `reserved` on (0 unknown, 1 too short)."""
    items = sorted((s for s, c in counter.items() if c >= min_count))
    return {s: i + reserved for i, s in enumerate(items)}


# ----------------------------------------------------------------------------------------------------------
# the network

def build(torch, nv_matrix, sizes, arch, hidden, layers, dropout, proj):
    nn = torch.nn

    class CRF(nn.Module):
        def __init__(self):
            super().__init__()
            self.trans = nn.Parameter(torch.zeros(L, L))
            self.start = nn.Parameter(torch.zeros(L))

        def nll(self, emis, labels, mask):
            # emis [B, T, L], labels [B, T], mask [B, T] (bool)
            B, T, _ = emis.shape
            score = self.start[labels[:, 0]] + emis[:, 0].gather(1, labels[:, :1]).squeeze(1)
            alpha = self.start[None, :] + emis[:, 0]
            for t in range(1, T):
                m = mask[:, t]
                s = self.trans[labels[:, t - 1], labels[:, t]] + emis[:, t].gather(1, labels[:, t:t + 1]).squeeze(1)
                score = score + s * m
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + emis[:, t, None, :], dim=1)
                alpha = torch.where(m[:, None], nxt, alpha)
            return (torch.logsumexp(alpha, dim=1) - score).sum()

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.nv = nn.Embedding.from_pretrained(torch.tensor(nv_matrix), freeze=True)
            self.oov = nn.Parameter(torch.zeros(nv_matrix.shape[1]))
            self.proj = nn.Linear(nv_matrix.shape[1], proj)
            self.sh = nn.Embedding(sizes['shape'], 16)
            self.s2 = nn.Embedding(sizes['suf2'], 16)
            self.s3 = nn.Embedding(sizes['suf3'], 32)
            self.pos = nn.Embedding(len(POS_TAGS) + 1, 16)
            self.case = nn.Embedding(len(tt.CASES) + 1, 8)
            dim = proj + 16 + 16 + 32 + 16 + 8 + 13
            self.drop = nn.Dropout(dropout)
            self.arch = arch
            if arch == 'cnn':
                self.convs = nn.ModuleList([nn.Conv1d(dim if i == 0 else hidden, hidden, 3, padding=1)
                                            for i in range(layers)])
                out = hidden
            else:
                self.lstm = nn.LSTM(dim, hidden, num_layers=layers, bidirectional=True, batch_first=True)
                out = 2 * hidden
            self.out = nn.Linear(out, L)
            self.crf = CRF()

        def emissions(self, ints, gram, mask):
            w = ints[:, :, 0]
            v = self.nv(w)
            v = torch.where((w == 0)[:, :, None], self.oov[None, None, :].expand_as(v), v)
            x = torch.cat([self.proj(v), self.sh(ints[:, :, 1]), self.s2(ints[:, :, 2]), self.s3(ints[:, :, 3]),
                           self.pos(ints[:, :, 4]), self.case(ints[:, :, 5]), gram], dim=2)
            x = self.drop(x) * mask[:, :, None]
            if self.arch == 'cnn':
                h = x.transpose(1, 2)
                for c in self.convs:
                    h = self.drop(torch.relu(c(h))) * mask[:, None, :]
                h = h.transpose(1, 2)
            else:
                lengths = mask.sum(1).cpu()
                packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
                h, _ = self.lstm(packed)
                h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
                h = self.drop(h)
            return self.out(h)

    return Net()


def batches(items, size, rng):
    order = rng.permutation(len(items))
    for i in range(0, len(order), size):
        yield [items[j] for j in order[i:i + size]]


def collate(torch, batch):
    T = max(len(b[2]) for b in batch)
    B = len(batch)
    ints = np.zeros((B, T, 6), dtype=np.int64)
    gram = np.zeros((B, T, 13), dtype=np.float32)
    lab = np.zeros((B, T), dtype=np.int64)
    mask = np.zeros((B, T), dtype=bool)
    for i, (x, g, y) in enumerate(batch):
        n = len(y)
        ints[i, :n], gram[i, :n], lab[i, :n], mask[i, :n] = x, g, y, True
    return torch.tensor(ints), torch.tensor(gram), torch.tensor(lab), torch.tensor(mask)


class Tagger:
    """train_tagger.score's model interface: .tag(sentence) with sentence = (texts, inputs)."""

    def __init__(self, torch, net, inputs, crf, feats, w):
        self.torch, self.net, self.inputs, self.crf, self.feats, self.w = torch, net, inputs, crf, feats, w

    def emissions(self, texts):
        torch = self.torch
        ints, gram = self.inputs.sentence(texts)
        with torch.no_grad():
            e = self.net.emissions(torch.tensor(ints)[None], torch.tensor(gram)[None],
                                   torch.ones(1, len(texts), dtype=torch.bool))[0].numpy()
        return e

    def tag(self, texts):
        e = self.emissions(texts) if self.net is not None else np.zeros((len(texts), L), dtype=np.float32)
        trans = self.net.crf.trans.detach().numpy() if self.net is not None else np.zeros((L, L), np.float32)
        # the network's CRF has start scores; Viterbi takes them as the first emission's
        if self.net is not None:
            e = e.copy()
            e[0] += self.net.crf.start.detach().numpy()
        if self.w:
            e = e + self.w * self.crf.emissions(self.feats.sentence(texts))
            trans = trans + self.w * self.crf.trans
        return [tt.LABELS[i] for i in tt.viterbi(e.astype(np.float32), trans.astype(np.float32))]


# ----------------------------------------------------------------------------------------------------------
# the resource (read by NeuralTaggerModel.swift) and the same computation in numpy
#
# "RUNEURL1", u32 version, u32 section count, u64 checksum, then the section table, as ru.tagger
# (train_tagger.write_resource: FNV-1a over 8-byte words of all bytes after the table; sections at multiples
# of 16; little-endian).  H is the convolutions' width, P the word projection's (64).
#   conf  u32 H, u32 P, u32 label count (7), u32 word rows, f32 the factor the network's scores carry
#         (1 / the CRF's weight in the ensemble: the decoder adds the CRF's emissions and transitions as they are)
#   wtab  (u64 key, u32 row, f32 scale) × capacity: fnv(folded navec word) (0 → 1), slot = mix(key) &
#         (capacity − 1), linear probing, key 0 empty; the word's projected vector is scale × its int8 row
#   wvec  int8 × P × rows: navec's vectors through the learned projection, quantised per row (max |x| → 127)
#   woov  f32 × P: the projected vector of a word navec lacks
#   wmat  f32 × P × 3H: the first convolution over the word part, [input][tap × H + output]
#   atab  (u64 key, u64 row) × capacity: the CRF's attribute hashes (sh=, s2=, s3=, pos=, cs=, g=, a=) → a
#         row of avec, slot = mix(key) & (capacity − 1)
#   avec  f32 × 3H × rows: each attribute's contribution to the first convolution, [tap × H + output]; rows
#         0 … 6 stand for a shape, s2 or s3 not in the table, a word too short for s2 or s3, a part of speech
#         not in the table, no case
#   bia1  f32 × H; cnv2 f32 × 3 × H × H, [tap][input][output]; bia2 f32 × H
#   wout  f32 × H × 8, [input][label] (labels padded to 8); bout f32 × 8; strt f32 × 8 (sentence start);
#   tran  f32 × 8 × 8, from (row) → to (column)

NEURAL_VERSION = 1


def attribute_keys(shapes, suf2, suf3):
    """(kind, id, key) of every table entry: the keys are the CRF's attribute hashes (train_tagger.Features)."""
    out = []
    for sh, i in shapes.items():
        out.append(('shape', i, tt.fnv(('sh=' + sh).encode('utf-8'))))
    for sf, i in suf2.items():
        out.append(('suf2', i, tt.fnv(('s2=' + sf).encode('utf-8'))))
    for sf, i in suf3.items():
        out.append(('suf3', i, tt.fnv(('s3=' + sf).encode('utf-8'))))
    for i, pos in enumerate(POS_TAGS):
        out.append(('pos', i, tt.fnv(('pos=' + pos).encode('utf-8'))))
    for i, c in enumerate(tt.CASES):
        out.append(('case', i + 1, tt.fnv(('cs=' + c).encode('utf-8'))))
    for i, g in enumerate(tt.NAME_GRAMMEMES):
        out.append(('gram', i, tt.fnv(('g=' + g).encode('utf-8'))))
    for i, g in enumerate(tt.ANY_GRAMMEMES):
        out.append(('gram', 8 + i, tt.fnv(('a=' + g).encode('utf-8'))))
    return out


DEFAULTS = [('shape', 0), ('suf2', 0), ('suf2', 1), ('suf3', 0), ('suf3', 1), ('pos', len(POS_TAGS)), ('case', 0)]


class Export:
    """The trained network as the arrays Swift reads."""

    def __init__(self, torch, net, nv_matrix, index, shapes, suf2, suf3, weight):
        sd = {k: v.detach().numpy().astype(np.float32) for k, v in net.state_dict().items()}
        assert net.arch == 'cnn' and len(net.convs) == 2
        self.factor = np.float32(1.0 / weight)
        Wp, bp = sd['proj.weight'], sd['proj.bias']
        P = Wp.shape[0]
        proj = np.empty((nv_matrix.shape[0], P), dtype=np.float32)
        for i in range(0, len(proj), 65536):
            proj[i:i + 65536] = nv_matrix[i:i + 65536] @ Wp.T + bp
        self.oov = (net.oov.detach().numpy() @ Wp.T + bp).astype(np.float32)
        rows = proj[1:]
        scale = np.maximum(np.abs(rows).max(axis=1), 1e-12) / 127.0
        self.q = np.clip(np.round(rows / scale[:, None]), -127, 127).astype(np.int8)
        self.scale = scale.astype(np.float32)
        self.index = index  # folded word → row + 1 (row 0 of nv_matrix is the unknown word)
        W1 = sd['convs.0.weight']  # [H, D, 3]
        H = W1.shape[0]
        self.H, self.P = H, P

        def taps(E, lo):
            d = E.shape[1]
            # [n, 3H]: contribution of each row at each tap
            return np.concatenate([E @ W1[:, lo:lo + d, k].T for k in range(3)], axis=1).astype(np.float32)

        self.wmat = np.concatenate([W1[:, 0:P, k].T for k in range(3)], axis=1).astype(np.float32)  # [P, 3H]
        lo = P
        tables = {}
        for kind, nm in (('shape', 'sh'), ('suf2', 's2'), ('suf3', 's3'), ('pos', 'pos'), ('case', 'case')):
            E = sd[nm + '.weight']
            tables[kind] = taps(E, lo)
            lo += E.shape[1]
        tables['gram'] = taps(np.eye(13, dtype=np.float32), lo)
        assert lo + 13 == W1.shape[1]
        self.tables = tables
        self.keys = attribute_keys(shapes, suf2, suf3)
        self.shapes, self.suf2, self.suf3 = shapes, suf2, suf3
        self.b1 = sd['convs.0.bias']
        W2 = sd['convs.1.weight']  # [H, H, 3]
        self.cnv2 = np.stack([W2[:, :, k].T for k in range(3)]).astype(np.float32)  # [3, in, out]
        self.b2 = sd['convs.1.bias']
        self.wout = np.zeros((H, 8), dtype=np.float32)
        self.wout[:, :L] = sd['out.weight'].T * self.factor
        self.bout = np.zeros(8, dtype=np.float32)
        self.bout[:L] = sd['out.bias'] * self.factor
        self.start = np.zeros(8, dtype=np.float32)
        self.start[:L] = sd['crf.start'] * self.factor
        self.trans = np.zeros((8, 8), dtype=np.float32)
        self.trans[:L, :L] = sd['crf.trans'] * self.factor

    def word(self, folded):
        r = self.index.get(folded, 0)
        if r == 0:
            return self.oov
        return self.q[r - 1].astype(np.float32) * self.scale[r - 1]

    def write(self, path):
        H, P = self.H, self.P
        n = len(self.q)
        sections = [(b'conf', struct.pack('<IIIIf', H, P, L, n, float(self.factor)))]
        cap = tt.capacity_for(n)
        wtab = np.zeros(cap, dtype=[('key', '<u8'), ('row', '<u4'), ('scale', '<f4')])
        for w in sorted(self.index):
            r = self.index[w] - 1
            k = tt.fnv(w.encode('utf-8')) or 1
            slot = tt.mix(k) & (cap - 1)
            while wtab['key'][slot] != 0:
                assert wtab['key'][slot] != k, 'two navec words share a key: %s' % w
                slot = (slot + 1) & (cap - 1)
            wtab[slot] = (k, r, self.scale[r])
        sections += [(b'wtab', wtab.tobytes()), (b'wvec', self.q.tobytes()), (b'woov', self.oov.astype('<f4').tobytes()),
                     (b'wmat', self.wmat.astype('<f4').tobytes())]
        rows = [self.tables[kind][i] for kind, i in DEFAULTS]
        entries = []
        for kind, i, k in self.keys:
            entries.append((k, len(rows)))
            rows.append(self.tables[kind][i])
        cap = tt.capacity_for(len(entries))
        atab = np.zeros((cap, 2), dtype='<u8')
        for k, r in sorted(entries):
            slot = tt.mix(k) & (cap - 1)
            while atab[slot, 0] != 0:
                assert atab[slot, 0] != k
                slot = (slot + 1) & (cap - 1)
            atab[slot] = (k, r)
        sections += [(b'atab', atab.tobytes()), (b'avec', np.stack(rows).astype('<f4').tobytes()),
                     (b'bia1', self.b1.astype('<f4').tobytes()), (b'cnv2', self.cnv2.astype('<f4').tobytes()),
                     (b'bia2', self.b2.astype('<f4').tobytes()), (b'wout', self.wout.astype('<f4').tobytes()),
                     (b'bout', self.bout.astype('<f4').tobytes()), (b'strt', self.start.astype('<f4').tobytes()),
                     (b'tran', self.trans.astype('<f4').tobytes())]
        blob = tt.sectioned_file(b'RUNEURL1', NEURAL_VERSION, sections)
        with open(path, 'wb') as f:
            f.write(blob)
        import hashlib
        print('# %s: %d bytes, H %d, %d words (sha256 %s)' % (path, len(blob), H, n, hashlib.sha256(blob).hexdigest()[:16]),
              file=sys.stderr, flush=True)


class Quantised:
    """The exported ensemble computed as Swift computes it (int8 word rows, tables of first-layer
    contributions), plus the shipped CRF: what the fixture and the exported scores come from."""

    def __init__(self, ex, inputs, crf, feats):
        self.ex, self.inputs, self.crf, self.feats = ex, inputs, crf, feats
        self.cache = {}

    def first(self, text):
        """A spelling's contribution to the first convolution at each tap, [3H]."""
        r = self.cache.get(text)
        if r is not None:
            return r
        ex = self.ex
        w, sh, s2, s3, pos, case, g = self.inputs.token(text)
        v = ex.word(tt.fold(text)) @ ex.wmat
        v = v + ex.tables['shape'][sh] + ex.tables['suf2'][s2] + ex.tables['suf3'][s3] + ex.tables['pos'][pos] \
            + ex.tables['case'][case]
        for i in np.nonzero(g)[0]:
            v = v + ex.tables['gram'][i]
        r = v.astype(np.float32)
        self.cache[text] = r
        return r

    def emissions(self, texts):
        ex = self.ex
        H = ex.H
        n = len(texts)
        A = np.stack([self.first(t) for t in texts])
        pre = np.tile(ex.b1, (n, 1)) + A[:, H:2 * H]
        pre[1:] += A[:-1, 0:H]
        pre[:-1] += A[1:, 2 * H:3 * H]
        h1 = np.maximum(pre, 0)
        pre2 = np.tile(ex.b2, (n, 1)) + h1 @ ex.cnv2[1]
        pre2[1:] += h1[:-1] @ ex.cnv2[0]
        pre2[:-1] += h1[1:] @ ex.cnv2[2]
        h2 = np.maximum(pre2, 0)
        e = h2 @ ex.wout + ex.bout
        e[0] += ex.start
        return e[:, :L]

    def tag(self, texts):
        e = self.emissions(texts) + self.crf.emissions(self.feats.sentence(texts))
        trans = self.ex.trans[:L, :L] + self.crf.trans
        return [tt.LABELS[i] for i in tt.viterbi(e.astype(np.float32), trans.astype(np.float32))]


def show(path, runews, morph, feats, crf, tagger):
    """Each line of a file, token by token: the CRF's label and the ensemble's where they differ."""
    with open(path, encoding='utf-8') as f:
        docs = [{'id': str(i), 'text': line.rstrip('\n')} for i, line in enumerate(f) if line.strip()]
    alone = Tagger(None, None, None, crf, feats, 1.0)
    for pr in tt.prepare(docs, runews, morph):
        out = []
        for sent in pr['sentences']:
            texts = [pr['tokens'][i][2] for i in sent]
            for t, c, e in zip(texts, alone.tag(texts), tagger.tag(texts)):
                out.append(t if c == e == 'O' else '%s/%s' % (t, c if c == e else c + '→' + e))
        print(' '.join(out))


def write_fixture(path, preps, feats, tagger):
    """train_tagger.write_fixture with the ensemble: Python's labels of 60 NEREL train paragraphs."""

    class Adapter:
        morph = feats.morph

        def sentence(self, texts):
            return texts

    tt.write_fixture(path, preps, Adapter(), tagger)


class Identity:
    """train_tagger.score's feature interface: the sentence's texts as they are."""

    def sentence(self, texts):
        return texts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runews', required=True)
    ap.add_argument('--arch', default='cnn', choices=['cnn', 'lstm'])
    ap.add_argument('--hidden', type=int, default=128)
    ap.add_argument('--layers', type=int, default=2)
    ap.add_argument('--proj', type=int, default=64)
    ap.add_argument('--dropout', type=float, default=0.3)
    ap.add_argument('--word-dropout', type=float, default=0.0,
                    help='in training, read each token\'s word as one navec lacks with this probability')
    ap.add_argument('--epochs', type=int, default=12)
    ap.add_argument('--score-epochs', default='', help='also score after these epochs (comma-separated)')
    ap.add_argument('--lr', type=float, default=2e-3)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--crf-weights', default='0', help='ensemble weights of the shipped CRF to score')
    ap.add_argument('--save', help='save the network (torch) here')
    ap.add_argument('--load', help='load a saved network instead of training')
    ap.add_argument('--out', help='write the network as Resources/ru.neural (the ensemble with the CRF)')
    ap.add_argument('--ensemble-weight', type=float, default=0.5, help='the CRF\'s weight in the exported ensemble')
    ap.add_argument('--fixture', help='write the exported ensemble\'s labels of some NEREL train paragraphs here')
    ap.add_argument('--show', help='with --out: print the labels of the CRF alone and of the ensemble for each line of this file')
    ap.add_argument('--crf-only', action='store_true', help='score the shipped CRF alone and stop')
    ap.add_argument('--tagger', default=RESOURCE, help='the CRF resource to add (default: the shipped ru.tagger)')
    ap.add_argument('--folds', type=int, default=0, help='cross-validation on NEREL train: this many folds …')
    ap.add_argument('--fold', type=int, default=0, help='… trained without this one (Tools/nerel_folds.py)')
    a = ap.parse_args()

    import torch
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    torch.use_deterministic_algorithms(True)
    rng = np.random.RandomState(a.seed)
    word_rng = torch.Generator().manual_seed(a.seed)  # --word-dropout's draws, apart from torch's own

    runews = os.path.abspath(a.runews)
    morph = tt.Morph(runews)
    crf = ShippedCRF(a.tagger)
    feats = tt.Features(morph, crf, crf.ks, {})

    pf = tt.prepare(tt.factru_docs(), runews, morph)
    pn = tt.prepare([{'id': d['id'], 'text': d['text']} for d in tt.read_jsonl(os.path.join(tt.SHARED, 'nerel', 'dev.jsonl'))],
                    runews, morph)

    def report(tagger, name):
        res = tt.score(pf, pn, Identity(), tagger, name)
        print('SUMMARY %s: %s' % (name, tt.summary(res)), flush=True)

    if a.crf_only:
        report(Tagger(torch, None, None, crf, feats, 1.0), 'shipped CRF (read from ru.tagger)')
        return

    t0 = time.time()
    docs = tt.in_fold(tt.read_jsonl(os.path.join(tt.SHARED, 'nerel', 'train.jsonl')), a.folds, a.fold)
    preps = tt.prepare(docs, runews, morph)
    sents = []
    for p in preps:
        labels = tt.bio(p, tt.gold_spans(p['doc'], drop_lower=('ORG', 'LOC'), outer=True))
        for s in p['sentences']:
            sents.append(([p['tokens'][i][2] for i in s], [tt.LABELS.index(labels[i]) for i in s]))
    from collections import Counter
    csh, c2, c3 = Counter(), Counter(), Counter()
    for texts, _ in sents:
        for t in texts:
            f = tt.fold(t)
            csh[tt.shape(t)] += 1
            if len(f) > 2:
                c2[f[-2:]] += 1
            if len(f) > 3:
                c3[f[-3:]] += 1
    shapes, suf2, suf3 = vocab(csh, 2), vocab(c2, 3), vocab(c3, 3)

    from navec import Navec
    nv = Navec.load(tt.navec_path())
    mat = nv.pq.unpack().astype(np.float32)
    index = {}
    rows = [np.zeros(300, dtype=np.float32)]
    for i, w in enumerate(nv.vocab.words):
        if w in ('<unk>', '<pad>'):
            continue
        f = tt.fold(w)
        if f == w or f not in index:
            if f not in index:
                index[f] = len(rows)
                rows.append(mat[i])
            else:
                rows[index[f]] = mat[i]
    nv_matrix = np.stack(rows)
    del mat
    inputs = Inputs(morph, index, shapes, suf2, suf3)
    items = [inputs.sentence(texts) + (np.array(lab),) for texts, lab in sents]
    print('# %d sentences, %d navec words, %d shapes, %d/%d suffixes (%.0f s)' % (
        len(items), len(index), len(shapes), len(suf2), len(suf3), time.time() - t0), file=sys.stderr, flush=True)

    net = build(torch, nv_matrix, {'shape': len(shapes) + 2, 'suf2': len(suf2) + 2, 'suf3': len(suf3) + 2},
                a.arch, a.hidden, a.layers, a.dropout, a.proj)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=a.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + 0.15 * e))
    name = '%s h%d l%d p%d d%.2f lr%g s%d' % (a.arch, a.hidden, a.layers, a.proj, a.dropout, a.lr, a.seed)
    if a.word_dropout > 0:
        name += ' wd%.2f' % a.word_dropout
    score_at = set(int(x) for x in a.score_epochs.split(',') if x) | {a.epochs}
    ws = [float(x) for x in a.crf_weights.split(',')]
    if a.load:
        net.load_state_dict(torch.load(a.load)['state'])
        net.eval()
        epochs = range(0)
        if not a.out:
            for w in ws:
                report(Tagger(torch, net, inputs, crf, feats, w), '%s (loaded) crf×%g' % (name, w))
    else:
        epochs = range(1, a.epochs + 1)
    for ep in epochs:
        net.train()
        t1 = time.time()
        total = 0.0
        for b in batches(items, a.batch, rng):
            ints, gram, lab, mask = collate(torch, b)
            if a.word_dropout > 0:  # navec index 0: the learned vector of words navec lacks
                drop = torch.rand(mask.shape, generator=word_rng) < a.word_dropout
                ints[:, :, 0].masked_fill_(drop, 0)
            opt.zero_grad()
            loss = net.crf.nll(net.emissions(ints, gram, mask), lab, mask)
            (loss / len(b)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        print('# epoch %d: loss %.3f per sentence, %.0f s' % (ep, total / len(items), time.time() - t1),
              file=sys.stderr, flush=True)
        if ep in score_at:
            net.eval()
            for w in ws:
                report(Tagger(torch, net, inputs, crf, feats, w), '%s epoch %d crf×%g' % (name, ep, w))
    if a.save:
        torch.save({'state': net.state_dict(), 'args': vars(a)}, a.save)
    if a.out:
        net.eval()
        export = Export(torch, net, nv_matrix, index, shapes, suf2, suf3, a.ensemble_weight)
        del nv_matrix
        export.write(a.out)
        tagger = Quantised(export, inputs, crf, feats)
        report(tagger, '%s, exported: int8 word rows, ensemble with the CRF (weight %g)' % (name, a.ensemble_weight))
        if a.fixture:
            write_fixture(a.fixture, preps, feats, tagger)
        if a.show:
            show(a.show, runews, morph, feats, crf, tagger)


if __name__ == '__main__':
    main()
