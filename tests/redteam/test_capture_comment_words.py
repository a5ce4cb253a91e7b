"""Red team 9: a capture keeps "the platform's own wording" — every word of its locator data — and
that included the data's YAML comments, prose with example names: "Kim", "Lee", "Jo", "Bloggs"
(and "nickname", "landline", "mobile") went out unredacted in every capture. Only the data's keys
and values are the platform's wording now."""

from __future__ import annotations

import pytest

from selfaudit.capture import Redactor, platform_words


@pytest.mark.parametrize("platform", ["facebook", "instagram", "linkedin", "x"])
def test_comment_words_are_not_platform_words(platform):
    words = platform_words(platform)
    assert not {"kim", "lee", "jo", "bloggs", "landline"} & words
    assert {"followers"} & words or {"friends"} & words  # the data's own words stay


def test_a_name_from_the_comments_is_redacted():
    red = Redactor(platform_words("facebook"), salt=b"0" * 16)
    assert "Kim" not in red.text("Kim Lee shared with Friends") and "Friends" in red.text("Kim Lee shared with Friends")
