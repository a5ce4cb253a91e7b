"""Naming the organisation or speaking for it."""

import pytest

from selfaudit.analysis.text import TextAnalyser
from selfaudit.config import Config
from selfaudit.errors import SelfauditError


@pytest.mark.parametrize(
    "text,name",
    [
        ("CHSCB training was excellent", "CHSCB"),
        ("Proud of the CHSCP annual report", "CHSCP"),
        ("Hackney Council are a shambles", "Hackney Council"),
        ("Night shift at the Homerton again", "Homerton Healthcare"),
        ("Started at ELFT today", "East London NHS Foundation Trust"),
        ("The Met have lost the plot", "Metropolitan Police"),
        ("City of London Corporation event", "City of London Corporation"),
        ("#HackneyCouncil bins not collected", "Hackney Council"),
    ],
)
def test_names(analyser, text, name):
    r = analyser.analyse(text)
    assert name in r.organisations
    assert r.organisation.status == "review"


@pytest.mark.parametrize("text", ["The Met Office says rain", "Went to the Met Gala exhibition", "elft is not a word", "Hackney Wick is lovely"])
def test_not_names(analyser, text):
    assert analyser.analyse(text).organisation.status is None, text


def test_speaking_for_the_organisation(analyser):
    v = analyser.analyse("On behalf of Hackney Council I want to apologise to residents").organisation
    assert v.status == "review" and v.confidence == "medium"


def test_configurable_list():
    a = TextAnalyser(Config(text={"organisations": ["Acme Trust"], "extra_organisations": [{"name": "Widget Co", "patterns": [r"\bWCo\b"]}]}))
    assert a.analyse("Acme   Trust management again").organisations == ("Acme Trust",)
    assert a.analyse("WCo rules").organisations == ("Widget Co",)
    assert a.analyse("Hackney Council").organisations == ()


def test_bad_pattern_is_a_clear_error():
    with pytest.raises(SelfauditError, match="not a valid regular expression"):
        TextAnalyser(Config(text={"extra_organisations": [{"name": "X", "patterns": ["(unclosed"]}]}))


def test_gate_words_cover_every_default_pattern():
    import re

    from selfaudit.analysis.text import DEFAULT_ORG_WORDS, DEFAULT_ORGANISATIONS

    for name, pats in DEFAULT_ORGANISATIONS.items():
        for p in pats:
            literal = re.sub(r"\(\?[^)]*\)|\\b|[()?:|'&\\]", " ", p).lower()
            assert any(w in literal for w in DEFAULT_ORG_WORDS), (name, p)
