"""Second red team on the denial, quoting-frame, praise and homonym rules: hateful posts that
borrowed the shape those rules look for and got nothing. Written fresh for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "I don't think pakis are human",
    "Not all pakis are groomers. Most are.",
])
def test_a_slur_is_never_voided_by_a_denial(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    # the predicate said again of "they", a bare "most are", or the attack called plain fact
    "Nobody thinks muslims are terrorists, they ARE terrorists",
    "Not all immigrants are criminals. Most are.",
    "Never said women are inferior. Didn't need to, everyone can see it.",
    "I don't believe blacks are inferior, it's proven science",
])
def test_a_denial_taken_back_by_restating_does_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    "Not all immigrants are criminals. Most are hardworking.",
    "Not all muslims are terrorists, most are peaceful",
    "Nobody thinks muslims are terrorists, they are our neighbours",
    "I don't think women are inferior, they are strong",
])
def test_a_denial_followed_by_its_opposite_still_voids_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status is None, text


@pytest.mark.parametrize("text", [
    # the writer agrees with the quoted attack; the only "condemnation" is a question, a dare,
    # a label the critics will use, or the reader told to learn it
    "Anyone who says immigrants are parasites is right. Am I wrong?",
    "Anyone who says immigrants are parasites is right. Prove me wrong.",
    "People who say gays are disgusting are right, the lefties will call it homophobic",
    "Saying that immigrants are parasites is accurate. If that makes me racist so be it",
    "Saying immigrants are parasites is accurate. Educate yourself.",
])
def test_a_frame_the_writer_agrees_with_does_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    "People who say gays are disgusting have a point, the lefties will call it homophobic",
    "If you think gays should burn, you're not alone mate. Bigots will call it hate",
])
def test_a_label_critics_will_use_is_not_the_writer_condemning(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    "Saying that immigrants are vermin is wrong and hateful",
    "Anyone who says gays are disgusting is a bigot, and right-wing rags print it daily",
])
def test_a_frame_that_condemns_still_voids_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", [
    "Imagine having a fag as a son. Disgusting",
    "Imagine having a fag for a teacher",
    "We had a fag who taught us PE",
    "Dad would rather die than have a fag in the family",
])
def test_a_fag_that_is_a_person_is_the_slur_after_having_a(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    "My mate's having a fag as a treat after his shift",
    "I had a fag for breakfast, don't judge",
    "Had a fag with Dave outside the pub",
])
def test_a_fag_had_is_still_a_cigarette(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", [
    # the denial sets up something worse: the predicate too kind, a harsher word, the facts say it
    "I don't think immigrants are vermin, vermin are useful",
    "I don't think gays are animals, that's an insult to animals",
    "It's not true that travellers are thieves. It's an understatement",
    "I'd never say immigrants are parasites, I'd say leeches",
    "I wouldn't say muslims are terrorists, I'd say they're all potential terrorists",
    "Nobody said jews are greedy. The facts did.",
])
def test_a_denial_that_sets_up_something_worse_does_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    "I don't think immigrants are a drain, the facts show they pay more in tax",
    "Nobody thinks women are inferior, and the stats on girls' grades prove it",
    "I don't think women are inferior. I'd say equal",
    "I don't think immigrants are a drain, it's an insult to the nurses who came here",
    "I'd never say immigrants are parasites, I'd say they're our neighbours",
])
def test_a_denial_backed_by_facts_still_voids_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", [
    "Africa's rats are the size of cats, saw it on Planet Earth",
    "Asia's giant hornets are invading Europe now",
])
def test_a_place_possessive_is_not_read_as_a_misspelt_group(analyser, text):
    # No rule reads a group here. (Since sets 21-26 joined its training, stop 27, the identity
    # head reviews the hornets at 0.70, just over its 0.67: a model false review, left to it.)
    off = analyser.analyse(text).offensive
    assert all("model score" in h.phrase for h in off.hits), (text, off)


def test_a_possessive_is_not_a_misspelling():
    from selfaudit.analysis.text_read import normalise

    assert normalise("Africa's wildlife, Asia's tigers and Romania's roads")[1] == "africas wildlife asias tigers and romanias roads"


@pytest.mark.parametrize("text", [
    # what may be said, not what is true
    "You can't say muslims are terrorists these days without being called racist",
    # the denial taken back: known, certain, or more besides
    "Nobody thinks jews are vermin. Everybody knows it.",
    "I don't think travellers are scum. I'm certain of it.",
    "Not all immigrants are rapists. Some are also thieves.",
])
def test_more_denials_taken_back_do_not_void_the_attack(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text


@pytest.mark.parametrize("text", [
    "I don't think travellers are scum. I'm certain they're decent people",
    "Nobody thinks women are inferior these days",
])
def test_a_denial_with_those_words_elsewhere_still_voids(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", [
    "Bumped into the dyke from accounts at Tesco again, vile",
    "Walked past the dyke from number 12 again, absolutely vile",
    "Sat next to the dyke who works in HR, kept my distance",
])
def test_a_dyke_that_is_a_person_is_the_slur_after_a_word_of_place(analyser, text):
    assert analyser.analyse(text).offensive.status == "fail", (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", [
    "Walked past the dyke from the village to the pub, lovely evening",
    "Fell into the dyke at the bottom of the field, soaked",
])
def test_the_dyke_as_a_place_stays_left_alone(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", [
    "@Gaz the snake at the reptile centre was huge",
    "@Dan the pig at the farm park was massive",
    "@Sue the rat we saw in the garden is back",
])
def test_an_animal_after_an_at_name_and_the_is_a_subject_not_an_insult(analyser, text):
    assert analyser.analyse(text).offensive.status is None, (text, analyser.analyse(text).offensive)


@pytest.mark.parametrize("text", ["@Gaz the snake", "@Gaz the snake at work has done it again", "@Gaz you are a snake", "@Gaz is a rat and everyone knows it"])
def test_an_at_name_called_an_animal_is_still_an_insult(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), (text, analyser.analyse(text).offensive)
