"""Red team 22: the humanity-denial rule (DENIED_DIGNITY) and the "are not people" predicate.

* The human word must close the claim: "are human rights abusers", "are people traffickers",
  "are humans first", "are not people to be feared" deny no one's humanity.
* The denial must be the writer's: "you don't think immigrants are people" and "the tabloids
  don't think asylum seekers are people" are said *of* someone else (sarcasm at a bigot, a report).
* The same attack in other shapes: "gypsies aren't real people", "who says muslims are people",
  "since when were travellers human".
"""

import pytest


def _offensive(analyser, text):
    return analyser.analyse(text).offensive


@pytest.mark.parametrize("text", [
    "I refuse to believe muslims are human rights abusers because of a few",
    "I don't think asylum seekers are people traffickers",
    "I don't think refugees are humans first in the eyes of the Home Office",
    "I don't believe black people are people apart, we are one",
    "never accept that travellers are people without rights",
    "refugees are not people to be feared",
    "asylum seekers are not people you should fear",
    "muslims are not human rights abusers",
    "Oh sure, you don't think immigrants are people. Very Christian of you",
    "It's clear the tabloids don't think asylum seekers are people",
])
def test_no_denied_humanity_when_the_claim_goes_on_or_is_someone_elses(analyser, text):
    off = _offensive(analyser, text)
    assert not any("humanity" in h.phrase or "are not" in h.phrase for h in off.hits), (text, off)
    assert off.status != "fail", (text, off)


@pytest.mark.parametrize("text", [
    "gypsies aren't real people",
    "muslims arent even human",
    "who says gypsies are people",
    "who says muslims are even human lol",
    "since when were travellers human",
])
def test_denied_humanity_in_other_shapes_is_flagged(analyser, text):
    off = _offensive(analyser, text)
    assert off.status in ("fail", "review"), (text, off)
    assert "discriminatory" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "I don't think black people are human tbh",
    "i dont believe trans people are even people",
    "I refuse to believe muslims are human",
    "honestly I don't think refugees are people, simple as",
    "I dont think immigrants are people at all",
    "I don't think gypsies are human in any way",
])
def test_the_writers_own_denial_still_flags(analyser, text):
    off = _offensive(analyser, text)
    assert off.status in ("fail", "review"), (text, off)
    assert "discriminatory" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "I dont think women are people, said no decent man ever",
    "I don't think immigrants are people - said a Reform councillor today. Resign.",
    "I can't believe anyone thinks gypsies are people, said the bloke in the pub. Disgusting.",
    "I can't believe anyone thinks refugees are people is something I actually heard today, shameful",
])
def test_a_denial_attributed_to_someone_else_after_it_is_reported_speech(analyser, text):
    off = _offensive(analyser, text)
    assert not any("humanity" in h.phrase for h in off.hits), (text, off)
    assert off.status != "fail", (text, off)


def test_the_writers_denial_with_their_own_said_still_flags(analyser):
    off = _offensive(analyser, "I don't think travellers are people and I've always said it")
    assert "discriminatory" in off.categories, off


# Plain group attacks that got no finding at all (part 2 of the brief).
@pytest.mark.parametrize("text", [
    "Women just aren't built for leadership, it's biology",
    "women aren't cut out for politics",
    "women aren't smart enough to be engineers",
    "black people aren't clever enough for university",
    "black people aren't capable of running anything",
    "afghans can clear off back home",
])
def test_plain_group_attacks_get_a_review(analyser, text):
    off = _offensive(analyser, text)
    assert off.status in ("fail", "review"), (text, off)
    assert "discriminatory" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "autistic people aren't built for open plan offices and that's ok",
    "many disabled people aren't capable of full time work and the DWP knows it",
    "I don't think women are incapable of leading, look at Jacinda Ardern",
    "the idea that black people aren't clever enough for university is racist nonsense",
    "after the match the lads can clear off back home",
])
def test_capability_and_going_home_outside_an_attack(analyser, text):
    off = _offensive(analyser, text)
    assert "discriminatory" not in off.categories, (text, off)


def test_the_writers_own_group_told_it_is_not_an_attack(analyser):
    off = _offensive(analyser, "as women we are told we aren't capable of leading, we are")
    assert "discriminatory" not in off.categories, off
