"""A professional's "one of mine / one of ours" about someone in the news ("the lad stabbed outside the
youth club last night was one of mine. Marcus, 15, lovely kid. still in icu"; stop 33, from set 32's
confidential misses): a pupil, client or young person claimed as the writer's own, then named with an
age or an injury. Confidential, review only. "one of mine" said of a photo or a cake is not."""

import pytest


@pytest.mark.parametrize(("text", "rule"), [
    ("the girl knocked down by the bus on Mare Street this morning is one of ours. Chloe, 9. please send good vibes", "is one of ours"),
    ("the boy in the paper for the stabbing was one of mine, Tyler, 16. gutted", "was one of mine"),
    ("that teen who went missing last week was one of mine. Ellie, 14. please share", "was one of mine / Ellie"),
])
def test_one_of_mine_with_a_name_and_age_is_reviewed(analyser, text, rule):
    # the rule's own evidence (stop 34): the "one of mine" voice (and for Ellie the name-and-age
    # detail) in the work-voice hit, not only a review the model might give on its own
    conf = analyser.analyse(text).confidential
    assert conf.status == "review", (text, conf)
    assert any(h.phrase.startswith("work voice + detail") and rule in h.phrase for h in conf.hits), (text, conf)


@pytest.mark.parametrize("text", [
    "the best photo in the exhibition was one of mine! so chuffed",
    "the lemon drizzle that won the bake off at work was one of mine, Mary Berry watch out",
    "the lad who fixed my boiler was one of the good ones, Dave, 10/10 would recommend",
])
def test_one_of_mine_about_things_is_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
