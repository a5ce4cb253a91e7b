"""Which language a text is written in, so that a language's word lists and models are only
applied to text in that language.

The identifier is py3langid (langid.py's model, 97 languages, shipped inside the wheel as a
4 MB file: nothing is downloaded). It loads once per process (~1 s) on first use and then
classifies >10,000 short texts a second.

Language identification is unreliable on a few words, so the verdict is conservative:

* a text written mostly in a non-Latin script (Bengali, Arabic, Cyrillic, Chinese...) is never
  English, whatever the model says; when the model is unsure it is named by its script;
* a Latin-script text with letters English does not use (ğ, ł, ư, ő...) is the model's
  language when the model is sure, else "could not tell" — never English by default;
* a plain-ASCII text the model is unsure about is taken as English (the audit's users write
  mostly in English, and "lol ok" carries no other evidence), marked ``sure=False`` — unless it
  has three or more words, the model gives English almost nothing (< 2 %) and under a quarter
  of its words are everyday English or text-speak (``ENGLISH_WORDS``): then it is the model's
  best language, or "could not tell". The word share also keeps "lol u r a nonce m8 x" English,
  which the model (trained on edited text) does not recognise.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

# Languages whose word lists this package has (the disclaimer also knows Italian and Dutch).
ANALYSED = ("en", "fr", "es", "de")
DISCLAIMER_LANGUAGES = ("en", "fr", "es", "de", "it", "nl")

NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian",
    "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "yi": "Yiddish", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "ko": "Korean", "ku": "Kurdish", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "ne": "Nepali",
    "nl": "Dutch", "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "yo": "Yoruba", "zh": "Chinese", "zu": "Zulu",
}

# Minor varieties the model knows, counted with the major language a reader would name (the
# model spreads a short Spanish text over Spanish, Aragonese and Extremaduran).
_SAME_AS = {"an": "es", "ext": "es", "oc": "fr", "wa": "fr", "gcf": "fr", "gcr": "fr", "lb": "de", "lij": "it", "vec": "it",
            "ary": "ar", "arz": "ar", "nn": "no", "yue": "zh", "wuu": "zh", "hbo": "he", "grc": "el", "uzs": "uz", "ltg": "lv"}

SURE = 0.80  # normalised probability above which the model's answer is taken
ENOUGH_WORDS = 3  # a plain-ASCII text this long, with English below NOT_ENGLISH and few English words, is not English
NOT_ENGLISH = 0.02
SURE_ASCII = 0.80  # a plain-ASCII text of 3+ words is called non-English only when the model is this sure


# Everyday English words and text-speak that are not also common words of the other languages
# posted in Hackney (so "a", "y", "ya", "no", "me", "in", "die", "se", "tu", "an", "to", "do" are left out).
# The language model was trained on edited text and gives English almost nothing for
# "lol u r a nonce m8 x"; a share of these words tells English text-speak from, say, Spanish.
_ENGLISH_WORDS = """
the and you your youre yours was were is are am be been it at for of can what when where which who whom whose why how this that these those
with from have has had been being would could should will wont dont doesnt didnt cant cannot isnt arent
wasnt im ive ill id its it's they them their theres there here just about after again all also always
any anyone anything back because before best better big both but bye by day days every ever everyone
everything first friend friends from get gets getting go goes going gone good great guys happy hello
her him his home hope if into keep kids know last left life like little look lot love made make many
more morning most much my never new next night not nothing now off old one only or other our out over
people please pretty really right said same say see she since so some someone something still such
sure take tell than thank thanks thing things think time today tomorrow tonight too two up us very
want way we week weekend well went while whole wish work world yeah year years yes yet
birthday christmas mum dad mate mates wife husband girl boy baby school bus train shop pub beer
lol lmao omg btw tbh idk imo ngl smh u ur r m8 l8r 2moro 2day 2nite gr8 pls plz thx ty xx xxx xoxo
x k ok okay gud nite wot wat innit bruv fam cuz coz cos hun babe luv yer ain't aint gonna wanna
gotta dunno cya c
"""
ENGLISH_WORDS = frozenset(_ENGLISH_WORDS.split())
ENGLISH_SHARE = 0.25  # this share of a plain-ASCII text's words in ENGLISH_WORDS: English


def english_word_share(text: str) -> float:
    words = [w.strip(".,!?;:'\"()[]*~-").lower() for w in text.split()]
    words = [w for w in words if w and not w.startswith(("http", "www", "@", "#"))]
    return sum(w in ENGLISH_WORDS for w in words) / len(words) if words else 0.0


@dataclass(frozen=True)
class Language:
    """``code`` is an ISO 639-1 code, or None when it could not be told; ``name`` always says
    something a person can read ("Vietnamese", "Bengali script", "an unidentified language")."""

    code: str | None
    name: str
    confidence: float
    sure: bool

    @property
    def analysed(self) -> bool:
        return self.code in ANALYSED


ENGLISH_BY_DEFAULT = Language("en", "English", 0.0, False)
_lock = threading.Lock()
_identifier: Any = None  # py3langid's LanguageIdentifier (the library has no type information)


def _model() -> Any:
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def _letters(text: str) -> tuple[int, int, int, dict[str, int]]:
    """(letters, non-ASCII Latin letters, non-Latin letters, count per non-Latin script)."""
    n = latin_ext = other = 0
    scripts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        n += 1
        if ch.isascii():
            continue
        s = _script(ch)
        if s == "LATIN":
            latin_ext += 1
        else:
            other += 1
            scripts[s] = scripts.get(s, 0) + 1
    return n, latin_ext, other, scripts


_SCRIPT_RUN = 2  # letters in a row: a word, not a stray symbol such as the katakana in ¯\_(ツ)_/¯


def other_script(text: str) -> str | None:
    """The main non-Latin script a text is written in, in part or whole ("Cyrillic", "CJK"),
    counting only runs of two or more letters of it; None when it is all Latin letters. The
    caller bounds the text (text_results.MAX_CHARS)."""
    counts: dict[str, int] = {}
    run: list[str] = []
    for ch in (*text, " "):
        script = ""
        if ch.isalpha() and not ch.isascii():
            script = _script(ch)
        if script and script != "LATIN" and (not run or run[0] == script):
            run.append(script)
            continue
        if len(run) >= _SCRIPT_RUN:
            counts[run[0]] = counts.get(run[0], 0) + len(run)
        run = [script] if script and script != "LATIN" else []
    if not counts:
        return None
    name = max(counts, key=counts.__getitem__)
    return name if len(name) <= 3 else name.title()  # "CJK", "Cyrillic"


def _classify(text: str) -> tuple[str, float, float]:
    """(best language, its probability, English's probability)."""
    code, prob = _model().classify(text)
    if prob >= SURE:
        code = _SAME_AS.get(code, code)
        return code, float(prob), float(prob) if code == "en" else 0.0
    totals: dict[str, float] = {}
    for code, p in _model().rank(text)[:8]:
        code = _SAME_AS.get(code, code)
        totals[code] = totals.get(code, 0.0) + float(p)
    best = max(totals, key=totals.__getitem__)
    return best, totals[best], totals.get("en", 0.0)


def name_of(code: str | None) -> str:
    if code is None:
        return "an unidentified language"
    return NAMES.get(code, code)


# Yiddish in Hebrew letters: its own ligatures (װ ױ ײ), the YIVO pointed alef and pe (אַ אָ פֿ), or
# two of its commonest words, none of which Hebrew uses this way.
_YIDDISH_MARKS = re.compile("[\u05f0-\u05f2]|\u05d0[\u05b7\u05b8]|\u05e4\u05bf")
# Unpointed Yiddish (most posts: "א גוטן שבת אלעמען! היינט האבן מיר...") has none of the marks,
# so more of its function words count, read without the punctuation stuck to them (stop 27).
_YIDDISH_WORDS = frozenset(["איך", "דער", "דאס", "און", "ניט", "נישט", "איז", "מיט", "פון", "פֿון", "זיך", "אויף", "אונדז", "זײַן", "זיין", "האָט", "האט", "װאָס", "וואס", "גוט",
                            "א", "די", "מיר", "האבן", "האָבן", "היינט", "הײַנט", "זענען", "געווען", "אלעמען", "אַלעמען", "אלע", "קינדער", "גוטן",
                            "ער", "זי", "מע", "מען", "אבער", "אָבער", "שוין", "אויך", "ביי", "בײַ", "נאך", "נאָך", "וועט", "וועל", "קען", "זייער", "זייט", "ווי", "דו"])
_HEBREW_LETTER_WORD = re.compile("[\u05b0-\u05c7\u05d0-\u05ea\u05f0-\u05f4]+")


def _yiddish(text: str) -> bool:
    return bool(_YIDDISH_MARKS.search(text)) or len(_YIDDISH_WORDS.intersection(_HEBREW_LETTER_WORD.findall(text))) >= 2


def detect(text: str) -> Language:
    n, latin_ext, other, scripts = _letters(text)
    if n == 0:
        return ENGLISH_BY_DEFAULT  # emoji, numbers, links: no language to judge
    code, prob, english = _classify(text)
    if code == "he" and _yiddish(text):
        code = "yi"  # the identifier has no Yiddish: Hackney's Yiddish posts were named Hebrew
    if other * 2 > n:  # mostly a non-Latin script
        script = max(scripts, key=scripts.__getitem__).title()
        if code != "en" and prob >= 0.5:
            return Language(code, name_of(code), prob, True)
        return Language(None, f"{script} script", prob, False)
    if latin_ext:
        # Letters English does not use. A couple of accents (café, naïve) in an English text
        # still leave the model sure of English.
        if prob >= SURE or (code in ANALYSED and prob >= 0.5):
            return Language(code, name_of(code), prob, True)
        return Language(None, "an unidentified language", prob, False)
    if code == "en":
        return Language("en", "English", prob, prob >= 0.5)
    words = len(text.split())
    english_words = english_word_share(text) >= ENGLISH_SHARE
    if prob >= SURE_ASCII and words >= 3 and not english_words:
        return Language(code, name_of(code), prob, True)
    if english_words:
        return Language("en", "English", english, False)  # text-speak the model does not know
    if words >= ENOUGH_WORDS and english < NOT_ENGLISH:
        # A sentence the model does not think English at all ("Como vuelvas a acercarte a mi
        # hermana…": Spanish 0.58, Portuguese, Galician, no English) is not read with English
        # lists, where finding nothing would read as a pass.
        if prob >= 0.5 or code in ANALYSED:  # a language with lists: its lists read it ("Je vais te tuer")
            return Language(code, name_of(code), prob, False)
        return Language(None, "an unidentified language", prob, False)
    return Language("en", "English", english, False)
