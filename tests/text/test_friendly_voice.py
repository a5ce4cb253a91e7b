"""Friendly replies and the offence model (stop 31, branch textfp31). On a real teacher's archive the
model alone put ordinary friendly posts under review — "@user Enjoy your day", sympathy, thanks,
recommending a book, arranging to meet — with scores just over its thresholds (offensive 0.75-0.82 at
0.746; threat 0.73-0.95 at 0.726). The guard tried (text._friendly_voice): a short post that reads
friendly (thanks, congratulations, sympathy, wishes, affection, invitations, recommendations,
errands) and holds nothing hostile the rules know is a kind voice, so the offensive and threat heads
need their surest score to review it alone, as group praise and safety advice already do.

It is OFF (text.FRIENDLY_VOICE_GUARD): on the grouped folds it lost 9 of 2,119 abusive posts for one
false flag, over the bar of 3 (bench/README-text.md, "stop 31 textfp31"). These tests pin what it
does when turned on (for measurement), and that the shipped behaviour is unchanged.

The friendly posts here are written for these tests (none copied from any post or corpus; those of
tools/friendly_negatives.tsv's TEST half are not used here)."""

import pytest

from selfaudit.analysis import text as text_analysis
from selfaudit.analysis.text import TextAnalyser, _friendly_voice
from selfaudit.analysis.text_read import normalise
from selfaudit.config import Config

FRIENDLY = [
    "@user Enjoy your day",
    "@amy_k enjoy your holiday, don't check your emails once!",
    "@tom_r sorry you didn't get the job, something better will come along",
    "@jo_p I'll send you the worksheet tonight",
    "@neil_b you'll love this, it's got your name all over it 😂",
    "@kim_s hope u feel betta soon xx",
    "@pat_t oh that's a shame you can't come, next time",
    "@sal_m see you at yours Saturday, I'll bring the wine",
]

ATTACKS = [
    "thanks for nothing, you useless cow",
    "hope you enjoy your last day alive",
    "@user enjoy your day, it'll be your last",
    "@user congrats on the new job, shame you'll be dead by christmas",
    "@user happy birthday! hope it's your last",
    "@user get well soon, or don't, nobody would miss you",
    "@user enjoy it while it lasts",
    "@user have a lovely holiday, your house will be nice and empty",
]


def words(text: str) -> str:
    return normalise(text)[1]


@pytest.fixture
def guard_on(monkeypatch):
    monkeypatch.setattr(text_analysis, "FRIENDLY_VOICE_GUARD", True)
    return TextAnalyser(Config())  # a fresh analyser: no verdict remembered from the guard's off state


def test_the_guard_is_off_and_the_model_review_stands(analyser):
    assert text_analysis.FRIENDLY_VOICE_GUARD is False
    assert not _friendly_voice(words("@user Enjoy your day"))
    off = analyser.analyse("@user Enjoy your day").offensive
    assert off.status == "review" and all("score" in h.phrase for h in off.hits), off


@pytest.mark.parametrize("text", FRIENDLY)
def test_with_the_guard_a_friendly_post_is_not_reviewed_by_the_model_alone(guard_on, text):
    assert _friendly_voice(words(text)), text
    off = guard_on.analyse(text).offensive
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", ATTACKS)
def test_with_the_guard_an_attack_in_a_friendly_frame_still_is_flagged(guard_on, text):
    assert not _friendly_voice(words(text)), text
    off = guard_on.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


def test_with_the_guard_a_rules_fail_in_a_friendly_frame_still_fails(guard_on):
    off = guard_on.analyse("thanks for nothing, you useless cow").offensive
    assert off.status == "fail", off


def test_with_the_guard_could_not_tell_a_friendly_post_the_model_is_sure_of_stays_review(guard_on):
    # "I'll keep an eye on your house while you're away" is kind, and it is what a veiled threat
    # says: the model is sure of it (offensive 0.98, threat 0.94), over even a kind voice's
    # threshold. The guard only raises the bar; a person still looks.
    text = "@harry_d I'll keep an eye on your house while you're away, enjoy the holiday"
    assert _friendly_voice(words(text))
    off = guard_on.analyse(text).offensive
    assert off.status == "review" and all("score" in h.phrase for h in off.hits), off


def test_with_the_guard_a_long_post_is_not_read_as_friendly(guard_on):
    # A friendly opener does not vouch for a rant after it.
    text = "thanks for the reply " + "and another thing about your behaviour at the meeting " * 5
    assert not _friendly_voice(words(text))
