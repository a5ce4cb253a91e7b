"""A phrase quoted in single quotes that has an apostrophe of its own ("'I'm not racist but'",
"'you're not welcome here'") is a quotation: the reporting context read the apostrophe of "I'm" as
the closing quote, so counter-speech quoting a stock racist opener FAILED (set 9, read at stop 31;
the same on the session-start code). A quotation makes a list match a review, never a fail; the
same words said in the writer's own voice still count."""

import pytest


@pytest.mark.parametrize("text", [
    "Reminder: 'I'm not racist but' is always followed by something racist",
    "Every time someone starts with 'I'm not homophobic but' you know exactly what's coming",
])
def test_a_quoted_opener_is_not_a_fail(analyser, text):
    off = analyser.analyse(text).offensive
    assert off.status != "fail", (text, off)


def test_the_opener_in_the_writers_voice_is_still_flagged(analyser):
    off = analyser.analyse("I'm not racist but there's too many foreigners round here now").offensive
    assert off.status in ("review", "fail"), off
