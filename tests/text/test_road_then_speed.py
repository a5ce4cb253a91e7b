"""Speeding told road first ("did the a12 at 110 this morning, late for work innit"; stop 33, from set
32's possible-offence misses): the writer on a named A road or motorway, then a speed of 80 or more.
Possible offence (driving), review only. A slow jam or a journey time is not."""

import pytest


@pytest.mark.parametrize("text", [
    "bombed down the m1 doing 120 to make kick off lol",
    "caned it along the a406 at 95, late for the school run again",
    "did the m6 at 130 in the new car, what a machine",
])
def test_a_road_then_a_speed_is_reviewed(analyser, text):
    ofc = analyser.analyse(text).offence
    assert ofc.status == "review" and "driving" in ofc.categories, (text, ofc)


@pytest.mark.parametrize("text", [
    "did the m25 at 5mph for two hours, traffic was a nightmare",
    "did the a12 in 40 minutes today, roads were lovely and clear",
    "did the m62 at 8 this morning and it was already gridlocked",
])
def test_jams_and_journey_times_are_not(analyser, text):
    ofc = analyser.analyse(text).offence
    assert ofc.status is None, (text, ofc)
