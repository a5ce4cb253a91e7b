"""A confidential matter about someone the reader can find at an address ("there's a warrant out for
Kyle Brennan at 22 Downs Park Rd", "the Davies twins on Sandringham Rd, they're being neglected",
"that family on the 4th floor of Nightingale House have had social services round", "here's Callum's
home address ...: 7 Brook Mews"; stop 33, from set 32's confidential misses): a warrant, neglect, a
social-services visit or a home address handed out, beside a street with a house number or a named
block. Confidential, review only. An address for a party, or a council that neglects a street, is not."""

import pytest


@pytest.mark.parametrize(("text", "rule"), [
    ("there's a warrant out for Lee Marsh from 41 Beacon Hill Lane, ring 101 if you see him", "41 beacon hill lane / theres a warrant out for"),
    ("the Khan kids at 9 Ash Grove are being neglected, out on the street till midnight every night", "9 ash grove / kids at 9 ash grove are being neglected"),
    ("the couple on the 2nd floor of Marlow Court have had social services round again this week", "2nd floor of marlow court / have had social services round"),
    ("here's Nadia's home address for anyone sending flowers: 3 Ivy Close", "3 ivy close / heres nadias home address"),
])
def test_a_status_beside_an_address_is_reviewed(analyser, text, rule):
    # the rule's own evidence (stop 34): the address and the status it found, not only a review
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert f"someone findable + a confidential status: {rule}" in [h.phrase for h in conf.hits], (text, conf)


@pytest.mark.parametrize("text", [
    "here's the address for saturday's party: 12 Elm Grove, bring a bottle!",
    "we're being neglected by the council on Park Road, bins not collected for 3 weeks",
    "if you see a lost ginger cat near 14 Church Lane, he's ours, please message me",
    "new flat on the 3rd floor of Marlow Court, the view is amazing",
])
def test_an_address_in_everyday_life_is_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
