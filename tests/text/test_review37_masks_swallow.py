"""The stop-37 harmless-shape masks blank every word they span (review37): a mask that spans free words
must not blank a slur, an obscenity, a group or an insult in its gap, nor the only evidence of a threat
that follows it ("I'll thank him the next time I see him by breaking his legs"). Each case here was
flagged by the code before the masks (8dab3d0) and passed or was softened by them."""

import pytest


@pytest.mark.parametrize("text", [
    "tell that cunt the next time I see him",
    "tell that paki the next time i see him",
    "I'll tell him what's coming the next time I see him",
    "next time i see him ill tell him with my fists",
    "next time i see him ill remind him what a beating feels like",
    "next time i see you ill thank you with a knife",
    "I'll thank him the next time I see him by breaking his legs",
    "next time i see him ill ask him to step outside and then batter him",
    "I'll find you interesting once I've hunted you down",
    "ill find you funny when youre bleeding",
    "we'll find them useful when we bury them",
    "I'll find her. Interesting that she thinks she can hide",
    "before they're finished they'll be begging for mercy",
    "until youre finished you're not safe",
    "tell him that again next time i see him and hes getting glassed",
    "ask him the next time i see him, the little paedo",
    "i'll find them interesting when they're tied to a chair",
    "the sheep are fine but those pakis they are infested with lice",
    "my cat hates them, theyre dirty muslims and theyre infested with parasites",
])
def test_a_mask_no_longer_swallows_the_evidence(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status == "fail", (text, rep.offensive)


@pytest.mark.parametrize("text", [
    "the cats next door belong to the gypsies, they're infested with fleas and so are they",
    "our cows are healthy unlike those scroungers they are crawling with lice",
    "hens and foreigners, they're all infested with lice",
])
def test_a_group_in_the_animal_gap_stays_flagged(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status in ("review", "fail"), (text, rep.offensive)


@pytest.mark.parametrize("text", [
    "I'll ask him the next time I see him",
    "If she doesn't answer, tell me and I'll ask her the next time I see her",
    "Next time I see you I'll return the book, promise",
    "I know I'll find them interesting",
    "I'll step back until they're finished, can't keep up on my phone",
    "the sheep wont stop growing wool until they are infested with parasites and die",
    "our dogs came back from the farm and they were riddled with worms",
])
def test_the_everyday_shapes_still_do_not_fail(analyser, text):
    # (a threat phrase in a threat shape asks for a review: test_a_masked_threat_phrase_still_asks_for_a_look)
    rep = analyser.analyse(text)
    assert rep.offensive.status != "fail", (text, rep.offensive)


def test_could_not_tell_a_harm_word_far_after_the_promise_unmasks(analyser):
    # a harm word close after the promise: we cannot tell a promise from a threat, so the mask stands back (flagged)
    rep = analyser.analyse("I'll ask him the next time I see him, he'll be dead meat")
    assert rep.offensive.status in ("review", "fail"), rep.offensive
    # a long tail cannot be vouched for word by word: the mask stands back and the base verdict holds
    rep = analyser.analyse("I'll ask him the next time I see him and then we will see what he says when he is on his own with me")
    assert rep.offensive.status in ("review", "fail"), rep.offensive


# A threat told without a word of harm after the everyday shape ("... with interest", "... six feet under") cannot be
# vouched for by a word list (review37's third round: 8 of 20 fresh threats passed). So a threat phrase the shape
# masks is not dropped: it asks for a person's look (review), never a silent pass; only a fail is taken away.
@pytest.mark.parametrize("text", [
    "next time i see him ill ask him why hes still breathing",
    "next time i see you ill remind you, with interest",
    "say hello to him next time i see him, from the end of a shotgun",
    "i'll find them interesting enough to follow home",
    "once youre finished at the pub ill be waiting in the car park",
    "after shes finished her shift shes going in the canal",
    "by the time theyre finished with court theyll be six feet under",
    "until theyre finished i cant touch them, after that all bets are off",
])
def test_a_masked_threat_phrase_still_asks_for_a_look(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status in ("review", "fail"), (text, rep.offensive)


@pytest.mark.parametrize("text", [
    "I'll ask him the next time I see him",
    "I'll step back until they're finished, can't keep up on my phone",
    "I know I'll find them interesting",
])
def test_the_everyday_shape_is_at_most_a_review(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status != "fail", (text, rep.offensive)


def test_could_not_tell_a_shape_with_no_threat_phrase_stays_clear(analyser):
    # the shape alone, where the base read no threat either: nothing to look at
    rep = analyser.analyse("once theyre done with the builders we'll move in")
    assert rep.offensive.status is None, rep.offensive
