"""Stop 28 experiment (not shipped): a Kim-style convolutional model over frozen WordLlama token
embeddings, alone and mixed into the shipped n-gram model's logits. Figures: bench/README-text.md,
"Tried at stop 28". WordLlama is not a dependency of selfaudit; run in a scratch venv:

    python -m venv /tmp/cnnv && /tmp/cnnv/bin/pip install wordllama==0.4.0.post1 scikit-learn scipy -e .
    .venv/bin/python tools/train_text_model.py --post-sets <sets 1-23> --post-heads '' --out /tmp/cnn/m_lo.npz
    /tmp/cnnv/bin/python bench/dev/cnn_wordllama.py train   # ~20 min on 2 loaded cores -> /tmp/cnn/params.npz
    /tmp/cnnv/bin/python bench/dev/cnn_wordllama.py eval    # validation split, sets 24-26 (left out), EDOS, HateXplain

WordLlama.load() tries to download its tokenizer; this reads the wheel's own files instead.
"""
import sys, os, time, numpy as np
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'tools')); sys.path.insert(0, os.path.join(ROOT, 'src'))
from pathlib import Path
import train_text_model as T
from selfaudit.analysis.text_model import OffenceModel, HEADS
import wordllama
from tokenizers import Tokenizer
from safetensors.numpy import load_file
from sklearn.metrics import roc_auc_score

D = os.path.dirname(wordllama.__file__)
EMB = load_file(D + '/weights/l2_supercat_256.safetensors')['embedding.weight'].astype(np.float32)
EMB /= (np.linalg.norm(EMB, axis=1, keepdims=True) + 1e-6)  # unit rows
TOK = Tokenizer.from_file(D + '/tokenizers/l2_supercat_tokenizer_config.json')
MAXT = 64

def ids(texts):
    enc = TOK.encode_batch([t[:600] for t in texts])
    out = np.zeros((len(texts), MAXT), np.int32); ln = np.zeros(len(texts), np.int32)
    for i, e in enumerate(enc):
        x = e.ids[1:MAXT + 1]; out[i, :len(x)] = x; ln[i] = max(1, len(x))
    return out, ln

WIDTHS = (1, 2, 3, 4); F = int(os.environ.get('F', 96)); DIM = 256
rng = np.random.default_rng(0)
P = {}
for k in WIDTHS:
    P[f'W{k}'] = (rng.standard_normal((k * DIM, F)) * np.sqrt(2.0 / (k * DIM))).astype(np.float32)
    P[f'b{k}'] = np.zeros(F, np.float32)
P['V'] = (rng.standard_normal((F * len(WIDTHS), 3)) * 0.05).astype(np.float32)
P['c'] = np.zeros(3, np.float32)

def unfold(E, k):  # E (B,T,D) -> (B,T-k+1,kD)
    B, Tn, Dd = E.shape
    return np.concatenate([E[:, i:Tn - k + 1 + i] for i in range(k)], axis=2)

def forward(I, L, train=False):
    E = EMB[I]  # (B,T,D); padding id 0 -> <unk> embedding; mask below
    Tn = I.shape[1]
    pooled, cache = [], []
    for k in WIDTHS:
        U = unfold(E, k)
        Z = U @ P[f'W{k}'] + P[f'b{k}']
        pos = np.arange(Tn - k + 1)[None, :]
        valid = pos <= np.maximum(L[:, None] - k, 0)
        Z = np.where(valid[:, :, None], Z, -1e4)
        idx = Z.argmax(1)  # (B,F)
        m = np.take_along_axis(Z, idx[:, None, :], 1)[:, 0]
        h = np.maximum(m, 0)
        pooled.append(h); cache.append((U, idx, m))
    H = np.concatenate(pooled, 1)
    if train:
        drop = (rng.random(H.shape) > 0.3).astype(np.float32) / 0.7
        H = H * drop
    else:
        drop = None
    logits = H @ P['V'] + P['c']
    return logits, (H, cache, drop)

def backward(I, L, logits, Y, W, st):
    H, cache, drop = st
    p = 1 / (1 + np.exp(-logits))
    G = (p - Y) * W / W.sum(0, keepdims=True).clip(1e-6)  # (B,3)
    g = {'V': H.T @ G, 'c': G.sum(0)}
    dH = G @ P['V'].T
    if drop is not None: dH = dH * drop
    off = 0
    for (k, (U, idx, m)) in zip(WIDTHS, cache):
        dh = dH[:, off:off + F] * (m > 0); off += F
        win = np.take_along_axis(U, idx[:, :, None], 1)  # (B,F,kD)
        g[f'W{k}'] = np.einsum('bfd,bf->df', win, dh, optimize=True)
        g[f'b{k}'] = dh.sum(0)
    return g

def train(I, L, Y, W, epochs=3, bs=256, lr=2e-3, wd=1e-5):
    m = {k: np.zeros_like(v) for k, v in P.items()}; v2 = {k: np.zeros_like(v) for k, v in P.items()}
    t = 0; n = len(I)
    for ep in range(epochs):
        order = rng.permutation(n); t0 = time.time(); loss = 0
        for s in range(0, n, bs):
            b = order[s:s + bs]
            Tn = max(4, int(L[b].max())); Ib = I[b, :Tn]
            lg, st = forward(Ib, L[b], True)
            p = 1 / (1 + np.exp(-lg))
            loss += float(-(W[b] * (Y[b] * np.log(p + 1e-7) + (1 - Y[b]) * np.log(1 - p + 1e-7))).sum())
            g = backward(Ib, L[b], lg, Y[b], W[b], st)
            t += 1
            for k in P:
                gk = g[k] + wd * P[k]
                m[k] = 0.9 * m[k] + 0.1 * gk; v2[k] = 0.999 * v2[k] + 0.001 * gk * gk
                P[k] -= lr * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v2[k] / (1 - 0.999 ** t)) + 1e-8)
        print(f'epoch {ep} loss {loss / n:.4f} {time.time() - t0:.0f}s', flush=True)

def predict(I, L, bs=1024):
    out = []
    for s in range(0, len(I), bs):
        Tn = max(4, int(L[s:s + bs].max()))
        out.append(1 / (1 + np.exp(-forward(I[s:s + bs, :Tn], L[s:s + bs])[0])))
    return np.concatenate(out)

def do_train():
    rows = T.load(Path(ROOT, 'bench', 'corpora'))
    sources = np.array([r[0] for r in rows]); texts = [r[1] for r in rows]
    Y = np.array([[r[2], r[3], r[4]] for r in rows], np.float32)
    val = T.heldback(sources); tr = ~val
    leftout = os.environ.get('LEFTOUT', 'posts_untouched24.tsv,posts_untouched25.tsv,posts_untouched26.tsv').split(',')
    names = [n for n in T.post_sets() if n not in leftout]
    prow = T.load_posts(names)
    ptexts = [r[1] for r in prow]; PY = np.array([[r[2], r[3], r[4]] for r in prow], np.float32)
    # training rows: corpora train + posts (weight 8 offensive/identity, 0 threat as shipped)
    ttexts = [texts[i] for i in np.flatnonzero(tr)] + ptexts
    TY = np.concatenate([Y[tr], PY])
    TW = np.ones_like(TY)
    srcs = np.concatenate([sources[tr], np.array(['posts'] * len(ptexts))])
    TW[np.isin(srcs, ['project', 'everyday'])] = T.PROJECT_WEIGHT
    pm = srcs == 'posts'; TW[pm, 0] = 8; TW[pm, 2] = 8; TW[pm, 1] = 0
    nt = np.isin(srcs, T.NO_THREAT_LABEL); TW[nt, 1] = 0
    I, L = ids(ttexts)
    print('train', len(I), 'val', val.sum(), flush=True)
    train(I, L, TY, TW, epochs=int(os.environ.get('EP', 3)))
    os.makedirs('/tmp/cnn', exist_ok=True)
    np.savez('/tmp/cnn/params.npz', **P)
    vI, vL = ids([texts[i] for i in np.flatnonzero(val)])
    pc = predict(vI, vL)
    np.save('/tmp/cnn/val_cnn.npy', pc)
    print('done')


def do_eval():
    Pz = np.load(os.environ.get('PARAMS', '/tmp/cnn/params.npz')); P.update({k: Pz[k] for k in Pz.files})
    rows = T.load(Path(ROOT, 'bench', 'corpora'))
    sources = np.array([r[0] for r in rows]); texts = [r[1] for r in rows]
    Y = np.array([[r[2], r[3], r[4]] for r in rows], np.float32)
    val = T.heldback(sources)
    vt = [texts[i] for i in np.flatnonzero(val)]; vy = Y[val]; vs = sources[val]
    M = OffenceModel(Path(os.environ.get('NGRAM', '/tmp/cnn/m_lo.npz')))
    def ng(tx):
        s = M.heads_scores(tx); return np.array([[d[h] for h in HEADS] for d in s])
    pn = ng(vt); vI, vL = ids(vt); pc = predict(vI, vL)
    lg = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / np.clip(1 - p, 1e-6, 1))
    sg = lambda z: 1 / (1 + np.exp(-z))
    rates = T.FALSE_ALARM_RATE
    at = np.isin(vs, T.THRESHOLD_SOURCES)
    lo = ['posts_untouched24.tsv', 'posts_untouched25.tsv', 'posts_untouched26.tsv']
    prow = T.load_posts(lo); pt = [r[1] for r in prow]; py = np.array([[r[2], r[3], r[4]] for r in prow])
    ppn = ng(pt); pI, pL = ids(pt); ppc = predict(pI, pL)
    print('left-out posts', len(pt), 'positives', py.sum(0))
    for a in (0.0, 0.25, 0.4, 0.5, 1.0):
        comb = sg((1 - a) * lg(pn) + a * lg(pc)); pcomb = sg((1 - a) * lg(ppn) + a * lg(ppc))
        line = [f'a={a}']
        for j, h in enumerate(HEADS):
            auc = roc_auc_score(vy[:, j], comb[:, j])
            neg = np.sort(comb[(vy[:, j] == 0) & at, j])[::-1]; t = neg[int(len(neg) * rates[h])]
            rec = ((comb[:, j] > t) & (vy[:, j] == 1)).sum() / vy[:, j].sum()
            pf = pcomb[:, j] > t
            line.append(f'{h}: AUC {auc:.3f} R@{rates[h]:.0%} {rec:.3f} | posts {int((pf & (py[:, j] == 1)).sum())}/{int(py[:, j].sum())} fp {int((pf & (py[:, j] == 0)).sum())}')
        print('  '.join(line))

    ex = [r for r in T.load_extra(Path(ROOT, 'bench', 'corpora')) if r[0] in ('edos', 'hatexplain')]
    for src in ('edos', 'hatexplain'):
        rr = [r for r in ex if r[0] == src]
        et = [r[1] for r in rr]; ey = np.array([[r[2], r[3], r[4]] for r in rr])
        en = ng(et); eI, eL = ids(et); ec = predict(eI, eL)
        print(src, len(et), 'pos', ey.sum(0))
        for a in (0.0, 0.25, 0.4):
            comb = sg((1 - a) * lg(pn) + a * lg(pc)); ecomb = sg((1 - a) * lg(en) + a * lg(ec))
            out = [f'  a={a}']
            for j, h in enumerate(HEADS):
                if ey[:, j].sum() == 0: continue
                neg = np.sort(comb[(vy[:, j] == 0) & at, j])[::-1]; t = neg[int(len(neg) * rates[h])]
                f = ecomb[:, j] > t
                out.append(f'{h}: AUC {roc_auc_score(ey[:, j], ecomb[:, j]):.3f} R {(f & (ey[:, j] == 1)).sum()}/{int(ey[:, j].sum())} FP {(f & (ey[:, j] == 0)).sum()}/{int((ey[:, j] == 0).sum())}')
            print(' '.join(out))


if __name__ == '__main__':
    do_train() if sys.argv[1:] == ['train'] else do_eval()
