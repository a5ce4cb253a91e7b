"""False reviews on everyday posts (branch textfalse39): the writer's own child named with a class is family news, not
a pupil told from work; the stop-38 veiled-threat forms leave hospitality, a day out, a pet or a route with no word of
harm; a game, a match or a venue asks the threat model for its surer score; an older discriminatory claim named to be
rejected is read by text_counter (one place for counter-speech). Each with what must keep its flag (a real threat, a
child's details told from work, abuse inside a counter frame) and what cannot be told (another language: not checked;
a concern beside the family news: still a review)."""

import pytest


def _rule(v, category):
    """The hits of ``category`` a rule raised (not the offence model's heads)."""
    return [h for h in v.hits if h.category == category and "model score" not in h.phrase]


# -- the writer's own child and a class ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "our Mollie in 4C got a sticker for tidying up, she was buzzing",
    "my son Reuben in Year 5 got picked for the choir, over the moon",
    "so proud of my granddaughter Aisha in 2B, she read in assembly",
    "proud nana moment: Toby in Y1 got star of the week",
    "my niece Hattie in 6R won the fancy dress, a very convincing pumpkin",
])
def test_own_child_with_a_class_is_family_news(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status is None, (text, v)


@pytest.mark.parametrize("text", [
    "Tayo in 9C is being neglected again, social care know",
    "my pupil Reuben in Year 5 disclosed that his dad hits him, referral made",
    "Aarav in 4B's mum rang school AGAIN about the bruises",
    "our Mollie in 4C has a safeguarding referral open, I'm the DSL",
    "Our Tayo in 9C has been absent 20 days this term",  # a teacher's "our": attendance is work
])
def test_a_child_told_from_work_keeps_its_review(analyser, text):
    v = analyser.analyse(text).confidential
    assert v.status in ("review", "fail"), (text, v)


@pytest.mark.parametrize("text", [
    # could not tell: the family word and a concern in one post — a person looks
    "my son Reuben in Year 5 came home with bruises again, worried",
    # could not tell: another language, the practice readers are not checked
    "Nasza Zosia w klasie 4C wygrała konkurs ortograficzny, jesteśmy dumni!",
])
def test_own_child_could_not_tell(analyser, text):
    r = analyser.analyse(text)
    if r.language.code == "en":
        assert r.confidential.status in ("review", "fail"), (text, r.confidential)
    else:
        assert r.confidential.status is None and any(a == "confidential" for a, _ in r.not_analysed), (text, r)


@pytest.mark.parametrize("text", [
    "my mum's a councillor's daughter, came in third in the marrow contest",
    "screenshot of the rota for the cricket club's teas this summer",
    "my doctor friend says get your booster before christmas",
])
def test_confidential_forms_leave_everyday_shapes(analyser, text):
    assert analyser.analyse(text).confidential.status is None, text


@pytest.mark.parametrize("text", [
    "a certain councillor's son came in after an OD last night",
    "copper mate of mine says the lad they lifted on Friday is Jordan Miles",
    "screenshot of the new rota so you all know who's on nights",
])
def test_confidential_forms_keep_the_work_shapes(analyser, text):
    assert analyser.analyse(text).confidential.status in ("review", "fail"), text


# -- the stop-38 veiled-threat forms in everyday frames -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a welcome you'll never forget at our little guest house by the harbour",
    "one you won't forget: the sunset from the cliff path",
    "the dog wants following home, he's been sneaking into next door's garden",
    "we'll see who's laughing after the bake sale, my lemon drizzle is unbeatable",
    "gonna deck him out in his christening outfit",
])
def test_stop38_threat_forms_leave_everyday_frames(analyser, text):
    v = analyser.analyse(text).offensive
    assert not _rule(v, "threat"), (text, v)


@pytest.mark.parametrize("text, status", [
    ("a welcome you'll never forget at our B&B, I know where you live and I'm coming round", {"fail"}),
    ("a visit he won't forget, outside his house tonight", {"review", "fail"}),
    ("ill lamp him the minute he steps out that door", {"review", "fail"}),
    ("the ref wants following home after that", {"review", "fail"}),
    ("a kicking he won't forget, the grass", {"review", "fail"}),
])
def test_real_veiled_threats_keep_their_flag(analyser, text, status):
    v = analyser.analyse(text).offensive
    assert v.status in status and "threat" in v.categories, (text, v)


def test_veiled_threat_form_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Una bienvenida que nunca olvidarás en nuestro hostal junto al mar, reserva ya")
    assert r.offensive.status is None
    assert any(a == "offensive" for a, _ in r.not_analysed)


# -- a game or a match and the threat model --------------------------------------------------------------------

def test_game_frame_asks_the_threat_head_for_its_surer_score(analyser):
    from selfaudit.analysis.text import _played_frame
    assert _played_frame("im going to destroy you at mario kart tonight")
    assert _played_frame("book now for a sunday roast you wont forget")
    # a word of harm or a group named: the head reads as before
    assert not _played_frame("see you at the match, i know where you live")
    assert not _played_frame("the immigrants in that hotel should pack their bags")
    # could not tell: no frame at all — the head's own threshold
    assert not _played_frame("you will never guess what happened today")


# -- older discriminatory claims named to be rejected ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "tired of hearing that women can't drive, my nan drove buses for 30 years",
    'my uncle said "gypsies are all thieves" at the wedding and I called him out, it\'s a stereotype',
    "no, 'go back to your own country' is not banter, it's racism",
])
def test_older_claim_named_to_be_rejected_is_cleared(analyser, text):
    v = analyser.analyse(text).offensive
    assert not _rule(v, "discriminatory"), (text, v)
    assert v.status != "fail"


@pytest.mark.parametrize("text", [
    "stop saying muslims are terrorists, they're worse, they're vermin",
    "tired of people saying travellers are thieves, they're worse, they should be gassed",
    '"women can\'t drive" - not a stereotype, it\'s a fact, useless bitches',
    "someone called me a paki at work. reported to HR",  # a slur is never cleared
    "women can't drive, simple as",
])
def test_abuse_in_a_counter_frame_keeps_the_claim(analyser, text):
    v = analyser.analyse(text).offensive
    assert _rule(v, "discriminatory"), (text, v)


def test_counter_speech_in_another_language_is_not_checked(analyser):
    r = analyser.analyse("Arrêtez de dire que les femmes ne savent pas conduire, ma mère conduit des bus depuis trente ans.")
    assert r.offensive.status is None
    assert any(a == "offensive" for a, _ in r.not_analysed)
