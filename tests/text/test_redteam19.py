"""Red team on the newest voiders (someone else found drunk, a lawful reason, a declined drink, the
writer as the one harmed): confessions they cleared because the voider's cue sat elsewhere in the
post, or was itself taken back. Written fresh for these tests."""

import pytest

from tests.text.offence_asserts import offence_reviewed as _reviewed


@pytest.mark.parametrize("text", [
    "Found a bloke passed out outside Spoons, then I got absolutely steaming and threw up in a taxi",
    "Saw a lad being sick in the street, 20 mins later that was me, absolutely wasted lol",
    "Helped a girl being sick outside the club, then I got so drunk I got kicked out myself",
    "Got absolutely smashed last night, woke up on the kitchen floor. Found a lad asleep in my garden too",
])
def test_someone_else_found_drunk_does_not_clear_the_writers_own_drinking(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "Forgot my bus pass so I just didn't pay for the bus and hid upstairs",
    "Left my season ticket at home so I dodged the fare all the way to Leeds",
    "Bus pass expired in March, haven't paid for a bus since, driver never checks",
    "Walked out without paying for the drinks, not by mistake, the bar was rammed",
])
def test_a_lawful_reason_taken_back_does_not_clear_fare_dodging(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "Not drinking tonight as I'm driving. Lies, drove home over the limit again",
    "Can't drink tonight I'm driving, so I was on my phone the whole way home on the M6 instead",
])
def test_a_declined_drink_does_not_clear_the_driving_that_follows(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "Someone nicked my phone at the festival so I nicked someone else's lol",
])
def test_the_victim_who_then_does_the_same_is_still_reviewed(analyser, text):
    _reviewed(analyser, text)
