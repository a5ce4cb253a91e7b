"""``second_look_share`` (logospeed34 session, off by default): a window that lies inside a crop
already looked at for the same photo is judged on that crop's keypoints and votes, not on a crop
of its own (one SIFT pass and one index search fewer); the match must still pass the verification."""

from __future__ import annotations

from selfaudit.analysis.logo_second_look import second_look
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures

from .conftest import count_describes, iou, look_photo

ON = {**DEFAULTS, "second_look": 2, "second_look_share": True}


def test_a_window_inside_an_earlier_crop_is_judged_on_that_crop(shipped: list[LogoFeatures]) -> None:
    """Positive: the other logo's window over the same place is looked at first; the mark's window lies
    inside that crop, is matched on it (one crop described, not two), box in the photo's pixels."""
    gray, rgb, truth = look_photo()
    m = FeatureMatcher(shipped, ON)
    calls = count_describes(m)
    looked = [(0.9, "chscp-standin", [truth[0] - 5, truth[1] + 5, truth[2], truth[3]]),
              (0.5, "chscb-standin", [truth[0] + 10, truth[1] - 5, truth[2], truth[3]])]
    (got,) = [g for g in second_look(m, gray, rgb, [], looked) if g["name"] == "chscb-standin"]  # (the stand-ins look alike)
    assert got["name"] == "chscb-standin" and got["second_look"] and iou(got["box"], truth) > 0.6, (got, truth)
    assert len(calls) == 1


def test_windows_apart_or_sharing_off_get_their_own_crops(shipped: list[LogoFeatures]) -> None:
    """Could not tell / off: a window outside every earlier crop gets its own; with the option off (the
    default) every window does, and finds the same mark."""
    gray, rgb, truth = look_photo()
    assert DEFAULTS["second_look_share"] is False
    m = FeatureMatcher(shipped, ON)
    calls = count_describes(m)
    far = [(0.9, "chscp-standin", [60, 60, 150, 110]), (0.5, "chscb-standin", [truth[0] + 10, truth[1] - 5, truth[2], truth[3]])]
    assert "chscb-standin" in [g["name"] for g in second_look(m, gray, rgb, [], far)] and len(calls) == 2
    off = FeatureMatcher(shipped, {**ON, "second_look_share": False})
    calls = count_describes(off)
    near = [(0.9, "chscp-standin", [truth[0] - 5, truth[1] + 5, truth[2], truth[3]]),
            (0.5, "chscb-standin", [truth[0] + 10, truth[1] - 5, truth[2], truth[3]])]
    assert "chscb-standin" in [g["name"] for g in second_look(off, gray, rgb, [], near)] and len(calls) == 2


def test_a_shared_crop_of_the_bare_scene_is_no_claim(shipped: list[LogoFeatures]) -> None:
    """Negative: two windows over a place without the mark, sharing one crop: nothing."""
    gray, rgb, box = look_photo(with_mark=False)
    m = FeatureMatcher(shipped, ON)
    calls = count_describes(m)
    looked = [(0.9, "chscp-standin", [box[0] - 5, box[1] + 5, box[2], box[3]]), (0.8, "chscb-standin", [box[0] + 10, box[1] - 5, box[2], box[3]])]
    assert second_look(m, gray, rgb, [], looked) == []
    assert len(calls) <= 1
