"""Review of stop 35's text rules (review35): everyday posts the new rules flagged and abuse they newly cleared.
Each test failed on 60ab5de before its fix."""

import pytest


# 1. Drink told by its effects: "drinks in me" must be drink, not any glass or bottle or a vaccine shot
#    (on 60ab5de a glass of milk, water or squash, bottles of lucozade and flu shots "in me" read as alcohol).
@pytest.mark.parametrize("text", [
    "with two glasses of milk in me the baby was stumbling around the lounge",
    "had a glass of water in me and still fell over on the ice",
    "with a couple of bottles of lucozade in me i was wobbling on the bike",
    "with 3 glasses of squash in me the kids were falling over laughing",
    "had my flu and covid shots in me today, legs went wobbly after",
    "after having booster shots in me at the clinic i was a bit wobbly",
])
def test_soft_drinks_and_jabs_in_me_are_not_drink(analyser, text):
    off = analyser.analyse(text).offence
    assert not any(h.category == "alcohol" for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "with a bottle of wine in me i was falling over on the dance floor",
    "couldnt walk straight with two glasses of vodka in me",
    "after 6 tequila shots in me i was staggering home",
])
def test_drink_in_me_still_reads(analyser, text):
    off = analyser.analyse(text).offence
    assert any(h.category == "alcohol" for h in off.hits), (text, off)
