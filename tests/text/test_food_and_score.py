"""Everyday words a drug or drink rule reads (stop 31, from set 30's possible-offence false flags):
a joint of meat for the Sunday roast ("a joint of lamb", "the beef joint"), and a team's beating told
with its score a few words later ("Arsenal got battered today, absolutely destroyed 4-0"). Nothing;
a joint smoked, or drinks named with the score, still are."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "does anyone know a good butcher near Walthamstow for a joint of beef for sunday?",
    "got a lovely pork joint in the slow cooker tonight",
    "picked up a gammon joint at the market for boxing day",
    "Spurs got hammered again on saturday, absolutely humiliated 5-1",
])
def test_a_roast_or_a_score_is_nothing(analyser, text):
    offence_nothing(analyser, text)


@pytest.mark.parametrize("text", [
    "rolled a fat joint after the sunday roast, lovely",
    "got battered on 12 pints at the match, we lost 3-0 anyway",
])
def test_a_joint_smoked_or_drink_named_still_is(analyser, text):
    offence_reviewed(analyser, text)
