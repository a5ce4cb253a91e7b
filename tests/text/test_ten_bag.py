"""A £10 or £20 bag of cannabis by its street name ("picked up a ten bag on the way home. work cant test
my hair can they"; stop 33, from set 32's possible-offence misses): "ten bag", "twenty bag", "score bag"
bought or picked up by the writer. Possible offence (drugs), review only. Ten bags of compost or of
shopping are not."""

import pytest


@pytest.mark.parametrize("text", [
    "got a ten bag for tonight, who's coming round",
    "bought a twenty bag off a lad at the station, absolute rip off",
    "grabbed a score bag on the way home from my shift, sorted",
])
def test_a_ten_bag_is_reviewed(analyser, text):
    ofc = analyser.analyse(text).offence
    assert ofc.status == "review" and "drugs" in ofc.categories, (text, ofc)


@pytest.mark.parametrize("text", [
    "bought a ten bag of compost for the allotment, back is killing me",
    "carried ten bags of shopping up four flights of stairs, my arms",
    "got a twenty bag pack of crisps for the class party",
])
def test_bags_of_other_things_are_not(analyser, text):
    ofc = analyser.analyse(text).offence
    assert ofc.status is None, (text, ofc)
