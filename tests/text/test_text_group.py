"""The group-attack frame (text_group): any group named × a dehumanising, expelling,
criminalising, derogating or violent predicate. Positive, negative and could-not-tell cases,
written fresh for these tests (not copied from a benchmark set or a corpus)."""

import pytest

from selfaudit.analysis.text_group import described_insult, group_attack
from selfaudit.analysis.text_read import normalise


def hits(text: str, context: bool = False):
    clean, words = normalise(text)
    return group_attack(words, clean, context=context)


ATTACKS = [
    ("Albanians? Parasites, every one of them", "discriminatory"),
    ("the migrants are spreading like a disease through our towns", "discriminatory"),
    ("Honestly the Romanian families round here live like pigs", "discriminatory"),
    ("Sikhs don't belong in this country", "discriminatory"),
    ("the illegals are all criminals and everyone knows it", "discriminatory"),
    ("Nigerians are a drain on the whole system", "discriminatory"),
    ("tbh the world would be better without muslims", "discriminatory"),
    ("Trans women are sick in the head", "discriminatory"),
    ("i really hate asylum seekers", "discriminatory"),
    ("Boat people should be shipped back the same day", "discriminatory"),
    ("Somali lads should all be lined up", "threat"),
    ("time to get rid of the refugees once and for all", "threat"),
    ("death to all asylum seekers", "threat"),
    ("would love to watch the gypsies burn", "threat"),
]


@pytest.mark.parametrize("text,category", ATTACKS)
def test_group_attack_found_and_only_review(analyser, text, category):
    h = hits(text)
    assert h and h[0].category == category, (text, h)
    r = analyser.analyse(text)
    assert r.offensive.status in ("review", "fail"), (text, r.offensive)
    # The frame alone never fails a post: when it is the only thing found, it is review.
    if all(x.phrase.startswith("group attack") for x in r.offensive.hits):
        assert r.offensive.status == "review"


NOT_ATTACKS = [
    "Refugees are not vermin, they are people fleeing war",  # negated
    "Calling migrants parasites is exactly how the far right talks",  # counter-speech
    "It is disgusting how people talk about travellers like they are animals",
    "We've got rats in the shed again, the cat is useless",  # animals, no group
    "Cancer screening for women over 50 saves lives, book yours",  # medical
    "Immigrants are the backbone of the NHS, thank you all",
    "I don't hate white people, I hate injustice",
    "The comments about refugees under that article are vile. Reported them all",  # group not the subject
    "Black lives matter",
    "Our Polish neighbours brought round a cake, lovely people",
    "Disabled people should be able to get on a bus without a fight",
    "Women are brilliant engineers, more girls should try it",
    "Watched migrants die in the Channel on the news tonight, heartbreaking",
]


@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_group_attack_leaves_support_counter_speech_and_everyday_posts(analyser, text):
    assert hits(text) == [], text
    r = analyser.analyse(text)
    assert not any(x.phrase.startswith("group attack") for x in r.offensive.hits), (text, r.offensive)
    assert r.offensive.status != "fail", text


def test_group_attack_could_not_tell_in_a_professional_voice():
    # A professional or reporting voice (training about what was said): only the strongest kind,
    # a dehumanising word right beside the group, still counts; the rest the frame cannot tell.
    assert hits("Training today on hate crime: a client said refugees should be deported", context=True) == []
    assert hits("Training today: a client said refugees are vermin", context=True)


def test_group_attack_not_applied_to_other_languages(analyser):
    # Polish "migrants are vermin": no English frame runs; offensive is not-checked, language named.
    r = analyser.analyse("Imigranci to robactwo i pasożyty, wszyscy to wiedzą")
    assert r.offensive.status is None
    assert any(a == "offensive" for a, _ in r.not_analysed)


DESCRIBED = [
    "my lodger is a thieving little weasel, hid my post for weeks",
    "The woman who runs the parents' group is a two faced snake",
    "Dave is a lazy slob and everyone at work knows it",
    "that driver on the 55 was a rude arrogant creep",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_described_insult_is_review(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status == "review", (text, r.offensive)
    assert "insult" in r.offensive.categories


NOT_DESCRIBED = [
    "The traffic on the North Circular was a nightmare tonight",
    "My dog is a right little rat catcher",
    "My manager is an absolute legend, brought cakes for everyone",
    "Our Sam played the clown in the school panto, so proud",
    "My husband is not a liar, whatever his mum says",
    "She is scared of pigs since the farm trip",
]


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_described_insult_leaves_everyday_posts(text):
    assert described_insult(text) == [], text


def test_described_insult_could_not_tell_in_other_languages(analyser):
    # Portuguese "my boss is a complete idiot": no English frame; not-checked, language named.
    r = analyser.analyse("Essa minha chefe é uma idiota completa, não sabe fazer nada")
    assert not any(h.phrase.startswith("described insult") for h in r.offensive.hits)
    assert any(a == "offensive" for a, _ in r.not_analysed)


# Idioms of menace added to the loose threat list (review only), written fresh for these tests.
MENACE_IDIOMS = [
    "That parking warden had better hope he never sees me off duty",
    "Carry on like that and I'll give you something to cry about",
    "If he mouths off at my mum again he won't be talking for long",
    "That landlord won't have a front door much longer",
]


@pytest.mark.parametrize("text", MENACE_IDIOMS)
def test_menace_idioms_are_review(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status == "review", (text, r.offensive)
    assert "threat" in r.offensive.categories


@pytest.mark.parametrize("text", [
    "You better hope the weather holds for the wedding!",
    "I better hope the train is on time tomorrow",
    "The kids won't be staying for long, just popping in for tea",
])
def test_menace_idioms_leave_everyday_posts(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


def test_menace_idioms_could_not_tell_in_a_reporting_voice(analyser):
    # Someone telling what was said to them: the idiom is found, but never fails the post.
    r = analyser.analyse("A dad told me 'you'd better hope I never see you off duty' at the gate today")
    assert r.offensive.status == "review"


# Counter-speech that sets an attack up to reject it: the explicit list still finds the words,
# but the post is review (a person reads it), never fail. Written fresh for these tests.
COUNTER = [
    "If you think Somalis are animals, unfollow me now",
    "The idea that autistic people are a burden is how support gets cut",
    "Why do people think travellers are all thieves? My best mate is one",
    "Nobody should be told to go back to where they came from",
]


@pytest.mark.parametrize("text", COUNTER)
def test_counter_speech_never_fails(analyser, text):
    r = analyser.analyse(text)
    assert r.offensive.status != "fail", (text, r.offensive)


def test_plain_attack_still_fails(analyser):
    # The same words without the counter-speech frame stay a high-confidence explicit match.
    assert analyser.analyse("Travellers are all thieves").offensive.status == "fail"


def test_counter_speech_could_not_tell_in_other_languages(analyser):
    # Spanish counter-speech: not read by English lists at all (the Spanish list has no such words).
    r = analyser.analyse("Si piensas que los inmigrantes son animales, deja de seguirme ahora mismo")
    assert r.language.code != "en"
    assert r.offensive.status != "fail"
    assert not any(h.phrase.startswith("group attack") for h in r.offensive.hits)
