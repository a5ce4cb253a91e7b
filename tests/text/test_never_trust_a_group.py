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


@pytest.mark.parametrize("text", [
    '"never trust a traveller" is just bigotry dressed up as wisdom',
    "my nan used to say never trust a gypsy. she was wrong and im ashamed i ever repeated it",
    "someone in the comments wrote never trust a muslim. reported.",
])
def test_the_maxim_disowned_or_reported_is_not_the_rule(analyser, text):
    """Counter-speech: the rule must not fire (the model may still review a quoted slur, by design)."""
    off = analyser.analyse(text).offensive
    assert not [h for h in off.hits if "trust" in h.phrase], (text, off)


def test_the_maxim_endorsed_after_a_saying_is_the_rule(analyser):
    off = analyser.analyse("my nan always said never trust a gypsy and she was right").offensive
    assert _rule(off), off
