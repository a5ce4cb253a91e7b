"""``second_look_merge`` (logospeed35 session, off by default): windows of different logos that overlap
(IoU >= the option) are looked at once, on one crop chosen to cover them all (the union of the windows
plus the margin), each logo voted for from that crop's keypoints; the match must still pass the
verification. Unlike ``second_look_share`` the crop is picked to cover both windows."""

from __future__ import annotations

from selfaudit.analysis import logo_second_look as SL
from selfaudit.analysis.logo_second_look import second_look
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures

from .conftest import count_describes, iou, look_photo

ON = {**DEFAULTS, "second_look": 2, "second_look_merge": 0.25}


def test_groups_are_the_overlapping_windows_of_different_logos() -> None:
    wins = [("a", [100, 100, 100, 100]), ("b", [140, 120, 100, 100]), ("c", [600, 600, 50, 50])]
    assert SL._groups(wins, 0.0) == [(["a"], [100, 100, 100, 100]), (["b"], [140, 120, 100, 100]), (["c"], [600, 600, 50, 50])]
    assert SL._groups(wins, 0.3) == [(["a", "b"], [100, 100, 140, 120]), (["c"], [600, 600, 50, 50])]
    assert SL._groups(wins, 0.9) == SL._groups(wins, 0.0)  # IoU 0.40 < 0.9: apart


def test_overlapping_windows_are_looked_at_once_on_a_crop_covering_both(shipped: list[LogoFeatures]) -> None:
    """Positive: the other logo's window is looked at first; the mark's window sticks out of that window's
    own crop (``second_look_share`` could not use it) but overlaps it: one crop covering both is described,
    the mark is found on it, box in the photo's pixels."""
    gray, rgb, truth = look_photo()
    m = FeatureMatcher(shipped, ON)
    calls = count_describes(m)
    first = [truth[0] - 90, truth[1], truth[2], truth[3]]
    looked = [(0.9, "chscp-standin", first), (0.5, "chscb-standin", list(truth))]
    got = [g for g in second_look(m, gray, rgb, [], looked) if g["name"] == "chscb-standin"]
    assert len(got) == 1 and got[0]["second_look"] and iou(got[0]["box"], truth) > 0.6, (got, truth)
    assert len(calls) == 1


def test_windows_apart_or_merging_off_get_their_own_crops(shipped: list[LogoFeatures]) -> None:
    """Could not tell / off: windows that do not overlap enough get a crop each; with the option off
    (the default) every window does, and the same mark is found."""
    gray, rgb, truth = look_photo()
    assert DEFAULTS["second_look_merge"] == 0.0
    m = FeatureMatcher(shipped, ON)
    calls = count_describes(m)
    far = [(0.9, "chscp-standin", [60, 60, 150, 110]), (0.5, "chscb-standin", list(truth))]
    assert "chscb-standin" in [g["name"] for g in second_look(m, gray, rgb, [], far)] and len(calls) == 2
    off = FeatureMatcher(shipped, {**ON, "second_look_merge": 0.0})
    calls = count_describes(off)
    near = [(0.9, "chscp-standin", [truth[0] - 90, truth[1], truth[2], truth[3]]), (0.5, "chscb-standin", list(truth))]
    assert "chscb-standin" in [g["name"] for g in second_look(off, gray, rgb, [], near)] and len(calls) == 2


def test_a_merged_crop_of_the_bare_scene_is_no_claim(shipped: list[LogoFeatures]) -> None:
    """Negative: two overlapping windows over a place without the mark, one crop: nothing."""
    gray, rgb, box = look_photo(with_mark=False)
    m = FeatureMatcher(shipped, ON)
    calls = count_describes(m)
    looked = [(0.9, "chscp-standin", [box[0] - 90, box[1], box[2], box[3]]), (0.8, "chscb-standin", list(box))]
    assert second_look(m, gray, rgb, [], looked) == []
    assert len(calls) <= 1
