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
