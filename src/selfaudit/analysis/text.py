"""Text analysis: the "views are my own" disclaimer, offensive words, possible offences,
confidential or identifying information, and naming the organisation.

``TextAnalyser(config).analyse(text, bio=False)`` returns a ``TextReport``; results are cached
by text. It is pure (no network, no files) and fast: patterns are compiled once, and the
offline profanity classifier (alt-profanity-check, a linear SVM over word n-grams) is run in
batches by ``analyse_many`` / ``prepare``.

Choices, and why:

* Mojibake (``CafÃ©``, ``ðŸ˜€``) is repaired with ftfy; ``unicodedata`` NFKC folds the
  "fancy letters" people put in bios (𝐕𝐢𝐞𝐰𝐬, ｖｉｅｗｓ); accents are stripped for matching
  so "mías"/"mias" and "persönlich"/"personlich" both match.
* Identifiers use maintained libraries where they exist (``phonenumbers`` for phone numbers)
  and small validators otherwise (the NHS number's modulus-11 check digit, the National
  Insurance number's prefix rules, the UK postcode format). Presidio was evaluated and not
  used: it pulls in spaCy (≈390 MB), takes over a second to import, its e-mail recogniser
  tries to download the public-suffix list at run time (a network call from a private tool),
  and its four relevant recognisers ran at ≈2,000 texts/s — below this module's goal on their
  own. Its NHS and NINO recognisers are the same check-digit and prefix rules used here.
* The classifier alone misses threats and prejudice worded without swear words, and flags
  harmless phrases ("Dick Whittington", "faggots and peas"): harmless phrases are blanked
  before it runs, and categories (insult, threat, discriminatory, obscene) decide the verdict.
  Identity words alone never fail; a professional, supportive or reporting voice turns a
  match into ``review`` so a person judges it with the text in front of them. Looser
  co-occurrence rules, and single words for possible offences, only ever give ``review``.
* Speed: one Aho-Corasick pass (``text_gate``) skips the patterns that cannot match.
* Languages: the disclaimer in English, French, Spanish, German (and Italian, Dutch); the
  commonest abuse, threats and drink/drug words in French, Spanish and German.
* Figures (precision/recall per category on hand-written held-out sets, posts/s): bench/README.md.

Options (``text:`` in config.yaml, see ``TextOptions``): ``disabled`` (categories to switch
off), ``organisations`` (replaces the default list), ``extra_organisations`` (adds to it; a
name, or ``{name, patterns}``), ``classifier_threshold`` (default 0.7).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import SelfauditError
from . import text_patterns as P
from .text_gate import Gate

Status = Literal["fail", "review"]

OFFENSIVE_CATEGORIES = ("insult", "threat", "discriminatory", "obscene", "classifier")
OFFENCE_CATEGORIES = tuple(P.OFFENCE)
CONFIDENTIAL_CATEGORIES = ("phone", "email", "nhs_number", "ni_number", "postcode", "date_of_birth", "practice")
ALL_CATEGORIES = OFFENSIVE_CATEGORIES + OFFENCE_CATEGORIES + CONFIDENTIAL_CATEGORIES + ("organisation", "disclaimer")

# The organisation and its partners (CHSCB 2017 policy, City & Hackney). Full names match in
# any case; abbreviations only in capitals, so "elft" or "lbh" in other words do not match.
DEFAULT_ORGANISATIONS: dict[str, list[str]] = {
    "CHSCB": [r"\bCHSCB\b", r"(?i)\bcity (?:and|&) hackney safeguarding children'?s? board\b"],
    "CHSCP": [r"\bCHSCP\b", r"(?i)\bcity (?:and|&) hackney safeguarding children'?s? partnership\b"],
    "City of London Corporation": [r"(?i)\bcity of london(?: corporation| police)?\b", r"(?i)\bcorporation of london\b"],
    "Hackney Council": [r"(?i)\bhackney council\b", r"(?i)\blondon borough of hackney\b", r"(?i)\bLB ?hackney\b", r"\bLBH\b", r"(?i)\bhackney children'?s (?:social care|services)\b"],
    "Homerton Healthcare": [
        r"(?i)\bhomerton (?:university )?(?:hospital|healthcare)\b",
        r"(?i)\bthe homerton\b",
        r"\bHUHFT\b",
        r"\bHomerton (?:maternity|A&E|A and E|midwives|nurses|staff|ward|neonatal|NICU|ICU|birth centre|emergency)\b",
    ],
    "East London NHS Foundation Trust": [r"(?i)\beast london nhs (?:foundation )?trust\b", r"\bELFT\b"],
    "Metropolitan Police": [r"(?i)\bmetropolitan police(?: service)?\b", r"(?i)\bmet police\b", r"(?i)\bthe met\b(?!\s+(?:office|gala|opera|museum|ball|line))"],
}

# Every default pattern above contains one of these words (checked by a test).
DEFAULT_ORG_WORDS = ("chscb", "chscp", "city", "corporation", "hackney", "lbh", "homerton", "huhft", "elft", "london", "met", "metropolitan")

# Speaking for the organisation (3.2): "on behalf of", "we at X", "X's official position".
_SPEAK_FOR = re.compile(
    r"(?i)\b(?:on behalf of|speaking for|representing|official (?:position|statement|view) of|we at|here at|as an? (?:\w+ ){0,3}(?:at|for|from|of))\s+(?:the\s+)?$"
)
_OPINION = re.compile(
    r"\b(?:i think|i feel|i believe|imo|imho|in my opinion|disgrace\w*|shambles|useless|rubbish|terrible|awful|joke|angry|furious|fed up|sick of|cuts|strike|management|failing|worst|incompetent|scandal\w*|shameful|should|must|never again|hate|ridiculous)\b"
)

_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_SMALLCAPS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz")
_SYMBOLS = re.compile(r"≠|≢|=/=|!=|=\\=|/=")
_MASKED = [  # common self-censoring of swear words, written back so the lexicon sees them
    (re.compile(r"(?i)\bf[\*#@%\-_.]{1,3}c?k"), "fuck"),
    (re.compile(r"(?i)\bf[u\*]{1}[\*#@%]{1,2}"), "fuck"),
    (re.compile(r"(?i)\bs[h\*][\*#@%1!i][t\*]\b"), "shit"),
    (re.compile(r"(?i)\bc[\*#@%u]{1,2}n[t\*]\b"), "cunt"),
    (re.compile(r"(?i)\bb[\*#@%i1!]tch"), "bitch"),
    (re.compile(r"(?i)\bn[\*#@%i1!]gg"), "nigg"),
    (re.compile(r"(?i)\bn[\*#@%]{2,4}(?:er|a)\b"), "nigger"),
    (re.compile(r"(?i)\bp[\*#@%]k[i1\*]\b"), "paki"),
    (re.compile(r"(?i)\bp[a@][\*#%]i\b"), "paki"),
    (re.compile(r"(?i)\bf[a@\*][\*#%g]{1,2}(?:[o0\*]t)"), "faggot"),
    (re.compile(r"(?i)\bc[\*#@%]nt\b"), "cunt"),
]
_NON_WORD = re.compile(r"[^\w@]+")
_APOS = re.compile(r"['’‘`´]")
_SPACES = re.compile(r"\s+")
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|my|mine|we|were|weve|us|our|myself)\b")


def _join(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FORMAT_CHARS = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe00-\ufe0f]")


def _strip_marks(s: str) -> str:
    """Drop accents (emoji and symbols are turned into spaces later with the punctuation)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s))


def normalise(text: str) -> tuple[str, str]:
    """(clean, words) forms of a text.

    ``clean`` keeps case and punctuation (for identifiers, names and abbreviations): mojibake
    repaired, NFKC-folded, hashtags split into words, zero-width characters removed.
    ``words`` is what the word patterns see: lower case, no accents, no emoji or punctuation.
    """
    if not text.isascii():
        from ftfy.badness import is_bad

        if is_bad(text):  # ftfy's own mojibake detector; fixing costs ~10x more than checking
            import ftfy

            text = ftfy.fix_text(text, normalization="NFKC")
        text = _FORMAT_CHARS.sub("", unicodedata.normalize("NFKC", text).translate(_SMALLCAPS))
    if "#" in text:
        text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    clean = text
    low = _SYMBOLS.sub(" not ", text).replace("&", " and ").casefold()
    if not low.isascii():
        low = _strip_marks(low)
    if "*" in low or "#" in low or "@" in low or "%" in low or "!" in low or "1" in low:
        for rx, rep in _MASKED:
            low = rx.sub(rep, low)
    low = _APOS.sub("", low)
    words = _SPACES.sub(" ", _NON_WORD.sub(" ", low)).strip()
    return clean, words


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    category: str
    phrase: str


@dataclass(frozen=True)
class Verdict:
    """One area's conclusion about a text: None (nothing), "review" or "fail"."""

    status: Status | None = None
    confidence: str = "high"
    severity: str | None = None
    hits: tuple[Hit, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def matched(self) -> list[str]:
        seen: dict[str, None] = {}
        for h in self.hits:
            seen.setdefault(h.phrase, None)
        return list(seen)

    @property
    def categories(self) -> list[str]:
        seen: dict[str, None] = {}
        for h in self.hits:
            seen.setdefault(h.category, None)
        return list(seen)


NOTHING = Verdict()


@dataclass(frozen=True)
class Disclaimer:
    status: Literal["present", "absent", "unclear"]
    matched: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextReport:
    text: str
    words: str
    offensive: Verdict = NOTHING
    offence: Verdict = NOTHING
    confidential: Verdict = NOTHING
    organisation: Verdict = NOTHING
    disclaimer: Disclaimer | None = None
    profanity: float | None = None
    organisations: tuple[str, ...] = ()

    @property
    def truncated(self) -> bool:
        return len(self.text) > MAX_CHARS

    @property
    def risky(self) -> bool:
        return any(v.status for v in (self.offensive, self.offence, self.confidential))


# --------------------------------------------------------------------------------------------
# Options (config.text)
# --------------------------------------------------------------------------------------------


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    patterns: list[str] = Field(default_factory=list, description="Regular expressions; default: the name as a phrase, any case")


class TextOptions(BaseModel):
    """The ``text:`` section of config.yaml."""

    model_config = ConfigDict(extra="forbid")
    disabled: list[str] = Field(default_factory=list, description=f"Categories to switch off: {', '.join(ALL_CATEGORIES)}")
    organisations: list[str | Organisation] | None = Field(None, description="Replaces the default organisations")
    extra_organisations: list[str | Organisation] = Field(default_factory=list, description="Added to the organisations")
    classifier_threshold: float = Field(0.7, ge=0.0, le=1.0, description="Profanity classifier score that alone makes a post worth review")

    def org_gate(self) -> tuple[str, ...] | None:
        """Lower-case words of which every organisation match contains at least one (a cheap
        test before the organisation regex runs), or None when a custom pattern makes that unknowable."""
        words: list[str] = list(DEFAULT_ORG_WORDS) if self.organisations is None else []
        for entry in list(self.organisations or []) + list(self.extra_organisations):
            if isinstance(entry, Organisation) and entry.patterns:
                return None
            name = entry if isinstance(entry, str) else entry.name
            words.extend(w.lower() for w in re.findall(r"\w+", name))
        return tuple(dict.fromkeys(words))

    def compiled_organisations(self) -> dict[str, list[re.Pattern[str]]]:
        if self.organisations is None:
            orgs: dict[str, list[str]] = {k: list(v) for k, v in DEFAULT_ORGANISATIONS.items()}
        else:
            orgs = {}
        for entry in list(self.organisations or []) + list(self.extra_organisations):
            if isinstance(entry, str):
                entry = Organisation(name=entry)
            pats = entry.patterns or [r"(?i)\b" + re.escape(entry.name).replace(r"\ ", r"\s+") + r"\b"]
            orgs.setdefault(entry.name, []).extend(pats)
        out: dict[str, list[re.Pattern[str]]] = {}
        for name, pats in orgs.items():
            try:
                out[name] = [re.compile(p) for p in pats]
            except re.error as exc:
                raise SelfauditError(
                    f"config text.organisations: the pattern for {name!r} is not a valid regular expression ({exc}).",
                    "Fix it in config.yaml, or give the name only.",
                ) from None
        return out


def load_options(config: Any) -> TextOptions:
    raw = getattr(config, "text", None) or {}
    try:
        opts = TextOptions.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise SelfauditError(
            f"config text.{where}: {first['msg']}.",
            f"Valid keys: disabled, organisations, extra_organisations, classifier_threshold. Categories: {', '.join(ALL_CATEGORIES)}.",
        ) from None
    unknown = [c for c in opts.disabled if c not in ALL_CATEGORIES]
    if unknown:
        raise SelfauditError(
            f"config text.disabled: unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}.",
            f"Known categories: {', '.join(ALL_CATEGORIES)}.",
        )
    return opts


# --------------------------------------------------------------------------------------------
# Compiled patterns (module level: compiled once per process)
# --------------------------------------------------------------------------------------------

_DISC_PRESENT = [re.compile(p) for p in P.DISCLAIMER_PRESENT]
_DISC_PRESENT_ANY = _join(P.DISCLAIMER_PRESENT)
_DISC_UNCLEAR = _join(P.DISCLAIMER_UNCLEAR)
_DISC_NEG = _join(P.DISCLAIMER_NEGATIVE)
_DISC_SQUASHED = re.compile(P.DISCLAIMER_SQUASHED)
_SPACED_LETTERS = re.compile(r"\b(?:\w ){3,}\w\b")
_BENIGN = _join(P.BENIGN_PHRASES)
_OBSCENE_STRONG = _join(P.OBSCENE_STRONG)
_OBSCENE_MILD = _join(P.OBSCENE_MILD)
_INSULT = _join(P.INSULT)
_THREAT = _join(P.THREAT)
_THREAT_LOOSE = _join(P.THREAT_LOOSE)
_DISCRIM_LOOSE = _join(P.DISCRIMINATORY_LOOSE)
_IDENTITY = re.compile(P._GROUP.join((r"\b", r"\b")) + r"|\b(?:lesbian|gay|bi|trans|queer|black|asian|muslim|jewish|disabled|autistic|deaf)\b")
_SLUR = _join(P.SLURS)
_DISCRIM = _join(P.DISCRIMINATORY)
_PRO = _join(P.PROFESSIONAL_CONTEXT)
_REPORTING_WORDS = re.compile(P.REPORTING_CONTEXT[0])
_QUOTES = re.compile(P.REPORTING_CONTEXT[1])
_OFFENCE = {k: _join(v) for k, v in P.OFFENCE.items()}
_OFFENCE_PRO = _join(P.OFFENCE_PROFESSIONAL)
_OFFENCE_WEAK = {k: _join(v) for k, v in P.OFFENCE_WEAK.items()}

# One Aho-Corasick pass over the (masked) words tells which of these could match at all.
_GATED = {
    "threat": _THREAT,
    "threat_loose": _THREAT_LOOSE,
    "slur": _SLUR,
    "discrim": _DISCRIM,
    "discrim_loose": _DISCRIM_LOOSE,
    "insult": _INSULT,
    "obscene_strong": _OBSCENE_STRONG,
    "obscene_mild": _OBSCENE_MILD,
    **{f"offence_{k}": v for k, v in _OFFENCE.items()},
    **{f"weak_{k}": v for k, v in _OFFENCE_WEAK.items()},
}
_GATE = Gate(_GATED)
_ALL_GATED = frozenset(_GATED)
_PRACTICE = _join(P.PRACTICE)
_CASE = _join(P.CASE_MARKERS)
_GENERIC = _join(P.GENERIC_PRACTICE)

_EMAIL = re.compile(r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_DIGITS9 = re.compile(r"(?:\d[\s\-().]*){9,}")
_PHONE_CANDIDATE = re.compile(r"(?:\+|\b)\d[\d \-().]{7,22}\d\b")
_NHS = re.compile(r"(?<![\d+])(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?![\d])")
_NHS_WORD = re.compile(r"(?i)\bnhs\b|\bchi\b")
_NINO = re.compile(r"(?i)\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_POSTCODE = re.compile(r"(?i)\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRV-Y]?|[A-HK-Y]\d\d)) ?\d[ABD-HJLNP-UW-Z]{2}\b")
_DOB = re.compile(P.DOB_MARKER + "(" + P.DATE[4:] + ")", re.I)
_SELF_DEPRECATING = re.compile(
    r"\b(?:i|im|i am|i was|i felt like|i feel like|i look like|i looked like|made me look like|makes me look like)"
    r"(?: such| a| an| a total| a complete| a right| an absolute| an utter| so| proper)* (?:idiot|muppet|numpty|plonker|moron|dummy|fool|div|wally|eejit|dope|twit|clown|dumbass|dipstick)\b"
)
_OTHER_TARGET = re.compile(r"\b(?:you|u|ya|youre|your|ur|he|she|hes|shes|they|theyre|him|her|them)\b|@\w")
_DOB_GATE = re.compile(r"\b(?:d ?o ?b|dob|birth\w*|born)\b")
_AGE = re.compile(r"(?i)\b(?:aged? ?\d{1,2}|\d{1,2} ?(?:yo|y/o|yrs? old|years? old|year old|months? old)|\d{1,2}[- ]year[- ]old)\b|\(\d{1,2}\)")
_STREET = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Estate|Gardens|Grove|Terrace|Crescent|Court|Square|Walk|Row|Place|Mews|House|Tower|Towers)\b")
_SCHOOL = re.compile(r"\b(?:St\.? )?[A-Z][\w']+(?: [A-Z][\w']+)* (?:Primary|Academy|Secondary|High School|Nursery|School|College)\b")
_NAME_PATTERNS = [
    re.compile(r"\b(?i:mum|dad|mother|father|brother|sister|son|daughter|baby|boy|girl|child|nan|gran|grandma|grandad|stepdad|stepmum|partner|boyfriend|girlfriend|carer|little|called|named|young|client|service user)(?i:s)? \(?([A-Z][a-z]{2,})\)?"),
    re.compile(r"\bthe ([A-Z][a-z]{2,}) (?:family|children|kids|twins|boys|girls|siblings|household)\b|\bthe ([A-Z][a-z]{2,}[^s\W])s\b"),
    re.compile(r"(?:^|[,.;:!?] )([A-Z][a-z]{2,}) (?:is|was|has|had) (?:settling|settled|doing|back|home|safe|missing|in care|with|living|staying|moving|moved|placed)\b"),
    re.compile(r"\b([A-Z][a-z]{2,})(?:'s|’s)? (?:mum|dad|mother|father|nan|stepdad|stepmum|foster carers?|social worker|teacher|school|brother|sister)\b"),
    re.compile(r"\b([A-Z][a-z]{2,}) ?(?:\(\d{1,2}\)|, ?\d{1,2},| aged? \d{1,2})"),
]


def _combine_orgs(orgs: dict[str, list[re.Pattern[str]]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex for every organisation pattern (one scan per text); None if they cannot be combined."""
    names: dict[str, str] = {}
    parts = []
    for i, (name, pats) in enumerate(orgs.items()):
        alts = []
        for rx in pats:
            p = rx.pattern
            alts.append(f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})")
        names[f"o{i}"] = name
        parts.append(f"(?P<o{i}>{'|'.join(alts)})")
    if not parts:
        return re.compile(r"(?!x)x"), names
    try:
        return re.compile("|".join(parts)), names
    except re.error:
        return None, names


def nhs_number_valid(digits: str) -> bool:
    """True for a 10-digit NHS number whose last digit is its modulus-11 check digit."""
    d = [int(c) for c in digits if c.isdigit()]
    if len(d) != 10 or len(set(d)) == 1:
        return False
    total = sum(v * w for v, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == d[9]


# --------------------------------------------------------------------------------------------
# The analyser
# --------------------------------------------------------------------------------------------


class TextAnalyser:
    """Analyse posts and bios. Construct with the user's Config; ``config.text`` holds options."""

    name = "text"

    def __init__(self, config: Any = None, *, cache_size: int = 200_000):
        self.options = load_options(config)
        self.disabled = frozenset(self.options.disabled)
        self._orgs = self.options.compiled_organisations()
        self._org_rx, self._org_names = _combine_orgs(self._orgs)
        self._org_gate = self.options.org_gate()
        self._cache: dict[tuple[str, bool], TextReport] = {}
        self._scores: dict[str, float] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._classifier: Any = None
        self.classifier_error: str | None = None
        self.use_gate = True  # the literal prefilter (only ever skips patterns that cannot match)

    # -- classifier ---------------------------------------------------------------------------

    def _predict(self, texts: Sequence[str]) -> list[float | None]:
        if "classifier" in self.disabled or not texts:
            return [None] * len(texts)
        if self._classifier is None and self.classifier_error is None:
            try:
                from profanity_check import predict_prob

                self._classifier = predict_prob
            except Exception as exc:  # the categories still work without it
                self.classifier_error = f"{type(exc).__name__}: {exc}"
        if self._classifier is None:
            return [None] * len(texts)
        return [float(x) for x in self._classifier(list(texts))]

    def _score_batch(self, masked: list[str]) -> None:
        todo = [m for m in dict.fromkeys(masked) if m not in self._scores and m.strip()]
        if todo:
            for m, s in zip(todo, self._predict(todo)):
                if s is not None:
                    self._scores[m] = s

    # -- public API -----------------------------------------------------------------------------

    def analyse(self, text: str, *, bio: bool = False) -> TextReport:
        key = (text, bio)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        return self.analyse_many([text], bio=bio)[0]

    def analyse_many(self, texts: Sequence[str], *, bio: bool = False) -> list[TextReport]:
        """Analyse many texts at once (the classifier runs in one batch)."""
        out: list[TextReport | None] = [self._cache.get((t, bio)) for t in texts]
        todo = [i for i, r in enumerate(out) if r is None]
        if not todo:
            return out  # type: ignore[return-value]
        forms = {}
        for i in todo:
            t = texts[i]
            if t not in forms:
                clean, words = normalise((t or "")[:MAX_CHARS])
                forms[t] = (clean, words, _BENIGN.sub(" ", words))
        self._score_batch([f[2] for f in forms.values()])
        with self._lock:
            if len(self._cache) > self._cache_size:
                self._cache.clear()
            for i in todo:
                t = texts[i]
                clean, words, masked = forms[t]
                rep = self._report(t, clean, words, masked, bio)
                self._cache[(t, bio)] = rep
                out[i] = rep
        return out  # type: ignore[return-value]

    def analyse_parallel(self, texts: Sequence[str], *, bio: bool = False, workers: int | None = None) -> list[TextReport]:
        """``analyse_many`` split over worker processes (each loads its own classifier, ~1 s).
        Opt-in: measured slower than one process on a busy 2-core machine (bench/README.md).
        Falls back to one process on any failure."""
        import os

        workers = workers or min(2, os.cpu_count() or 1)
        todo = list(dict.fromkeys(t for t in texts if (t, bio) not in self._cache))
        if workers > 1 and len(todo) >= 2 * PARALLEL_CHUNK:
            import multiprocessing as mp
            from concurrent.futures.process import BrokenProcessPool

            from . import worker_pool

            try:
                chunks = [todo[i : i + PARALLEL_CHUNK] for i in range(0, len(todo), PARALLEL_CHUNK)]
                opts = self.options.model_dump()
                with worker_pool(workers, mp.get_context("spawn")) as ex:  # Ctrl-C cancels, never swallowed
                    for chunk, reps in zip(chunks, ex.map(_analyse_chunk, [(opts, c, bio) for c in chunks])):
                        for t, r in zip(chunk, reps):
                            self._cache[(t, bio)] = r
            except (BrokenProcessPool, OSError):  # a worker died (out of memory): the rest are read in this process below
                pass
        return self.analyse_many(texts, bio=bio)

    def prepare(self, snapshot: Any, analysis: Any = None, progress: Any = None) -> None:
        """Analyse every post, comment, caption and profile field of a snapshot in one batch."""
        posts: list[str] = []
        bios: list[str] = []
        for acct in getattr(snapshot, "accounts", ()):
            for p in acct.posts or ():
                posts.append(post_text(p))
                if p.pinned and not p.third_party:
                    bios.append(p.text)
            for m in acct.photos or ():
                text = "\n".join(t for t in (m.caption, m.alt) if t)
                if text:
                    posts.append(text)
            if acct.profile is not None:
                bios.extend(t for _, t in profile_texts(acct.profile))
        total = len(posts) + len(bios)
        _tick(progress, 0, total)
        if posts:
            # One process: on the shared 2-core test machine analyse_parallel was slower
            # (spawn + classifier load + pickling); see bench/README.md.
            self.analyse_many(posts)
        if bios:
            self.analyse_many(bios, bio=True)
        _tick(progress, total, total)

    # -- the work -----------------------------------------------------------------------------

    def _report(self, text: str, clean: str, words: str, masked: str, bio: bool) -> TextReport:
        """``text`` is the original; the forms are of at most MAX_CHARS of it."""
        score = self._scores.get(masked) if masked.strip() else 0.0
        orgs = self._organisations(clean, words)
        may = _GATE.candidates(masked) if self.use_gate else _ALL_GATED
        offensive = self._offensive(clean, words, masked, score, may)
        offence = self._offence(masked, may)
        confidential = self._confidential(clean, words)
        organisation = self._organisation(clean, words, orgs, bio)
        disclaimer = self._disclaimer(words) if bio and "disclaimer" not in self.disabled else None
        return TextReport(
            text=text,
            words=words,
            offensive=offensive,
            offence=offence,
            confidential=confidential,
            organisation=organisation,
            disclaimer=disclaimer,
            profanity=score,
            organisations=tuple(orgs),
        )

    def _disclaimer(self, words: str) -> Disclaimer:
        w = _DISC_NEG.sub(" ", words) if _DISC_NEG.search(words) else words
        if _DISC_PRESENT_ANY.search(w):
            matched = []
            for rx in _DISC_PRESENT:
                m = rx.search(w)
                if m:
                    matched.append(m.group(0).strip())
            return Disclaimer("present", tuple(dict.fromkeys(matched)))
        # "V i e w s  m y  o w n", "#viewsmyown": words run together or spaced out letters.
        squashed = [m.group(0).replace(" ", "") for m in _SPACED_LETTERS.finditer(w)] + [t for t in w.split() if len(t) >= 9]
        for c in squashed:
            m = _DISC_SQUASHED.search(c)
            if m:
                return Disclaimer("present", (m.group(0),))
        m = _DISC_UNCLEAR.search(w)
        if m:
            return Disclaimer("unclear", (m.group(0).strip(),))
        return Disclaimer("absent")

    def _offensive(self, clean: str, words: str, masked: str, score: float | None, may: Any = _ALL_GATED) -> Verdict:
        d = self.disabled
        hits: list[Hit] = []
        loose: list[Hit] = []

        def find(name: str, category: str) -> list[Hit]:
            return [Hit(category, m.group(0)) for m in _GATED[name].finditer(masked)] if name in may else []

        if "threat" not in d:
            hits += find("threat", "threat")
            if not hits:
                loose += find("threat_loose", "threat")
        if "discriminatory" not in d:
            hits += find("slur", "discriminatory") + find("discrim", "discriminatory")
            if not any(h.category == "discriminatory" for h in hits):
                loose += find("discrim_loose", "discriminatory")
        if "insult" not in d:
            hits += find("insult", "insult")
        strong = False
        if "obscene" not in d:
            s_hits = find("obscene_strong", "obscene")
            strong = bool(s_hits)
            hits += s_hits + find("obscene_mild", "obscene")
        if hits and _SELF_DEPRECATING.search(masked) and not _OTHER_TARGET.search(masked):
            hits = [h for h in hits if h.category != "insult"]  # "I'm such an idiot": about oneself
        cats = {h.category for h in hits}
        notes: list[str] = []
        if score is not None:
            notes.append(f"classifier score {score:.2f}")
        if not hits and not loose and (score is None or score < self.options.classifier_threshold):
            return NOTHING
        professional = bool(_PRO.search(words))
        reporting = bool(_REPORTING_WORDS.search(words) or _QUOTES.search(clean))
        if not hits:
            if loose:
                notes.append("looser pattern: words of harm or prejudice near each other")
                sev = "high" if any(h.category == "threat" for h in loose) else "medium"
                return Verdict("review", "low" if (score or 0) < 0.5 else "medium", sev, tuple(loose), tuple(notes))
            # The classifier alone over-flags identity words (a known bias of such models):
            # it needs a higher score when identity words or a professional voice are present.
            threshold = self.options.classifier_threshold
            if _IDENTITY.search(masked) or professional or reporting:
                threshold = max(threshold, 0.9)
            if _SELF_DEPRECATING.search(masked):
                return NOTHING  # "I felt like such an idiot": about oneself, not abuse
            if score is not None and score >= threshold and "classifier" not in d:
                return Verdict("review", "low", "low", (Hit("classifier", f"profanity score {score:.2f}"),), tuple(notes))
            return NOTHING
        if professional:
            notes.append("professional or supportive voice")
        if reporting:
            notes.append("reports or quotes someone else's words")
        context = professional or reporting
        # Worst category first.
        if "threat" in cats:
            if context:
                return Verdict("review", "medium", "high", tuple(hits), tuple(notes))
            return Verdict("fail", "high", "high", tuple(hits), tuple(notes))
        if "discriminatory" in cats:
            if context:
                return Verdict("review", "medium", "high", tuple(hits), tuple(notes))
            return Verdict("fail", "high" if (score or 0) >= 0.5 else "medium", "high", tuple(hits), tuple(notes))
        if "insult" in cats:
            sure = (score or 0) >= 0.5 or strong
            if context or not sure:
                return Verdict("review", "medium", "medium", tuple(hits), tuple(notes))
            return Verdict("fail", "medium", "high", tuple(hits), tuple(notes))
        # obscene only
        if strong:
            return Verdict("review", "medium", "medium", tuple(hits), tuple(notes))
        return Verdict("review", "low", "low", tuple(hits), tuple(notes))

    def _offence(self, masked: str, may: Any = _ALL_GATED) -> Verdict:
        hits = []
        for cat, rx in _OFFENCE.items():
            if cat in self.disabled or f"offence_{cat}" not in may:
                continue
            hits += [Hit(cat, m.group(0).strip()) for m in rx.finditer(masked)]
        if not hits:
            if not _FIRST_PERSON.search(masked) or _OFFENCE_PRO.search(masked):
                return NOTHING
            weak = [
                Hit(cat, m.group(0).strip())
                for cat, rx in _OFFENCE_WEAK.items()
                if cat not in self.disabled and f"weak_{cat}" in may
                for m in rx.finditer(masked)
            ]
            if not weak:
                return NOTHING
            return Verdict("review", "low", "low", tuple(weak), ("a single word that often means this; about you, so worth a look",))
        notes: list[str] = []
        if _OFFENCE_PRO.search(masked):
            if not _FIRST_PERSON.search(masked):
                return NOTHING  # about the subject (prevention, training, news), not the person
            notes.append("also reads as professional or prevention talk")
            return Verdict("review", "low", "medium", tuple(hits), tuple(notes))
        return Verdict("review", "medium", "medium", tuple(hits), tuple(notes))

    def _confidential(self, clean: str, words: str) -> Verdict:
        d = self.disabled
        hits: list[Hit] = []
        spans: list[tuple[int, int]] = []
        if "nhs_number" not in d and _DIGITS9.search(clean):
            for m in _NHS.finditer(clean):
                if nhs_number_valid(m.group(0)):
                    hits.append(Hit("nhs_number", m.group(0)))
                    spans.append(m.span())
                elif _NHS_WORD.search(clean[max(0, m.start() - 30) : m.start()]):
                    # Said to be an NHS number but the check digit does not match: a typo in a
                    # real one is still sensitive, so a person looks at it.
                    hits.append(Hit("nhs_number?", m.group(0)))
                    spans.append(m.span())
        if "phone" not in d and _DIGITS9.search(clean):
            import phonenumbers

            # The matcher is slow on long digit-heavy texts: give it each candidate run only.
            for cand in _PHONE_CANDIDATE.finditer(clean):
                base = cand.start()
                for m in phonenumbers.PhoneNumberMatcher(cand.group(0), "GB", leniency=phonenumbers.Leniency.VALID):
                    if any(s < base + m.end and base + m.start < e for s, e in spans):
                        continue
                    hits.append(Hit("phone", m.raw_string))
        if "email" not in d and "@" in clean:
            hits += [Hit("email", m.group(0)) for m in _EMAIL.finditer(clean)]
        if "ni_number" not in d:
            hits += [Hit("ni_number", m.group(0)) for m in _NINO.finditer(clean)]
        if "postcode" not in d:
            hits += [Hit("postcode", m.group(0)) for m in _POSTCODE.finditer(clean)]
        if "date_of_birth" not in d and _DOB_GATE.search(words):
            hits += [Hit("date_of_birth", m.group(0).strip()) for m in _DOB.finditer(clean)]
        practice = [] if "practice" in d else [Hit("practice", m.group(0)) for m in _PRACTICE.finditer(words)]
        if not hits and not practice:
            return NOTHING
        kinds = {h.category for h in hits}
        if practice:
            ident = list(hits)
            ident += [Hit("age", m.group(0)) for m in _AGE.finditer(clean)]
            ident += [Hit("street", m.group(0)) for m in _STREET.finditer(clean)]
            ident += [Hit("school", m.group(0)) for m in _SCHOOL.finditer(clean)]
            for rx in _NAME_PATTERNS:
                for m in rx.finditer(clean):
                    name = next((g for g in m.groups() if g), None)
                    if name and name.lower() not in P.NOT_NAMES and not any(name in o for o in self._orgs):
                        ident.append(Hit("name", name))
            case = bool(_CASE.search(words))
            allhits = tuple(practice + ident)
            if ident:
                return Verdict("fail", "high" if case else "medium", "high", allhits, ("practice language with identifying details",))
            if case:
                return Verdict("review", "medium", "high", allhits, ("practice language about what reads as a real case",))
            if _GENERIC.search(words):
                return NOTHING
            return Verdict("review", "low", "medium", allhits, ("practice language",))
        if kinds & {"nhs_number", "ni_number"}:
            return Verdict("fail", "medium", "high", tuple(hits), ("a national identifier",))
        if "nhs_number?" in kinds:
            return Verdict("review", "low", "medium", tuple(hits), ("called an NHS number, but its check digit does not match",))
        if "date_of_birth" in kinds:
            return Verdict("review", "medium", "medium", tuple(hits), ("a date of birth",))
        return Verdict("review", "low", "low", tuple(hits), ("contact or address details",))

    def _org_hits(self, clean: str, words: str | None = None) -> list[tuple[str, re.Match[str]]]:
        if "organisation" in self.disabled:
            return []
        if self._org_gate is not None and words is not None and not any(w in words for w in self._org_gate):
            return []
        if self._org_rx is not None:
            return [(self._org_names[m.lastgroup], m) for m in self._org_rx.finditer(clean)]  # type: ignore[index]
        return [(name, m) for name, pats in self._orgs.items() for rx in pats for m in rx.finditer(clean)]

    def _organisations(self, clean: str, words: str | None = None) -> list[str]:
        return list(dict.fromkeys(name for name, _ in self._org_hits(clean, words)))

    def _organisation(self, clean: str, words: str, orgs: list[str], bio: bool) -> Verdict:
        if not orgs:
            return NOTHING
        hits = []
        speaks = False
        for _, m in self._org_hits(clean, words):
            hits.append(Hit("organisation", m.group(0)))
            if _SPEAK_FOR.search(clean[max(0, m.start() - 60) : m.start()]):
                speaks = True
        if bio:
            # Naming the employer in a bio is normal; it matters for the disclaimer instead.
            return Verdict(None, "high", None, tuple(hits), ("names the organisation in the profile",))
        if speaks:
            return Verdict("review", "medium", "medium", tuple(hits), ("reads as speaking for the organisation",))
        if _OPINION.search(words):
            return Verdict("review", "medium", "low", tuple(hits), ("names the organisation next to an opinion",))
        return Verdict("review", "low", "low", tuple(hits), ("names the organisation",))


def _tick(progress: Any, done: int, total: int) -> None:
    """Report progress the way the image analyser does: progress(done, total, "texts")."""
    if callable(progress):
        try:
            progress(done, total, "texts")
        except Exception:  # noqa: BLE001 - a progress display must not stop the audit
            pass


PARALLEL_CHUNK = 10_000
# Longer texts (a very long "about" page) are analysed up to this many characters; TextReport
# says so in ``truncated``.
MAX_CHARS = 50_000


def _analyse_chunk(job: tuple[dict[str, Any], list[str], bool]) -> list[TextReport]:
    opts, texts, bio = job

    class _Cfg:
        text = opts

    return TextAnalyser(_Cfg()).analyse_many(texts, bio=bio)


# --------------------------------------------------------------------------------------------
# Helpers shared with the checks
# --------------------------------------------------------------------------------------------


def post_text(post: Any) -> str:
    """A post's words plus its media captions and alt texts (what a reader sees)."""
    parts = [post.text or ""]
    for m in getattr(post, "media", ()) or ():
        for t in (m.caption, m.alt):
            if t and t not in parts:
                parts.append(t)
    return "\n".join(p for p in parts if p)


def profile_texts(profile: Any) -> list[tuple[str, str]]:
    """(field, text) for each profile field that can carry a disclaimer."""
    out = []
    for name in ("bio", "about", "headline", "location"):
        v = getattr(profile, name, None)
        if v:
            out.append((name, v))
    for k, v in (getattr(profile, "fields", None) or {}).items():
        if v:
            out.append((f"fields.{k}", v))
    return out
