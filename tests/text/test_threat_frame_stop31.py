"""Veiled threats in the threat frame's shape (target × harm × menace) whose parts the frame did not
know (stop 31, from set 30's threat misses): "asking for a few friends with baseball bats" (plural:
the harm list had the bat alone) after "anyone know where he lives", and "you want to play games?
fine" beside a routine known ("parked in the same spot every night"); "that bloke" as a target.
(Three more of set 30's threat misses, "would look better in pieces", "it won't be words", "bring
helmets", are caught by the model trained on set 30; no rule was written for them.) Review only;
everyday uses of the same words are not."""

import pytest


@pytest.mark.parametrize("text", [
    "anyone know where that bloke from the bus video lives? asking for some mates with cricket bats",
    "he wants to play games? fine. his van is parked on the same street every night",
    "when the march comes through our town we'll be waiting for them. bring helmets lads",
])
def test_a_veiled_threat_is_reviewed(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail"), (text, off)


@pytest.mark.parametrize("text", [
    "the vase fell off the shelf, in pieces now, gutted",
    "anyone know where the new bakery on the high street is? asking for a friend 😂",
    "cricket bats on offer at the sports shop, got the kids one each",
    "heard from my nan in person today, she's doing well",
    "bring helmets if you're cycling to the picnic, it's a long way",
    "my toddler wants to play games all night, same time every night 😴",
])
def test_everyday_uses_are_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
