"""A teacher's or lecturer's own student with a detail ("my student Kayla B disclosed something huge
today ... she's only 13"; stop 32, from set 31's confidential miss): "students" in the generic list
(a course, a placement, students in general) voided the post, though "my student" is one child.
Confidential, review only. Students in general, training and the writer's own studies are not."""

import pytest


@pytest.mark.parametrize("text", [
    "my student Kayla B disclosed something huge today and i can't stop thinking about it. she's only 13",
    "one of my students told me her dad hits her mum, she's only 14 😢",
])
def test_my_student_with_a_detail_is_reviewed(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)


@pytest.mark.parametrize("text", [
    "students, remember the safeguarding training is on Thursday",
    "as a student nurse I learnt so much on this placement",
    "so proud of my students, 100% pass rate this year!",
])
def test_students_in_general_are_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
