"""Distrust of a whole group as a maxim (stop 34, from set 33's discriminatory misses: "never trust a
gypsy, my nan always said it"): "never trust a / you can't trust <group>" is a stereotype whatever words
follow. Offensive (discriminatory). Not a forecast, a chef, a shop or a man who won't eat cake, nor the
maxim denied or reported ("'never trust a traveller' is just bigotry")."""

import pytest


def _rule(off):
    return [h for h in off.hits if h.category == "discriminatory" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "never trust a gypsy, my nan always said it and she was right",
    "you cant trust a romanian with your wallet, fact",
    "never trust muslims, simple as",
    "dont ever trust a traveller near your van",
])
def test_distrust_of_a_group_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and _rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "never trust a weather forecast in april",
    "never trust a skinny chef, my nan always said",
    "never trust a recipe that says five minutes prep",
    "never trust a man who doesnt like cake",
])
def test_everyday_never_trust_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
