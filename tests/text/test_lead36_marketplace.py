"""Everyday posts stop 36 found flagged by RULES, each beside the offences worded near them that must still be read.
Marketplace posts the stop-36 marketplace negatives (tools/everyday_negatives36.tsv) found, each beside the drug requests and work-material offers worded near it that must still be read:
"anyone selling a cheap chest of drawers?" counted "selling" twice (as the seller and as the sale);
"selling my mum's sewing machine … dm me for details" read a bare "details" as a work document."""

import pytest


def _status(analyser, text, area):
    return getattr(analyser.analyse(text), area)


@pytest.mark.parametrize("text", [
    "Anyone selling a cheap chest of drawers? Need one for the spare room, can collect this weekend",
    "anyone selling a kids' wetsuit age 7-8? off to Cornwall in the summer",
    "anyone selling a pram? dm me",
    "who's selling their old xbox, need one for my lad's birthday",
])
def test_a_thing_wanted_in_a_marketplace_is_no_drug_deal(analyser, text):
    assert _status(analyser, text, "offence").status is None


@pytest.mark.parametrize("text", [
    "who's selling the good stuff near the marshes? lost my usual guy",
    "anyone selling? need sorting for tonight",
    "anyone selling some decent green? dm me",
    "anyone selling a gram round here",
])
def test_a_dealer_asked_for_is_still_read(analyser, text):
    off = _status(analyser, text, "offence")
    assert off.status == "review" and any(h.category == "drugs" for h in off.hits), off


@pytest.mark.parametrize("text", [
    "selling my mum's sewing machine, works perfectly, she's upgraded. dm me for details",
    "dm me for more details about the car boot",
    "message me if you want the photos from the wedding",
])
def test_a_sellers_details_are_no_work_material(analyser, text):
    assert _status(analyser, text, "confidential").status is None


@pytest.mark.parametrize("text", [
    "dm me for the case details, cant post them here",
    "message me if you need the family details before the conference",
    "Call me on 07700 900461 if you need the notes from the Hackney CP review",
])
def test_work_details_offered_are_still_read(analyser, text):
    assert _status(analyser, text, "confidential").status == "review"


def test_a_sale_in_polish_is_not_read_by_english_rules(analyser):
    # could not tell: another language's post is not-checked for the offence area, with its language named
    rep = analyser.analyse("Sprzedam komodę, stan dobry, odbiór w sobotę, piszcie na priv po szczegóły")
    assert rep.offence.status in (None, "not-checked")
    assert rep.offence.status != "review" and rep.confidential.status != "review"


# review36 left it: "like a drowned rat" is the idiom for soaked, and failed as an insult since before stop 36.
@pytest.mark.parametrize("text", [
    "you look like a drowned rat, get inside love",
    "got caught in the rain, looked like drowned rats by the time we got to school",
])
def test_a_drowned_rat_is_the_idiom_for_soaked(analyser, text):
    assert _status(analyser, text, "offensive").status is None


@pytest.mark.parametrize("text", ["you look like a rat", "you look like a drowned rat you ugly little freak"])
def test_a_rat_said_of_a_person_is_still_an_insult(analyser, text):
    assert _status(analyser, text, "offensive").status == "fail"


# review36 left it: another driver's speed complained of was the writer's possible offence.
@pytest.mark.parametrize("text", [
    "some idiot was doing 60 in a 30 on our road, reported it",
    "people doing 50 in a 20 past the school every morning, need speed bumps",
    "drivers round here are mental, clocked one doing 45 in the 20 zone",
])
def test_another_drivers_speed_is_not_the_writers_offence(analyser, text):
    assert _status(analyser, text, "offence").status is None


@pytest.mark.parametrize("text", [
    "was doing 60 in a 30 on the way home lol",
    "i was doing 60 in a 30, some idiot was doing 70 in a 30 as well",
    "some idiot was doing 60 in a 30 so i did 70 in a 30 to catch him",
    # one mechanism for another driver's speed: the 20-zone form no longer voids a whole post for a word like "people"
    "i was doing 40 in the 20 zone, people need to chill",
])
def test_the_writers_own_speed_is_still_read(analyser, text):
    off = _status(analyser, text, "offence")
    assert off.status == "review" and any(h.category == "driving" for h in off.hits), off
