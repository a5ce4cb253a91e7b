"""Discretion that then gives the clue ("just nicked a local councillor's son for possession. cant say
who but he drives a yellow mini"; "not naming names but he plays for a certain east london club"; stop
33, from set 32's confidential misses): "can't say who / not naming names / won't say who, but he ..."
points at the person as surely as a name. With a work voice (an arrest made, a patient, a client, a
professional introducing themselves) it is a confidential review. The same phrase about a stolen
yoghurt, with no person pointed at, is not."""

import pytest


@pytest.mark.parametrize(("text", "rule"), [
    ("arrested a teacher from a local primary for drink driving last night. can't say who but she drives the red fiat outside the school gates 😉", "arrested a teacher from a local primary for drink driving"),
    ("patient on my ward today is a premier league player. not naming any names but he scored on saturday 👀", "not naming any names but he"),
    ("one of our clients is a famous face off the telly, won't say who but she reads the weather on the local news", "wont say who but she"),
    ("paramedic here - took a local MP to hospital last night after a fall. cant say who but his office is on the high street", "cant say who but his"),
])
def test_a_clue_after_cant_say_who_is_reviewed(analyser, text, rule):
    # the rule's own evidence (stop 34): the clue (or, for the first post, the arrest voice) in the
    # work-voice hit, not only a review the model might give on its own
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert any(h.phrase.startswith("work voice + detail") and rule in h.phrase for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "not naming names but someone at work keeps finishing the coffee and not buying more 😤",
    "can't say who but somebody in this house finished the milk again",
    "nurse here - twelve hour shift done, not naming names but the biscuits in the staff room are gone",
])
def test_discretion_without_a_person_pointed_at_is_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
