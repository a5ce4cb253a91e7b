"""False flags on posts that talk about a group without attacking it (stop 40, branch realfalse40; shapes measured on
half A of EDOS dev / HateXplain val, every post below hand-written):

1. Hatred of a group said of someone else ("you / he / the commenters (clearly) hate women", "how much you hate
   women", "she doesn't really hate immigrants") is the writer accusing or describing another person, not the writer's
   own hatred: the strict "hate <group>" claim is held up (text_counter.held_up), so review at most, and cleared only by
   text_counter's clear rejection after it ("people who hate immigrants are racists"). The writer's own hatred, a group
   as the one hating ("muslims hate women"), an endorsement ("good, so do I") and the ambiguous "they" keep the fail.
2. A group claim the post attributes to someone else in its own sentence ("did he really say that refugees are vile?",
   "them accusing women of being a hivemind who are all the same") is read by the group readers as reported words
   (text_group.attributed_claim): the loose group attack / generalisation is not raised from it. The same claim asserted,
   or attributed and then agreed with, keeps its review; a slur or a dehumanising word stays flagged.
"""

import pytest


def _rule(v, category):
    """The hits of ``category`` a rule raised (not the offence model's heads)."""
    return [h for h in v.hits if h.category == category and "model score" not in h.phrase]


# -- 1. hatred of a group imputed to someone else --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "half the commenters on that page clearly hate women, it's depressing",
    "this reply alone shows how much you hate women",
    "she doesn't really hate immigrants, she's just saying what her voters want to hear",
    "the bloke who runs that account obviously can't stand gay people",
    "why does he hate immigrants so much? my grandad came here in 1962",
])
def test_hatred_imputed_to_someone_else_is_review_never_fail(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status != "fail", (text, v)
    assert v.status == "review", (text, v)


@pytest.mark.parametrize("text", [
    "people who hate immigrants are racists and I'm done pretending otherwise",
    "anyone who can't stand gay people is a bigot",
])
def test_hatred_imputed_and_rejected_is_cleared_by_text_counter(analyser, text):
    v = analyser.analyse(text).offensive
    assert not _rule(v, "discriminatory"), (text, v)
    assert v.status != "fail", (text, v)


@pytest.mark.parametrize("text", [
    "i hate women, they ruin everything",
    "honestly we just hate immigrants round here",
    "you hate immigrants? good, so do i",
    "he can't stand gay people and neither can I",
    "muslims hate women",
    "users here hate jews and they're right to",
    "you clearly hate women, you bitter faggot",  # a slur beside it: fails on the slur
])
def test_own_hatred_group_holder_or_endorsed_keeps_fail(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


def test_could_not_tell_who_they_are_keeps_fail(analyser):
    # "they" may be a group ("... they hate women" after naming one): not read as a person, the claim stands
    assert analyser.analyse("they hate women").offensive.status == "fail"


def test_imputed_hatred_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("połowa komentujących na tej stronie wyraźnie nienawidzi kobiet, to przygnębiające")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)


# -- 2. a group claim attributed to someone else in its sentence ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "did he really say on the radio that refugees are vile?",
    "did she say that women are vile or was that someone else?",
    "they keep accusing women of being a hivemind who are all the same, which is rich",
    "did you hear him claim that immigrants are all the same? embarrassing",
])
def test_group_claim_attributed_to_someone_else_is_not_flagged(analyser, text):
    v = analyser.analyse(text).offensive
    assert not _rule(v, "discriminatory"), (text, v)


@pytest.mark.parametrize("text", [
    "refugees are vile",
    "women are all the same",
    "he said refugees are vile and he's right",
    "did he say refugees are vile? because they are",
    "I'm accusing women of being a hivemind who are all the same",  # the writer's own accusation
    "my mate claims refugees are vile and he's not wrong",
])
def test_group_claim_asserted_or_agreed_with_keeps_review(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail"), (text, v)
    assert _rule(v, "discriminatory"), (text, v)


@pytest.mark.parametrize("text", [
    "did he really say on the radio that refugees are vermin?",  # dehumanising, said close: stays flagged
    "did she say that the pakis are vile?",  # a slur: stays flagged whoever said it
])
def test_attributed_dehumanising_or_slur_stays_flagged(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail"), (text, v)


def test_attributed_claim_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("czy on naprawdę powiedział w radiu, że uchodźcy są podli?")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)


# -- 3. a festive greeting to a group is a kind voice for the model's heads ------------------------------------------
# (half A: "ramadan kareem to ... all muslims around the world" reviewed by the identity head at 0.89; the kind voice
# asks the heads for their surest score, as praise of a group already does; rules read the post as before)

@pytest.mark.parametrize("text", [
    "ramadan kareem to all my muslim friends and to muslims everywhere",
    "happy pride to all the gay and trans people in my life",
])
def test_festive_greeting_to_a_group_is_not_reviewed_by_the_model_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text", [
    "ramadan kareem to all muslims, now go back where you came from",  # a rule's claim: fails as before
    "eid mubarak to the muslims, enjoy it while you can",  # a sting after it undoes the kind voice
])
def test_festive_greeting_with_abuse_keeps_its_flag(analyser, text):
    assert analyser.analyse(text).offensive.status in ("review", "fail"), text


def test_festive_greeting_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Ramadan Mubarak dla wszystkich moich przyjaciół muzułmanów i sąsiadów, spokojnego postu")
    assert r.offensive.status is None, r.offensive
    assert any(a == "offensive" for a, _ in r.not_analysed)
