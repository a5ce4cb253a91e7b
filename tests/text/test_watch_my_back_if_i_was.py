"""Menace as advice to a third person ("id watch my back if i was karen from the PTA. people remember
things"; stop 33, from set 32's threat misses): "I'd watch my back / be looking over my shoulder / sleep
with one eye open if I was <someone>". Offensive (threat), review only. The same words about ice,
steps or lifting are not."""

import pytest


@pytest.mark.parametrize("text", [
    "i'd be looking over my shoulder if i was the new manager at the leisure centre. just saying",
    "if i was Gary i'd watch my back. people talk",
    "i'd sleep with one eye open if i were her after what she posted about my sister",
])
def test_watch_my_back_if_i_was_someone_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and "threat" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "i'd watch my back if i was you on those icy steps this morning",
    "i'd watch my back if i was you, that chair is wobbly",
    "with this new mattress i'd sleep all day if i was allowed",
])
def test_advice_about_ice_and_lifting_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
