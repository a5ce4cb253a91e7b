"""The people a professional answers for, met outside work or named by role ("bumped into a service user
in sainsburys - Gloria, the one with the hoarding"; "DBS for our new volunteer Pete came back with a
caution for assault"; "my student nurse has dyslexia and failed her OSCE again"; stop 33, from set 32's
confidential misses): a client, patient or service user met by chance, a volunteer's DBS result, a
trainee's health or failed assessment. Confidential, review only. The writer's own training days, a
DBS for their own job, or a welcome to a volunteer are not. (Set 32's DBS and student-nurse posts stay
missed: "should" and "if you" elsewhere in them void the post as advice, text_disclosure._GENERIC.)"""

import pytest


@pytest.mark.parametrize("text", [
    "ran into an old client at Asda - Sharon, the one with the heroin habit - she looks so well!",
    "bumped into a former patient on the bus today, the lady with dementia who used to sing to us",
    "DBS for the new volunteer at our youth club came back flagged, theft from an employer. awkward",
    "my student midwife has dyspraxia and failed her OSCE, not sure she'll make it tbh",
])
def test_someone_the_writer_answers_for_is_reviewed(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)


@pytest.mark.parametrize("text", [
    "bumped into a former pupil's mum in Tesco, she said he's at uni now and loving it!",
    "my student nurse days were the hardest and best of my life",
    "DBS for my new job came back clear, start monday!",
    "our new volunteer Sam is brilliant, welcome to the team!",
])
def test_own_training_and_welcomes_are_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
