"""A blow that people in general "need" or "deserve" (stop 34, from set 33's threat misses: "ppl who let
their kids ride scooters on the pavement deserve a boot in the ribs", "some people need a proper slap"):
the named-person form ("he needs a slap") was read, the same wish said of "some people" or "people who
<do something>" was not. Offensive (threat), review only, as the named form. Things that "need a good
beating" (a rug, dough), a break, a medal or a kick up the backside (a push, not a blow) are not it."""

import pytest


def _rule(off):
    return [h for h in off.hits if h.category == "threat" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "ppl who let their kids ride scooters on the pavement deserve a boot in the ribs tbh",
    "some people need a proper slap to learn manners",
    "people who park across my drive deserve a smack in the mouth",
    "anyone who kicks a dog needs a good kicking themselves",
    "folk who push in at the bus stop want a punch in the face",
])
def test_a_blow_wished_on_people_who_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and _rule(off), (text, off)


@pytest.mark.parametrize("text", [
    "people who work nights deserve a proper break and a medal",
    "some people need a kick up the backside to get going in the morning, me included",
    "some rugs need a good beating before they come back inside",
    "people who volunteer at the food bank deserve a proper thank you",
    "some kids need a proper hug more than a telling off",
])
def test_people_who_deserve_a_good_thing_are_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
