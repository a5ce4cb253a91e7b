"""``second_look_part_of`` (logospeed32 session, off by default): a found mark of another logo that
lies mostly inside an unverified window and is much smaller than it (an emblem found inside its
wordmark's window) does not take that window's place; a mark that fills the window, or only
overlaps it, still does. Plain box arithmetic: the look itself is tested in test_logo_second_look."""

from __future__ import annotations

from selfaudit.analysis.logo_second_look import windows
from selfaudit.analysis.logos import DEFAULTS

ON = {**DEFAULTS, "second_look": 2, "second_look_part_of": 0.6}
WORDMARK = [350, 520, 210, 110]  # the window of the bigger mark (refined, not verified)
EMBLEM = {"name": "emblem", "box": [340, 540, 110, 95]}  # found: 86 % inside the window, 45 % of its area, IoU 0.37


def test_a_small_mark_found_inside_a_bigger_window_leaves_it_to_be_looked_at() -> None:
    """Positive: with the option the wordmark's window is looked at although the emblem overlaps it."""
    assert windows([(0.9, "wordmark", WORDMARK)], [EMBLEM], ON) == [("wordmark", WORDMARK)]


def test_off_by_default_and_when_off_the_found_mark_takes_the_window() -> None:
    """Negative: the default (0) keeps the old rule: a found mark overlapping the window (IoU >= 0.3) takes it."""
    assert DEFAULTS["second_look_part_of"] == 0.0
    assert windows([(0.9, "wordmark", WORDMARK)], [EMBLEM], {**ON, "second_look_part_of": 0.0}) == []


def test_a_mark_filling_the_window_or_sticking_out_still_takes_it() -> None:
    """Could not tell which mark is there: a found mark as big as the window (the same place), or one
    mostly outside it, keeps the window from a look, as before."""
    same = {"name": "other", "box": [355, 525, 200, 100]}
    assert windows([(0.9, "wordmark", WORDMARK)], [same], ON) == []
    half_out = {"name": "other", "box": [300, 500, 150, 140]}  # IoU 0.33, half inside
    assert windows([(0.9, "wordmark", WORDMARK)], [half_out], ON) == []
    # Small enough (0.6 of the window's area) and overlapping it (IoU 0.32), but only 64 % inside:
    # sticking out, so not a part of the bigger mark (the two-thirds containment decides alone).
    sticking_out = {"name": "other", "box": [305, 520, 126, 110]}
    assert windows([(0.9, "wordmark", WORDMARK)], [sticking_out], ON) == []
