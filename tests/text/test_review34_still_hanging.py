"""Review 34: stop 34 set aside "still hanging" before in / on / from / over / out ... (a picture still
hanging in the hall). "From" and "over" and "out" also took the hangover with them: "still hanging from
the works do", "still hanging over from the wedding, never again", "still hanging out of my arse after
last night" were reviewed before and cleared after. The night out after "from", "over from" and "out
of my" stay the writer's drinking; a thing hanging from a hook, a worry hanging over someone and
hanging out with friends stay clear."""

import pytest


def _drink(rep):
    return [h for h in rep.offence.hits if h.category == "alcohol" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "still hanging from the works do, why did i stay till the end",
    "still hanging over from the wedding, never again",
    "still hanging out of my arse after last night",
    "still hanging from friday night tbh",
])
def test_the_hangover_is_reviewed(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is not None and _drink(rep), (text, rep.offence)


@pytest.mark.parametrize("text", [
    "The picture is still hanging in the hall where I put it in 2015",
    "christmas lights still hanging from the ceiling in february, oops",
    "that exam result is still hanging over me",
    "still hanging out with the same girls from school, 20 years on",
    "still hanging on in there after three night shifts",
])
def test_the_other_hangings_stay_clear(analyser, text):
    rep = analyser.analyse(text)
    assert not _drink(rep), (text, rep.offence)
