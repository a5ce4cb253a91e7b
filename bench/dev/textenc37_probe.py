"""Stop 37, branch textenc37 (not shipped unless the rule in bench/README-text.md passes): a logistic probe on
all-MiniLM-L6-v2 sentence embeddings per offence head, mixed into the n-gram model's logits, judged by the rule.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice .venv/bin/python bench/dev/textenc37_probe.py corpora   # held-back, EDOS, HateXplain
    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice .venv/bin/python bench/dev/textenc37_probe.py folds [--only-folds 0,1] [--a 0.25]
    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice .venv/bin/python bench/dev/textenc37_probe.py negatives [--a 0.25]

Embeddings: textenc37_embed.py's cache (/tmp/te37/emb; key text_model.prepare(text)); a text not in it is embedded on
the spot (the pipeline's cleaned forms) and kept in /tmp/te37/extra.npz.

Probe training rows: the corpora rows tools/train_text_model.py trains on (its held-back 10 % never; of the training
rows, those the embedding run reached — a random sample when it did not reach them all; no respellings, no group-swap
copies), at its weights (project / everyday texts PROJECT_WEIGHT, friendly FRIENDLY_WEIGHT, corpora 1; threat without
NO_THREAT_LABEL sources), plus the training post sets at POSTS_WEIGHT (offensive 8, threat 0, identity 8).
Mix = sigmoid((1 - a) logit(n-gram) + a logit(probe)); thresholds as the shipped model sets them (held-back
THRESHOLD_SOURCES negatives at FALSE_ALARM_RATE).

Folds: textmodel36_folds.py's five grouped folds over the 35 training sets (posts.tsv ... set 34), their base-arm
n-gram models (/tmp/tm36/fA, /tmp/tm36/fB: fold{k}_base.npz, checked byte for byte at textop36), the probe retrained
without the left-out sets; "fold 5" = sets 35 and 36 with the shipped model (trained on neither) and the probe on every
training set. Every left-out post through the whole `check text` pipeline (textdata4_folds.run), n-gram alone vs mix.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "dev")]
import train_text_model as T  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text_model import HEADS, prepare  # noqa: E402

EMB = Path("/tmp/te37/emb")
EXTRA = Path("/tmp/te37/extra.npz")
CORPORA = ROOT / "bench" / "corpora"
FOLD_DIRS = (Path("/tmp/tm36/fA"), Path("/tmp/tm36/fB"))
SHIPPED = text_model.MODEL_FILE


class Cache:
    def __init__(self) -> None:
        texts = json.loads((EMB / "texts.json").read_text(encoding="utf-8"))
        parts, keys = [], []
        for c in range((len(texts) + 1999) // 2000):
            p = EMB / f"chunk_{c:04d}.npy"
            if p.exists():
                parts.append(np.load(p).astype(np.float32))
                keys += texts[c * 2000:c * 2000 + len(parts[-1])]
        self.E = np.concatenate(parts) if parts else np.zeros((0, 384), np.float32)
        self.index = {k: i for i, k in enumerate(keys)}
        self.extra: dict[str, np.ndarray] = {}
        if EXTRA.exists():
            z = np.load(EXTRA)
            self.extra = dict(zip(json.loads(str(z["keys"])), z["E"], strict=True))
        self.model = None
        print(f"embeddings cached: {len(self.index)} of {len(texts)} listed, {len(self.extra)} extra", flush=True)

    def has(self, text: str) -> bool:
        return prepare(text) in self.index

    def get(self, texts: list[str], encode: bool = True) -> np.ndarray:
        keys = [prepare(t) for t in texts]
        miss = [k for k in dict.fromkeys(keys) if k not in self.index and k not in self.extra]
        if miss:
            if not encode:
                raise KeyError(f"{len(miss)} texts not embedded")
            if self.model is None:
                from textenc37_encoder import MiniLM
                self.model = MiniLM(Path("/tmp/te37/m"))
            for k, e in zip(miss, self.model.encode(miss), strict=True):
                self.extra[k] = e
            np.savez(EXTRA, keys=np.str_(json.dumps(list(self.extra))), E=np.array(list(self.extra.values()), np.float32))
        return np.array([self.E[self.index[k]] if k in self.index else self.extra[k] for k in keys], np.float32)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def sig(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


class Data:
    """Corpora rows (embedded ones), their held-back split, and the post rows by set."""

    def __init__(self, cache: Cache) -> None:
        rows = T.load(CORPORA)
        src = np.array([r[0] for r in rows])
        val = T.heldback(src)
        have = np.array([cache.has(r[1]) for r in rows])
        assert have[val].all(), "held-back rows must all be embedded"
        tr = ~val & have
        print(f"corpora: {len(rows)} rows, held back {val.sum()}, training rows embedded {tr.sum()} of {(~val).sum()}", flush=True)
        self.tr_idx, self.val_idx = np.flatnonzero(tr), np.flatnonzero(val)
        self.texts = [r[1] for r in rows]
        self.src = src
        self.Y = np.array([[r[2], r[3], r[4]] for r in rows], np.float64)
        self.Etr = cache.get([self.texts[i] for i in self.tr_idx], encode=False)
        self.Eval = cache.get([self.texts[i] for i in self.val_idx], encode=False)
        self.val_texts = [self.texts[i][:T.MAX_TRAIN_CHARS] for i in self.val_idx]
        self.at = np.isin(src[self.val_idx], T.THRESHOLD_SOURCES)
        self.cache = cache

    def probe(self, post_names: list[str], C: float = 10.0) -> dict[str, tuple[np.ndarray, float]]:
        from sklearn.linear_model import LogisticRegression

        prow = T.load_posts(post_names)
        Ep = self.cache.get([r[1] for r in prow], encode=False)
        Yp = np.array([[r[2], r[3], r[4]] for r in prow], np.float64)
        s = self.src[self.tr_idx]
        base_w = np.where(np.isin(s, ["project", "everyday"]), T.PROJECT_WEIGHT, np.where(s == "friendly", T.FRIENDLY_WEIGHT, 1.0))
        out = {}
        for j, h in enumerate(HEADS):
            wc = base_w.copy()
            if h == "threat":
                wc[np.isin(s, T.NO_THREAT_LABEL)] = 0
            wp = np.full(len(prow), T.POSTS_WEIGHT.get(h, 0.0))
            X = np.concatenate([self.Etr, Ep])
            y = np.concatenate([self.Y[self.tr_idx, j], Yp[:, j]])
            w = np.concatenate([wc, wp])
            keep = w > 0
            lr = LogisticRegression(C=C, max_iter=2000)
            lr.fit(X[keep], y[keep], sample_weight=w[keep])
            out[h] = (lr.coef_[0].astype(np.float64), float(lr.intercept_[0]))
        return out


def probe_scores(P: dict[str, tuple[np.ndarray, float]], E: np.ndarray) -> np.ndarray:
    return np.stack([sig(E @ P[h][0] + P[h][1]) for h in HEADS], 1)


def ngram_scores(model: text_model.OffenceModel, texts: list[str]) -> np.ndarray:
    return np.array([[s[h] for h in HEADS] for s in model.heads_scores(texts)])


def thresholds(pv: np.ndarray, d: Data) -> dict[str, float]:
    out = {}
    for j, h in enumerate(HEADS):
        neg = np.sort(pv[(d.Y[d.val_idx, j] == 0) & d.at, j])[::-1]
        out[h] = float(neg[int(len(neg) * T.FALSE_ALARM_RATE[h])])
    return out


class Mixed:
    """An OffenceModel stand-in: the n-gram model's heads, the three offence heads replaced by the mix."""

    def __init__(self, base: text_model.OffenceModel, P: dict, a: float, thr: dict[str, float], cache: Cache) -> None:
        self.base, self.P, self.a, self.cache = base, P, a, cache
        self.heads = base.heads
        self.thresholds = {**base.thresholds, **thr}
        self.threshold = self.thresholds["offensive"]
        self.meta = base.meta + f"; textenc37 mix a={a}"

    def heads_scores(self, texts):
        if not texts:
            return []
        ng = self.base.heads_scores(texts)
        pe = probe_scores(self.P, self.cache.get(list(texts)))
        out = []
        for s, row in zip(ng, pe, strict=True):
            s = dict(s)
            for j, h in enumerate(HEADS):
                s[h] = float(sig((1 - self.a) * logit(np.array(s[h])) + self.a * logit(np.array(row[j]))))
            out.append(s)
        return out

    def score(self, texts):
        return [s["offensive"] for s in self.heads_scores(texts)]


def mixed_model(base: text_model.OffenceModel, P: dict, a: float, d: Data) -> Mixed:
    pn = ngram_scores(base, d.val_texts)
    pp = probe_scores(P, d.Eval)
    mix = sig((1 - a) * logit(pn) + a * logit(pp))
    return Mixed(base, P, a, thresholds(mix, d), d.cache)


def do_corpora(args: argparse.Namespace) -> None:
    from sklearn.metrics import roc_auc_score

    cache = Cache()
    d = Data(cache)
    ship = text_model.OffenceModel(SHIPPED)
    pn = ngram_scores(ship, d.val_texts)
    thr_ng = thresholds(pn, d)
    print("shipped thresholds", {h: round(v, 4) for h, v in ship.thresholds.items() if h in HEADS}, "recomputed", {h: round(v, 4) for h, v in thr_ng.items()})
    yv = d.Y[d.val_idx]
    names = T.post_sets()
    best = None
    for C in (1.0, 10.0, 100.0):
        t0 = time.process_time()
        P = d.probe(names, C)
        pp = probe_scores(P, d.Eval)
        line = [f"C={C:g} ({time.process_time() - t0:.0f}s CPU)"]
        for a in (0.0, 0.25, 0.5, 1.0):
            mix = sig((1 - a) * logit(pn) + a * logit(pp))
            line.append(f"a={a}: " + "/".join(f"{roc_auc_score(yv[:, j], mix[:, j]):.3f}" for j in range(3)))
            if a in (0.25, 0.5):
                auc = roc_auc_score(yv[:, 0], mix[:, 0])
                if best is None or auc > best[0]:
                    best = (auc, C, a, P)
        print("held-back AUC off/thr/id  " + "  ".join(line), flush=True)
    assert best is not None
    _, C, a, P = best
    print(f"chosen on held-back offensive AUC: C={C:g}, a={a}", flush=True)
    (Path("/tmp/te37") / "chosen.json").write_text(json.dumps({"C": C, "a": a}))
    extra = [r for r in T.load_extra(CORPORA) if r[0] in ("edos", "hatexplain")]
    mix_thr = thresholds(sig((1 - a) * logit(pn) + a * logit(probe_scores(P, d.Eval))), d)
    for src in ("edos", "hatexplain"):
        rr = [r for r in extra if r[0] == src]
        et = [r[1] for r in rr]
        ey = np.array([[r[2], r[3], r[4]] for r in rr])
        en = ngram_scores(ship, [t[:T.MAX_TRAIN_CHARS] for t in et])
        ep = probe_scores(P, cache.get(et, encode=False))
        print(f"{src}: {len(et)} texts, positives off/thr/id {ey.sum(0).astype(int).tolist()}")
        for aa in sorted({0.0, 0.25, 0.5, a, 1.0}):
            m = sig((1 - aa) * logit(en) + aa * logit(ep))
            vm = sig((1 - aa) * logit(pn) + aa * logit(probe_scores(P, d.Eval)))
            th = thresholds(vm, d)
            out = [f"  a={aa}"]
            for j, h in enumerate(HEADS):
                if ey[:, j].sum() == 0:
                    continue
                f = m[:, j] >= th[h]
                out.append(f"{h}: AUC {roc_auc_score(ey[:, j], m[:, j]):.3f} R {int((f & (ey[:, j] == 1)).sum())}/{int(ey[:, j].sum())} "
                           f"FP {int((f & (ey[:, j] == 0)).sum())}/{int((ey[:, j] == 0).sum())}")
            print(" ".join(out), flush=True)
    print("mix thresholds at the chosen a:", {h: round(v, 4) for h, v in mix_thr.items()})


def do_folds(args: argparse.Namespace) -> None:
    from text_folds import AREAS, MUST_NOT_FAIL, new_sets, summary, truth_of
    from textdata4_folds import run

    ch = json.loads((Path("/tmp/te37") / "chosen.json").read_text())
    a = args.a if args.a is not None else ch["a"]
    cache = Cache()
    d = Data(cache)
    old = T.post_sets()
    folds = [old[k::5] for k in range(5)] + [new_sets("35-36")]
    which = [int(k) for k in args.only_folds.split(",") if k] or list(range(6))
    truth = truth_of(old + new_sets("35-36"))
    res: dict[str, dict] = {"ngram": {}, "mix": {}}
    for k in which:
        t0 = time.process_time()
        left = folds[k]
        others = [n for n in old if n not in left]
        if k < 5:
            path = next(p / f"fold{k}_base.npz" for p in FOLD_DIRS if (p / f"fold{k}_base.npz").exists())
        else:
            path = SHIPPED
        base = text_model.OffenceModel(path)
        P = d.probe(others, ch["C"])
        mx = mixed_model(base, P, a, d)
        sub = {key: v for key, v in truth.items() if key[0] in left}
        g0 = run(base, left)
        g1 = run(mx, left)  # type: ignore[arg-type]
        res["ngram"].update(g0)
        res["mix"].update(g1)
        print(f"fold {k} ({', '.join(left)}), {path.name}: thresholds n-gram "
              + ", ".join(f"{h} {base.thresholds[h]:.3f}" for h in HEADS) + "; mix " + ", ".join(f"{h} {mx.thresholds[h]:.3f}" for h in HEADS)
              + f"; {time.process_time() - t0:.0f}s CPU", flush=True)
        summary(f"fold {k} ngram", g0, sub)
        summary(f"fold {k} mix a={a}", g1, sub)
    keys = {key: v for key, v in truth.items() if key in res["ngram"]}
    print(f"\nGROUPED, folds {which} ({len({kk[0] for kk in keys})} sets, each left out once), whole pipeline:")
    for arm in res:
        summary(arm, res[arm], keys)
    k7 = {key: v for key, v in keys.items() if key[0].startswith("posts_untouched")}
    print(f"sets 7-36 only ({len({kk[0] for kk in k7})} sets):")
    for arm in res:
        summary(arm + " (sets 7-36)", res[arm], k7)
    for area, labs in AREAS.items():
        g = sum(1 for key, (labels, _) in keys.items() if labels & labs and res["mix"][key][area] and not res["ngram"][key][area])
        lo = sum(1 for key, (labels, _) in keys.items() if labels & labs and res["ngram"][key][area] and not res["mix"][key][area])
        fp = sum(1 for key, (labels, _) in keys.items() if not labels & labs and res["mix"][key][area] and not res["ngram"][key][area])
        print(f"  mix vs ngram, {area}: labelled posts gained {g}, lost {lo}; unlabelled posts newly flagged {fp}")
    for key, (_labels, tag) in keys.items():
        if tag in MUST_NOT_FAIL and res["mix"][key] != res["ngram"][key]:
            print(f"  must-not-fail post {key} ({tag}): {res['ngram'][key]} -> {res['mix'][key]}")
    Path(f"/tmp/te37/folds_{'_'.join(map(str, which))}.json").write_text(
        json.dumps({arm: {f"{kk[0]}|{kk[1]}": v for kk, v in r.items()} for arm, r in res.items()}))


def do_negatives(args: argparse.Namespace) -> None:
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.config import Config

    ch = json.loads((Path("/tmp/te37") / "chosen.json").read_text())
    a = args.a if args.a is not None else ch["a"]
    cache = Cache()
    d = Data(cache)
    ship = text_model.OffenceModel(SHIPPED)
    P = d.probe(T.post_sets(), ch["C"])
    mx = mixed_model(ship, P, a, d)
    np.savez("/tmp/te37/probe_all.npz", a=a, thr=np.str_(json.dumps(mx.thresholds)),
             **{f"w_{h}": P[h][0] for h in HEADS}, **{f"b_{h}": P[h][1] for h in HEADS})
    texts = T.friendly_texts("", (ROOT / "tools" / "everyday_negatives36.tsv",))
    for name, m in (("shipped n-gram", ship), (f"mix a={a}", mx)):
        text_model.load = lambda m=m: (m, None)  # type: ignore[assignment]
        an = TextAnalyser(Config())
        reps = an.analyse_many(texts)
        flagged = [(t, r) for t, r in zip(texts, reps, strict=True)
                   if any(s is not None for s in (r.offence.status, r.confidential.status, r.offensive.status))]
        print(f"everyday_negatives36 ({len(texts)}), {name}: flagged in any area {len(flagged)}")
        for t, r in flagged:
            print(f"    {r.offensive.status}/{r.offence.status}/{r.confidential.status}  {t[:100]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("corpora", "folds", "negatives"))
    ap.add_argument("--only-folds", default="")
    ap.add_argument("--a", type=float, default=None)
    args = ap.parse_args()
    {"corpora": do_corpora, "folds": do_folds, "negatives": do_negatives}[args.what](args)


if __name__ == "__main__":
    main()
