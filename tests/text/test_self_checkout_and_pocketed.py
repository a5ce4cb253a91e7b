"""Shoplifting told as a knack (stop 30: four of sets 27-29's antisocial misses, three writers): at
the self-checkout the writer stops scanning or walks out when it beeps ("i just don't scan the
grapes anymore", "machine kept beeping so I walked out with the lot"), or pockets a thing *at* or
*in* a shop ("pocketed a mascara in Superdrug"; only "from" was read). Review only. Paying, a
machine that will not scan, and going back to pay are not flagged."""

import pytest


@pytest.mark.parametrize("text", [
    "self checkout never weighs right so i just don't scan the grapes anymore 🍇",
    "machine at the self checkout kept beeping so I walked out with the lot, their problem",
    "pocketed a mascara in Superdrug, nobody batted an eyelid 💄",
    "nabbed a couple of chocolate bars at Tesco while the guard was chatting",
])
def test_shop_theft_as_a_knack_is_reviewed(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "self checkout wouldn't scan the grapes so I got the assistant to help",
    "paid at the self checkout and walked out with the lot, bags for life and all",
    "self checkout beeped so I walked out, went back and paid when the queue died down",
    "pocketed my receipt in Boots and then lost it anyway",
])
def test_paying_or_a_stubborn_machine_is_not(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)
