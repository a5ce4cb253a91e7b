"""The "views are my own" disclaimer in a bio: stated, only denied or quoted, run together or
spaced out, or not there — in the languages whose wordings are known (``text_language``).
Split out of ``text``: the analyser asks ``disclaimer(words, lang, clean)`` for a bio."""

from __future__ import annotations

import re

from . import text_patterns as P
from .text_language import DISCLAIMER_LANGUAGES, ENGLISH_BY_DEFAULT, Language
from .text_read import any_of, fold, name_readings, normalise
from .text_results import Disclaimer

_DISC_SAYS = [(frozenset(h for h in says.split("+") if h), re.compile(p)) for says, p in P.DISCLAIMER_SAYS]
_DISC_PRESENT = [rx for _, rx in _DISC_SAYS]
_DISC_PRESENT_ANY = any_of(P.DISCLAIMER_PRESENT)
_DISC_UNCLEAR = any_of(P.DISCLAIMER_UNCLEAR)
_DISC_NEG = any_of(P.DISCLAIMER_NEGATIVE)
_DISC_SQUASHED = [(frozenset(h for h in says.split("+") if h), re.compile(p)) for says, p in P.DISCLAIMER_SQUASHED]
# The two halves of the policy's DO: "Clearly warn that this is a personal site and opinions are your own".
BOTH_HALVES = ("site", "views")


def stated(says: set[str] | frozenset[str], matched: tuple[str, ...]) -> Disclaimer:
    """Present only when both halves are said; one half (or neither: "RTs are not endorsements")
    is partial, which the check shows as review naming the missing half."""
    halves = tuple(h for h in BOTH_HALVES if h in says)
    return Disclaimer("present" if halves == BOTH_HALVES else "partial", matched, says=halves)
_SPACED_LETTERS = re.compile(r"\b(?:\w ){3,}\w\b")
_DISC_DENIED = re.compile(P.DISCLAIMER_DENIED)
_DISC_TAKEN_BACK = re.compile(P.DISCLAIMER_TAKEN_BACK)
_CLAUSE_END = re.compile(r"[.,;:!?|\n\u2022\u00b7()\[\]\u2013\u2014/]+")
_QUOTED = re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]([^\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019\n]{3,200})[\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]")


# The slot right after a stated "views my own": "..., not NHS England's", "... and not those of
# Hackney Council", "... not the views of the BBC". Read on the clean text: case tells a name.
_NOT_SLOT = re.compile(
    r"(?i:\b(?:own|onw|0wn|mine|personal|alone|only|private|views?|opinions?|thoughts?|tweets?|posts?))[\s,;:.\-\u2013\u2014]*(?:(?i:and|but|&)\s+)?(?i:not|nor)\s+"
    r"(?:(?i:(?:necessarily\s+)?(?:those|that|the\s+(?:views?|opinions?|positions?))\s+))?(?:(?i:of)\s+)?"
    r"(?:(?P<det>(?i:my|our|the))\s+)?(?P<name>[\w&.'\u2019-]+(?:\s+[\w&.'\u2019-]+){0,5})"
)
_POSSESSIVE = re.compile(r"(?:['\u2019][sS]?|\.)$")
_CONNECTORS = frozenset({"of", "for", "and", "&"})


def _organisation_in_slot(det: str, name: str, shouting: bool, known: frozenset[str] = frozenset()) -> str:
    """The organisation-like name leading ``name`` (after "my"/"the" ``det``), or "" if it is
    none: a family member, a pet or plain words ("not my mum's", "not all bad") are not one.
    ``known``: the policy pack's names for its organisation (case-folded), one word or more."""
    known_words = {w for k in known for w in k.split()}
    run: list[str] = []
    for tok in name.split():
        word = _POSSESSIVE.sub("", tok)
        low = word.casefold()
        if low in _CONNECTORS and run:
            run.append(word)
            continue
        if not word or not (word[0].isupper() or low in P.DISCLAIMER_ORGANISATION_WORDS or low in known_words):
            break
        run.append(word)
        if word != tok:  # "England's": the possessive ends the name
            break
    while run and run[-1].casefold() in _CONNECTORS:
        run.pop()
    words = [w for w in run if w.casefold() not in P.DISCLAIMER_NOT_ORGANISATIONS]
    if not words or (len(words) < len(run) and not any(w.casefold() in P.DISCLAIMER_ORGANISATION_WORDS for w in run)):
        return ""
    if any(w.casefold() in P.DISCLAIMER_ORGANISATION_WORDS for w in words):
        return " ".join(run)
    if " ".join(run).casefold() in known and det.casefold() not in ("my", "our"):  # "not Hackney's": the pack's own name
        return " ".join(run)
    if shouting or det.casefold() in ("my", "our"):  # "not my Mum's"; in all capitals case tells nothing
        return ""
    initials = any(len(w) >= 2 and w.isupper() and w.casefold() not in P.DISCLAIMER_SHOUTED_WORDS for w in words)
    capitalised = [w for w in words if w[0].isupper()]
    # Two capitalised words alone may be a person ("not Boris Johnson's"): not proof of an organisation.
    if initials or (det.casefold() == "the" and capitalised):
        return " ".join(run)
    return ""


def _distanced_from_an_organisation(clean: str, known: frozenset[str] = frozenset()) -> str:
    """The words form of "..., not <organisation>'s" after a disclaimer's "own"/"mine", or "".
    Says the account is not the organisation's voice: the "site" half of the DO."""
    letters = [c for c in clean if c.isalpha() and c.lower() != c.upper()]
    shouting = len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    for m in _NOT_SLOT.finditer(clean):
        org = _organisation_in_slot(m.group("det") or "", m.group("name"), shouting, known)
        if org:
            end = m.start("name") + m.group("name").find(org.split()[-1]) + len(org.split()[-1])
            return fold(normalise(clean[m.start() : end])[1]).strip()
    return ""


def _disclaimer_words(text: str) -> str:
    words = fold(normalise(text)[1])
    return _DISC_NEG.sub(" ", words) if _DISC_NEG.search(words) else words


def _denied_disclaimers(clean: str) -> set[str]:
    """Disclaimer phrases that ``clean`` only denies or mentions, never states: a denial before
    them in their own clause ("this is not a personal account"), or quoted inside a sentence
    ("people who write “views my own” …"). A quote opening a sentence or a line ("Nurse. “All
    views my own.”", "“Views my own” and all that") is the person's own statement. A phrase stated anywhere
    else in the text is not denied."""
    denied: set[str] = set()
    used: set[str] = set()
    rest = clean
    for q in reversed(list(_QUOTED.finditer(clean))):
        if clean[: q.start()].rstrip()[-1:].isalnum():  # quoted after a word: a mention inside a sentence
            denied.update(m.group(0).strip() for rx in _DISC_PRESENT for m in rx.finditer(_disclaimer_words(q.group(1))))
            rest = rest[: q.start()] + " ; " + rest[q.end() :]
    for clause in _CLAUSE_END.split(rest):
        cw = _disclaimer_words(clause)
        for rx in _DISC_PRESENT:
            for m in rx.finditer(cw):
                (denied if _DISC_DENIED.search(cw[: m.start()]) else used).add(m.group(0).strip())
    whole = _disclaimer_words(rest)
    taken_back = {m.group(0).strip() for rx in _DISC_PRESENT for m in rx.finditer(whole) if _DISC_TAKEN_BACK.search(whole[m.end():])}
    return (denied - used) | taken_back


def disclaimer(words: str, lang: Language = ENGLISH_BY_DEFAULT, clean: str = "", known: frozenset[str] = frozenset()) -> Disclaimer:
    """The bio's disclaimer verdict; ``words`` is its folded word form, ``clean`` its clean text
    (to tell a stated disclaimer from a denied or quoted one); ``known`` the policy pack's names
    for its organisation, case-folded ("Views my own, not Hackney's" then says both halves)."""
    w = _DISC_NEG.sub(" ", words) if _DISC_NEG.search(words) else words
    if _DISC_PRESENT_ANY.search(w):
        matched: list[tuple[str, frozenset[str]]] = []
        for says, rx in _DISC_SAYS:
            m = rx.search(w)
            if m:
                matched.append((m.group(0).strip(), says))
        # Said the other way round or only quoted ("this is not a personal account", "I refuse
        # to write “views my own”"): the words are there, the statement is not. Review.
        denied = _denied_disclaimers(clean) if clean else set()
        used = [(t, says) for t, says in matched if t not in denied]
        if not used:
            return Disclaimer("unclear", tuple(dict.fromkeys(t for t, _ in matched)))
        if clean and any("views" in says for _, says in used) and not any("site" in says for _, says in used):
            org = _distanced_from_an_organisation(clean, known)
            if org:
                used.append((org, frozenset(BOTH_HALVES)))
        return stated(set().union(*(says for _, says in used)), tuple(dict.fromkeys(t for t, _ in used)))
    # "V i e w s  m y  o w n", "#viewsmyown": words run together or spaced out letters.
    squashed = [m.group(0).replace(" ", "") for m in _SPACED_LETTERS.finditer(w)] + [t for t in w.split() if len(t) >= 9]
    found: dict[str, frozenset[str]] = {}
    for c in squashed:
        for says, rx in _DISC_SQUASHED:
            m = rx.search(c)
            if m:
                found.setdefault(m.group(0), says)
    if found:
        return stated(set().union(*found.values()), tuple(found))
    m = _DISC_UNCLEAR.search(w)
    if m:
        return Disclaimer("unclear", (m.group(0).strip(),))
    # Written in disguise ("Vi3ws my 0wn", "V.i.e.w.s my own"): the person meant one, so it is
    # no "absent" fail — but a reading is a guess, so a person checks it (unclear, review).
    for form, _ in name_readings(clean) if clean else ():
        m = _DISC_PRESENT_ANY.search(_disclaimer_words(form))
        if m:
            return Disclaimer("unclear", (m.group(0).strip(),))
    if lang.code not in DISCLAIMER_LANGUAGES:
        return Disclaimer("not-analysed", (), lang.name)  # no wordings known for this language
    return Disclaimer("absent")
