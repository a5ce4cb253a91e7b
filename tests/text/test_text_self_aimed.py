"""Red team 13: an insult the writer aims at themself without saying "I" ("Such an idiot, locked
myself out") failed — only "I'm a useless idiot" and "what an idiot I am" were read as
self-deprecation. A sentence that opens with the insult and goes on to what the writer did
("locked myself out", "forgot my lanyard") is the writer's own; anyone else named still fails."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Such an idiot, locked myself out",
    "Such an idiot. Locked myself out again 🙈",
    "What an idiot, left my keys in the door",
    "Total idiot, forgot my lanyard again",
    "Ugh, such a muppet - just sent the email to myself",
    "Long day. Such a plonker, missed my train",
    "@jo Such an idiot, lost my badge",
    "Bit of an idiot, I locked myself out",
])
def test_an_insult_aimed_at_the_writer_without_i_is_no_finding(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status is None, (text, v)


@pytest.mark.parametrize("text", [
    "Such an idiot",  # no sign whom it is aimed at: as before
    "Such an idiot, locked myself out, and so is my boss",
    "Such an idiot, he locked me out",
    "Such a useless idiot, my manager",
    "Such an idiot, Sarah took my chair",
    "Such an idiot, you locked me out",
])
def test_the_insult_aimed_at_someone_else_still_fails(analyser, text):
    v = analyser.analyse(text).offensive
    assert v.status in ("fail", "review") and "insult" in v.categories, (text, v)
