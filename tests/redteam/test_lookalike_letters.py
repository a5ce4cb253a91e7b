"""Cyrillic or Greek letters that look Latin, mixed into an English word to slip past the word
lists ("wееd" with two Cyrillic е), are read as the Latin letters; text written in Russian or
Greek is left as written (and is not-checked with its language named, never read as English)."""

from __future__ import annotations

import pytest

from selfaudit.analysis.text import TextAnalyser
from selfaudit.analysis.text_read import normalise


@pytest.fixture(scope="module")
def analyser() -> TextAnalyser:
    return TextAnalyser()


@pytest.mark.parametrize(("text", "area"), [("Bought some w\u0435\u0435d off a kid on the estate lol", "offence"),
                                            ("You stupid \u0441unt", "offensive"),
                                            ("g\u03bf kill yourself", "offensive")])
def test_disguised_words_are_read(analyser, text, area):
    assert getattr(analyser.analyse(text), area).status is not None


@pytest.mark.parametrize("text", ["I love \u041c\u043e\u0441\u043a\u0432\u0430 and the metro in spring",
                                  "Great trip to \u0391\u03b8\u03ae\u03bd\u03b1 with the family"])
def test_whole_foreign_words_in_english_posts_are_untouched(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status is None and rep.offence.status is None
    assert normalise(text)[0] == text


def test_russian_text_is_left_as_written_and_not_read_as_english(analyser):
    text = "\u041f\u0440\u0438\u0432\u0435\u0442 \u0432\u0441\u0435\u043c, \u0445\u043e\u0440\u043e\u0448\u0435\u0433\u043e \u0434\u043d\u044f"
    assert normalise(text)[0] == text
    rep = analyser.analyse(text)
    assert rep.language.name == "Russian" and rep.unchecked("offensive")
