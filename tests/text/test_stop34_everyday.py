"""Everyday posts a teacher, nurse or social worker would write about their own day that sit near stop 34's
new rules (a blow people "deserve", turning up at a door with something, a comparison, "never trust",
red lights, "had to"): none may become a review in any area."""

import pytest


@pytest.mark.parametrize("text", [
    "people who do the night shift on the ward deserve a proper medal and a bacon roll",
    "turned up at her house with a casserole and a card after the funeral",
    "showed up at his door with a birthday cake and the whole team singing",
    "went round my nans flat with a hammer to fix the loose skirting board",
    "ive met toddlers with more patience than me on a monday morning",
    "the only thing colder than this staffroom is the coffee in it",
    "never trust a forecast that says sunny all week in july",
    "sat at three red lights in a row on the way to the school, still made registration",
    "had to lamp proof the garden lights before the storm, the solar ones blew over",
    "some parents deserve a proper thank you for all the help at sports day",
    "some kids need a proper breakfast before maths, the toast club is a lifesaver",
    "had to punch holes in 200 worksheets for the folders, send help",
    "people who bring cake to the night shift deserve a pay rise",
    "my son ran two red traffic lights in his lego city and the lego police got him",
    "our dog needs a good brushing, he is moulting everywhere",
])
def test_everyday_posts_stay_clean(analyser, text):
    rep = analyser.analyse(text)
    flagged = {area: v.status for area, v in (("offensive", rep.offensive), ("offence", rep.offence), ("confidential", rep.confidential)) if v.status}
    assert not flagged, (text, flagged, rep.offensive.hits, rep.offence.hits)


@pytest.mark.parametrize("text", [
    "had to punch holes in 200 worksheets for the folders, send help",
    "had to punch in my hours on the new rota app, it logged me out twice",
    "had to punch the dough down twice before it rose properly",
    "i always forget the punchline, my year 6s think im hilarious anyway",
])
def test_a_punch_that_is_no_blow_is_clean(analyser, text):
    """(stop 34) the single word "punch" was a low review on its own; a hole punch, a code, dough or a
    punchline is no blow."""
    rep = analyser.analyse(text)
    assert rep.offence.status is None, (text, rep.offence)


@pytest.mark.parametrize("text", [
    "punched him in the face outside the chippy, he had it coming",
    "i punched a hole in the wall when i found out, not proud",
])
def test_a_punch_that_is_a_blow_still_counts(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is not None and "violence" in rep.offence.categories, (text, rep.offence)
