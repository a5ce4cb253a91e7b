"""Turning up at someone's door with a weapon (stop 34, from set 33's threat misses: "tempted to show up at
his door with a bat tbh"): the writer pictures arriving at the target's home or work armed. Offensive
(threat), review only. A bottle of wine, a cake, a cricket bat for the game, or a door with no one's
home named ("showed up at the nets with a bat") is not it."""

import pytest


def _rule(off):
    return [h for h in off.hits if h.category == "threat" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "mate from work owes me £200 and is ghosting me. tempted to show up at his door with a bat tbh",
    "might just turn up at her house with a hammer and see how brave she is then",
    "if he doesnt pay up im going round his flat with a baseball bat",
    "swear down ill rock up at their door with a knife",
])
def test_arriving_armed_at_someones_home_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and _rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "turned up at her door with a bottle of wine and a lasagne, she cried",
    "my dad showed up at the nets with a bat older than me",
    "showed up at his house with a bat and ball for the kids, best afternoon",
    "went round her flat with a hammer and some rawl plugs to put her shelves up",
])
def test_arriving_with_a_gift_or_a_tool_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
