"""Someone the reader could find (a name, "the family at number 9", "the man from the chip shop",
a street) told to be under social services, on the sex offenders register, on a tag or arrested
for something: gossip that discloses what the policy keeps confidential (3.5), written by people
who are not speaking from work, so the work-voice structure missed it (stop 30: five of set 29's
confidential misses are worded this way). Review only. Advice, news without anyone to find,
campaigns and the writer's own family are not flagged."""

import pytest


@pytest.mark.parametrize("text", [
    "the family at number 14 are being investigated by social services, saw the car outside again",
    "anyone know Mr Dawson on Crown Street? social services reckon he's neglecting the kids",
    "the lad from the chippy is on the sex offenders register, keep your kids away",
    "that woman who runs the cafe on the corner is known to social services, just saying",
    "the bloke next door got arrested for domestic violence last night, his poor wife",
    "Mrs Ahmed's eldest is on a tag now, no wonder he's always home",
])
def test_a_findable_persons_status_is_reviewed(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status in ("review", "fail"), (text, conf)


@pytest.mark.parametrize("text", [
    "If you're worried a child is being neglected, call social services, dont wait",
    "Great training today on working with families known to social services",
    "social services have been brilliant with my mum since her stroke",
    "The sex offenders register exists for a reason, the law should be tougher",
    "Man arrested after stabbing in Tottenham, police appeal for witnesses",
    "the new cafe on the corner does the best flat white, go and support them",
])
def test_advice_news_and_everyday_posts_are_not(analyser, text):
    conf = analyser.analyse(text).confidential
    assert conf.status is None, (text, conf)
