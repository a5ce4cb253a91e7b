"""Violence wished on someone by a third hand: "someone needs to give that landlord a good
hiding", "wouldn't mind if somebody gave him a kicking", "hope someone gives her a slap" (stop 30:
set 29's "wouldnt mind if someone gave that MP a good kicking"; the lists read "he needs a slap"
and "someone should burn…", not a beating handed over by someone else). Review only. A medal, a
rug or a car given a beating is not a threat."""

import pytest


@pytest.mark.parametrize("text", [
    "someone needs to give that landlord a good hiding, I'm sick of him",
    "honestly wouldn't mind if somebody gave the ref a proper kicking after that",
    "hope someone gives her a slap at the school gates tomorrow",
    "one of you lot should give @dazza_77 a battering, he's asking for it",
])
def test_a_beating_wished_by_a_third_hand_is_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "someone should give that lollipop lady a medal, out in all weathers",
    "somebody gave the rug a good beating in the garden, dust everywhere",
    "hope someone gives her a lift home from the station, it's dark",
    "somebody gave the old bike a good service and it rides like new",
])
def test_a_kindness_or_a_chore_is_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
