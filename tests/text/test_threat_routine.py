"""Knowing someone's home or routine said as menace, two forms many writers use (stop 32, from set
31's threat misses): the subject dropped, as texts drop it ("know where you live Kerry. think on"),
and the stop, time or way someone gets off, finishes or walks home ("the bloke who shoved my mum on
the bus, we know what stop you get off at"). Flagged in the offensive area (threat). Asking the way,
a lift offered or a dinner ready are not."""

import pytest


@pytest.mark.parametrize("text", [
    "know where you live Kerry. think on before you post about me again x",
    "know where u live mate, think on",
    "the bloke who shoved my mum on the bus, we know what stop you get off at",
    "to the lad who keyed my car: we know what time you finish and which way you walk home",
])
def test_knowing_home_or_routine_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and "threat" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "do you know where you live in relation to the new station? asking for the map",
    "let me know what stop you get off at and I'll meet you with the umbrella ☔",
    "we know what time you finish so dinner will be ready at 7 x",
    "dont know where you live now but would love to send you a christmas card",
])
def test_a_question_an_errand_or_a_card_is_no_threat_rule(analyser, text):
    # (the model's own score may still ask for a look; no rule reads these as menace)
    off = analyser.analyse(text).offensive
    assert off.status != "fail" and not any("frame" in h.phrase or "know" in h.phrase for h in off.hits), (text, off)
