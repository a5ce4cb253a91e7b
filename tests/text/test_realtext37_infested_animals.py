"""Animals "infested with parasites" are not people insulted (stop 37, realtext37: a real post said
a farm's sheep would be infested with parasites and die, and failed as an insult through "they are
... parasites"). Masked only when the text names the animals first; people called parasites, or
an unnamed "they", still fail."""

import pytest


def _insult(rep):
    return [h for h in rep.offensive.hits if h.category == "insult"]


@pytest.mark.parametrize("text", [
    "they are infested with parasites",
    "you lot are parasites, the lot of you",
    "migrants are parasites and our town is infested with them",
])
def test_people_as_parasites_still_fail(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offensive.status == "fail", (text, rep.offensive)


@pytest.mark.parametrize("text", [
    "the sheep wont stop growing wool until they are infested with parasites and die",
    "our dogs came back from the farm and they were riddled with worms",
    "the hens look awful, they're infested with mites again",
])
def test_animals_with_parasites_are_not_an_insult(analyser, text):
    rep = analyser.analyse(text)
    assert not _insult(rep), (text, rep.offensive)
    assert rep.offensive.status != "fail", (text, rep.offensive)


def test_could_not_tell_animal_word_then_a_person_insulted(analyser):
    # the animals named, then a person called a parasite in the same breath: still flagged
    rep = analyser.analyse("the sheep have worms and you are a parasite")
    assert rep.offensive.status in ("review", "fail") and _insult(rep), rep.offensive
