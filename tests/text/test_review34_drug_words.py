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
