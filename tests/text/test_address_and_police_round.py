"""Someone findable × a status, two more ways many writers word it (stop 31, from set 30's
confidential misses): a named person's home address given out ("Sgt Dunn's home address is 14 Fern
Road", "the magistrate lives at 22 Hollis Close"), and the police at a findable door again or "the DV
one" ("coppers round at number 9 again, the DV one"). Confidential, review only; the writer's own
address, family, or a police visit to a school are not."""

import pytest


@pytest.mark.parametrize("text", [
    "Sgt Mike Dunn's home address is 14 Fern Road if anyone fancies popping round to say thanks",
    "the magistrate who jailed my cousin lives at 22 Hollis Close btw",
    "coppers round at number 9 again last night, same as every weekend",
    "police were round at 41 Elm Street again, the domestic one",
])
def test_someone_findable_is_reviewed(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)


@pytest.mark.parametrize("text", [
    "my address is 5 Lyme Grove for anyone sending the party invites back",
    "police round at the school today doing a road safety talk, kids loved it",
    "my nan lives at 12 Rose Lane, popped round for tea",
    "the venue address is 3 Mill Lane, doors at 7",
    "whoever lives at no 6 please turn the music down, some of us have work",
])
def test_own_or_everyday_is_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
