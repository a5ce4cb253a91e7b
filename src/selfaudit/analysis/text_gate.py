"""A literal prefilter for many regular expressions at once.

For each pattern, ``required_literals`` derives (from Python's own regex parser) a set of
strings such that every match of the pattern contains at least one of them — the idea behind
RE2's and Google Code Search's prefilters. One Aho-Corasick pass (pyahocorasick) over a text
then tells which patterns could possibly match, and only those run. A pattern whose
requirement cannot be derived is never skipped, so the gate can only save time, never hide a
match (a test compares gated and ungated results on every benchmark text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# CPython's own regex parser: private modules that typeshed does not describe (forced ignores).
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_SET = 64  # cap on the size of an exact-strings set while multiplying alternatives out

Strings = frozenset  # of str


def _best(exact: frozenset[str] | None, req: frozenset[str] | None) -> frozenset[str] | None:
    if exact is not None and "" not in exact and exact:
        return exact
    return req


# Very common words: a requirement made of them lets nearly every text through.
_COMMON = frozenset(
    ["a", "an", "the", "to", "of", "in", "on", "at", "and", "or", "i", "we", "he", "she", "it", "my", "his", "her", "our", "their", "you", "your", "is", "was", "were", "be", "been", "had", "has", "have", "did", "do", "does", "went", "go", "going", "get", "got", "hit", "end", "buy", "up", "off", "out", "for", "with", "by", "as", "so", "very", "just", "me", "us", "them", "him", "they", "this", "that", "some", "any", "all", "no", "not"]
)


def _common(x: str) -> bool:
    words = x.split()
    return not words or all(w in _COMMON for w in words) or len(x.strip()) < 3


def _quality(s: frozenset[str]) -> tuple[int, int, int]:
    return (-sum(_common(x) for x in s), min(len(x) for x in s), -len(s))


def _seq(items: Iterable[tuple[object, object]]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, required) for a sequence of parsed items."""
    cur: frozenset[str] | None = frozenset({""})
    exact_all = True
    candidates: list[frozenset[str]] = []

    def flush() -> None:
        nonlocal cur
        if cur is not None and cur and "" not in cur:
            candidates.append(cur)
        cur = frozenset({""})

    for op, av in items:
        e, r = _node(op, av)
        if e is not None and cur is not None and len(cur) * len(e) <= _MAX_SET:
            cur = frozenset(a + b for a in cur for b in e)
            continue
        exact_all = False
        flush()
        b = _best(e, r)
        if b is not None:
            candidates.append(b)
    exact = cur if exact_all else None
    flush()
    req = max(candidates, key=_quality) if candidates else None
    return exact, req


def _node(op: object, av: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op is C.LITERAL:
        return frozenset({chr(av)}), None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset({""}), None  # zero width
    if op is C.SUBPATTERN:
        return _seq(av[3].data)
    if op is C.ATOMIC_GROUP:
        return _seq(av.data)
    if op is C.BRANCH:
        alts = [_seq(sub.data) for sub in av[1]]
        exact: frozenset[str] | None = None
        exacts = [e for e, _ in alts if e is not None]
        if len(exacts) == len(alts):
            u = frozenset[str]().union(*exacts)
            exact = u if len(u) <= _MAX_SET else None
        bests = [_best(e, r) for e, r in alts]
        known = [b for b in bests if b is not None]
        req = frozenset[str]().union(*known) if len(known) == len(bests) else None
        return exact, req
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        e, r = _seq(sub.data)
        if lo == hi == 1:
            return e, r
        if lo == 0 and hi == 1 and e is not None:
            return e | {""}, None
        if lo >= 1:
            return None, _best(e, r)
        return None, None
    if op is C.IN:
        chars = [chr(a) for o, a in av if o is C.LITERAL]
        if len(chars) == len(av) and 0 < len(chars) <= 8:
            return frozenset(chars), None
        return None, None
    return None, None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...


def required_literals(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match contains; None when that cannot be said."""
    p = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(p, flags)
    except Exception:
        return None
    e, r = _seq(parsed.data)
    best = _best(e, r)
    if best is None or min(len(x) for x in best) < 2:
        return None  # one-letter requirements would let nearly every text through anyway
    return best


class Gate:
    """Which of a set of named patterns could match a text, from one Aho-Corasick pass."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]):
        self.always: set[str] = set()
        self._automaton = None
        words: dict[str, set[str]] = {}
        for name, rx in patterns.items():
            lits = required_literals(rx)
            if lits is None:
                self.always.add(name)
                continue
            for lit in lits:
                words.setdefault(lit, set()).add(name)
        try:
            import ahocorasick

            a = ahocorasick.Automaton()
            for lit, names in words.items():
                a.add_word(lit, frozenset(names))
            if words:
                a.make_automaton()
                self._automaton = a
        except ImportError:  # no prefilter: every pattern runs
            self.always = set(patterns)
        self.gated = set(patterns) - self.always

    def candidates(self, text: str) -> set[str]:
        """Names of the patterns that may match ``text`` (a superset, never a subset)."""
        out = set(self.always)
        if self._automaton is not None:
            for _, names in self._automaton.iter(text):
                out.update(names)
        return out
