"""A seasonal greeting "from our house to yours" (Christmas, Hanukkah, Eid, Diwali, Easter) was sent
for review as a threat: the threat head learned "your house" as menace ("we know where your house
is") and scores these 0.90-0.95 (stop 30: set 28's "happy hanukkah from our house to yours", an
identity post; the same for every festival tried). A greeting with nothing menacing in it is a
kind voice: the model alone does not flag it. A greeting that turns to menace still is flagged."""

import pytest


@pytest.mark.parametrize("text", [
    "Merry Christmas from our house to yours 🎄",
    "Eid Mubarak from our family to yours",
    "Happy Diwali from our home to yours ✨",
    "from our house to yours, have a lovely easter",
    "Chag sameach from our house to yours 🕎",
])
def test_a_greeting_is_not_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "Merry Christmas from our house to yours, Darren. we know where yours is now",
    "happy new year from our house to yours. enjoy it while it lasts, you'll regret what you did",
])
def test_a_greeting_turned_to_menace_still_is(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)
