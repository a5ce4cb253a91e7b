""""your" the possessive, read as "you're" misspelt: an insult word that also names a thing a person
has or makes (a joke told, rubbish, a pet) is no insult as the subject of a verb. Sentences written
for these tests."""

import pytest


def _categories(analyser, text):
    return analyser.analyse(text).offensive.categories


@pytest.mark.parametrize("text", [
    "if your joke needs someone else to be the punchline, find a new joke",
    "your rats have got out again, they're in our shed",
    "ur garbage is still on the pavement from tuesday",
])
def test_a_thing_owned_is_not_an_insult(analyser, text):
    assert "insult" not in _categories(analyser, text), analyser.analyse(text).offensive


@pytest.mark.parametrize("text", [
    "your a joke",
    "honestly your such a joke mate",
    "your a pig and everyone knows it",
])
def test_youre_misspelt_still_insults(analyser, text):
    assert "insult" in _categories(analyser, text), analyser.analyse(text).offensive


def test_your_joke_alone_cannot_tell(analyser):
    # no verb after it: "you're [a] joke" misspelt or the joke told; left an insult (review)
    assert "insult" in _categories(analyser, "lol your joke")
