"""A colleague named as "X from work" or "the new girl at work", with their health or HR matters
("off sick again, everyone knows it's the drink", "on a capability plan"): policy 3.5, no
confidential information about colleagues. Red team 23 found these passing: the work voice knew
roles ("my manager", "my colleague"), not "from work". The writer's own day at work, or a colleague
named with nothing private, is not flagged; another language is not-checked, never a pass."""

import pytest


def _confidential(analyser, text):
    return analyser.analyse(text).confidential


@pytest.mark.parametrize("text", [
    "Shell from work is off sick again, everyone knows its the drink",
    "new girl at work is on a capability plan already 😬",
    "the lad from work got sacked for stealing from the tills",
    "Priya at work has been signed off with stress, third time this year",
])
def test_a_colleagues_health_or_hr_matters_are_reviewed(analyser, text):
    conf = _confidential(analyser, text)
    assert conf.status in ("review", "fail"), (text, conf)


@pytest.mark.parametrize("text", [
    "off sick from work again myself, this cold is brutal",
    "came home from work and had a nap, bliss",
    "the girls from work are the best, love a night out with them",
    "Dave from work is running the marathon for the hospice, sponsor him!",
    "back at work is always a shock after a week off",
])
def test_the_writers_own_day_or_a_colleague_without_private_detail_is_not(analyser, text):
    conf = _confidential(analyser, text)
    assert conf.status is None, (text, conf)


def test_another_language_is_not_checked(analyser):
    # Polish: "The new girl at work is on sick leave again, everyone knows it's the drink."
    result = analyser.analyse("Nowa dziewczyna z pracy znowu na zwolnieniu, wszyscy wiedzą, że to przez picie")
    assert result.confidential.status in (None, "not-checked")
    assert result.language and "Polish" in str(result.language)


# --- a pupil named by form group (red team 23: "the girl in 9C with the cutting" passed) --------

@pytest.mark.parametrize("text", [
    "the girl in 9C with the cutting, her mum finally rang back",
    "lad in 10b has been self harming again, had to ring home",
    "that boy from 8R is back on the register, no surprise",
])
def test_a_pupil_named_by_form_group_with_private_detail_is_flagged(analyser, text):
    conf = _confidential(analyser, text)
    assert conf.status in ("review", "fail"), (text, conf)


@pytest.mark.parametrize("text", [
    "the kids in 9C smashed their mocks, so proud 🎉",
    "cutting the grass in 30 degrees, never again",
    "the bloke in 4b keeps parking in my space",
])
def test_a_form_group_or_cutting_without_both_is_not(analyser, text):
    conf = _confidential(analyser, text)
    assert conf.status is None, (text, conf)
