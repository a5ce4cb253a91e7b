"""False FAILS on counter-speech and everyday frames (branch textfail39): a strict discriminatory claim the post holds up
to reject it, with no quoting voice, is review at most (cleared only by text_counter's clear rejection); a strict threat
form inside an everyday frame with no word of harm or menace is review, never a fail and never nothing. Each with what
must keep its fail (the claim asserted or endorsed by a rhetorical question, a slur, a real threat with a warm word
around it) and what cannot be told (another language: not checked)."""

import pytest


def _rule(v, category):
    """The hits of ``category`` a rule raised (not the offence model's heads)."""
    return [h for h in v.hits if h.category == category and "model score" not in h.phrase]


# -- a strict discriminatory claim held up to be rejected ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "anyone who says disabled people are a burden should spend a day with my brother",
    "people who say immigrants are criminals should come and meet the porters on our ward",
    "why do people still think women can't drive? my nan drove buses for 30 years",
    "if you think black people are lazy, come and do one shift with my aunty",
    "women can't drive? tell that to my mate who races karts every sunday",
])
def test_claim_held_up_to_reject_it_is_review_not_fail(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "review", (text, v)


@pytest.mark.parametrize("text", [
    "why do people still believe muslims are terrorists? it's a lie and it hurts people",
    "anyone who says gay people are a danger to children is peddling a vile myth",
])
def test_claim_held_up_and_clearly_rejected_is_cleared_by_text_counter(analyser, text):
    v = analyser.analyse(text).offensive
    assert not _rule(v, "discriminatory"), (text, v)
    assert v.status != "fail", (text, v)


@pytest.mark.parametrize("text", [
    "immigrants are criminals, send the lot back",
    "who else thinks women can't drive? another one just reversed into me",
    "why does nobody admit muslims are terrorists? look at the news",
    "anyone who says immigrants are criminals is right, look around you",
    "women can't drive? correct, they really can't",
    "anyone who says disabled people are a burden should meet my paki neighbour",  # a slur stays
    "anyone who says disabled people are a burden should meet my brother, you stupid cunt",  # abuse added: the claim stays
])
def test_claim_asserted_or_endorsed_keeps_its_fail(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "fail", (text, v)


@pytest.mark.parametrize("text", [
    # could not tell: held up, but nothing says which way — a person looks (never a pass, never a fail)
    "people who say travellers are thieves, well",
    "muslims are terrorists? hmm",
])
def test_claim_held_up_could_not_tell_is_review(analyser, text):
    assert analyser.analyse(text).offensive.status == "review", text


def test_claim_held_up_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Ci, którzy mówią, że imigranci to przestępcy, powinni poznać pielęgniarki z mojego oddziału")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)


# -- a strict threat form inside an everyday frame -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "we'll be waiting for you with a warm cuppa when you check in",
    "we'll be waiting for you at the finish line with bananas and medals",
    "watch your back in the chess club tournament",
    "I know where you live... because I'm bringing you soup",
    "i'll get you back for that prank, just you wait, love you sis",
])
def test_strict_threat_in_everyday_frame_is_review_never_fail_nor_nothing(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status == "review", (text, v)
    assert any(h.category == "threat" for h in v.hits), (text, v)


@pytest.mark.parametrize("text", [
    "we'll be waiting for you with a warm cuppa and a knife",
    "I know where you live... and I know when you're alone",
    "watch your back in the chess club, you grass",
    "I know where you live. nice card on the door. don't make me come round",
    "watch your back at the tournament, we'll be waiting for you in the car park",  # two threat forms
    "we know where you live, lovely flowers in the garden, shame if something happened to them",
])
def test_real_threat_with_a_warm_word_keeps_its_fail(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


@pytest.mark.parametrize("text", [
    # could not tell: a frame word and a bare threat in other sentences — kept (fail): the frame is not the threat's
    "you're dead, mate. see you at the quiz",
])
def test_strict_threat_frame_in_another_sentence_keeps_fail(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


def test_strict_threat_in_everyday_frame_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Wiem, gdzie mieszkasz... bo przynoszę ci zupę i kwiaty na urodziny, do zobaczenia w sobotę")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)
