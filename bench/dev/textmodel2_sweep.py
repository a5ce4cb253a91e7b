"""Learner sweep for the offence model (branch textmodel2, 2026-11-30): every learner is fitted on
the training script's own 90 % and measured on its held-back 10 % (tools/train_text_model.py's
dataset(): same texts, same split, same FALSE_ALARM_RATE per head), then optionally written as a
model file and run over the TUNED post sets (never set 19 or newer, never ghc_test).

    .venv/bin/python bench/dev/textmodel2_sweep.py [--tuned-check]

Prints validation AUC and recall at each head's false-alarm rate for: today's logistic
regression (lr), NB-LR (log-count-ratio scaled features, Wang & Manning 2012), their averaged
logits, a one-hidden-layer network (64 ReLU units shared by the three heads over the features
folded to 2**18 per vectoriser, 2 epochs of lazy Adam) and the mixes. With --tuned-check the
lr+nblr+mlp mix is written to /tmp and the TUNED post sets are scored with it and with the
shipped model (offensive recall, precision, must-not-fail fails and reviews). Takes ~10 minutes
on the shared 2-core machine. Results: bench/README-text.md, "A better learner? (textmodel2)".
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench")]
import train_text_model as T  # noqa: E402

from selfaudit.analysis.text_model import HEADS, N_FEATURES  # noqa: E402


def recall_at_rate(head: str, z: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    from sklearn.metrics import roc_auc_score

    neg = np.sort(z[y == 0])[::-1]
    t = float(neg[int(len(neg) * T.FALSE_ALARM_RATE[head])])
    return roc_auc_score(y, z), float(((z > t) & (y == 1)).sum() / y.sum()), t


def fold(X, bits: int):
    m = 2**bits
    cols = np.where(X.indices >= N_FEATURES, (X.indices - N_FEATURES) % m + m, X.indices % m)
    return sp.csr_matrix((X.data.astype(np.float32), cols, X.indptr), shape=(X.shape[0], 2 * m))


def mlp(Xtr, Ytr, wtr, hidden=64, epochs=2, lr=2e-3, bs=256, seed=0):
    """One shared ReLU layer, a logistic output per head; positives weighted by sqrt(neg/pos)."""
    rng = np.random.default_rng(seed)
    D, K = Xtr.shape[1], Ytr.shape[1]
    pos_w = ((1 - Ytr.mean(0)) / Ytr.mean(0)) ** 0.5
    W1 = (rng.standard_normal((D, hidden)) * 0.01).astype(np.float32)
    b1, W2, b2 = np.zeros(hidden, np.float32), (rng.standard_normal((hidden, K)) * 0.1).astype(np.float32), np.zeros(K, np.float32)
    m1, v1 = np.zeros_like(W1), np.zeros_like(W1)
    st = {k: [np.zeros_like(p), np.zeros_like(p)] for k, p in (("b1", b1), ("W2", W2), ("b2", b2))}
    step, B1, B2, eps = 0, 0.9, 0.999, 1e-8
    for _ in range(epochs):
        order = rng.permutation(Xtr.shape[0])
        for s in range(0, len(order), bs):
            idx = order[s:s + bs]
            Xb, Yb, wb = Xtr[idx], Ytr[idx], wtr[idx]
            a = Xb @ W1 + b1
            h = np.maximum(a, 0)
            p = 1 / (1 + np.exp(-(h @ W2 + b2)))
            g = (p - Yb) * pos_w[None, :] ** Yb * wb[:, None] / len(idx)
            gh = (g @ W2.T) * (a > 0)
            rows = np.unique(Xb.indices)  # lazy Adam: only the input rows this batch touches
            gW1 = (Xb[:, rows].T @ gh).astype(np.float32)
            step += 1
            for k, prm, gr in (("b1", b1, gh.sum(0)), ("W2", W2, h.T @ g), ("b2", b2, g.sum(0))):
                m, v = st[k]
                m *= B1
                m += (1 - B1) * gr
                v *= B2
                v += (1 - B2) * gr * gr
                prm -= lr * (m / (1 - B1**step)) / (np.sqrt(v / (1 - B2**step)) + eps)
            m = B1 * m1[rows] + (1 - B1) * gW1
            v = B2 * v1[rows] + (1 - B2) * gW1 * gW1
            m1[rows], v1[rows] = m, v
            W1[rows] -= lr * (m / (1 - B1**step)) / (np.sqrt(v / (1 - B2**step)) + eps)
    return W1, b1, W2, b2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--tuned-check", action="store_true")
    args = ap.parse_args()
    d = T.dataset(args.corpora)
    X, Y, tr, val, w = d["X"], d["Y"], d["tr"], d["val"], d["weight"]
    Xtr, Xv = X[tr], X[val]
    Z: dict[str, dict[str, np.ndarray]] = {}
    parts = {}
    for h in HEADS:
        y = Y[h]
        wl, bl = T._sgd(Xtr, y[tr], w[tr], T.ALPHA[h], 60, 1e-4)
        r = T.nb_ratios(Xtr, y[tr], w[tr])
        v, c = T._sgd(Xtr @ sp.diags(r), y[tr], w[tr], T.NB_ALPHA[h], 300, 1e-6)
        parts[h] = (wl, bl, r * v, c)
        Z.setdefault("lr", {})[h] = Xv @ wl + bl
        Z.setdefault("nblr", {})[h] = Xv @ (r * v) + c
    t0 = time.time()
    Ym = np.stack([Y[h] for h in HEADS], 1).astype(np.float32)
    P = mlp(fold(Xtr, 18), Ym[tr], w[tr].astype(np.float32))
    print(f"hidden layer trained in {time.time() - t0:.0f}s")
    zm = np.maximum(fold(Xv, 18) @ P[0] + P[1], 0) @ P[2] + P[3]
    for k, h in enumerate(HEADS):
        Z.setdefault("mlp", {})[h] = zm[:, k]
        for lam in (0.25, 0.5, 0.75):
            Z.setdefault(f"lr+nblr ({lam:.2f} NB)", {})[h] = (1 - lam) * Z["lr"][h] + lam * Z["nblr"][h]
        Z.setdefault("lr+mlp", {})[h] = (Z["lr"][h] + zm[:, k]) / 2
        Z.setdefault("lr+nblr+mlp", {})[h] = (Z["lr"][h] + Z["nblr"][h] + zm[:, k]) / 3
    print("validation (held-back 10 %): AUC / recall at the head's false-alarm rate")
    for name, zs in Z.items():
        print(f"  {name:22s} " + "  ".join(f"{h} {a:.3f} / {r:.3f}" for h in HEADS for a, r, _ in [recall_at_rate(h, zs[h], Y[h][val])]))
    if args.tuned_check:
        tuned_check(parts, P, Xv, Y, val)


def tuned_check(parts, P, Xv, Y, val) -> None:
    import bench_text as B

    from selfaudit.analysis import text_model
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.config import Config

    W1 = P[0].astype(np.float16).astype(np.float32)
    zh = np.maximum(fold(Xv, 18) @ W1 + P[1], 0) @ (P[2] / 3) + P[3] / 3
    mix = text_model.OffenceModel()
    for j, h in enumerate(HEADS):
        wl, bl, wn, bn = parts[h]
        wv = ((wl + wn) / 3).astype(np.float16).astype(np.float32)
        mix.coef[:, j] = wv
        mix.intercepts[j] = (bl + bn) / 3
        p = 1 / (1 + np.exp(-(Xv @ wv + mix.intercepts[j] + zh[:, j])))
        yv = Y[h][val]
        neg = np.sort(p[yv == 0])[::-1]
        mix.thresholds[h] = float(neg[int(len(neg) * T.FALSE_ALARM_RATE[h])])

    def heads_scores(texts):
        if not texts:
            return []
        x = text_model.features(texts)
        z = np.asarray(x @ mix.coef) + mix.intercepts + np.maximum(fold(x, 18) @ W1 + P[1], 0) @ (P[2] / 3) + P[3] / 3
        return [dict(zip(HEADS, (float(v) for v in row), strict=True)) for row in 1 / (1 + np.exp(-z))]

    off = {"insult", "threat", "discriminatory", "obscene"}
    mnf = {"professional", "identity", "trap", "clean", "counter"}
    for label, model in (("shipped", text_model.OffenceModel()), ("lr+nblr+mlp", mix)):
        if model is mix:
            mix.heads_scores = heads_scores  # type: ignore[method-assign]
        text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
        a = TextAnalyser(Config())
        tp = flagged = pos = fails = reviews = 0
        for name in B.SETS:  # the TUNED sets only
            if not name.startswith("posts"):
                continue
            B.check_frozen(name)
            data = B.rows(name, 3)
            for (labels, tag, _), rep in zip(data, a.analyse_many([t for _, _, t in data]), strict=True):
                st = rep.offensive.status
                p_ = bool(off & {x.strip() for x in labels.split(",")})
                pos, flagged, tp = pos + p_, flagged + (st is not None), tp + (p_ and st is not None)
                if tag.strip() in mnf:
                    fails, reviews = fails + (st == "fail"), reviews + (st == "review")
        print(f"TUNED sets, {label}: offensive R {tp}/{pos} = {tp / pos:.3f}, P {tp}/{flagged} = {tp / flagged:.3f}; "
              f"must-not-fail fails {fails}, reviews {reviews}")


if __name__ == "__main__":
    main()
