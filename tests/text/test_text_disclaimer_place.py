"""Red team 13: "Views my own, not Hackney's" stayed review (one half of the DO): one capitalised
word in the "not X's" slot may be a person ("not Dave's"), so it was never read as an
organisation. A name the policy pack gives for its organisation — a name, alias or abbreviation,
or an area place that is part of one ("Hackney" of "Hackney Council") — is one; any other
single word stays a possible person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("bio", [
    "Views my own, not Hackney's",
    "Views my own, not Hackney’s",
    "Social worker. Opinions are mine, not those of Hackney",
    "Views my own, not LBH's",
    "Views my own, not Homerton's",
    "VIEWS MY OWN, NOT HACKNEY'S",
    "views my own, not hackney's",
])
def test_the_packs_organisation_or_its_place_in_the_not_slot_distances_the_account(analyser, bio):
    d = analyser.analyse(bio, bio=True).disclaimer
    assert d.status == "present" and d.says == ("site", "views"), (bio, d)


@pytest.mark.parametrize("bio", [
    "Views my own, not Dave's",
    "Views my own, not Leeds's",  # a place the pack does not name: not known to be an organisation
    "Views my own, not Dalston's",  # an area place that is no organisation's name
    "Views my own, not my Hackney's",
    "Views my own, not hackneyed",
])
def test_any_other_single_word_stays_one_half(analyser, bio):
    d = analyser.analyse(bio, bio=True).disclaimer
    assert d.status == "partial" and d.says == ("views",), (bio, d)
