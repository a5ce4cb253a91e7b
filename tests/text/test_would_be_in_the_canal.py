"""Harm the writer would have done, told as a near thing ("mate he's lucky i was at work. if id been
home he'd be in the canal by now"; stop 33, from set 32's threat misses): "if I'd been there / caught
him, he'd be in hospital", "lucky for her I wasn't there, she'd be in a box". Offensive (threat), review
only. A helmet, an ambulance or a rescue that kept someone out of hospital is not."""

import pytest


@pytest.mark.parametrize("text", [
    "if i'd caught him near my car he'd be in hospital right now",
    "lucky for her i wasn't there tonight or she'd be in a wheelchair",
    "she'd be in the river by now if i'd been on that bus, trust me",
])
def test_harm_the_writer_would_have_done_is_flagged(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status in ("review", "fail") and "threat" in off.categories, (text, off)


@pytest.mark.parametrize("text", [
    "if she hadn't been wearing her helmet she'd be in hospital now, always wear one kids",
    "if i hadn't rung 999 when i did he'd be in intensive care, so glad he's ok",
    "good job i was home when the boiler leaked or the kitchen would be in the canal lol",
    "if i'd been on duty he'd be in hospital getting checked, glad the paramedics came",
])
def test_rescues_and_helmets_are_not(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status is None, (text, off)
