"""A teacher's pupil by year group, singular ("Shanice (my year 11 with the eating disorder)", "Kyle,
my year 9 pupil with ADHD"): the work voice knew "my year 9s" and "one of my year 10s", not one pupil
(stop 31, from set 30's confidential miss). With a name or another identifying detail: confidential,
review only. A year group in general, or the writer's own child by school year, is not."""

import pytest


@pytest.mark.parametrize("text", [
    "Kyle, my year 9 pupil with ADHD, finally had a good day today 🥹",
    "so proud of Aaliyah (my year 11 with the anxiety) for sitting her mock today",
])
def test_one_pupil_by_year_group_is_reviewed(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)


@pytest.mark.parametrize("text", [
    "my year 11 mocks start tomorrow, wish me luck marking 200 papers",
    "my year 6 son has his SATs next week, fingers crossed",
    "my year 9s were brilliant today, so proud of them",
])
def test_a_year_group_or_own_child_is_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
