"""The people a professional answers for, met outside work or named by role ("bumped into a service user
in sainsburys - Gloria, the one with the hoarding"; "DBS for our new volunteer Pete came back with a
caution for assault"; "my student nurse has dyslexia and failed her OSCE again"; stop 33, from set 32's
confidential misses): a client, patient or service user met by chance, a volunteer's DBS result, a
trainee's health or failed assessment. Confidential, review only. The writer's own training days, a
DBS for their own job, or a welcome to a volunteer are not. (Set 32's DBS and student-nurse posts were
missed while "should" and "if you" elsewhere in a post voided it as advice; since stop 34 an advice word
sets aside only its own clause: tests/text/test_advice_in_its_own_clause.py.)"""

import pytest


@pytest.mark.parametrize(("text", "rule"), [
    ("ran into an old client at Asda - Sharon, the one with the heroin habit - she looks so well!", "ran into an old client / heroin"),
    ("bumped into a former patient on the bus today, the lady with dementia who used to sing to us", "bumped into a former patient / dementia"),
    ("DBS for the new volunteer at our youth club came back flagged, theft from an employer. awkward", "dbs for the new volunteer / came back flagged"),
    ("my student midwife has dyspraxia and failed her OSCE, not sure she'll make it tbh", "my student midwife has /"),
])
def test_someone_the_writer_answers_for_is_reviewed(analyser, text, rule):
    # the rule's own evidence (stop 34): the voice and detail in the work-voice hit, not only a review
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert any(h.phrase.startswith("work voice + detail") and rule in h.phrase for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "bumped into a former pupil's mum in Tesco, she said he's at uni now and loving it!",
    "my student nurse days were the hardest and best of my life",
    "DBS for my new job came back clear, start monday!",
    "our new volunteer Sam is brilliant, welcome to the team!",
])
def test_own_training_and_welcomes_are_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
