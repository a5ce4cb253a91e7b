"""A fight the writer was in, told with "battered the lads/blokes/guys" (stop 30: set 29's "me and
my brother battered the lads who were hassling our mum"; only "battered him/some/a/this/that" was
read). Review only. A batter, a ball, a team beaten at a game, and the writer battered are not."""

import pytest


@pytest.mark.parametrize("text", [
    "me and the boys battered the blokes who jumped our mate outside spoons",
    "we battered those lads from the other estate, they won't be back",
])
def test_battering_people_is_reviewed(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "battered the fish and chips myself tonight, beer batter is the secret",
    "we battered the lads from Leyton 6-0 on Sunday, what a performance ⚽",
    "got battered by the lads at five a side, legs are gone",
])
def test_cooking_football_or_the_writer_beaten_is_not(analyser, text):
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)
