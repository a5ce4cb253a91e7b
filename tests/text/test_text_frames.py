"""Frames (text_frames): a veiled threat (target + harm + menace) and work material handed over
or exposed. Positive, negative and could-not-tell cases, written fresh (not copied from a
benchmark set)."""

import pytest

from selfaudit.analysis.text_frames import threat_frame, work_transfer
from selfaudit.analysis.text_read import normalise


def words(t: str) -> str:
    return normalise(t)[1]


VEILED = [
    "I know what time the school nurse finishes and which bus she gets",  # two strong menaces
    "Funny how that housing officer walks the same route every night. Be a shame",
    "Keep posting about my family and see what comes through your letterbox",
    "Those teachers who excluded my lad had better not use the car park after dark",
    "One way or another that councillor is leaving this town in a box",
    "Your boy looks lovely in his new uniform. Would be a shame if he got lost on the way home",
    "Think you'll be so mouthy with your jaw wired shut? Bet you won't",
    "Reckon that PCSO forgot what happened to the last copper who stopped me",  # a veiled phrase
    "Your neighbour better sleep with the lights on",
    "The GP who sectioned my brother will find out the hard way",  # a grievance and a consequence
    "That magistrate knows exactly what's coming to him",
    "I've got a long memory and a short fuse, remember that, landlord",
    "Hope that social worker has decent home insurance",
    "Pretty sure the councillor's son walks home from school on his own. Brave",
]

NOT_THREATS = [
    "Next time you're in A&E, thank the nurses, they've been on shift since 7",
    "Got your address now, the wedding invite is in the post!",
    "Be a shame if the rain ruins the barbecue tomorrow, fingers crossed",
    "My nan's in hospital again, next time you visit bring grapes",
    "If the judge gives him custody I'll be relieved honestly, he's a great dad",
    "Walked home alone tonight for the first time since the op, felt good",
    "Waiting outside school for the kids, the rain is biblical",
    "Burns night tonight, haggis at the ready",
    "I'll be waiting outside the cinema at 7, don't be late",
    "Count your days off carefully, HR is strict about leave",
    "Your little girl looks so grown up in her uniform, hope she loves her first day",
]


@pytest.mark.parametrize("text", VEILED)
def test_threat_frame_finds_veiled_threats(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status == "review", (text, r.offensive)
    assert any(h.category == "threat" for h in r.offensive.hits)
    assert r.offensive.severity == "high"


# Everyday advice, remembrance and family news a reviewer found flagged (2026-11-29): a soft harm
# (A&E, a grave, kids on their own) with one marker of advice or time is not a threat.
NOT_THREATS = [*NOT_THREATS,
    "Don't forget to book your smear test ladies, it could save you a trip to hospital later.",
    "If I were you I'd get your flu jab now, the hospital is rammed every winter.",
    "Rest in peace Grandad. Never forget you. Your grave will always have flowers.",
    "Our little girl broke her wrist at trampolining, 5 hours in A&E tonight. She's a brave one.",
    "Reminder to all parents: the kids walk to school on their own from Year 6, so practise the route.",
]


# The offence model retrained with MLMA (2026-11-30) scores this one kind post just over its
# general head's threshold (offensive 0.75, threat 0.09): a review by the model, never a threat
# and never a fail. Kept visible here rather than dropped from the list.
# Stop 30: the model trained also on sets 27-29 scores "Be a shame if…" just over the same head's
# threshold (offensive 0.77 at 0.746; threat 0.54, under its own): the price of +27 / -3 abusive
# posts on the grouped folds (bench/README-text.md, "stop 30 textdata30"). A review, never a threat.
KNOWN_MODEL_REVIEWS = frozenset({"If the judge gives him custody I'll be relieved honestly, he's a great dad",
                                 "Be a shame if the rain ruins the barbecue tomorrow, fingers crossed"})


@pytest.mark.parametrize("text", NOT_THREATS)
def test_threat_frame_leaves_everyday_posts(analyser, text):
    assert not threat_frame(words(text)), text
    verdict = analyser.analyse(text).offensive
    if text in KNOWN_MODEL_REVIEWS:
        assert verdict.status in (None, "review") and "threat" not in verdict.categories, (text, verdict)
    else:
        assert verdict.status is None, (text, verdict)


def test_threat_frame_leaves_encouragement():
    # (The older loose list still sends this one to review; the frame adds nothing.)
    assert threat_frame(words("Keep it up and you'll be running a marathon by summer!")) == []


def test_threat_frame_never_fails_on_its_own(analyser):
    # The frame beside swearing: the threat is named, the post is review, not fail.
    r = analyser.analyse("Swear down if that bloody landlord knocks again he's going down the stairs head first")
    assert r.offensive.status == "review"
    assert any(h.category == "threat" and h.phrase.startswith("threat frame") for h in r.offensive.hits)


def test_threat_frame_could_not_tell_in_a_reporting_voice():
    # Reported speech with a single menace: the frame cannot tell a report from a threat, so
    # it says nothing (the model and the lists still look); two strong markers still count.
    text = "A client told me 'next time you'll end up in hospital' and we reported it"
    assert threat_frame(words(text), context=True) == []
    assert threat_frame(words("I know where the nurse lives and what time she finishes, she'll end up in hospital"), context=True)


def test_threat_frame_not_applied_to_other_languages(analyser):
    r = analyser.analyse("Biết nhà mày ở đâu rồi, tối nay chờ đấy, đừng trách tao không báo trước")
    assert r.offensive.status is None
    assert any(a == "offensive" for a, _ in r.not_analysed)  # said, not passed


OFFERED = [
    "Got the core group minutes here if anyone on the team wants them, drop me a message",
    "Left the case file in my personal email so I can finish it at home",
    "Photo of the chronology I'm writing up, what a week",
    "Can forward you the body map from this afternoon, just ask",
    "Reading the referral on the bus home, so much for switching off",
    "Saved the MARAC notes onto a memory stick to finish at home",
    "Selling my old work phone, might still have a few case files on it",
]
NOT_OFFERED = [
    "Great webinar on writing chronologies, link below for anyone who missed it",
    "Sent the referral off to the MASH this morning, all done properly",
    "Minutes of the residents' association meeting are on the noticeboard",
    "Our team finally moved all case files to the new secure system, great work everyone",
    "If anyone needs a template for a chronology, the council intranet has one",
]


@pytest.mark.parametrize("text", OFFERED)
def test_work_transfer_finds_documents_handed_over(analyser, text):
    r = analyser.analyse(text)
    assert r.confidential.status == "review", (text, r.confidential)
    assert any(h.category == "work_material" for h in r.confidential.hits)


NOT_OFFERED = [*NOT_OFFERED,
    "We're recruiting experienced social workers, DM me and I'll send the assessment framework we use.",
    "Interviewing next week for a senior practitioner post: ring me and I'll send the person spec.",
]


@pytest.mark.parametrize("text", NOT_OFFERED)
def test_work_transfer_leaves_training_and_proper_channels(text):
    assert work_transfer(words(text)) == [], text


def test_work_transfer_could_not_tell_in_other_languages(analyser):
    r = analyser.analyse("Mando-te as atas da reunião de proteção da criança por email, liga-me")
    assert not any(h.category == "work_material" for h in r.confidential.hits)
    assert any(a == "confidential" and "work_material" in cats for a, cats in r.not_analysed)


def test_uk_mobile_shaped_number_is_a_phone(analyser):
    r = analyser.analyse("Text me on 07700 900123 if you want the spare tickets")
    assert any(h.category == "phone" for h in r.confidential.hits)
    assert not any(h.category == "phone" for h in analyser.analyse("Order number 0770012 arrived today").confidential.hits)
