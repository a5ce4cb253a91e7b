"""Denying a group's humanity with the emphatic inversion ("never will I accept that travellers are real
people", "never would I believe ..."; stop 33): the denied-dignity rule read "never accept / never
believe" but not "never will I accept", so only the model's identity score caught the functional test
post, and a retrained model with a higher identity threshold lost it. Offensive (discriminatory).
The same inversion about how a group is treated is not."""

import pytest


@pytest.mark.parametrize("text", [
    "never will i accept that gypsies are human",
    "never would I believe that migrants are real people",
    "never have i thought travellers are human beings and i never will",
])
def test_inverted_denial_of_humanity_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("fail", "review") and "discriminatory" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "never will I accept that travellers are treated as second class by this council",
    "never would I believe refugees are criminals, the figures say otherwise",
])
def test_inverted_denial_of_an_attack_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
