"""Second red team on the denial, quoting-frame, praise and homonym rules: hateful posts that
borrowed the shape those rules look for and got nothing. Written fresh for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "I don't think pakis are human",
    "Not all pakis are groomers. Most are.",
])
def test_a_slur_is_never_voided_by_a_denial(analyser, text):
    assert analyser.analyse(text).offensive.status in ("fail", "review"), text
