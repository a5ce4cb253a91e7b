"""Denying a group's humanity is the attack, not a denial of one ("I refuse to believe muslims are
human", "I don't think black people are human"): the denial frame read these as counter-speech and
passed them (left by the stop-26 red teams). A denial of an attack ("I don't think women are
inferior") still clears; the case the check cannot read (another language) is not-checked."""

import pytest


def _offensive(analyser, text):
    return analyser.analyse(text).offensive


@pytest.mark.parametrize("text", [
    "I refuse to believe muslims are human",
    "I don't think black people are human tbh",
    "never will I accept that travellers are real people",
    "can't believe anyone thinks gypsies are people",
    "nobody actually believes refugees are human beings do they",
    "i dont believe trans people are even people",
])
def test_denying_a_groups_humanity_is_flagged(analyser, text):
    off = _offensive(analyser, text)
    assert off.status in ("fail", "review"), (text, off)
    assert "discriminatory" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "I don't think women are inferior",
    "I refuse to believe refugees are criminals, the stats say otherwise",
    "I don't think asylum seekers are treated as people by this system",
    "I refuse to believe people are born bad",
    "Never accept anyone telling you disabled people are less, they are people like everyone else",
])
def test_denials_of_an_attack_and_defences_are_not_flagged(analyser, text):
    off = _offensive(analyser, text)
    assert off.status is None, (text, off)


def test_a_description_after_are_people_is_not_the_rule(analyser):
    # "are people we should be afraid of" describes them; the rule stays out (the threat model
    # scores this post 0.93 on its own: a model's review, recorded, not this rule's).
    off = _offensive(analyser, "I don't think refugees are people we should be afraid of")
    assert off.status != "fail"
    assert not any("humanity" in h.phrase for h in off.hits), off


def test_the_same_words_in_another_language_are_not_checked(analyser):
    # Turkish: "I don't think refugees are human." No Turkish list: not-checked, language named.
    result = analyser.analyse("Mültecilerin insan olduğuna inanmıyorum, hepsi aynı")
    assert result.offensive.status is None
    assert result.language and "Turkish" in str(result.language)
