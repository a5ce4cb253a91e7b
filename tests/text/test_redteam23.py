"""Red team 23: confidential information.

* A safeguarding meeting, panel or plan held *for* a particular child ("the conference for the
  baby", "PEP for one of my yr 9s", "EHCP for one of my yr 2s") talks about a real case even
  when none of PRACTICE's fixed phrases is there; a parent's own child's plan or a meeting for a
  sector or workforce is not.
* LADO (allegations against people who work with children) is practice language on its own, not
  only as "LADO referral/meeting"; LADO training is not.
* A number the post asks people to ring (a recruitment or service line) is contact detail, not
  what identifies a case: practice language with it is looked at, not failed. A family's number
  given with practice language still fails.
* "section 20 of the terms and conditions" is a clause number, not a s20 case.
"""

import pytest


def _conf(analyser, text):
    return analyser.analyse(text).confidential


@pytest.mark.parametrize("text", [
    "went to the conference for the baby and mum screamed at the chair the whole time",
    "EHCP for one of my yr 2s finally came thru, only took 18 months lol",
    "ehcp annual review for my yr 6 boy, school refusing to name a placement",
    "PEP for one of my year 9s today, school couldnt even find his file",
    "matching panel for the little one went well, adoption next 🥹",
    "LADO called about a teacher at my school, cant believe who it is",
    "had to ring the lado this morning about a colleague, gutted",
])
def test_a_meeting_or_plan_for_a_particular_child_is_looked_at(analyser, text):
    v = _conf(analyser, text)
    assert v.status in ("review", "fail"), (text, v)
    assert "practice" in v.categories, (text, v)


@pytest.mark.parametrize("text", [
    "my son's EHCP finally came through after 2 years of fighting 😭",
    "annual review for my little boy at school tomorrow, wish me luck",
    "the conference for the children and families workforce was brilliant",
    "conference for the children's sector next week, who's going?",
    "went to the adoption panel as a panel member today, lovely to hear good news stories",
    "LADO training today, really useful session",
    "panel for the kids talent show was hilarious",
])
def test_own_child_sector_and_training_are_not_a_case(analyser, text):
    v = _conf(analyser, text)
    assert "practice" not in v.categories, (text, v)


def test_a_meeting_for_a_child_with_a_name_still_fails(analyser):
    v = _conf(analyser, "conference for the baby today, mum Kayleigh didnt turn up")
    assert v.status == "fail", v
