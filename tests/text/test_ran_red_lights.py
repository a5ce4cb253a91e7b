"""Running red lights told by the writer (stop 34, from set 33's driving misses: "ran 3 red lights on the
way to work and still late. classic"): the writer's own "ran / jumped a red light" is a driving offence
with no other clue. Possible offence (driving), review. Someone else doing it, a red light at the
junction, or running past red lights on foot is not the writer's act. (Another driver's "ran a red light" is
still flagged by an older list: see bench/README-text.md, stop 34, Left.)"""

import pytest


def _rule(rep):
    return [h for h in rep.offence.hits if h.category == "driving"]


@pytest.mark.parametrize("text", [
    "ran 3 red lights on the way to work and still late. classic",
    "jumped a red light on the school run, in my defence it was barely red",
    "i ran two reds this morning, late for the staff briefing again",
])
def test_running_red_lights_is_flagged(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status in ("review", "fail") and _rule(rep), (text, rep.offence)


@pytest.mark.parametrize("text", [
    "the bus driver ran two red lights and nobody batted an eyelid",
    "sat at the red light for ages, this junction is a joke",
    "ran past the red lights of the fire engine to see what was happening, just a bin fire",
    "my red lights on the bike need new batteries",
    "that cyclist on the high road, jumping every red light, one day hell get hurt",
])
def test_red_lights_not_run_by_the_writer_are_not(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is None, (text, rep.offence)
