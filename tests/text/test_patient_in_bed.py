"""A patient made findable by the ward's own details: a condition or a bed number beside a first name
or a description anyone could recognise ("my patient with the eating disorder in bed 4, Amy"; set
31: "patient in bed 4 on the ward tonight is the guy from that viral fight video") (stop 32).
Confidential, review only. A bed number alone, a ward in general or the writer's own stay is not."""

import pytest


@pytest.mark.parametrize("text", [
    "my patient with the eating disorder in bed 4, Amy, finally ate a full meal today",
    "patient in bed 4 on the ward tonight is the guy from that viral fight video, same neck tattoo and everything",
    "bed 12 tonight is Gary from the chip shop on Mill Lane, pancreatitis again",
    "the lady in bed 7, Doreen, has dementia and kept asking for her husband all night 💔",
])
def test_a_patient_by_bed_and_identity_is_reviewed(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)


@pytest.mark.parametrize("text", [
    "12 hour shift done, every bed on the ward full tonight",
    "I was in bed 4 on ward 9 when I had my appendix out, the nurses were angels",
    "got the kids to bed by 7, wine o'clock",
    "bed 4 finally settled at 3am, quiet night after that",
])
def test_a_bed_alone_or_own_stay_is_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
