"""Review of realfalse40's loosenings (stop 40, branch review40a; every post below hand-written).

1. Hatred of a group imputed to someone else (text_counter.imputed) is held up to review only while the post does not
   side with it: an endorsement after it ("same", "join the club", "fine by me", "you should"), or an incitement
   ("so why not beat the next one you see") keeps the fail it had before realfalse40; a generic word after it ("they hate
   you too") is not a rejection of the claim (who is hated is unclear), so it does not clear it.
2. A festive greeting is a kind voice for the model's heads only with no order or charge after it ("now go home",
   "now get back to work", "the jews who run the banks"): such posts keep the review the heads gave them before.
"""

import pytest


@pytest.mark.parametrize("text", [
    "you hate muslims too? welcome to the club",
    "you hate women? join the club mate",
    "he can't stand gay people and neither should you",
    "you clearly hate women and that's fine by me",
    "the commenters hate women. about time someone said it",
    "you hate muslims? finally someone with sense",
    "you hate women, oh the horror. so do most men with a brain",
    "you hate women? same",
    "you hate muslims, hell yes brother",
    "you hate gays so why not beat the next one you see",
    "you hate women? then show them what happens when they talk back",
    "you hate immigrants. you should. they hate you",
    "you hate women? women hate you too, and they deserve it",
])
def test_imputed_hatred_endorsed_or_incited_keeps_fail(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


@pytest.mark.parametrize("text", [
    "you clearly hate women, and it's sad to watch",
    "the commenters hate women and the mods do nothing about it",
    "half the commenters on that page clearly hate women, it's depressing",
])
def test_imputed_hatred_described_stays_review(analyser, text):
    assert analyser.analyse(text).offensive.status == "review", text


def test_imputed_hatred_they_could_not_tell_keeps_fail(analyser):
    assert analyser.analyse("they hate women, same here").offensive.status == "fail"


@pytest.mark.parametrize("text", [
    "eid mubarak to all the muslims, now go home",
    "happy hanukkah to the jews who run the banks",
    "happy juneteenth to all the black people, now get back to work",
])
def test_festive_greeting_with_an_order_or_charge_keeps_review(analyser, text):
    assert analyser.analyse(text).offensive.status in ("review", "fail"), text


@pytest.mark.parametrize("text", [
    "eid mubarak to all our muslim colleagues and families, enjoy the feast",
    "happy pride to all the gay and trans people in my life",
])
def test_festive_greeting_kind_stays_clear(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text,undone", [
    ("eid mubarak to all the muslims, now go home", True),
    ("happy hanukkah to the jews who run the banks", True),
    ("happy juneteenth to all the black people, now get back to work", True),
    ("eid mubarak to all our muslim colleagues and families", False),
    ("happy pride to all the gay and trans people in my life", False),
])
def test_festive_undone_words_without_the_model(text, undone):
    # the rule itself, whatever the model's heads score (the model is retrained apart from this code)
    from selfaudit.analysis.text import _FESTIVE, _FESTIVE_UNDONE
    assert _FESTIVE.search(text)
    assert bool(_FESTIVE_UNDONE.search(text)) is undone, text


# -- after the imputed claim, only a sign of distance holds it up (review40a, second step) ----------------------------
# The replies that side with it are open-ended ("which makes two of us", "preach", "fair play to him"): a list of them
# always misses some. The claim is held up when nothing follows it, when the holder's hatred is denied or asked about
# ("she doesn't really ...", "why does he ..."), or when the writer distances themself after it (grim, reported them,
# the mods do nothing, his own son is gay); otherwise it keeps the fail it had before realfalse40.

@pytest.mark.parametrize("text", [
    "you clearly hate women, which makes two of us",
    "the commenters hate muslims, preach",
    "he obviously can't stand immigrants and fair play to him",
])
def test_imputed_hatred_with_an_unlisted_reply_keeps_fail(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", text


@pytest.mark.parametrize("text", [
    "the commenters under that video hate women, honestly grim",
    "you clearly hate women and it's embarrassing to watch",
    "the followers of that page hate muslims, unfollowed the lot",
    "you obviously hate women",
])
def test_imputed_hatred_with_distance_is_review(analyser, text):
    assert analyser.analyse(text).offensive.status == "review", text


def test_imputed_hatred_followed_by_something_unrelated_could_not_tell_keeps_fail(analyser):
    assert analyser.analyse("you clearly hate women, see you at the match saturday").offensive.status == "fail"


def test_imputed_hatred_then_praise_of_unclear_target_is_not_cleared(analyser):
    # "proud" may be the holder's nan's pride in the hatred: not the clear rejection that clears the claim
    assert analyser.analyse("you hate immigrants, your nan would be proud").offensive.status in ("review", "fail")


def test_festive_greeting_then_a_clause_about_the_group_is_undone():
    from selfaudit.analysis.text import _FESTIVE_UNDONE
    assert _FESTIVE_UNDONE.search("happy diwali to the indians, who are taking all our jobs")
    assert _FESTIVE_UNDONE.search("ramadan kareem to the lot of you, now clear off")
    assert not _FESTIVE_UNDONE.search("happy diwali to all the indian families on our street")


# -- a group claim attributed to someone else (text_group.attributed_claim) ------------------------------------------
# Agreement after it is open-ended too ("honestly same", "good man", "couldn't have said it better", "i liked it"):
# the claim is set aside only when the post is that one question ("did he really say ... ?") or the writer distances
# themself (awful, embarrassing, which is rich); otherwise the group readers' review stays.

@pytest.mark.parametrize("text", [
    "did anyone else say refugees are vile? because i'm saying it",
    "my dad says refugees are vile and honestly same",
    "did you say immigrants are vile? good man",
    "my mate posted that refugees are vile, couldn't have said it better",
    "he tweeted that women are vile and i liked it",
    "did he say refugees are all the same? well, are they not",
])
def test_attributed_claim_then_unlisted_agreement_keeps_review(analyser, text):
    assert analyser.analyse(text).offensive.status in ("review", "fail"), text


@pytest.mark.parametrize("text", [
    "did he say refugees are vile? what an awful thing to say",
    "did she really say on telly that women are vile?",
])
def test_attributed_claim_asked_alone_or_distanced_is_not_flagged(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


def test_attributed_claim_then_something_unrelated_could_not_tell_keeps_review(analyser):
    assert analyser.analyse("my dad says refugees are vile. anyway, off to the match").offensive.status in ("review", "fail")
