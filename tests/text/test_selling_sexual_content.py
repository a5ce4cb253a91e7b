"""Sexual content offered or sold from a personal account ("link in bio for my spicy content",
"uncensored pics, dm for customs", OnlyFans), and the British "a proper seeing to" (stop 30: three
of sets 27 and 29's obscene misses, two writers; the sexual-remark cues read what is said to or
about someone, not an advert). Review only. Spicy food, an only-fans-of-the-band joke and
customs at the airport are not flagged."""

import pytest


@pytest.mark.parametrize("text", [
    "new uncensored vids up tonight 🔥 link in bio",
    "my OnlyFans is live, first 50 subs get 50% off 😘",
    "dm me for customs, no freebies, serious buyers only 🔞",
    "he needs a proper seeing to, that's his problem 😏",
])
def test_sexual_content_offered_is_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "link in bio for my spicy chicken wings recipe 🌶️ so good",
    "stuck at customs for two hours at Stansted, never again",
    "we're the only fans who travelled all the way to Carlisle on a Tuesday 😂",
    "the boiler finally got a proper seeing to by the engineer, hot water at last",
])
def test_food_travel_and_football_are_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
