"""Red team 20 on the voiders red teams 18 and 19 left as judgement calls: a lawful reason that
cleared a different act in the same post, and the victim who then offends in turn. Written fresh
for these tests (UK social-media style); each group has posts that must stay reviewed, posts the
voider must keep clearing, and posts too close to call, which are reviewed (a person decides)."""

import pytest


def _reviewed(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status == "review", (text, off)


def _nothing(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)


# --- a lawful reason explains only the act it is next to ------------------------------------

@pytest.mark.parametrize("text", [
    "bus pass sorted, then went to the pub and left without paying for our drinks lol",
    "love my freedom pass 🙌 went to the cinema after and snuck in without paying for the second film",
    "kids go free so we all went, then i didnt pay for the parking and drove off",
    "paid it online after, but the second time i just dodged the fare",
    "oyster topped up, then mugged a lad at the station lol",  # the model's score, once voided by the pass
    "my card declined at the self checkout so i just walked out with the stuff",  # not paying is explained, taking the goods is not
])
def test_a_lawful_reason_does_not_clear_a_different_act(analyser, text):
    _reviewed(analyser, text)


@pytest.mark.parametrize("text", [
    "Didn't pay for the hotel, work booked it, then had a lovely swim",
    "Kids travel free on the trains in August so we didn't pay a penny for the day out",
    "My card declined at the checkout so I left the shopping and went home, mortified",
    "Free bus pass at 60, then a pint with the lads to celebrate 🍺",
])
def test_a_lawful_reason_still_clears_the_act_it_explains(analyser, text):
    _nothing(analyser, text)
