"""Everyday posts the stop-35 everyday negatives found flagged by rules (textmodel35's probe), each beside the
offences and threats worded near it that must still be read: an exam someone will "smash", a team that
"battered them 4-0", "three points" of a league, a win "nicked" at the death, a police officer asked whether
they had ever arrested a dog."""

import pytest


def _status(analyser, text, area):
    return getattr(analyser.analyse(text), area)


@pytest.mark.parametrize("text", [
    "had a proper laugh with the year 11s today, they're going to smash their mocks",
    "my nephew is going to smash his driving test tomorrow, so proud",
    "the girls are gonna smash their gcses this year",
])
def test_an_exam_smashed_is_no_threat(analyser, text):
    off = _status(analyser, text, "offensive")
    assert off.status != "fail", off
    assert not any(h.category == "threat" and "smash" in h.phrase for h in off.hits), off


@pytest.mark.parametrize("text", [
    "you're going to smash their faces in",
    "im going to smash his face in after his exams",
    "we're going to smash their windows tonight",
])
def test_smashing_a_person_or_a_home_stays_a_threat(analyser, text):
    off = _status(analyser, text, "offensive")
    assert off.status == "fail" and any(h.category == "threat" for h in off.hits), off


@pytest.mark.parametrize("text", [
    "city absolutely battered them 4-0, what a performance",
    "my team are killing me this season, three points, that's all I ask",
    "ref was having a shocker but we still nicked it in the last minute",
    "we nicked a late winner in the 90th minute, scenes",
    "spent the morning at a primary school talking about road safety, the kids asked if I'd ever arrested a dog",
    "25 years in the job and I've arrested someone dressed as a banana exactly once",
])
def test_sport_and_police_work_are_no_offence(analyser, text):
    assert _status(analyser, text, "offence").status is None


@pytest.mark.parametrize("text, category", [
    ("Caught doing 45 in a 30, three points", "driving"),
    ("another three points on my licence, speeding again", "driving"),
    ("we battered him outside the pub", "violence"),
    ("battered them outside the chippy after", "violence"),
    ("nicked it from the shop lol", "antisocial"),
    ("nicked a bottle of wine from tesco", "antisocial"),
    ("got arrested a few times in my twenties", "antisocial"),
    ("i got arrested the other night", "antisocial"),
    ("arrested at the protest, what a night", "antisocial"),
])
def test_the_offences_near_them_are_still_read(analyser, text, category):
    off = _status(analyser, text, "offence")
    assert off.status in ("review", "fail") and any(h.category == category for h in off.hits), off
