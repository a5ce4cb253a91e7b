"""'Carried out of' somewhere: a threat when promised ("she'll be carried out of it"), a night out when told after the
fact ("you had to be carried out of the pub mate", a friend's comment under the writer's post). Stop 38: the demo
persona's comment and a set-24 drink post failed as threats."""

import pytest


@pytest.mark.parametrize("text", [
    "If she turns up at the meeting again she'll be carried out of it",
    "she'll be carried out of there",
    "you'll be carried out of the Dolphin if you come in again",
    "set foot in here again and you'll get carried out of the place",
])
def test_promised_is_a_threat(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "fail", (text, v)
    assert any(h.category == "threat" for h in v.hits), (text, v)


@pytest.mark.parametrize("text", [
    "Legend 😂 you had to be carried out of the Dolphin mate",
    "you had to be carried out of the club mate",
    "was carried out of the wedding 😂",
    "6 jagerbombs in and being carried out of the pub by bouncers. classic friday 🤪",
])
def test_told_after_the_night_is_drink_not_a_threat(analyser, text):
    r = analyser.analyse(text)
    assert not any(h.category == "threat" for h in r.offensive.hits), (text, r.offensive)
    assert r.offensive.status != "fail", (text, r.offensive)
    assert r.offence.status == "review", (text, r.offence)
    assert any(h.category == "alcohol" for h in r.offence.hits), (text, r.offence)


@pytest.mark.parametrize("text", [
    "firefighters carried him out of the burning building, what heroes",
    "the nurses had to be carried out of the ward on a stretcher in the flood drill",
])
def test_no_night_out_no_flag(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status != "fail", (text, r.offensive)
    assert not any(h.category == "alcohol" for h in r.offence.hits), (text, r.offence)


def test_other_language_stays_not_checked(analyser):
    r = analyser.analyse("Ostatnio musieli cię wynieść z pubu, legenda 😂")
    assert r.language.code != "en"
    assert r.offensive.status != "fail"
    assert any(area == "offensive" for area, _ in r.not_analysed), r.not_analysed


# review38b: the lookbehinds that read "being / been carried out of" as a night told after the fact also let through
# the promise "you'll end up being carried out of there" and "you'll have been carried out of there" (failed at 7fa99d9).
@pytest.mark.parametrize("text", [
    "you'll end up being carried out of there if you show your face again",
    "he'll end up being carried out of the ground if he keeps mouthing off",
    "by the time im done with him he'll be being carried out of there",
    "one more word and by ten o'clock you'll have been carried out of the place",
])
def test_promised_being_carried_out_is_a_threat(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "fail", (text, v)
    assert any(h.category == "threat" for h in v.hits), (text, v)


@pytest.mark.parametrize("text", [
    "ended up being carried out of the pub after 10 pints",
    "youve been carried out of every pub in town 😂",
])
def test_told_being_carried_out_stays_not_a_threat(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)
    assert not any(h.category == "threat" for h in v.hits), (text, v)
