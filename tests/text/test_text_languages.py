"""French, Spanish and German: the commonest abuse, threats and offences are recognised too
(the disclaimer's languages are in test_text_disclaimer.py)."""

import pytest

from selfaudit.analysis import text as T
from selfaudit.config import Config

OFFENSIVE = [
    ("Je vais te tuer", "threat", "fail"),
    ("Sale arabe", "discriminatory", "fail"),
    ("Ta gueule connard", "insult", "review"),
    ("Te voy a matar", "threat", "fail"),
    ("Eres un gilipollas", "insult", "review"),
    ("Ich bring dich um", "threat", "fail"),
    ("Du bist ein Arschloch", "insult", "review"),
]
OFFENCE = [
    ("J'étais complètement bourrée hier soir 🥴", "alcohol"),
    ("Fumé un joint avant le concert", "drugs"),
    ("Estaba muy borracho anoche", "alcohol"),
    ("Ich war total besoffen", "alcohol"),
]
CLEAN = ["Lovely café in Paris, merci", "Buenos días a todos", "Guten Morgen aus Berlin", "Je suis fatiguée après le travail", "Ich bin Sozialarbeiterin in Berlin"]


@pytest.mark.parametrize("text,category,status", OFFENSIVE)
def test_offensive(analyser, text, category, status):
    v = analyser.analyse(text).offensive
    assert v.status == status and category in v.categories, (text, v)


@pytest.mark.parametrize("text,category", OFFENCE)
def test_offence(analyser, text, category):
    v = analyser.analyse(text).offence
    assert v.status == "review" and category in v.categories, (text, v)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(analyser, text):
    r = analyser.analyse(text)
    assert (r.offensive.status, r.offence.status, r.confidential.status) == (None, None, None), text


def test_gate_does_not_hide_other_languages():
    texts = [t for t, *_ in OFFENSIVE + OFFENCE] + CLEAN
    plain = T.TextAnalyser(Config())
    plain.use_gate = False
    for a, b in zip(T.TextAnalyser(Config()).analyse_many(texts), plain.analyse_many(texts), strict=False):
        assert (a.offensive, a.offence) == (b.offensive, b.offence), a.text


@pytest.mark.parametrize("text", ["איך בין אַ סאָציאַל אַרבעטער אין לאָנדאָן", "דער שבת איז געווען זייער שיין מיט די קינדער",
                                  # unpointed, the function words with punctuation stuck to them
                                  "א גוטע וואך אלעמען! מיר זענען געווען ביי דער באבע", "זייט געזונט, א גוטן חודש"])
def test_yiddish_is_named_yiddish_not_hebrew(analyser, text):
    # The language identifier has no Yiddish and named Hackney's Yiddish posts Hebrew; the
    # categories are not-checked either way, but the report must name the right language.
    r = analyser.analyse(text)
    assert r.language.code == "yi" and r.language.name == "Yiddish"
    assert r.offensive.status is None and any(a == "offensive" for a, _ in r.not_analysed)


@pytest.mark.parametrize("text", ["שלום, מה שלומך היום? אני בעבודה", "די כבר עם הגשם הזה, אין לי כוח",
                                  "שבת שלום לכולם! היום אפינו חלה עם הילדים"])
def test_hebrew_is_still_hebrew(analyser, text):
    assert analyser.analyse(text).language.name == "Hebrew"
