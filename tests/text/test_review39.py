"""review39: real threats and a re-asserted claim that textfalse39's loosenings let through (each lost its flag against
7a51083). A blow or a lying-in-wait aimed at a third person is not hospitality even beside a wedding, a concert or a
B&B; a promise of a stretcher, an ambulance or "your last" is a word of harm; "it'll be your last" undoes a birthday
wish; "ok they can't" takes a named claim back. With the everyday posts that must stay clear, and another language
(not checked)."""

import pytest


@pytest.mark.parametrize("text", [
    "ill deck him at the wedding",
    "ill leather him after the marathon",
    "ill chin him at the concert",
    "the landlord of that b&b wants following home",
    "we'll give that b&b owner a welcome he'll never forget",
    "see you at the derby, you'll need a stretcher",
    "see you at the gig mate, make sure your insurance is paid up",
    "happy birthday, it'll be your last",
])
def test_a_threat_in_an_everyday_frame_keeps_its_flag(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("review", "fail"), (text, v)


@pytest.mark.parametrize("text", [
    "our cafe will give you a welcome you won't forget",
    "our B&B: a breakfast you'll never forget and views to match",
    "gonna deck him out in his new kit for the wedding",
    "happy birthday mate, have a good one",
    "I'll have a look for you",
    "see you at the match, bring a brolly",
])
def test_everyday_posts_stay_clear(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status is None, (text, v)


def test_a_claim_taken_back_keeps_its_review(analyser):
    v = analyser.analyse("stop saying women can't drive... ok they can't, but stop saying it lol").offensive
    assert v.status in ("review", "fail"), v


def test_a_claim_named_to_reject_it_stays_clear(analyser):
    v = analyser.analyse("sick of hearing that women can't drive, my mum's had no points in 40 years").offensive
    assert v.status is None, v


def test_another_language_is_not_checked(analyser):
    r = analyser.analyse("feliz cumpleaños amigo, será el último que celebres, te lo prometo de verdad")
    assert r.offensive.status is None
    assert any(a == "offensive" for a, _ in r.not_analysed)


# -- the writer's own child and another child named with a class ---------------------------------------------------

def test_another_child_named_beside_ones_own_keeps_its_review(analyser):
    """The own-child reading is about one's own child: a second child named with a class in the same post is told
    about, not family news ("my son Harry in 5B ... his classmate Leo in 5B gets hit by his dad")."""
    v = analyser.analyse("My son Harry in 5B came home saying his classmate Leo in 5B at Oakfield gets hit by his dad").confidential
    assert v.status in ("review", "fail"), v


def test_ones_own_two_children_with_their_classes_stay_family_news(analyser):
    v = analyser.analyse("so proud of my kids today, our Freya in 3B got a gold star and our Max in 1A lost his first tooth").confidential
    assert v.status is None, v


def test_another_child_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Mi hijo Harry en 5B dice que su compañero Leo en 5B recibe golpes de su padre en casa")
    assert r.confidential.status is None or any(a == "confidential" for a, _ in r.not_analysed)
