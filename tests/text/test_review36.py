"""review36: everyday posts near textrules36's new forms that the first version of those forms flagged (an
independent review's probe of ~110 posts of its own). Each near-miss must stay clear of the rule; the set-35 form and
a like one must still be read; and a post in another language stays could-not-tell (not-checked with its language),
whatever rule words it holds."""

import pytest


def _rule_phrases(analyser, area, text):
    v = getattr(analyser.analyse(text), area)
    return v, [h.phrase for h in v.hits if not h.category.endswith("_model") and "model score" not in h.phrase]


def _not_read(analyser, area, text, *keys):
    """The new rule (its phrase) does not read the post (a model may still review it: a rule may not lower a score)."""
    v, phrases = _rule_phrases(analyser, area, text)
    assert not any(k in p for p in phrases for k in keys), (text, v)


def _read(analyser, area, text, *keys):
    v, phrases = _rule_phrases(analyser, area, text)
    assert v.status in ("review", "fail"), (text, v)
    assert any(k in p for p in phrases for k in keys), (text, v)


# ---------------------------------------------------------------------------------- offence: scrapping / brawling

@pytest.mark.parametrize("text", [
    "ended up scrapping with the council over the parking permit for weeks",
    "been scrapping with the tax office about my refund",
    "was scrapping with the printer all morning, it won",
    "the kids were scrapping in the street over a football so i sent them in",
    "the lads were brawling with the ref's decisions all game lol",
    "we ended up scrapping with my brother over who gets the last yorkshire pudding lol",
    "the kids ended up scrapping in the street over a football",
])
def test_scrapping_as_arguing_or_someone_elses_kids(analyser, text):
    _not_read(analyser, "offence", text, "scrapping", "brawling")


@pytest.mark.parametrize("text", [
    "ended up scrapping outside the pub with my brother in law, ruined the christening photos",
    "me and my cousin ended up scrapping with two lads outside the kebab shop",
    "i was brawling with some bloke in the car park, bouncers split us up",
    "me and the lads ended up scrapping with some bouncers outside spoons",
    "had a few at the wedding and ended up scrapping with my cousin in the car park",
])
def test_scrapping_told_by_the_writer_still_read(analyser, text):
    _read(analyser, "offence", text, "scrapping", "brawling")


# ---------------------------------------------------------------------------------- offensive: veiled threats

@pytest.mark.parametrize("text,key", [
    ("not saying i'd hurt his feelings but just saying he needs to hear it", "not saying"),
    ("my son is released from hospital tomorrow, he won't enjoy his freedom long as he's got physio every day", "freedom"),
    # (an older pattern, "he won't have his X for long", still reviews this one, as at the session start; the new
    # rule's phrase opens at the post's start)
    ("the dog got out of the garden again, he won't have his freedom for long once i fix the fence", "garden again"),
    ("it won't be the solicitor that'll be visiting, it'll be the mediator, much friendlier", "solicitor"),
    ("the migrants crossing in this weather, hope they have paramedics on standby, awful conditions", "standby"),
])
def test_veiled_threat_near_misses(analyser, text, key):
    _not_read(analyser, "offensive", text, key)


@pytest.mark.parametrize("text,key", [
    ("not saying i'd hurt his dog, just saying he should keep it off my drive", "not saying"),
    ("he gets out of prison next week. he won't enjoy his freedom long", "freedom"),
    ("last warning mate, it won't be the bailiffs that'll be visiting", "bailiff"),
])
def test_veiled_threats_still_read(analyser, text, key):
    _read(analyser, "offensive", text, key)


# ---------------------------------------------------------------------------------- offensive: likened to an animal

@pytest.mark.parametrize("text", [
    "he plays like a headless chicken every game but we love him",
    "she dances like a headless chicken at every wedding and we love her for it",
    "he looks like a confused hamster when he wakes up from his nap bless him",
])
def test_fond_or_idiomatic_likeness_is_no_put_down(analyser, text):
    _not_read(analyser, "offensive", text, "stock put-down")


def test_typing_like_a_concussed_pigeon_still_read(analyser):
    _read(analyser, "offensive", "you drive like a blind hamster, get off the road", "stock put-down")


# ---------------------------------------------------------------------------------- offensive: takeaway and pets

@pytest.mark.parametrize("text", [
    "the dog nicked some of the chinese, does anyone know whats in the sweet and sour? worried about onions 🐕",
    "we got chinese and the cat went mad for whats in the chicken chow mein lol 🐈",
])
def test_a_pet_eating_the_takeaway_is_not_the_slur(analyser, text):
    _not_read(analyser, "offensive", text, "group insinuated")


# ---------------------------------------------------------------------------------- possible offence: snow, insurance

@pytest.mark.parametrize("text", [
    "got a number for a good guy who does plastering, dm me ❄️",
    "need sorting for tonight, anyone got a spare ticket for the gig? ❄️",
])
def test_flake_beside_a_tradesman_or_a_ticket(analyser, text):
    _not_read(analyser, "offence", text, "❄")


@pytest.mark.parametrize("text", [
    "drivers doing 40 in the 20 zone outside the school every morning, someone will get hurt",
    "some idiot was doing 50 in the 30 limit on our road again, reported it to the police",
    "the council says anyone going 30 in the 20 zone will be fined",
])
def test_other_drivers_speeding_complained_of(analyser, text):
    _not_read(analyser, "offence", text, "in the 20", "in the 30")


@pytest.mark.parametrize("text", [
    "did 50 in the 30 zone on the way to work, late again",
    "clocked 60 in the 20 zone by the school, late for my shift and don't care",
])
def test_own_speed_in_the_zone_still_read(analyser, text):
    _read(analyser, "offence", text, "in the 20", "in the 30")


def test_insurance_renewed_is_not_driving_uninsured(analyser):
    _not_read(analyser, "offence", "my insurance ran out so i renewed it and been driving since with no worries", "ran out")


# ---------------------------------------------------------------------------------- confidential

@pytest.mark.parametrize("text,key", [
    ("my husband works in finance and he's suspended his gym membership lol", "in finance"),
    ("the team whatsapp leaked the secret santa list lol", "leaked"),
    ("our work group chat has leaked my birthday cake plans to the kids", "leaked"),
])
def test_confidential_near_misses(analyser, text, key):
    _not_read(analyser, "confidential", text, key)


@pytest.mark.parametrize("text,key", [
    ("the ward whatsapp got leaked to the local paper, patients' names and all", "leaked"),
    ("heard kev in payroll is off with stress again, third time this year", "in payroll"),
])
def test_confidential_forms_still_read(analyser, text, key):
    _read(analyser, "confidential", text, key)


# ---------------------------------------------------------------------------------- could not tell

@pytest.mark.parametrize("text", [
    "Alguien tiene el número de un buen chico para esta noche? ❄️",
    "Ese tipo escribe como una paloma borracha, no se entiende nada",
])
def test_other_language_stays_not_checked(analyser, text):
    r = analyser.analyse(text)
    for area in ("offensive", "offence", "confidential"):
        v = getattr(r, area)
        assert v.status != "fail", (text, area, v)
        assert not any(h.phrase.startswith(("stock put-down", "buying drugs", "work voice")) for h in v.hits), (text, area, v)
