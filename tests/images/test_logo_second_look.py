"""The second keypoint look (logo_second_look, ``second_look``, off by default): a window the
outline / colour searches refined but could not verify is searched again by keypoints on a crop
around it, for that logo only — and the crop's match must pass the keypoint path's verification."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from selfaudit.analysis.logo_second_look import second_look, windows
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures

from .conftest import iou, paste_logo, scene

ON = {**DEFAULTS, "second_look": 2}


@pytest.fixture(scope="module")
def shipped() -> list[LogoFeatures]:
    from selfaudit.analysis import images as I
    from selfaudit.config import Config

    return I.ImageAnalyser(Config(), cache=False).logos


def test_windows_are_the_best_refined_of_logos_not_found() -> None:
    """Positive / negative: best refined first, one a logo, none for a found logo, a low refined
    score or a place a match took; at most ``second_look``."""
    looked = [(0.5, "a", [10, 10, 50, 50]), (0.7, "a", [200, 10, 50, 50]), (0.3, "b", [10, 200, 50, 50]),
              (0.6, "c", [300, 300, 40, 40]), (0.9, "d", [400, 400, 60, 60]), (0.8, "e", [12, 12, 50, 50])]
    found = [{"name": "d", "box": [400, 400, 60, 60]}, {"name": "x", "box": [300, 300, 40, 40]}]
    assert windows(looked, found, ON) == [("e", [12, 12, 50, 50]), ("a", [200, 10, 50, 50])]
    assert windows(looked, found, {**ON, "second_look": 0}) == []


def test_a_window_around_the_mark_is_found_again_by_keypoints(shipped: list[LogoFeatures]) -> None:
    """Positive: the mark's window, given as an unverified refined window, is matched on its crop
    with the box in the photo's pixels."""
    img = scene(1280, 910)
    truth = paste_logo(img, 150, (820, 420), angle=4)
    rgb = np.asarray(img)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    m = FeatureMatcher(shipped, ON)
    (got,) = second_look(m, gray, rgb, [], [(0.5, "chscb-standin", [truth[0] + 10, truth[1] - 5, truth[2], truth[3]])])
    assert got["name"] == "chscb-standin" and got["second_look"] and iou(got["box"], truth) > 0.6, (got, truth)


def test_a_window_on_the_bare_scene_or_a_tiny_one_is_no_claim(shipped: list[LogoFeatures]) -> None:
    """Negative / could not tell: the same window without the mark, a window too small to crop,
    and no window at all give nothing."""
    rgb = np.asarray(scene(1280, 910))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    m = FeatureMatcher(shipped, ON)
    assert second_look(m, gray, rgb, [], [(0.9, "chscb-standin", [830, 415, 150, 110])]) == []
    assert second_look(m, gray, rgb, [], [(0.9, "chscb-standin", [5, 5, 8, 8])]) == []
    assert second_look(m, gray, None, [], []) == []
