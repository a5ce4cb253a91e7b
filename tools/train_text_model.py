"""Train the offline offensive-language model shipped as src/selfaudit/data/text_model.npz.

    .venv/bin/python tools/train_text_model.py bench/corpora/olid/olid-training-v1.0.tsv

Corpus: OLID, the Offensive Language Identification Dataset (Zampieri, Malmasi, Nakov,
Rosenthal, Farra, Kumar: "Predicting the Type and Target of Offensive Posts in Social Media",
NAACL 2019), **training split only** (olid-training-v1.0.tsv, 13,240 English tweets, label
subtask_a OFF/NOT). Licence: CC BY 4.0, as distributed by its authors for OffensEval 2019.
Copy used: the public GitHub mirror idontflow/OLID, file olid-training-v1.0.tsv,
sha256 907e186e75876f1a77aeff72c97c988bdcd533493926567f7206da6f82f45ae9. The corpus is kept
out of the package and out of git (bench/corpora/ is ignored); only the weights ship.

Not used for training or tuning, kept for independent checks: OLID's test split, Davidson et
al. 2017, ETHOS, HateCheck.

Model: logistic regression (scikit-learn, liblinear, C=4 of 1/4/10 by validation AUC) over
hashed word 1-2 grams and character 2-5 grams (see selfaudit.analysis.text_model). 10 % of the
training split (fixed seed) is held back to report a figure and choose the threshold for
``review``: the score at which precision on that part reaches TARGET_PRECISION (a model alone
only makes a post ``review``, and every false alarm costs a professional time). Then the model
is refitted on all of the training split.
Weights under 1e-4 in absolute value are dropped and the rest stored as float16.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from selfaudit.analysis.text_model import MODEL_FILE, features  # noqa: E402

TARGET_PRECISION = 0.85
EXPECTED_SHA256 = "907e186e75876f1a77aeff72c97c988bdcd533493926567f7206da6f82f45ae9"


def load(path: Path) -> tuple[list[str], np.ndarray]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != EXPECTED_SHA256:
        print(f"warning: {path} has sha256 {digest}, not the recorded one", file=sys.stderr)
    texts, labels = [], []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row["tweet"])
            labels.append(1 if row["subtask_a"] == "OFF" else 0)
    return texts, np.array(labels)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    args = ap.parse_args()

    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import precision_recall_curve, roc_auc_score

    texts, y = load(args.corpus)
    X = features(texts)
    rng = np.random.default_rng(20191)
    order = rng.permutation(len(texts))
    n_val = len(texts) // 10
    val, tr = order[:n_val], order[n_val:]
    clf = LogisticRegression(C=args.C, solver="liblinear", class_weight="balanced", max_iter=200)
    clf.fit(X[tr], y[tr])
    p = clf.predict_proba(X[val])[:, 1]
    prec, rec, thr = precision_recall_curve(y[val], p)
    i = int(np.argmax(prec[:-1] >= TARGET_PRECISION)) if (prec[:-1] >= TARGET_PRECISION).any() else len(thr) - 1
    threshold = float(thr[i])
    print(f"validation (10 % of OLID train, n={n_val}): AUC {roc_auc_score(y[val], p):.3f}; "
          f"at threshold {threshold:.2f}: precision {prec[i]:.3f}, recall {rec[i]:.3f}")

    clf.fit(X, y)
    w = clf.coef_.ravel()
    keep = np.flatnonzero(np.abs(w) >= 1e-4)
    meta = (f"OLID training split (CC BY 4.0), n={len(texts)}, sha256 {EXPECTED_SHA256[:16]}; logistic regression C={args.C}; "
            f"validation AUC {roc_auc_score(y[val], p):.3f}")
    np.savez_compressed(args.out, index=keep.astype(np.int32), weight=w[keep].astype(np.float16),
                        intercept=np.float64(clf.intercept_[0]), threshold=np.float64(threshold), meta=np.str_(meta))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(keep)} weights)")


if __name__ == "__main__":
    main()
