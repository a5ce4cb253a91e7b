"""The writer's fight told with its reason (stop 31, from set 30's violence misses): a longer target
("gave the lad who keyed my car a proper hiding") and the justifications many writers give —
someone "kept lipping me", "justice served", "taught him a lesson", "respect your elders", the
other person's act ("the bloke who grabbed my sister"). Possible offence (violence), review only;
play, sport and the writer as the one hit are not."""

import pytest

from tests.text.offence_asserts import offence_nothing, offence_reviewed


@pytest.mark.parametrize("text", [
    "me and my brother gave the kid who keyed my car a right hiding behind the shops. justice served",
    "gave the bloke who touched my sister a proper kicking outside the club, justice done",
    "that lad kept lipping me at the bar so I pinned him against the wall. respect your elders",
    "some bloke kept giving me lip so I grabbed him by the throat, taught him a lesson",
])
def test_a_fight_with_its_reason_is_reviewed(analyser, text):
    offence_reviewed(analyser, text, "violence")


@pytest.mark.parametrize("text", [
    "the toddler kept lipping me so I pinned him down and tickled him, respect your elders 😂",
    "taught the new lad a lesson in how to make a proper brew",
    "my son kept lipping me so I grabbed him by the hand and we went home, respect your elders",
    "a lad kept lipping me so I walked off and reported him to the bar staff",
])
def test_play_or_walking_away_is_not(analyser, text):
    offence_nothing(analyser, text)
