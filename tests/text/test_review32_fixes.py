"""Two false flags a review of stop 32's rules found (tests first): a teacher's whole class as
"my students" (the stop's "my student" rule matched the plural), and a first aider's "if anyone
gets hurt on the trip they deal with me" (the reckoning threat took the passive)."""

import pytest


@pytest.mark.parametrize("text", [
    "so proud of my students on the trip to York today",
    "my students were brilliant at the museum in Leeds",
    "so many of my students struggle with anxiety before exams",
    "half my students are off sick with this bug",
])
def test_my_students_are_a_class_not_one_pupil(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)


def test_one_student_with_a_detail_is_still_reviewed(analyser):
    text = "my student Kayla B disclosed something huge today and i can't stop thinking about it. she's only 13"
    assert analyser.analyse(text).confidential.status == "review"


def test_someone_getting_hurt_is_no_threat(analyser):
    text = "Reminder for the residential: if anyone gets hurt on the trip they deal with me, I'm the first aider this year"
    off = analyser.analyse(text).offensive
    assert off.status is None, off


def test_harm_promised_a_reckoning_is_still_a_threat(analyser):
    off = analyser.analyse("if anyone hurts a hair on her head they'll answer to me").offensive
    assert off.status in ("review", "fail"), off
