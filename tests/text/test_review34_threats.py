"""Review 34: stop 34 narrowed "and see what happens" to an act against the writer and "gonna get
you" to the writer's own promise (winter's going to get you). Two real threats were lost on the way
from `fail` to a model's review: the dare "say that to my face and see what happens" and "gonna
find you and sort you out" (the subject dropped, as people write it). They fail by the rule again;
the everyday forms of stop 34 stay clear."""

import pytest


def _threat_rule(verdict):
    return [h for h in verdict.hits if h.category == "threat" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "say that to my face and see what happens",
    "say it to my face and see what happens mate",
    "gonna find you and sort you out",
    "going to find him and batter him when he gets out",
])
def test_the_dare_and_the_hunt_fail(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status == "fail" and _threat_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "winter's going to get you",
    "leave it overnight and see what happens",
    "the kids are going to find you and give you a big hug",
    "say it out loud and see what happens to your confidence",
])
def test_everyday_forms_stay_clear(analyser, text):
    off = analyser.analyse(text).offensive
    assert not _threat_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "my brothers are gonna get you after school, watch",
    "the lads are going to get you when you come out",
    "my boys are going to find you",
    "my dad is gonna sort you out",
])
def test_the_writers_people_coming_for_someone_fail(analyser, text):
    """(review 34) Stop 34 kept "gonna get you" only in the writer's mouth; the writer's brothers, lads
    or dad sent for someone lost the rule (fail before, the model's review after)."""
    off = analyser.analyse(text).offensive
    assert off.status == "fail" and _threat_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "karma is going to get you",
    "my dad is going to get you a present for helping",
    "my mates are going to find you a seat, go in",
    "some people need a smack in the face with reality",
    "some people need a slap in the face with the truth tbh",
])
def test_karma_a_present_and_reality_stay_clear(analyser, text):
    off = analyser.analyse(text).offensive
    assert not _threat_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "try me and see what happens",
    "come round here and see what happens",
    "step foot on my property and see what happens",
    "keep running your mouth and see what happens",
])
def test_the_dares_fail(analyser, text):
    """(review 34) Dares at the reader lost the rule with stop 34's narrowing of "and see what happens"."""
    off = analyser.analyse(text).offensive
    assert off.status == "fail" and _threat_rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "try it and see what happens",
    "try meditation and see what happens to your sleep",
    "come round here for tea on sunday and see what happens with the kids' cake",
])
def test_experiments_stay_clear_of_the_dare(analyser, text):
    off = analyser.analyse(text).offensive
    assert not _threat_rule(off), (text, off)
