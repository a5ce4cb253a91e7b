"""The writer promising to hunt someone down and then harm them is a threat that fails (stop 39, the lead: textfail39's bad
probes showed "I'll hunt you down and kill you, love from your ex" got only a review). Finding someone to give them
something, or a copy of a book tracked down, is no threat; another language is not checked."""

import pytest


@pytest.mark.parametrize("text", [
    "I'll hunt you down and kill you, love from your ex",
    "we'll track him down and batter him",
    "im gonna chase you down and stab you",
    "i swear ill find her and strangle her",
])
def test_hunted_down_then_harmed_fails(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "fail", (text, v)
    assert "threat" in v.categories, (text, v)


@pytest.mark.parametrize("text", [
    "I'll hunt you down a copy of that book and send it over",
    "I'll track you down at the conference and buy you a pint",
    "we'll find you a seat and get you a brew when you arrive",
])
def test_found_to_be_given_something_is_no_threat(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)


def test_hunted_down_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Znajdę cię i zabiję, pozdrawiam, twój były")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)


# -- a person's grave promised (review: a joke reads the same) ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "you're going down, and I mean six feet under",
    "I'll put him six feet under",
    "you'll be six feet under if you cross me again",
])
def test_grave_promised_is_at_least_review(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail"), (text, v)


@pytest.mark.parametrize("text", [
    "grandad's been six feet under ten years now, miss him every day",
    "he's six feet under now, rest easy mate",
    "my tomatoes will be six feet under by spring lol",
])
def test_the_dead_remembered_is_no_threat(analyser, text):
    v = analyser.analyse(text).offensive
    assert "threat" not in (v.categories or []), (text, v)


def test_grave_promised_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Skończysz dwa metry pod ziemią, zapamiętaj to sobie dobrze")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)
