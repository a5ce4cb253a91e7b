"""A protective warning that promises harm ("if anyone hurts a hair on her head they'll answer to me
and my brothers"; stop 32, from set 31's threat misses): "answer to me" / "deal with me" promised to
whoever hurts someone. Flagged in the offensive area (threat). Answering to a manager, or a promise
of care, is not."""

import pytest


@pytest.mark.parametrize("text", [
    "if anyone hurts a hair on her head they'll answer to me and my brothers",
    "anyone lays a finger on my little sister, you'll answer to me",
    "whoever keyed my car will have to deal with me and the lads",
])
def test_a_promise_to_answer_to_me_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and "threat" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "new job, I answer to the regional manager now, wish me luck",
    "if you have any questions about the rota you'll have to deal with me until Karen is back",
    "the kids answer to me when their dad is away, and they're angels honestly",
])
def test_answering_to_a_manager_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
