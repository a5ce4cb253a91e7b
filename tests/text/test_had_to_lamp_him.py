"""The blow the writer "had to" or "nearly" threw (stop 34, from set 33's violence misses: "had to lamp my
cousin at the wedding, he was mouthing off. family dos eh"): the lists read "lamped him", not the base verb
after "had to / nearly / about to". Possible offence (violence), review. Fish battered, a fall on the ice
or oil about to catch is not a person hit. (A lone "punch" is a low review on its own already:
"had to punch the dough down" is flagged by an older single-word list; see README, stop 34, Left.)"""

import pytest


def _rule(rep):
    return [h for h in rep.offence.hits if h.category == "violence"]


@pytest.mark.parametrize("text", [
    "had to lamp my cousin at the wedding, he was mouthing off. family dos eh",
    "had to chin my brother at the barbecue, he wouldnt let it go",
    "had to deck him in the end, kept grabbing at my mates",
    "nearly decked some bloke in the queue at greggs this morning",
])
def test_a_blow_the_writer_had_to_throw_is_flagged(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status in ("review", "fail") and _rule(rep), (text, rep.offence)


@pytest.mark.parametrize("text", [
    "had to batter the cod for tea, the kids loved it",
    "nearly decked it on the ice outside school this morning, stay safe",
    "was about to batter the fish when the oil caught, smoke alarm going mad",
])
def test_a_thing_punched_is_not(analyser, text):
    rep = analyser.analyse(text)
    assert rep.offence.status is None, (text, rep.offence)
