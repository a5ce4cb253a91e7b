"""Ways of handing over or telling work material read from sets 32 and 33's confidential misses (stop 34,
textconf34). Each form has the set's post, my own varied wordings and an everyday near-miss that must
stay clean. Positives assert the rule's own hit (the work-material frame, or the work voice + detail
rule), so they fail if the rule is removed even when the model would review the post."""

import pytest


def _work_material(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert "work_material" in conf.categories, (text, conf)


def _work_voice(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert any(h.phrase.startswith("work voice + detail") for h in conf.hits), (text, conf)


def _clean(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)


# 1. A staff rota or duty list shared (set 33: "here's a screenshot of our team's rota + who's on duty
#    for emergency out of hours this weekend").
@pytest.mark.parametrize("text", [
    "here's a screenshot of our team's rota + who's on duty for emergency out of hours this weekend [screenshot]",
    "anyone want the ward rota for christmas? dm me and i'll send it",
    "took a photo of the on call rota so you lot know who to avoid this weekend",
])
def test_a_staff_rota_shared_is_work_material(analyser, text):
    _work_material(analyser, text)


@pytest.mark.parametrize("text", [
    "new work rota's out and I'm off christmas day for the first time in 6 years!!",
    "photo of the kids' chore rota on the fridge, it's actually working",
    "i'll send you the link to the team rota app, it's so much better than excel",
])
def test_own_rota_news_is_not(analyser, text):
    _clean(analyser, text)


# 2. An internal report attached or sent before it is published (set 32: "attaching the safeguarding
#    audit report before it goes to the board, pretty damning tbh").
@pytest.mark.parametrize("text", [
    "attaching the safeguarding audit report before it goes to the board, pretty damning tbh",
    "can send anyone the internal investigation report if you want a laugh, dm me",
    "got the incident report from friday saved on my phone, it's worse than they're saying",
])
def test_an_internal_report_handed_over_is_work_material(analyser, text):
    _work_material(analyser, text)


@pytest.mark.parametrize("text", [
    "attaching my year 4 school report from 1996, 'talks too much' lol",
    "the council's annual report is out, the link is in my bio",
])
def test_own_and_public_reports_are_not(analyser, text):
    _clean(analyser, text)


# 3. A client's or patient's details given to someone in their private life (set 32: "Debbie from front
#    desk gave a client's new address to her ex-partner. absolute shambles").
@pytest.mark.parametrize("text", [
    "Debbie from front desk gave a client's new address to her ex-partner. absolute shambles",
    "someone on reception passed a patient's phone number to her ex husband. unbelievable",
    "a colleague leaked a tenant's new address to his family, now she's had to move again",
])
def test_a_clients_details_given_to_their_ex_is_reviewed(analyser, text):
    _work_voice(analyser, text)


@pytest.mark.parametrize("text", [
    "passed the patient's details to the GP and the district nurses, all sorted before home time",
    "gave our new address to the postman and he still delivers to the old one",
])
def test_a_handover_or_own_address_is_not(analyser, text):
    _clean(analyser, text)


# 4. A police colleague by rank and surname with an HR or health matter (set 33: "pc roberts has
#    disciplinary next week over the stop and search thing").
@pytest.mark.parametrize("text", [
    'whatsapp to team group then forwarded on: "pc roberts has disciplinary next week over the stop and search thing"',
    "sgt khan is on a final warning after the custody thing, keep it quiet",
    "heard dc patel has been suspended pending the investigation",
])
def test_a_police_colleague_by_rank_with_hr_matter_is_reviewed(analyser, text):
    _work_voice(analyser, text)


@pytest.mark.parametrize("text", [
    "pc roberts was so kind when my car got broken into, a credit to the force",
    "my pc is dying again, the fan sounds like a jet engine",
])
def test_a_kind_officer_or_a_computer_is_not(analyser, text):
    _clean(analyser, text)


# 5. Someone seen using the service the writer works or volunteers at (set 33: "volunteer at the food
#    bank and guess who came in today. the woman who used to run the parent council").
@pytest.mark.parametrize("text", [
    "volunteer at the food bank and guess who came in today. the woman who used to run the parent council. how the mighty fall",
    "working at the sexual health clinic and guess who walked in. my old maths teacher",
    "shift at the jobcentre today, guess who's signing on now. the lad who bullied me at school",
])
def test_someone_seen_at_the_writers_service_is_reviewed(analyser, text):
    _work_voice(analyser, text)


@pytest.mark.parametrize("text", [
    "volunteer at the food bank today, so many kind people dropping off tins, faith in humanity restored",
    "long shift at the clinic, home for a bath and bed",
    "working at the food bank tonight, guess who forgot his keys again. me",
])
def test_a_day_at_the_service_is_not(analyser, text):
    _clean(analyser, text)


# 6. A DBS result told possessive first (my wording of set 32's form: "our new volunteer's DBS came back
#    flagged with a caution, not sure we should keep him"); the writer's own DBS is not.
@pytest.mark.parametrize("text", [
    "our new volunteer's DBS came back flagged with a caution, not sure we should keep him",
    "the new starter's DBS check came back with a conviction for theft. awkward first day",
    "one of our coaches' DBS came back flagged, the club is in bits",
])
def test_a_dbs_result_told_possessive_first_is_reviewed(analyser, text):
    _work_voice(analyser, text)


@pytest.mark.parametrize("text", [
    "my DBS came back clear, start at the nursery on monday!",
    "our new volunteer's DBS came back so we can finally start the youth club again",
])
def test_own_or_plain_dbs_news_is_not(analyser, text):
    _clean(analyser, text)
