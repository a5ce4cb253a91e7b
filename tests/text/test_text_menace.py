"""The text_menace structures (textrecall5): implied threats, public disorder, sexual remarks.
Positive, negative and could-not-tell cases, written fresh for these tests (not copied from a
benchmark set or corpus)."""

import pytest

from selfaudit.analysis.text_menace import implied_threat, public_disorder, sexual_remark

THREATS = [
    "the parking warden who ticketed my van three days running. I have his full name now. I can wait",
    "my ex's brother better not show his face at the leisure centre again. the lads are waiting for him",
    "the plumber who flooded my kitchen should enjoy his new van while he can. some of us don't forget",
    "to whoever grassed on my cousin: we're narrowing it down, two names left on the list",
]
NOT_THREATS = [
    "I can wait till the results come out, not joking I'm so nervous",  # no one to aim at
    "my brothers are home from the army next week, can't wait to see them",  # one cue, no grievance
    "someone messaged me 'I can wait, I have your address'. reported it to the police",  # told to the writer
    "our training covered phrases like 'we're narrowing it down' and 'you might want to avoid the park'",  # professional
]
DISORDER = [
    "got walked out of the club by security at midnight, 8 shots deep, no regrets",
    "had a wee behind the bus shelter on the way home from the pub",
    "snapped the wing mirror off the van that blocked our drive",
    "bunking the train every day this month, saved a fortune",
]
NOT_DISORDER = [
    "got kicked out of the library for laughing too loud, so embarrassing",  # no night out
    "someone dumped a sofa behind the garages again, please report fly-tipping to the council",  # someone else; advice
    "my car got keyed outside the gym, the wing mirror is hanging off",  # the writer's loss
]
SEXUAL = [
    "the things I'd do to the new barman 🥵 them arms",
    "horny and bored tonight, dms open",
    "bet the new PT is filthy in bed",
]
NOT_SEXUAL = [
    "stayed in bed all day with a cold, feeling sorry for myself 🥵",
    "the aubergine harvest is unreal this year 🍆🍆",
    "RSE lesson today on consent and what 'send nudes' pressure looks like",
]


@pytest.mark.parametrize("text", THREATS)
def test_implied_threat_found_and_only_review(analyser, text):
    assert implied_threat(text), text
    r = analyser.analyse(text)
    assert r.offensive.status in ("review", "fail"), (text, r.offensive)
    assert any(h.category == "threat" for h in r.offensive.hits), r.offensive


@pytest.mark.parametrize("text", NOT_THREATS)
def test_implied_threat_needs_a_target_two_cues_and_no_reporting_voice(text):
    assert not implied_threat(text), text


@pytest.mark.parametrize("text", DISORDER)
def test_public_disorder_found_and_only_review(analyser, text):
    assert public_disorder(text), text
    assert analyser.analyse(text).offence.status == "review", text


@pytest.mark.parametrize("text", NOT_DISORDER)
def test_public_disorder_not_for_everyday_others_or_advice(text):
    assert not public_disorder(text), text


@pytest.mark.parametrize("text", SEXUAL)
def test_sexual_remark_found_and_only_review(analyser, text):
    assert sexual_remark(text), text
    r = analyser.analyse(text)
    assert r.offensive.status == "review", (text, r.offensive)


@pytest.mark.parametrize("text", NOT_SEXUAL)
def test_sexual_remark_needs_two_cues_and_no_education(text):
    assert not sexual_remark(text), text


def test_structures_alone_never_fail(analyser):
    # Only ever review: a post the structures alone catch is worth a look, not a verdict.
    r = analyser.analyse("the bailiff was lucky my husband was out. next time he won't be")
    assert r.offensive.status == "review", r.offensive


def test_could_not_tell_other_language_is_not_checked_not_passed(analyser):
    # An implied threat in Romanian: the English structures do not read it; the offensive area
    # says it was not checked (its language named), never a pass.
    r = analyser.analyse("Am numele tău complet acum, vecine. Pot să aștept, nu uit niciodată nimic.")
    assert r.offensive.status is None
    assert any(area == "offensive" for area, _ in r.not_analysed), r.not_analysed
    assert r.language.code != "en"
