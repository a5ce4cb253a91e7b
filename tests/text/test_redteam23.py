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
    "cp review for the baby, dad turned up late and kicked off",
    "had a child protection conference for a new baby today, mum is 15",
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
    "conference for the kids at school went really well, they loved the author visit",
    "there's a conference on the family courts next month, anyone going?",
    "going to a conference about the child poverty gap",
])
def test_own_child_sector_and_training_are_not_a_case(analyser, text):
    v = _conf(analyser, text)
    assert "practice" not in v.categories, (text, v)


def test_a_meeting_for_a_child_with_a_name_still_fails(analyser):
    v = _conf(analyser, "conference for the baby today, mum Kayleigh didnt turn up")
    assert v.status == "fail", v


@pytest.mark.parametrize("text", [
    "foster carers needed in Hackney, ring 020 7946 0958",
    "we're looking for foster carers! call us on 020 7946 0958 for a chat",
    "supervised contact volunteers wanted, text 07700 900555",
    "foster carer here, my number is 07700 900111 if anyone wants a chat about it",
    "Fostering info evening tonight! Email fostering@example.org",
])
def test_a_line_people_are_asked_to_ring_does_not_identify_a_case(analyser, text):
    v = _conf(analyser, text)
    assert v.status == "review", (text, v)
    assert {"phone", "email"} & set(v.categories), (text, v)


@pytest.mark.parametrize("text", [
    "mum on my caseload wants a cleaner, her number is 07700 900123",
    "foster carer for the twins is on 07700 900456 if you need her",
    "home visit today, mum gave me her new number 07700 900789",
    "cp plan for the twins, ring mum on 07700 900321 if ur covering",
])
def test_someone_elses_number_with_practice_language_still_fails(analyser, text):
    v = _conf(analyser, text)
    assert v.status == "fail", (text, v)


@pytest.mark.parametrize("text", [
    "section 20 of the terms and conditions is a joke",
    "s47 of the Children Act 1989 is worth reading in full",
])
def test_a_clause_number_is_not_a_section_case(analyser, text):
    assert "practice" not in _conf(analyser, text).categories, text


@pytest.mark.parametrize("text", [
    "section 20 for the baby today, mum agreed in the end",
    "s47 visit this morning, dad wouldnt let us in",
])
def test_a_section_case_is_still_practice(analyser, text):
    assert "practice" in _conf(analyser, text).categories, text
