"""Sports talk is not a threat: "he's going to destroy them on saturday" said of a striker and the other
team (set 33's one must-not-fail FAIL, read after its one run; stop 33). A player or a team ("he", "we",
"they") promised to beat, smash or destroy "them" in a post about a game. The writer alone promising
harm ("I'm going to batter them after the match"), a weapon, or no game in the post stays a threat."""

import pytest


@pytest.mark.parametrize("text", [
    "that striker is lethal in front of goal, he's going to destroy them on saturday",
    "our netball girls are going to smash them in the final tomorrow, so proud",
    "come on you Os!! we're going to batter them in the derby on sunday",
    "if our keeper plays like that again we're gonna destroy them in the cup",
    "the under 11s are going to thrash them at the tournament, what a squad",
])
def test_a_team_or_player_beating_them_at_a_game_is_not_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status != "fail", (text, off)
    assert not any(h.category == "threat" and "model" not in h.phrase for h in off.hits), (text, off)


@pytest.mark.parametrize("text", [
    "im going to destroy them after the match, they know where to find me",
    "he's going to stab them after the game, everyone knows it",
    "we're gonna batter them on saturday, bring the lads and the bats",
    "going to kill them both when i get home",
    # (review of stop 33) the writer before "going to", the game only somewhere in the post, or after it
    "I'm really going to batter them after the match, they know what they did",
    "My brother is going to batter them for what they did to our mum, put the kettle on and make a cup of tea, this is war",
    "This isn't a game, we're going to smash them when they come out of the pub",
    "Those two who jumped my lad after football practice, his cousins are going to batter them tonight",
    "We're gonna batter them outside the ground after the match, meet at the station 3pm",
    "I am so going to batter them when they come back from the match, they hurt my brother",
])
def test_harm_outside_a_game_or_by_the_writer_stays_a_threat(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status == "fail", (text, off)
    assert any(h.category == "threat" for h in off.hits), (text, off)


def test_killing_them_after_the_match_stays_a_threat(analyser):
    # "kill" and "murder" are not taken as sports talk, even beside a game.
    off = analyser.analyse("we're going to kill them after the match on saturday").offensive
    assert off.status == "fail", off
