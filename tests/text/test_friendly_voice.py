"""Friendly replies and the offence model (stop 31, branch textfp31). On a real teacher's archive the
model alone put ordinary friendly posts under review — "@user Enjoy your day", sympathy, thanks,
recommending a book, arranging to meet — with scores just over its thresholds (offensive 0.75-0.82 at
0.746; threat 0.73-0.95 at 0.726). A short post that reads friendly (thanks, congratulations,
sympathy, wishes, affection, invitations, recommendations, errands) and holds nothing hostile the
rules know is a kind voice: the offensive and threat heads need their surest score to review it
alone, as group praise and safety advice already do. The rules are untouched, and a friendly frame
around menace or an insult is not a kind voice.

The friendly posts here are written for these tests (none copied from any post or corpus; those of
tools/friendly_negatives.tsv's TEST half are not used here)."""

import pytest

from selfaudit.analysis import text_model
from selfaudit.analysis.text import _friendly_voice
from selfaudit.analysis.text_read import normalise


def words(text: str) -> str:
    return normalise(text)[1]


@pytest.mark.parametrize("text", [
    "@user Enjoy your day",
    "@amy_k enjoy your holiday, don't check your emails once!",
    "@tom_r sorry you didn't get the job, something better will come along",
    "@jo_p I'll send you the worksheet tonight",
    "@neil_b you'll love this, it's got your name all over it 😂",
    "@kim_s hope u feel betta soon xx",
    "@pat_t oh that's a shame you can't come, next time",
    "@sal_m see you at yours Saturday, I'll bring the wine",
])
def test_a_friendly_post_is_not_reviewed_by_the_model_alone(analyser, text):
    assert _friendly_voice(words(text)), text
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)


@pytest.mark.parametrize("text", [
    "thanks for nothing, you useless cow",
    "hope you enjoy your last day alive",
    "@user enjoy your day, it'll be your last",
    "@user congrats on the new job, shame you'll be dead by christmas",
    "@user happy birthday! hope it's your last",
    "@user get well soon, or don't, nobody would miss you",
    "@user enjoy it while it lasts",
    "@user have a lovely holiday, your house will be nice and empty",
])
def test_an_attack_in_a_friendly_frame_still_is_flagged(analyser, text):
    assert not _friendly_voice(words(text)), text
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


def test_a_rules_fail_in_a_friendly_frame_still_fails(analyser):
    off = analyser.analyse("thanks for nothing, you useless cow").offensive
    assert off.status == "fail", off


def test_could_not_tell_a_friendly_post_the_model_is_sure_of_stays_review(analyser):
    # "I'll keep an eye on your house while you're away" is kind, and it is what a veiled threat
    # says: the threat head is sure of it (0.99), over even a kind voice's threshold. The guard only
    # raises the bar; a person still looks.
    text = "@harry_d I'll keep an eye on your house while you're away, enjoy the holiday"
    assert _friendly_voice(words(text))
    model, _ = text_model.load()
    assert model is not None
    off = (analyser.analyse(text)).offensive
    assert off.status == "review" and all("score" in h.phrase for h in off.hits), off


def test_a_long_post_is_not_read_as_friendly():
    # A friendly opener does not vouch for a rant after it.
    text = "thanks for the reply " + "and another thing about your behaviour at the meeting " * 5
    assert not _friendly_voice(words(text))
