"""The near look (``near_look``, on since stop 31 with ``feature_side`` 640; logofast31): where the whole-photo keypoint pass
found a plausible place for a logo (a RANSAC model with enough inliers) that failed its checks,
the photo's own pixels around it are searched again by keypoints for that logo only (the second
look's crop, logo_second_look.py), and that crop's match must pass the same verification. Meant
for a smaller ``feature_side`` copy, whose small marks verify poorly. Plain OpenCV suffices."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest

from selfaudit.analysis import logos as L

from .conftest import LOGOS, iou, paste_logo, scene

# the keypoint path alone, with the plain checks only (the fixture below fails the plain outline
# correlation on the copy; the print checks, on since stop 32, judge by cells and would pass it there)
ONLY = {"shape_search": False, "ink_search": False, "print_checks": False}
SIDE = 640  # the whole-photo pass's copy


def _matcher(**kw: Any) -> L.FeatureMatcher:
    p = {**L.DEFAULTS, **ONLY, "feature_side": SIDE, **kw}
    logos = [L.prepare_logo(L.Logo(x.stem, x.stem, x, True), p) for x in sorted(LOGOS.glob("*.png"))]
    return L.FeatureMatcher(logos, p)


@pytest.fixture()
def copy_cannot_verify(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole-photo pass's copy (long side SIDE) never verifies: as a small mark on a small copy."""
    real = L._verify

    def verify(img: np.ndarray, *a: Any, **kw: Any) -> float:
        return 0.0 if max(img.shape[:2]) == SIDE else real(img, *a, **kw)

    monkeypatch.setattr(L, "_verify", verify)


def _photo(with_mark: bool = True) -> tuple[np.ndarray, np.ndarray, list[int]]:
    img = scene(1280, 910)
    truth = paste_logo(img, 260, (700, 380), angle=5) if with_mark else []
    rgb = np.asarray(img)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb, truth


def test_a_place_the_copy_could_not_verify_is_found_on_the_photos_own_pixels(copy_cannot_verify: None) -> None:
    """Positive: the copy's plausible place is looked at again and verified there, box in the photo's pixels."""
    gray, rgb, truth = _photo()
    found = _matcher(near_look=1).detect(gray, rgb)
    assert [f["name"] for f in found] == ["chscb-standin"], found
    assert found[0]["second_look"] and iou(found[0]["box"], truth) > 0.6, (found, truth)


def test_without_the_option_the_unverified_place_is_no_claim(copy_cannot_verify: None) -> None:
    """Could not tell: the same photo with near_look 0 gives nothing: only the look finds it."""
    assert L.DEFAULTS["near_look"] == 2 and L.DEFAULTS["feature_side"] == SIDE  # the defaults since stop 31
    gray, rgb, _truth = _photo()
    m = _matcher(near_look=0)
    assert m.detect(gray, rgb) == []
    assert m.near  # there was a plausible place: only the option looks at it again


def test_a_bare_scene_gives_no_window_and_no_claim() -> None:
    """Negative: no mark, near_look on: nothing found (and a verified match is not looked at again)."""
    gray, rgb, _truth = _photo(with_mark=False)
    assert _matcher(near_look=2).detect(gray, rgb) == []
    gray, rgb, _truth = _photo()
    found = _matcher(near_look=2).detect(gray, rgb)
    assert [f["name"] for f in found] == ["chscb-standin"] and not found[0].get("second_look"), found
