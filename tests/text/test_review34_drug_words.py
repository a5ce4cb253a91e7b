"""Review 34: the drug words in another sense (stop 34's ``_other_sense``) set aside a drug word
written as a name ("Charlie is coming round for tea") or mushrooms cooked; but a capitalised Molly
or Charlie taken, halved or bought, and mushrooms that left the writer "out of it", are the drug
and the writer's use: they must stay reviewed by the drug rule itself (not only by the model)."""

import pytest


def _drug_rule(verdict):
    return [h for h in verdict.hits if h.category == "drugs" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "Molly and I took half each at the festival, buzzing",
    "Charlie sorted me out for saturday, got a gram",
    "did a line of Charlie in the toilets at the work do",
    "mushrooms tea last night, never been so out of it",
    "had mushrooms in a tea on the beach, off my face for hours",
])
def test_the_drug_taken_stays_reviewed(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is not None and _drug_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "Charlie is coming round for tea later, can't wait",
    "Molly scored the winning goal at netball tonight, so proud",
    "Mandy from next door took the bins out for us, what a star",
    "mushrooms on toast for breakfast",
    "mushroom soup for tea, the kids hated it",
])
def test_the_name_or_the_food_stays_clear(analyser, text):
    off = analyser.analyse(text).offence
    assert not _drug_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "just finished my joint on the balcony, night shift done",
    "lit my joint and chilled after work",
    "had a couple of ecstasy tablets with the girls last night",
])
def test_my_joint_and_ecstasy_tablets_stay_reviewed(analyser, text):
    """(review 34) "my joint" set aside as a body's joint, and "of ecstasy" as a feeling, cleared these."""
    off = analyser.analyse(text).offence
    assert off.status is not None and _drug_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "my joints are killing me after the night shift",
    "my knee joint is killing me after netball",
    "the dog was in ecstasy when we got the ball out",
    "cries of ecstasy from year 6 when i said no homework",
])
def test_the_body_and_the_feeling_stay_clear(analyser, text):
    off = analyser.analyse(text).offence
    assert not _drug_rule(off), (text, off)


def _drink(verdict):
    return [h for h in verdict.hits if h.category == "alcohol" and "model" not in h.phrase]


def test_nothing_remembered_from_before_midnight_is_the_night():
    """(review 34) "cant remember anything from before ..." was set aside as school forgotten; "from
    before midnight" is the night's drinking."""
    from selfaudit.analysis.text import TextAnalyser
    from selfaudit.config import Config

    a = TextAnalyser(Config())
    off = a.analyse("cant remember anything from before midnight, the wine was lethal").offence
    assert off.status is not None and _drink(off), off
    assert not _drink(a.analyse("cant remember anything from before i was five, is that normal").offence)
