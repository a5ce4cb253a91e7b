"""Confidential forms read from set 34's misses and false flag, and stop 34's left items (stop 35, textrules35).
Each form has the set's post, my own varied wordings and everyday near-misses that must stay clean. Positives
assert the rule's own hit (work voice + detail, or someone findable + a status), so they fail with the rule
removed even where the model would review the post."""

import pytest


def _hit(analyser, text, start):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert any(h.phrase.startswith(start) for h in conf.hits), (text, conf)
    return conf


def _clean(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)


VOICE = "work voice + detail"
STATUS = "someone findable + a confidential status"


# 1. A colleague known by the writer's workplace with an HR or health matter (set 34: "a teacher at my school
#    (not naming but she teaches year 5 art) is suspended pending investigation").
@pytest.mark.parametrize("text", [
    "a teacher at my school (not naming but she teaches year 5 art) is suspended pending investigation. drama",
    "one nurse on our ward has been signed off with stress for the third time this year",
    "a copper at my station got a final warning today for what he posted, whole team knows",
])
def test_a_colleague_by_workplace_with_a_matter(analyser, text):
    _hit(analyser, text, VOICE)


@pytest.mark.parametrize("text", [
    "a teacher at my son's school was suspended, parents got a letter",
    "a nurse at my hospital was so kind to my mum today",
    "a teacher at my school is running the london marathon for the hospice",
])
def test_a_workplace_without_a_matter_or_not_the_writers(analyser, text):
    _clean(analyser, text)


# 2. "colleague's having an affair" (the apostrophe gone, "colleagues having"): a colleague's private life.
@pytest.mark.parametrize("text", [
    "colleague's having an affair with her team manager, worst kept secret in the office 🙊",
    "my colleague's going through a divorce and keeps crying in the loos",
    "colleague's been signed off with depression again",
])
def test_a_colleagues_private_life(analyser, text):
    _hit(analyser, text, VOICE)


@pytest.mark.parametrize("text", [
    "colleague's having a leaving do on friday, who's in",
    "colleagues having a bake off for children in need, i made brownies",
])
def test_a_colleagues_plans(analyser, text):
    _clean(analyser, text)


# 3. A pupil by the writer's tutor group, with an injury (set 34: "kid in my year 8 tutor group, Callum B, came in
#    with bruises again today").
@pytest.mark.parametrize("text", [
    "kid in my year 8 tutor group, Callum B, came in with bruises again today. reported it but nothing ever happens",
    "girl in my year 10 form group turned up with bruises on her arms again",
])
def test_a_pupil_by_tutor_group_with_bruises(analyser, text):
    _hit(analyser, text, VOICE)


def test_the_whole_tutor_group_is_not_one_pupil(analyser):
    _clean(analyser, "kids in my year 8 tutor group smashed the sponsored walk, so proud")


# 4. "one of ours" with the young person harmed or charged (set 34: "the lad stabbed near the overground was one
#    of ours at the YOT. Tyrese was 15").
@pytest.mark.parametrize("text", [
    "the lad stabbed near the overground was one of ours at the YOT. Tyrese was 15",
    "the girl arrested at the protest yesterday is one of mine from the pupil referral unit",
    "that boy who got shot in the park last week was one of ours",
])
def test_one_of_ours_harmed_or_charged(analyser, text):
    _hit(analyser, text, VOICE)


def test_one_of_ours_in_sport_is_not(analyser):
    _clean(analyser, "the lad who scored the winner last night was one of ours, academy graduate")


# 5. A DBS hit told of someone (set 34: "guess who came back with a DBS hit 👀 Marcus the new youth club volunteer").
@pytest.mark.parametrize("text", [
    "guess who came back with a DBS hit 👀 Marcus the new youth club volunteer, used to work at the leisure centre",
    "new coach Darren came back with a dbs flag, you know who you are",
])
def test_a_dbs_hit_told(analyser, text):
    _hit(analyser, text, VOICE)


@pytest.mark.parametrize("text", [
    "my DBS came back clear, start monday!",
    "waiting for my dbs to come back so i can start volunteering",
])
def test_the_writers_own_dbs(analyser, text):
    _clean(analyser, text)


# 6. Police called to the same home again and again (set 34: "shout out to the family at 14 Millfield Rd, 6 police
#    callouts this month").
@pytest.mark.parametrize("text", [
    "shout out to the family at 14 Millfield Rd, 6 police callouts this month. keep it down",
    "the couple at number 9 have had three police visits this week alone",
])
def test_police_callouts_at_an_address(analyser, text):
    _hit(analyser, text, STATUS)


def test_police_callouts_in_the_news_are_not(analyser):
    _clean(analyser, "police callouts to the estate up 20% this year says the council")


# 7. A family or child put back on the register, said bare (stop 34 left: "back on the register").
@pytest.mark.parametrize("text", [
    "The Smith family are back on the register",
    "cant believe the kids at number 12 are back on the register already",
    "heard the Okafor twins have been put back on the register, third time",
])
def test_back_on_the_register(analyser, text):
    _hit(analyser, text, STATUS)


@pytest.mark.parametrize("text", [
    "im back on the electoral register finally",
    "the Jones family are back on the register at the dentist",
    "my daughter is back on the register at nursery after the summer",
])
def test_other_registers(analyser, text):
    _clean(analyser, text)


# 8. Police-rank initials: a disclosure when written as a rank or beside police talk, football otherwise
#    (stop 34 left: "di canio was sacked").
@pytest.mark.parametrize("text", [
    "DI Canio was sacked",
    "DS Patel's disciplinary is next week",
    "ds patels disciplinary is next week, the whole station is talking",
    "ds patel was suspended, whole nick knows",
    "pc roberts has disciplinary next week",
])
def test_a_rank_and_a_matter(analyser, text):
    _hit(analyser, text, VOICE)


@pytest.mark.parametrize("text", [
    "di canio was sacked by west ham",
    "Di Canio was sacked after 6 months, what a character",
    "Di Maria has been sacked? no way",
])
def test_surnames_that_start_like_a_rank(analyser, text):
    _clean(analyser, text)


# 9. Someone giving at the writer's service is not someone seen using it (stop 34 left: "guess who came in with a
#    donation").
@pytest.mark.parametrize("text", [
    "volunteer at the food bank and guess who came in with a donation",
    "shift at the food bank today and guess who turned up dropping off 20 bags of shopping, the local mp",
])
def test_a_donor_is_not_a_service_user(analyser, text):
    _clean(analyser, text)


def test_someone_coming_for_help_is_still_read(analyser):
    _hit(analyser, "volunteer at the food bank and guess who came in today needing a parcel 👀", VOICE)


# 10. The writer's own condition is their identity, not a detail (set 34's identity post: "autistic and a teacher -
#     my brain works differently and my class loves it").
@pytest.mark.parametrize("text", [
    "autistic and a teacher - my brain works differently and my class loves it",
    "adhd and a nurse, night shifts on the ward are chaos but i love it",
    "as a teacher with adhd i get my class more than most, we move a lot",
])
def test_the_writers_own_condition(analyser, text):
    _clean(analyser, text)


@pytest.mark.parametrize("text", [
    "pregnant at 14, one of my year 9s. her mum has no idea",
    "A girl in my tutor group told me today she's pregnant at 14. Her mum doesn't know. I'm literally shaking",
    "im worried one of my year 10s is pregnant, shes 15",
    "one of my pupils has adhd and was excluded today, Jayden deserves better",
])
def test_a_pupils_condition_is_still_read(analyser, text):
    _hit(analyser, text, VOICE)


# Everyday posts of a teacher's, nurse's or officer's day near these rules (found while writing them; the first
# three were reviewed on the session-start code too, by the same work voice + detail rule): none flagged.
@pytest.mark.parametrize("text", [
    "a nurse at my hospital ran the marathon in under 4 hours, legend",
    "the kids in my class are back on the register after the half term trip",
    "guess who came in with cake for the night shift, our lovely matron",
    "volunteer at the food bank and guess who came in to help sort tins, my old head of year",
    "a teacher at my school retired today after 40 years, so much cake",
    "colleague's back from maternity leave monday, cant wait to see the baby",
    "back on the register at the gp after moving, finally",
    "ds9 was the best star trek series fight me",
    "dc comics films peaked with the dark knight",
    "pc world is shutting down, the end of an era",
])
def test_everyday_near_the_stop35_rules(analyser, text):
    _clean(analyser, text)
