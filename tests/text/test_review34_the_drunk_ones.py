"""Review 34: stop 34 set aside "drunk" before another person ("the drunk uncle", "a drunk driver");
the writer among them ("we were the drunk people at the back of the bus", "i'm the drunk aunt at every
wedding now") is the writer's own drinking and stays a review."""

import pytest


def _drink(rep):
    return [h for h in rep.offence.hits if h.category == "alcohol" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "we were the drunk people at the back of the bus lol",
    "im the drunk aunt at every wedding now",
])
def test_the_writer_as_the_drunk_one(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is not None and _drink(rep), (text, rep.offence)


@pytest.mark.parametrize("text", [
    "the drunk uncle at every wedding",
    "there's always a drunk guy on the last train home",
])
def test_someone_else_drunk_stays_clear(analyser, text):
    assert not _drink(analyser.analyse(text)), text
