"""Threat phrases that failed real people's innocent posts in the real export samples (stop 37,
realtext37; the post shapes paraphrased, not quoted): a promise to ask someone something "the next
time I see him", links the writer expects to "find interesting", and stepping back "until they're
finished". Each is masked only in that everyday shape; the same words as a threat still fail."""

import pytest


def _threat(rep):
    # the rules' threat hits; the offence model's own threat score may still ask for a review (the model is not changed here)
    return [h for h in rep.offensive.hits if h.category == "threat" and not h.phrase.startswith("threat model score")]


@pytest.mark.parametrize("text", [
    "next time i see him hes getting it",
    "wait till i see you, you're finished",
    "i know where they drink. ill find them",
    "ill find them and they'll regret it",
    "you're finished mate, watch",
    "next time i see him i'll ask him outside and batter him",
    "I'll give him a kicking next time I see him",
    "you'll pay for that next time I see you",
    "next time i see him ill give him a slap",
    "wait till you're finished with him, then he's dead",
])
def test_the_threat_still_fails(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status == "fail" and _threat(rep), (text, rep.offensive)


@pytest.mark.parametrize("text", [
    "If she doesn't answer, tell me and I'll ask her the next time I see her",
    "i'll mention it to him next time i see him, he might know",
    "Next time I see you I'll return the book, promise",
    "Thanks for the reading list, I know I'll find them interesting",
    "ill find them really useful for my year 9 lessons",
    "I'll wait until they're finished before I start on the garden",
    "we can go once you're done with the dishes",
    "I'll step back until they're finished, can't keep up on my phone",
])
def test_the_everyday_shape_is_not_a_threat(analyser, text):
    rep = analyser.analyse(text)
    # review37: the threat phrase in the shape is kept for a person's look (review), never a fail
    assert all(rep.offensive.status == "review" for _ in _threat(rep)), (text, rep.offensive)
    assert rep.offensive.status != "fail", (text, rep.offensive)


def test_could_not_tell_keeps_the_other_threat(analyser):
    # the everyday shape and a threat in one post: the mask takes only its own words
    rep = analyser.analyse("tell him the next time i see him ill kill him")
    assert rep.offensive.status == "fail" and _threat(rep), rep.offensive
    # an ambiguous bare "you're finished" (a threat or the end of a job) stays flagged: never a silent pass
    rep = analyser.analyse("you're finished")
    assert rep.offensive.status in ("review", "fail"), rep.offensive
    # the writer's own "when I'm done with you" is a threat frame, not the time: not masked, still flagged
    rep = analyser.analyse("your mums wont recognise you when im done")
    assert rep.offensive.status in ("review", "fail") and _threat(rep), rep.offensive
