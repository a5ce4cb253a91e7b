"""Why a post gets (or misses) an offensive-area flag (insult, threat, discriminatory, obscene):
what matched, and what voided it.

    .venv/bin/python bench/dev/offensive_trace.py "text" ["text" ...]
    .venv/bin/python bench/dev/offensive_trace.py --sets 21,22,23,24,25,26 [--english]

With --sets: every MISS and FALSE line of offence_round.py --area offensive on those sets.

Each post is analysed as it is, then again with one part of the analyser switched off at a time:
every module-level regex of text.py and of the frame modules (text_abuse, text_menace,
text_frames, text_group, text_scorn) made to match nothing, and the few voiding functions
(_denied, _safety_advice, the language identifier, the literal gate) made harmless.

* MISS (not flagged): a part whose absence flags the post is a voider that fired (a denial, a
  quoting or counter-speech frame, a professional voice, a praise shield, self-deprecation, a
  homonym exception, _BENIGN's blanking, a non-English language...). The flag it then gets names
  the rule that had matched. No such part: nothing matched at all.
* FALSE (flagged): a part whose absence clears the post is a rule the flag needed.

Inline patterns inside functions (not module level) are not switched off; a miss that only
such a pattern voids shows as "nothing matched".
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from selfaudit.analysis import text as T
from selfaudit.analysis import text_abuse, text_frames, text_group, text_menace, text_scorn
from selfaudit.analysis.text_language import ENGLISH_BY_DEFAULT
from selfaudit.analysis.text_read import normalise
from selfaudit.config import Config

_MODULES: tuple[ModuleType, ...] = (T, text_abuse, text_menace, text_frames, text_group, text_scorn)
_NEVER = re.compile(r"(?!x)x")
_A = T.TextAnalyser(Config())


def _regexes() -> dict[int, list[tuple[ModuleType, str]]]:
    """Every module-level compiled regex, by object: the (module, name) pairs that hold it."""
    out: dict[int, list[tuple[ModuleType, str]]] = {}
    for mod in _MODULES:
        for name, val in vars(mod).items():
            if isinstance(val, re.Pattern) and not name.startswith("__"):
                out.setdefault(id(val), []).append((mod, name))
    return out


_REGEXES = _regexes()


def _verdict(text: str) -> Any:
    _A._cache.clear()
    return _A.analyse(text).offensive


def _switched_off(holders: list[tuple[ModuleType, str]], text: str) -> Any:
    saved = [(m, n, getattr(m, n)) for m, n in holders]
    try:
        for m, n, _ in saved:
            setattr(m, n, _NEVER)
        return _verdict(text)
    finally:
        for m, n, v in saved:
            setattr(m, n, v)


def _patched(mod: ModuleType, name: str, value: Any, text: str) -> Any:
    old = getattr(mod, name)
    setattr(mod, name, value)
    try:
        return _verdict(text)
    finally:
        setattr(mod, name, old)


def _no_gate(text: str) -> Any:
    _A.use_gate = False
    try:
        return _verdict(text)
    finally:
        _A.use_gate = True


def _trials() -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for holders in _REGEXES.values():
        label = ", ".join(f"{m.__name__.rsplit('.', 1)[-1]}.{n}" for m, n in holders)
        out.append((label, lambda t, h=holders: _switched_off(h, t)))
    out.append(("text._denied (a denial or a condemned quote)", lambda t: _patched(T, "_denied", lambda *a: False, t)))
    out.append(("text._safety_advice (kind voice)", lambda t: _patched(T, "_safety_advice", lambda *a: False, t)))
    out.append(("text._language (read as English)", lambda t: _patched(T, "_language", lambda *a: ENGLISH_BY_DEFAULT, t)))
    out.append(("the literal gate", _no_gate))
    return out


_TRIALS = _trials()


def _show(v: Any) -> str:
    return f"{v.status} {[h.category + ': ' + h.phrase for h in v.hits]}" if v.status else "None"


def trace(text: str, quiet: bool = False) -> tuple[str, list[str]]:
    """('miss'|'flagged', the parts that explain it). Prints the trace unless quiet."""
    words = normalise(text)[1]
    masked = T._BENIGN.sub(" ", words)
    _A._cache.clear()
    rep = _A.analyse(text)
    base = rep.offensive
    model = _A._model_scores.get(masked) or {}
    if not quiet:
        print("TEXT  ", text)
        print("  lang  ", rep.language.code, rep.language.name, f"sure={rep.language.sure}")
        if masked != words:
            print("  benign", " ".join(w for w in words.split() if w not in masked.split()) or "(blanked)")
        print("  model ", {k: round(v, 2) for k, v in model.items()}, "thresholds", {k: round(v, 2) for k, v in _A.model_thresholds.items()})
        print("  =>    ", _show(base))
    found = []
    for label, run in _TRIALS:
        v = run(text)
        if (base.status is None) != (v.status is None):
            found.append(f"{label} -> {_show(v)}")
    if not found and base.status is None:
        # Two voiders at once ("the disabled loos" and "heard" both raise the model's threshold):
        # switch off pairs of the regexes that match this post at all.
        clean = normalise(text)[0]
        active = [h for h in _REGEXES.values() if any(getattr(m, n).search(x) for m, n in h[:1] for x in (text, clean, words, masked))]
        for i, a in enumerate(active):
            for b in active[i + 1 :]:
                v = _switched_off(a + b, text)
                if v.status is not None:
                    label = " + ".join(", ".join(f"{m.__name__.rsplit('.', 1)[-1]}.{n}" for m, n in h) for h in (a, b))
                    found.append(f"{label} (together) -> {_show(v)}")
    if not quiet:
        head = "voided by (switched off, the post is flagged)" if base.status is None else "flag needs (switched off, the post is clear)"
        print(f"  {head}:" if found else "  nothing matched at all" if base.status is None else "  no single part explains the flag")
        for f in found:
            print("    ", f)
    return ("miss" if base.status is None else "flagged"), found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("texts", nargs="*")
    ap.add_argument("--sets", help="e.g. 21,22,23,24,25,26: trace every MISS and FALSE of the offensive area")
    ap.add_argument("--english", action="store_true", help="with --sets: only posts the analyser reads as English, or tagged abuse")
    args = ap.parse_args()
    for t in args.texts:
        trace(t)
    if not args.sets:
        return
    from bench_text import AREAS, our_labels, rows

    tally = {"voided": 0, "nothing": 0, "false": 0}
    for s in args.sets.split(","):
        for lab, tag, text in rows(f"posts_untouched{s}.tsv", 3):
            labels = our_labels(lab)
            want = any(AREAS.get(x.strip()) == "offensive" for x in labels.split(","))
            _A._cache.clear()
            rep = _A.analyse(text)
            got = rep.offensive.status is not None
            if want == got:
                continue
            if args.english and tag.startswith("lang-") and rep.language.code != "en":
                continue
            print(f"\n=== {s} {'MISS' if want else 'FALSE'} [{labels}|{tag}]")
            _, found = trace(text)
            tally["false" if got else "voided" if found else "nothing"] += 1
    print(f"\nmisses voided: {tally['voided']}, misses where nothing matched: {tally['nothing']}, false flags: {tally['false']}")


if __name__ == "__main__":
    main()
