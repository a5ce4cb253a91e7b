"""A teacher's own class on a trip ("my year 9s were brilliant on the trip to York today") is no
identifiable child (stop 32, seen in passing: it was reviewed as confidential, a year group + a
place). A place is where the class went, not a detail of one pupil; a named pupil or a pupil's
condition beside the year group still is confidential."""

import pytest


@pytest.mark.parametrize("text", [
    "my year 9s were brilliant on the trip to York today",
    "took my year 10s to London for the museum trip, exhausted but so worth it",
    "my year 7s behaved beautifully at the theatre in Leeds 🥹",
])
def test_own_class_on_a_trip_is_not_confidential(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)


@pytest.mark.parametrize("text", [
    "Kyle, my year 9 pupil with ADHD, finally had a good day today 🥹",
    "one of my year 10s, Jade, told me her stepdad hits her mum",
])
def test_one_pupil_still_is(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
