"""Diagnostic after the decision (stop 37, textenc37; does not re-decide the rule): is the linear probe the limit?
An MLP (sklearn, one hidden layer of 256, early stopping) on the same embeddings and rows, offensive head only:
held-back, EDOS and HateXplain AUC alone and mixed with the shipped n-gram at a = 0.25 / 0.5.

    OPENBLAS_NUM_THREADS=2 PYTHONPATH=src nice .venv/bin/python bench/dev/textenc37_mlp_diag.py
"""

from __future__ import annotations

import time

import numpy as np
import textenc37_probe as P
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier

T = P.T


def main() -> None:
    cache = P.Cache()
    d = P.Data(cache)
    prow = T.load_posts(T.post_sets())
    Ep = cache.get([r[1] for r in prow], encode=False)
    # the posts weighted 8 as in the probe: repeated 8 times (MLPClassifier takes no sample weights)
    X = np.concatenate([d.Etr] + [Ep] * 8)
    y = np.concatenate([d.Y[d.tr_idx, 0]] + [np.array([r[2] for r in prow], float)] * 8)
    t0 = time.process_time()
    m = MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, early_stopping=True, max_iter=40, random_state=37).fit(X, y)
    print(f"MLP fitted in {time.process_time() - t0:.0f}s CPU, {m.n_iter_} epochs", flush=True)
    ship = P.text_model.OffenceModel(P.SHIPPED)
    sets = {"held-back": (d.val_texts, d.Eval, d.Y[d.val_idx, 0])}
    extra = [r for r in T.load_extra(P.CORPORA) if r[0] in ("edos", "hatexplain")]
    for src in ("edos", "hatexplain"):
        rr = [r for r in extra if r[0] == src]
        sets[src] = ([r[1][:T.MAX_TRAIN_CHARS] for r in rr], cache.get([r[1] for r in rr], encode=False), np.array([r[2] for r in rr]))
    for name, (texts, E, yy) in sets.items():
        pn = P.ngram_scores(ship, texts)[:, 0]
        pm = m.predict_proba(E)[:, 1]
        line = [f"{name} ({len(yy)}): n-gram {roc_auc_score(yy, pn):.3f}, MLP alone {roc_auc_score(yy, pm):.3f}"]
        for a in (0.25, 0.5):
            line.append(f"mix a={a} {roc_auc_score(yy, P.sig((1 - a) * P.logit(pn) + a * P.logit(pm))):.3f}")
        print(", ".join(line), flush=True)


if __name__ == "__main__":
    main()
