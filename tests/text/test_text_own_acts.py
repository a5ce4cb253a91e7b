"""The text_own_acts structures (the writer's own offence as a pair of classes): driving with,
buying drugs, a fight the writer was in. Positive, negative and could-not-tell cases, written
fresh for these tests (not copied from a benchmark set or corpus)."""

import pytest

from selfaudit.analysis.text_own_acts import drug_buying, own_fight

BUYING = [
    "got a bag of mushies off a lad outside the venue, the ceiling was melting by 11",
    "my guy drops to the door quicker than my pizza ever has 🍃",
    "ran out of my prescription so bought a strip of diazepam off a bloke at the gym",
    "three plants in the loft under a lamp now, first harvest in august",
]
NOT_BUYING = [
    "bought a second-hand bike off a lad at work, rides lovely",
    "growing tomato plants in the airing cupboard until it warms up",
    "Harm reduction training today: what to say when a young person tells you their dealer delivers",
    "the pharmacy delivers my prescription to the door now, brilliant service",
]
FIGHTS = [
    "bloke tried to nick my bag at the station so I pinned him against the wall till the guards came. no regrets",
    "their keeper mouthed off all game so I swung for him at the end. 2 match ban, worth it",
    "me and my brother chased the lad who robbed our nan down the high street and gave him a few slaps",
]
NOT_FIGHTS = [
    "pushed him on the swings for an hour, he had it coming after the sweets",  # play
    "sparring at the gym tonight, caught him proper with a left hook, no regrets",  # sport
    "he dragged her by the hair in the street and nobody did anything. called the police",  # someone else
]


@pytest.mark.parametrize("text", BUYING)
def test_drug_buying_found_and_only_review(analyser, text):
    assert drug_buying(text), text
    r = analyser.analyse(text)
    assert r.offence.status == "review", (text, r.offence)


@pytest.mark.parametrize("text", NOT_BUYING)
def test_drug_buying_needs_a_seller_or_substance_and_no_service_or_training(text):
    assert not drug_buying(text), text


@pytest.mark.parametrize("text", FIGHTS)
def test_own_fight_found_and_only_review(analyser, text):
    assert own_fight(text), text
    r = analyser.analyse(text)
    assert r.offence.status == "review", (text, r.offence)


@pytest.mark.parametrize("text", NOT_FIGHTS)
def test_own_fight_not_for_play_sport_or_others(text):
    assert not own_fight(text), text


def test_could_not_tell_other_language_is_not_checked_not_passed(analyser):
    # Drugs bought, in Portuguese: the English structures do not read it; the offence area says
    # it was not checked (its language named), never a pass.
    r = analyser.analyse("Comprei umas gramas de um cara na festa, entrega na porta em vinte minutos")
    assert r.offence.status is None
    assert any(area == "offence" for area, _ in r.not_analysed), r.not_analysed
    assert r.language.code != "en"
