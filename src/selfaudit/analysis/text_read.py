"""What the text analysis reads, and in which form: a post's and a profile's texts, and the
``clean``/``words`` forms every pattern is matched against (see ``text_patterns``).

Split from text.py (the analyser): normalising is one job, judging the words another.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any


def any_of(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One regex matching any of ``patterns`` (each kept whole as a group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)

_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_SMALLCAPS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz")
# Squared and circled capitals NFKC leaves alone (🄰 🅐 🅰, U+1F130–1F189): letters dressed up, read as letters.
_BOXED = {base + i: chr(ord("a") + i) for base in (0x1F130, 0x1F150, 0x1F170) for i in range(26)}
_SYMBOLS = re.compile(r"≠|≢|=/=|!=|=\\=|/=")
_MASKED = [  # common self-censoring of swear words, written back so the lexicon sees them
    # (applied in turn: a longer word comes before a shorter one it starts like, or "f****t" is
    # read as "f***" and a stray "t")
    (re.compile(r"(?i)\bf[a@\*][\*#%g]{1,2}(?:[o0\*]t)"), "faggot"),
    (re.compile(r"(?i)\bf[\*#@%\-_.]{1,3}c?k"), "fuck"),
    (re.compile(r"(?i)\bf[u\*]{1}[\*#@%]{1,2}"), "fuck"),
    (re.compile(r"(?i)\bs[h\*][\*#@%1!i][t\*]\b"), "shit"),
    (re.compile(r"(?i)\bc[\*#@%u]{1,2}n[t\*]\b"), "cunt"),
    (re.compile(r"(?i)\bb[\*#@%i1!]tch"), "bitch"),
    (re.compile(r"(?i)\bn[\*#@%i1!]gg"), "nigg"),
    (re.compile(r"(?i)\bn[\*#@%]{2,4}(?:er|a)\b"), "nigger"),
    (re.compile(r"(?i)\bp[\*#@%]k[i1\*]\b"), "paki"),
    (re.compile(r"(?i)\bp[a@][\*#%]i\b"), "paki"),
    (re.compile(r"(?i)\bc[\*#@%]nt\b"), "cunt"),
]
# Swear words written with stand-in characters ("tw@t", "w@nker", "pr1ck", "sh1thead", "tw*t"): a
# word of letters and at least one stand-in is read as the swear word it spells letter for letter
# (a stand-in matches the letters it is used for; "*" any letter). Only these words, whole, so
# handles (@jo), prices and codes are left alone.
_STAND_INS = {"a": "@4*", "e": "3*", "i": "1!*|", "l": "1|*", "o": "0*", "s": "$5*", "t": "7+*", "u": "*", "c": "(*", "g": "9*",
              "h": "*", "k": "*", "n": "*", "r": "*", "w": "*", "b": "8*", "d": "*", "f": "*", "p": "*", "m": "*", "x": "*", "y": "*"}
_SWEARS = ("twat", "twats", "cunt", "cunts", "fuck", "fucking", "fucker", "shit", "shite", "bitch", "bitches", "prick", "pricks",
           "wanker", "wankers", "bastard", "bastards", "dick", "dickhead", "cock", "slut", "sluts", "whore", "whores", "retard",
           "nigger", "faggot", "paki", "spastic", "pussy", "bellend", "arsehole", "asshole", "shithead", "motherfucker", "nonce")
# Drug words are read back from the same disguises ("w33d", "p1lls"): the offence check's words.
_DRUG_WORDS = ("weed", "coke", "cocaine", "crack", "pills", "skunk", "spliff", "spliffs", "ketamine", "heroin", "mdma")
# ... and so are group names and "hate" ("w0men", "musl1ms", "h4te"): the group-attack lists' words.
_GROUP_WORDS = ("women", "muslims", "immigrants", "migrants", "refugees", "gays", "jews", "blacks", "trans", "disabled", "lesbians", "hate")
_DISGUISABLE = _SWEARS + _DRUG_WORDS + _GROUP_WORDS
_DISGUISED = re.compile(r"(?<![\w@#/.])[a-z@$!*|+(0-9]*[@$!*|+(0-9][a-z@$!*|+(0-9]*(?![\w/])")


def _undisguise(m: re.Match[str]) -> str:
    tok = m.group(0)
    if tok.startswith("@") or sum(ch.isalpha() for ch in tok) < 2:
        return tok
    for w in _DISGUISABLE:
        if len(w) == len(tok) and all(c == s or c in _STAND_INS.get(s, "") for c, s in zip(tok, w, strict=True)):
            return w
    return tok


# Group names and hate words misspelt the ways abuse dodges a word list: two neighbouring letters
# swapped or one inner letter dropped ("wmoen", "muslms", "trnas people", "dsigusting"), and "h8".
# The first letter stays; variants that are words in their own right ("backs", "refuges", "tans",
# "christinas", "hinds") are left out, so only a word the writer evidently meant is read back.
_MISSPELLABLE_GROUPS = ["women", "muslims", "immigrants", "migrants", "refugees", "foreigners", "blacks", "whites", "asians",
                        "africans", "lesbians", "homosexuals", "queers", "transgender", "disabled", "pakistanis", "romanians",
                        "travellers", "gypsies", "christians", "catholics", "hindus", "feminists", "females", "trans"]
_MISSPELLABLE = [*_MISSPELLABLE_GROUPS, "despise", "disgusting", "vermin", "parasites", "inferior", "subhuman", "worthless",
                 "deported", "exterminated"]
# (and a place's possessive with its apostrophe dropped: "Africa's" -> "africas" is not "africans")
_REAL_WORDS = frozenset(["backs", "whits", "refuges", "tans", "tarns", "christinas", "hinds", "travelers", "africas", "asias", "romanias"])


def _misspellings(word: str) -> set[str]:
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    drops = {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}
    return (swaps | drops) - {word} - _REAL_WORDS


_MISSPELT = {v: w for w in _MISSPELLABLE for v in _misspellings(w)}
_MISSPELT.update({"h8": "hate", "h8s": "hates", "h8ed": "hated", "h8ful": "hateful", "haet": "hate", "htae": "hate"})  # not "hte": the commonest typo of "the"
# Words run together with no spaces ("ihatemuslims", "immigrantsarevermin"): read apart.
_RUN_TOGETHER = re.compile(
    r"(?<![\w@#/.])(?:(i|we)(really|just)?(hate|despise|detest|loathe)(all|the|those|these)?(" + "|".join(_MISSPELLABLE_GROUPS) + r"|gays|jews)"
    r"|(" + "|".join(_MISSPELLABLE_GROUPS) + r"|gays|jews)(are|r)(all|just)?(disgusting|vermin|scum|animals|parasites|inferior|subhuman|worthless|evil|filth|rats))(?![\w/])")


def _read_apart(m: re.Match[str]) -> str:
    return " ".join(g for g in m.groups() if g)


# The middle-finger emoji is a word here (a rude gesture, "🖕🏽" with its skin tone): kept as a token.
_GESTURE = re.compile("\U0001F595[\U0001F3FB-\U0001F3FF]?")
# "phuck": the ph-spelling is written back like the masked forms, so the lexicon sees it.
_PH_SPELLING = re.compile(r"\bph+u+c+k")
_NON_WORD = re.compile(r"[^\w@\U0001F595]+")
_APOS = re.compile(r"['’‘`´]")
_SPACES = re.compile(r"\s+")

# Four or more single letters in a row ("k i l l", from "k.i.l.l" or "k-i-l-l" too): a word spelled out.
_SPELLED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")

# Cyrillic and Greek letters that look like Latin ones ("wееd", "fuсk" with a Cyrillic е/с): a
# disguise, read as the Latin letter, but only inside a word that also has Latin letters, so text
# written in Russian, Ukrainian or Greek is left as the writer wrote it.
_LOOKALIKES = str.maketrans("аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
                            "aeopcyxijsdqwABEKMHOPCTXIJSaeikvoptuxABEHIKMNOPTYXZ")
_MIXED_WORD = re.compile(r"\w*(?:[a-zA-Z]\w*[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]|[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]\w*[a-zA-Z])\w*")

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FORMAT_CHARS = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe00-\ufe0f]")


def _squash(m: re.Match[str]) -> str:
    """"k i l l" -> "kill". A leading a/i/u may be a word of its own ("a c u n t") or the word's
    first letter ("i d i o t", "a s s h o l e"): both readings are given, whole word first."""
    letters = m.group(0).split(" ")
    whole = "".join(letters)
    if len(letters) >= 5 and letters[0] in ("a", "i", "u"):
        return whole + " " + letters[0] + " " + "".join(letters[1:])
    return whole


def _strip_marks(s: str) -> str:
    """Drop accents (emoji and symbols are turned into spaces later with the punctuation)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s))


def normalise(text: str) -> tuple[str, str]:
    """(clean, words) forms of a text.

    ``clean`` keeps case and punctuation (for identifiers, names and abbreviations): mojibake
    repaired, NFKC-folded, hashtags split into words, zero-width characters removed.
    ``words`` is what the word patterns see: lower case, no emoji or punctuation, accents kept.
    """
    if not text.isascii():
        from ftfy.badness import is_bad

        if is_bad(text):  # ftfy's own mojibake detector; fixing costs ~10x more than checking
            import ftfy

            text = ftfy.fix_text(text, normalization="NFKC")
        text = _FORMAT_CHARS.sub("", unicodedata.normalize("NFKC", text).translate(_SMALLCAPS).translate(_BOXED))
        if _MIXED_WORD.search(text):
            text = _MIXED_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKES), text)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    clean = text
    # Accents are kept: folding them away makes words the writer did not write ("kết" is not
    # "ket"). The French/Spanish/German lists and the disclaimer see the folded form (``fold``).
    low = _SYMBOLS.sub(" not ", text).replace("&", " and ").casefold()
    if "*" in low or "#" in low or "@" in low or "%" in low or "!" in low or "1" in low:
        for rx, rep in _MASKED:
            low = rx.sub(rep, low)
    if _DISGUISED.search(low):
        low = _DISGUISED.sub(_undisguise, low)
    if "ph" in low:
        low = _PH_SPELLING.sub("fuck", low)
    if "\U0001F595" in low:
        low = _GESTURE.sub(" \U0001F595 ", low)
    low = _APOS.sub("", low)
    words = _SPACES.sub(" ", _NON_WORD.sub(" ", low)).strip()
    tokens = words.split()
    if not _MISSPELT.keys().isdisjoint(tokens):
        words = " ".join(_MISSPELT.get(t, t) for t in tokens)
    if any(len(t) >= 9 for t in tokens) and _RUN_TOGETHER.search(words):
        words = _RUN_TOGETHER.sub(_read_apart, words)
    if _SPELLED.search(words):
        # "k i l l yourself", "k.i.l.l": the run of letters is read as the word it spells, in
        # place. Not as a second copy of the text after the first: its start then followed the
        # end ("... love you all" + "bitch of a day ...") and made phrases the writer never wrote.
        words = _SPELLED.sub(_squash, words)
    return clean, words


def fold(words: str) -> str:
    """The words form without accents, for lists written that way (French, Spanish, German,
    the disclaimer): "mías" -> "mias"."""
    return words if words.isascii() else _strip_marks(words)


def unfold(words: str, phrase: str) -> str:
    """The writer's own spelling of ``phrase``, a match found in ``fold(words)``: a quote
    shows "mías", never a folded "mias" the person did not write."""
    if words.isascii():
        return phrase
    folded: list[str] = []
    at: list[int] = []  # folded character -> index of the writer's character it came from
    for i, ch in enumerate(words):
        f = _strip_marks(ch)
        folded.append(f)
        at += [i] * len(f)
    start = "".join(folded).find(phrase)
    if start < 0 or not phrase:
        return phrase
    return words[at[start] : at[start + len(phrase) - 1] + 1]


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


# An organisation's name disguised or split so its patterns miss it: digits and symbols for
# letters ("Hackney C0uncil", "CH5CB", "H@ckney"), dotted capitals ("C.H.S.C.B"), spaced
# letters ("H a c k n e y") and a hyphen for a space ("Hackney-Council").
_NAME_STAND_INS = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "|": "l"}
_NAME_ONE = "1!"  # "i" or "l": both readings are tried
_NAME_TOKEN = re.compile(r"(?<![\w@#/.])[A-Za-z0-9@$|!]*[A-Za-z][A-Za-z0-9@$|!]*(?![\w/@])")
_NAME_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}[A-Z]\b\.?")
_NAME_SPACED = re.compile(r"(?<!\S)(?:[A-Za-z] ){3,}[A-Za-z](?!\S)")
_NAME_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def _name_letter(tok: str, i: int, letter: str) -> str:
    """A stand-in read as a capital when the word's letters are all capitals ("CH5CB")."""
    letters = [c for c in tok if c.isalpha()]
    return letter.upper() if letters and all(c.isupper() for c in letters) and len(letters) > 1 else letter


# A hashtag is split at digits ("#HackneyC0uncil" -> "Hackney C 0 uncil"): a lone digit between
# letters is joined back for the names.
_NAME_SPLIT_DIGIT = re.compile(r"(?<=[A-Za-z]) (?=\d [A-Za-z])|(?<=[A-Za-z] \d) (?=[A-Za-z])")


def name_readings(clean: str) -> list[tuple[str, list[int]]]:
    """Other readings of ``clean`` for the organisation's names, each with, for every character,
    the index of the writer's character it came from (to quote the writer's own spelling).
    Empty when nothing in the text is disguised (the common case)."""
    if not _NAME_SPLIT_DIGIT.search(clean):
        return _name_readings(clean)
    # (review36) the spaces found once: asking every character of the text again for every space was quadratic
    # (a 14,000-character post with many "no 3 number 12" took 9 s of CPU; a 50,000-character one minutes)
    drop = {m.start() for m in _NAME_SPLIT_DIGIT.finditer(clean)}
    keep = [i for i in range(len(clean)) if i not in drop]
    joined = "".join(clean[i] for i in keep)
    return [(form, [keep[i] for i in index]) for form, index in _name_readings(joined)]


def _name_readings(clean: str) -> list[tuple[str, list[int]]]:
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in clean
    ones: list[tuple[int, str]] = []  # positions of "1"/"!" inside a word, and the word
    for m in _NAME_TOKEN.finditer(clean):
        tok = m.group(0)
        if tok.isalpha() or sum(c.isalpha() for c in tok) < 2 or tok.isdigit():
            continue
        for i, c in enumerate(tok):
            if c in _NAME_STAND_INS:
                edits.append((m.start() + i, m.start() + i + 1, _name_letter(tok, i, _NAME_STAND_INS[c])))
            elif c in _NAME_ONE:
                ones.append((m.start() + i, tok))
    for m in _NAME_DOTTED.finditer(clean):
        edits += [(m.start() + i, m.start() + i + 1, "") for i, c in enumerate(m.group(0)) if c == "."]
    for m in _NAME_SPACED.finditer(clean):
        edits += [(m.start() + i, m.start() + i + 1, "") for i in range(1, len(m.group(0)), 2)]
    edits += [(m.start(), m.end(), " ") for m in _NAME_HYPHEN.finditer(clean)]
    if not edits and not ones:
        return []
    readings = []
    for one in ("i", "l") if ones else ("",):
        todo = sorted(edits + [(at, at + 1, _name_letter(tok, 0, one)) for at, tok in ones])
        out: list[str] = []
        index: list[int] = []
        pos = 0
        for start, end, rep in todo:
            if start < pos:
                continue
            out.append(clean[pos:start])
            index += range(pos, start)
            out.append(rep)
            index += [start] * len(rep)
            pos = end
        out.append(clean[pos:])
        index += range(pos, len(clean))
        readings.append(("".join(out), index))
    return readings
