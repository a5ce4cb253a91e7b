"""The text_scorn structures: a group insinuated (discriminatory), scorn for a person (insult),
driving with drink, drugs, a phone or no right to drive (offence). Positive, negative and
could-not-tell cases, written fresh for these tests (not copied from a benchmark set or corpus)."""

import pytest

from selfaudit.analysis.text_own_acts import driving_with
from selfaudit.analysis.text_scorn import group_insinuation, scorn_insult

INSINUATED = [
    "Albanian car washes everywhere now. we all know what they're really for",  # insinuation
    "a Bulgarian family moved in at number 9. said goodbye to the garden gnomes, just saying",  # deniability
    "this town was lovely before the Kurdish lads arrived",  # takeover
    "he only got the captaincy because he's gay and they wanted the headlines",  # tokenism
    "Nigerian landlords are the reason nobody can afford a flat round here",  # blame
    "saw two Roma women at the cash machine so I crossed the road. sorry not sorry",  # avoidance
    "the Eritrean lads at the hostel get free housing and phones, and we pay for it",  # entitlement
    "why do they let them drive buses, the Somali drivers on the 55 can't find a single stop",  # presence
]
NOT_INSINUATED = [
    "As a Somali mum I've heard 'we all know what they're like' too many times",  # member's voice
    "Funny how my Polish neighbours are the first to shovel everyone's snow. Legends",  # praise
    "Workshop on bias: 'just saying' after a remark about Jewish landlords is still a stereotype",  # training
    "the Turkish bakery on Mill Rd does the best simit, we all know it",  # no group predicate pair
    "our council took over the leisure centre from the trust last year",  # no group
]
SCORNED = [
    "the estate agent who showed us round is a greasy incompetent chancer and a total muppet",
    "@ryan_b what a spineless weasel, blocking everyone who disagrees",
    "Tom from the quiz team: smug, gormless and loud. never change (please change)",
    "you look like a candle that melted in a sauna mate",
    "our new manager, absolute melt, cried in the team meeting",
    "Jade's been with every lad in the sixth form, no wonder she's got a reputation",
]
NOT_SCORNED = [
    "I'm such a useless idiot, locked myself out again",  # about oneself
    "my son got called a stupid loser at school and I've spoken to his teacher",  # reporting
    "the new barista is a total pro, flat white perfection",  # praise
    "the printer is slow, useless and jammed again",  # a thing
    "you look like a film star in that suit, proud of you",  # kind
    "our puppy looks like a burst cushion that fell in a puddle, he's thrilled",  # a pet
]
DRIVING = [
    "two glasses of red at lunch then drove to the garden centre, fine",
    "texting you while driving so excuse the typos",
    "no MOT since April but the fiesta is still driving fine",
]
NOT_DRIVING = [
    "never text while driving, it's not worth it",  # advice
    "the bloke in front was texting while driving, nearly hit me",  # someone else
    "got a taxi home after the pub, car's still in town",  # no one at the wheel
    "driving to Cornwall tomorrow, snacks sorted",  # driving alone is everyday
]


def _only_review_from_the_structure(verdict, name):
    if all(h.phrase.startswith(name) for h in verdict.hits):
        assert verdict.status == "review", verdict


@pytest.mark.parametrize("text", INSINUATED)
def test_group_insinuated_found_and_only_review(analyser, text):
    assert group_insinuation(text), text
    r = analyser.analyse(text)
    assert "discriminatory" in r.offensive.categories, (text, r.offensive)
    _only_review_from_the_structure(r.offensive, "group insinuated")


@pytest.mark.parametrize("text", NOT_INSINUATED)
def test_group_insinuated_needs_both_parts_and_no_member_praise_or_training_voice(text):
    assert not group_insinuation(text), text


@pytest.mark.parametrize("text", SCORNED)
def test_scorn_found_and_only_review(analyser, text):
    assert scorn_insult(text), text
    r = analyser.analyse(text)
    assert r.offensive.status is not None, (text, r.offensive)
    _only_review_from_the_structure(r.offensive, "scorn")


@pytest.mark.parametrize("text", NOT_SCORNED)
def test_scorn_not_for_oneself_reporting_praise_or_things(text):
    assert not scorn_insult(text), text


@pytest.mark.parametrize("text", DRIVING)
def test_driving_with_found_and_only_review(analyser, text):
    assert driving_with(text), text
    r = analyser.analyse(text)
    assert r.offence.status == "review", (text, r.offence)


@pytest.mark.parametrize("text", NOT_DRIVING)
def test_driving_with_needs_the_writer_at_the_wheel_and_an_impairment(text):
    assert not driving_with(text), text


def test_could_not_tell_other_language_is_not_checked_not_passed(analyser):
    # A group insinuated in Polish: the English structures do not read it, and the post says so
    # (offensive not-checked with its language named), never a pass.
    r = analyser.analyse("Wszyscy wiemy, co naprawdę robią ci Rumuni w myjniach samochodowych. Tak tylko mówię.")
    assert r.offensive.status is None
    assert any(area == "offensive" for area, _ in r.not_analysed), r.not_analysed
    assert r.language.code != "en"


MUST_NOT_FAIL = [
    "As a Black woman in engineering I've been called a diversity hire to my face. I'm still here",
    "Proud trans nurse, ten years on the ward this week",
    "Reminder for staff: a parent saying 'you all know what they're like' about a family is a safeguarding concern",
    "If you cross the road when you see Muslim lads, that's on you. Challenge it",
    "My nan calls me a lazy lump every Sunday and I love her for it",
]


@pytest.mark.parametrize("text", MUST_NOT_FAIL)
def test_identity_professional_and_counter_speech_never_fail(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status != "fail", (text, r.offensive)
    assert not any(h.phrase.startswith(("group insinuated", "scorn")) for h in r.offensive.hits), r.offensive
