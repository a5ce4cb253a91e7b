"""Review 34: stop 34's ``_PLAYED`` sets aside a single word of violence in a post that names a game,
a film or a combat sport ("fighting a mob in Minecraft", "my punches are getting better at boxing").
It looked at the whole post, so the writer's blow at a person in a post that merely mentions a game
or a film was cleared as well ("my son was being a brat about roblox, ended up punching him"). The
weak word aimed at a person stays a review; the game's and the class's own words stay clear."""

import pytest


def _violence(rep):
    return [h for h in rep.offence.hits if h.category == "violence" and "model" not in h.phrase]


@pytest.mark.parametrize("text", [
    "my son was being a brat about roblox, ended up punching him",
    "left the cinema after the movie and some lad started on me, i was fighting him in the street",
    "stabbed him with a fork over the last episode lol",
])
def test_a_blow_at_a_person_beside_a_game_or_film_is_reviewed(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is not None and _violence(rep), (text, rep.offence)


@pytest.mark.parametrize("text", [
    "fighting a mob in minecraft with my son",
    "boxing class tonight, my punches are getting better",
    "my fight with the boiler continues",
    "we were fighting the ender dragon on minecraft till midnight",
])
def test_the_game_and_the_class_stay_clear(analyser, text):
    rep = analyser.analyse(text)
    assert not _violence(rep), (text, rep.offence)
