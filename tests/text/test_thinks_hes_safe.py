"""Safety mocked after someone moved away, changed their number or blocked the writer ("he thinks hes
safe cos he moved to clapton. i've got mates in clapton"; stop 33, from set 32's threat misses): the
writer tells the target that getting away (a changed number, a block, an injunction) has not worked.
Moving house is left out: "safe since he moved to a quieter road" is everyday. Offensive (threat), review only. Someone's
confidence in a helmet, a lock or a car is not a threat."""

import pytest


@pytest.mark.parametrize("text", [
    "she thinks she's safe now she's changed her number. she isn't",
    "you think you're safe cos you blocked me on everything? lol",
    "he thinks he's safe because he changed his number. give it a week",
])
def test_safety_mocked_after_getting_away_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and "threat" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "my son thinks he's safe because he wears a helmet, bless him, he still came off at the skate park",
    "he thinks he's safe since he moved to a quieter road, fewer boy racers at least",
    "he thinks he's safe cos he changed his password after the scam, good lad",
])
def test_safety_in_everyday_life_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
