"""Stop 40, branch textmodel40: do real posts labelled UNDER THE POLICY teach the offence heads to stop reviewing
fine posts about groups, without losing abuse? Out-of-fold on the 1,000 policy-labelled posts, and on realfalse40's
judged posts.

    PYTHONPATH=src .venv/bin/python bench/dev/textmodel40_folds.py folds VARIANT [VARIANT ...] [--out DIR] [--folds 5]
    PYTHONPATH=src .venv/bin/python bench/dev/textmodel40_folds.py judged MODEL.npz SAMPLE.tsv [SAMPLE.tsv ...] --half A|B

VARIANT is ``name:weight:heads`` or ``name:abusive weight:fine weight:heads`` (heads: o, t, i for offensive / threat /
identity; a weight 0 leaves those posts out), e.g. ``w8:8:oti``, ``neg8:0:8:oti`` (the fine posts alone, as negatives).

``folds``: the training data exactly as tools/train_text_model.py builds it (corpora, project texts, everyday and
friendly negatives, the post sets minus OFFENCE_HEADS_SKIP_SETS), built once. The policy-labelled posts
(tools/realtrain40_policy_labels.tsv, texts joined by id from the corpora's TRAINING splits) are split into FOLDS
folds by sha256("textmodel40:" + source id), fixed before any score; per variant and fold, the three offence heads
are fitted with every policy post but the fold's (add_policy, the variant's weight and heads; thresholds on the
corpora's held-back 10 %, as shipped), the shipped post heads appended unchanged, and the fold's posts are read by the
whole ``check text`` pipeline with that model. The baseline is the shipped model, which never trained on any of them
(so its verdicts on all 1,000 are out of sample). Reported per variant: of posts labelled fine (no abuse label),
those the offensive area reviews / fails, and those reviewed on a model hit alone; of abusive posts, those flagged,
and those with a model hit. It also fits each variant on all the policy posts and writes DIR/model-NAME.npz
(what would ship, post heads appended), for ``judged``.

``judged``: a model's verdicts on realfalse40's hand-judged posts of one half (SAMPLE.tsv is realfalse40_sample.py's
output; labels from bench/dev/realfalse40_judged.tsv): fine reviewed / failed, abusive caught, and the posts that
moved against the shipped model (ids only).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src")]
import train_text_model as T  # noqa: E402

from selfaudit.analysis import text_model  # noqa: E402
from selfaudit.analysis.text import TextAnalyser, is_model_hit  # noqa: E402
from selfaudit.config import Config  # noqa: E402

HEAD_OF = {"offence model": "offensive", "identity-attack model": "identity", "threat model": "threat"}


def fold_of(sid: str, folds: int) -> int:
    return hashlib.sha256(("textmodel40:" + sid).encode()).digest()[0] % folds


def verdicts(model: text_model.OffenceModel, texts: list[str]) -> list[tuple[str, tuple[str, ...], bool]]:
    """(offensive status or "-", the heads that hit, whether a rule hit too) per text, through the whole pipeline."""
    text_model.load = lambda m=model: (m, None)  # type: ignore[assignment]
    a = TextAnalyser(Config())
    out = []
    for rep in a.analyse_many(texts):
        v = rep.offensive
        heads = tuple(sorted({HEAD_OF.get(h.phrase.split(" score")[0], h.category) for h in v.hits if is_model_hit(h)}))
        out.append((v.status or "-", heads, any(not is_model_hit(h) for h in v.hits)))
    return out


def post_heads_of(path: Path) -> dict[str, np.ndarray]:
    """The shipped model's post-head arrays (unchanged by this round)."""
    data = np.load(path, allow_pickle=False)
    keep = [str(h) for h in data["heads"] if str(h) not in T.HEADS]
    out = {k: data[k] for k in data.files if any(k.endswith("_" + h) for h in keep)}
    out["_heads"] = np.array(keep)
    return out


def save_model(arrays: dict[str, Any], post: dict[str, np.ndarray], path: Path) -> None:
    out = dict(arrays)
    out["heads"] = np.array([*(str(h) for h in arrays["heads"]), *(str(h) for h in post["_heads"])])
    out.update({k: v for k, v in post.items() if k != "_heads"})
    T.save_npz(path, out)


def tally(labels: list[frozenset[str]], vs: list[tuple[str, tuple[str, ...], bool]]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for lab, (status, heads, rule) in zip(labels, vs, strict=True):
        abusive = bool(lab & T.ABUSE_LABELS)
        kind = "abusive" if abusive else "fine"
        c[f"{kind} n"] += 1
        if status != "-":
            c[f"{kind} flagged"] += 1
            c[f"{kind} {status}"] += 1
        if heads:
            c[f"{kind} model hit"] += 1
            if not rule and status == "review":
                c[f"{kind} model-only review"] += 1
            for h in heads:
                c[f"{kind} head {h}"] += 1
    return dict(sorted(c.items()))


def folds_cmd(a: argparse.Namespace) -> None:
    a.out.mkdir(parents=True, exist_ok=True)
    labels = [x for x in T.read_policy_labels(T.POLICY40_SET) if not x[3].startswith("lang-")]
    rows = dict(T.policy_rows(labels, T.policy_texts(a.corpora)))
    posts = [(sid, lab, rows[sid]) for _, sid, lab, _ in labels if sid in rows]
    print(f"{len(posts)} English policy-labelled posts; abusive {sum(bool(p[1] & T.ABUSE_LABELS) for p in posts)}; "
          f"folds {Counter(fold_of(p[0], a.folds) for p in posts)}", flush=True)
    shipped = text_model.OffenceModel()
    base = verdicts(shipped, [p[2][1] for p in posts])
    print("base (shipped model, never trained on them):", tally([p[1] for p in posts], base), flush=True)
    d = T.dataset(a.corpora)
    d = T.add_posts(d, T.load_posts([n for n in T.post_sets() if n not in T.OFFENCE_HEADS_SKIP_SETS]))
    post = post_heads_of(T.MODEL_FILE)
    for spec in a.variants:
        name, *ws, hs = spec.split(":")
        wpos, wneg = (float(ws[0]), float(ws[-1]))
        weight = "/".join(ws)

        def with_policy(rs: list[T.Row], wpos: float = wpos, wneg: float = wneg) -> dict:
            return T.add_policy_split(d, rs, wpos, wneg)
        heads = tuple(h for h in T.HEADS if h[0] in hs)
        oof: list[Any] = [None] * len(posts)
        for k in range(a.folds):
            train = [p[2] for p in posts if fold_of(p[0], a.folds) != k]
            idx = [i for i, p in enumerate(posts) if fold_of(p[0], a.folds) == k]
            arrays, _ = T.fit_model(with_policy(train), T.FALSE_ALARM_RATE, quiet=True, policy_heads=heads)
            path = a.out / f"fold-{name}-{k}.npz"
            save_model(arrays, post, path)
            for i, v in zip(idx, verdicts(text_model.OffenceModel(path), [posts[i][2][1] for i in idx]), strict=True):
                oof[i] = v
        moved = Counter((("abusive" if p[1] & T.ABUSE_LABELS else "fine"), b[0], o[0]) for p, b, o in zip(posts, base, oof, strict=True) if b[0] != o[0])
        print(f"{name} (weight {weight}, heads {'/'.join(heads)}) out of fold:", tally([p[1] for p in posts], oof), flush=True)
        print(f"    moved (label, base -> {name}): {dict(sorted(moved.items()))}", flush=True)
        arrays, _ = T.fit_model(with_policy([p[2] for p in posts]), T.FALSE_ALARM_RATE, quiet=True, policy_heads=heads)
        save_model(arrays, post, a.out / f"model-{name}.npz")
        print(f"    wrote {a.out / f'model-{name}.npz'}; thresholds " + " ".join(f"{h} {float(arrays[f'threshold_{h}']):.3f}" for h in T.HEADS), flush=True)


def judged_cmd(a: argparse.Namespace) -> None:
    judged = {tuple(ln.split("\t")[:2]): ln.split("\t")[3]
              for ln in (ROOT / "bench/dev/realfalse40_judged.tsv").read_text().splitlines() if not ln.startswith("#")}
    rows = [ln.split("\t") for s in a.samples for ln in Path(s).read_text().splitlines() if ln.strip()]
    rows = list({(r[0], r[1]): r for r in rows if r[2] == a.half and (r[0], r[1]) in judged}.values())
    texts = [r[4].replace(" \\n ", "\n") for r in rows]
    labs = [judged[(r[0], r[1])] for r in rows]
    base = verdicts(text_model.OffenceModel(), texts)
    new = verdicts(text_model.OffenceModel(a.model), texts)
    for name, vs in (("shipped", base), (a.model.name, new)):
        c = Counter((lab, v[0]) for lab, v in zip(labs, vs, strict=True))
        caught = sum(n for (lab, s), n in c.items() if lab == "abusive" and s != "-")
        print(f"half {a.half} {name}: fine reviewed {c[('fine', 'review')]} failed {c[('fine', 'fail')]} of {sum(lab == 'fine' for lab in labs)}; "
              f"abusive caught {caught} (fail {c[('abusive', 'fail')]}) of {labs.count('abusive')}; swear flagged "
              f"{sum(n for (lab, s), n in c.items() if lab == 'swear' and s != '-')} of {labs.count('swear')}; unsure flagged "
              f"{sum(n for (lab, s), n in c.items() if lab == 'unsure' and s != '-')} of {labs.count('unsure')}")
    for r, lab, b, n in zip(rows, labs, base, new, strict=True):
        if b[0] != n[0]:
            print(f"    moved: {r[0]} {r[1]} judged {lab}: {b[0]} {b[1]} -> {n[0]} {n[1]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("folds")
    f.add_argument("variants", nargs="+")
    f.add_argument("--out", type=Path, default=Path("/tmp/textmodel40"))
    f.add_argument("--folds", type=int, default=5)
    f.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    j = sub.add_parser("judged")
    j.add_argument("model", type=Path)
    j.add_argument("samples", nargs="+")
    j.add_argument("--half", choices=("A", "B"), required=True)
    a = ap.parse_args()
    folds_cmd(a) if a.cmd == "folds" else judged_cmd(a)


if __name__ == "__main__":
    main()
