"""Advice words judge their own clause, not the whole post (stop 34, textconf34).

Before, "should", "must", "always", "never", "if you" or "reminder" anywhere in a post voided the work
voice + detail rule (text_disclosure._GENERIC) and "if you", "call", "report", "should be" voided the
findable-status rule (_STATUS_VOID) for the WHOLE post, so a disclosure with an aside of advice ("…,
if you know them you should keep your kids away", "Jess if you read this keep going") went unflagged.
Now a clause with an advice word and no name, no case detail and no work voice is set aside as general advice, and the
rest of the post is read as before. Real general advice stays clean. Assertions name the rule's own hit
("work voice + detail" / "someone findable + a confidential status"), not only the verdict."""

import pytest


def _rule_hit(analyser, text, prefix):
    conf = analyser.analyse(text).confidential
    assert conf.status in ("review", "fail"), (text, conf)
    assert any(h.phrase.startswith(prefix) for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "Can't believe the Smith family on Elm Road are back on the child protection register, if you know them you should keep your kids away",
    "my student nurse has dyslexia and failed her OSCE again. Jess if you read this keep going",
    "one of my year 10s, Kayden, got arrested again last night. you must never give up on them though",
    "one of my mums relapsed again at the weekend, she's only 24. always trust your gut people",
    "one of my patients, Mr Green, died overnight. reminder to hug your loved ones",
    "a lad i support was stabbed last night, he's only 15. if you're a parent please hug your kids",
    # the advice word in the clause that holds the work voice: that clause is not general advice
    "you should have seen one of my year 9s today, she's pregnant at 14",
    "never a dull day with the patient in bed 4, she's got dementia and keeps escaping",
])
def test_work_disclosure_with_an_aside_of_advice_is_reviewed(analyser, text):
    _rule_hit(analyser, text, "work voice + detail")


@pytest.mark.parametrize("text", [
    "he lives at 14 Oak Road and he's on the sex offenders register, if you have kids round there you should report anything odd",
    "there's a warrant out for the bloke at 22 Downs Park Rd, call the police if he turns up",
])
def test_status_at_an_address_with_an_aside_of_advice_is_reviewed(analyser, text):
    _rule_hit(analyser, text, "someone findable + a confidential status")


@pytest.mark.parametrize("text", [
    "if you're a new social worker you should always check the chronology",
    "top tips for newly qualified social workers: if you are unsure, ask your manager. always read the chronology first",
    "reminder: if a child discloses abuse you must never promise to keep it secret",
    "if you work on a ward you should always listen to the quiet patients, they notice everything",
    "never leave a home visit without telling the office where you are, you should always have a buddy",
    "if you're worried someone is on the sex offenders register near you, you can ask the police, it's called Sarah's law",
    "long shift on the ward today, if you see a nurse buy them a coffee, we should all be kinder",
    "my year 9s were brilliant in assembly today, you should have heard them sing",
])
def test_general_advice_stays_clean(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
