"""A greeting for a group's own festival or month, addressed to a dehumanising word, names the group by the festival:
"shabbat shalom to the rats" is an attack on Jewish people (stop 40, the lead: review40a found such greetings passed on
every code). A greeting to friends, to pets on a firework night, or to people born in a zodiac year is no attack; a
greeting someone sprayed on a wall, quoted and reported, is not the writer's claim (review at most)."""

import pytest


@pytest.mark.parametrize("text", [
    "shabbat shalom to the rats",
    "happy pride to the groomers",
    "eid mubarak to the vermin",
    "happy diwali to everyone except the cockroaches",
    "Ramadan Kareem to all the savages 🙄",
    "happy pride to all the degenerates",
])
def test_festive_greeting_to_a_dehumanising_word_fails(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "fail", (text, v)
    assert "discriminatory" in v.categories, (text, v)


def test_festive_slur_beside_a_supportive_phrase_is_still_flagged(analyser):
    # "pride month" is a supportive voice to the reader, which asks for a person's judgement: review, never nothing
    v = analyser.analyse("happy pride month to all the degenerates").offensive
    assert v.status in ("fail", "review") and "discriminatory" in v.categories, v


@pytest.mark.parametrize("text", [
    "happy pride to all my lgbt friends 🏳️‍🌈",
    "shabbat shalom to my jewish neighbours, thanks for the challah",
    "happy diwali to all the animals, keep them inside tonight with the fireworks",
    "happy lunar new year to all the rats born in 1996!",
    "eid mubarak to the whole team at the corner shop",
])
def test_festive_greeting_to_friends_pets_or_a_zodiac_year_does_not_fail(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)


def test_festive_slur_quoted_and_reported_is_not_the_writers_claim(analyser):
    text = "someone sprayed 'shabbat shalom to the rats' on the synagogue door last night. reported to the police, disgusting"
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)


def test_festive_slur_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("szczęśliwego chanuka dla wszystkich szczurów, ha")
    assert r.offensive.status != "fail"
