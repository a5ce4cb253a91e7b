"""A reckoning promised to whoever harms something the writer cares about ("anyone who touches that mural
will get dealt with. properly dealt with"; stop 33, from set 32's threat misses; stop 32 took "will
have to deal with me"): "whoever touches / goes near / keys ... will get dealt with / get sorted".
Offensive (threat), review only. A school or council notice that an offender "will be dealt with" is
not."""

import pytest


@pytest.mark.parametrize("text", [
    "whoever touches my bike again is gonna get dealt with",
    "anyone that goes near my daughter will get sorted. simple as",
    "whoever keyed my van will get dealt with, i know people",
])
def test_get_dealt_with_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and "threat" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "anyone caught vaping in the toilets will be dealt with by the head of year",
    "whoever touches the thermostat at work will get dealt a hand of uno at lunch lol",
    "anyone who goes near the fireworks display without a ticket will be asked to leave",
    "whoever finishes the milk in the staffroom will get sorted with a stern note",
])
def test_official_notices_are_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
