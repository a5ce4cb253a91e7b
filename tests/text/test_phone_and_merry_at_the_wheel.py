"""Driving offences told in the moment or with a hedge (stop 30, five of sets 27-29's driving misses,
three writers): a post written, filmed or streamed *from* the road ("texting this from the M25",
"live streaming from my car on the way to work", "filmed this on my phone going round the
roundabout"), and drink driving softened ("bit merry but only 2 miles home, risked it", "bit
wobbly driving back from the wedding"). Review only. A passenger, a parked car, a declined drink
and a bike are not flagged."""

import pytest


@pytest.mark.parametrize("text", [
    "typing this from the A12 lol traffic is crawling",
    "live streaming from the car on the way to footy, say hi 👋",
    "recorded this on my phone doing the roundabout by the retail park 😎",
    "bit tipsy but it's only a mile home, risked it 🚗",
    "slightly merry driving back from the christening but got home fine",
])
def test_phone_or_drink_at_the_wheel_is_reviewed(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "texting this from the passenger seat on the M25, hubby's driving 😴",
    "posting this from the car park at the retail park, waiting for the shop to open",
    "bit merry after two glasses so we got a taxi home, not risking it",
    "a bit wobbly on the bike this morning, first ride in months",
    "listening to the radio on the way to work, love this song",
])
def test_a_passenger_parked_car_or_a_taxi_is_not(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)


def test_a_car_park_on_the_way_does_not_void_the_drive(analyser):
    # (set 17, a tuned set) the drive goes on out of the car park: only sitting in one is parked
    text = "Taught my 14 year old to drive round the Tesco car park then let him take it down the high street. He's a natural"
    assert analyser.analyse(text).offence.status in ("review", "fail")
