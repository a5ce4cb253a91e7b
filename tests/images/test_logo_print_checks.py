"""Print checks (``print_checks``, ON since stop 32; logoink32 session): a keypoint model the plain
photometric checks reject (whole-mask outline correlation, opponent colours) is judged again as a
mark printed into the scene: the correlation cell by cell (``_verify_local``: the background under
a print changes across it) and the log-chroma colours (``_print_colour``: multiplied ink adds its
log-chroma to the scene's), with more inliers asked. Plain OpenCV suffices."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest

from selfaudit.analysis import logos as L

from .conftest import LOGOS, iou, logo_image, scene

ONLY = {"shape_search": False, "ink_search": False, "second_look": 0, "near_look": 0, "print_tint": False}  # the whole-photo keypoint pass alone


def _logo(**kw: Any) -> L.LogoFeatures:
    p = {**L.DEFAULTS, **kw}
    return L.prepare_logo(L.Logo("chscb-standin", "chscb-standin", LOGOS / "chscb-standin.png", True), p)


def _printed_on(lg: L.LogoFeatures, left: tuple[int, int, int], right: tuple[int, int, int], swap: bool = False) -> np.ndarray:
    """The logo at its reference size multiplied into a scene of two colours (left | right)."""
    ink = np.asarray(logo_image().resize((lg.width, lg.height))).astype(np.float32)
    if swap:  # a look-alike in other colours
        ink = ink[..., ::-1]
    base = np.zeros_like(ink)
    base[:, : lg.width // 2] = left
    base[:, lg.width // 2:] = right
    return np.clip(base * ink / 255.0, 0, 255).astype(np.uint8)


def test_cells_and_log_chroma_read_a_print_the_plain_checks_lose() -> None:
    """Positive: a print over a scene half bright grey, half dark red: the whole-mask correlation and the
    opponent colours drop, the cell-wise correlation and the log-chroma colours stay high."""
    lg = _logo()
    H = np.eye(3)
    gray = cv2.cvtColor(_printed_on(lg, (250, 250, 250), (150, 40, 30)), cv2.COLOR_RGB2GRAY)
    assert L._verify_local(gray, H, lg) > max(0.8, L._verify(gray, H, lg) + 0.2)
    rgb = _printed_on(lg, (60, 170, 230), (200, 40, 30))  # sky blue | brick red
    plain, printed = L._colour(rgb, H, lg), L._print_colour(rgb, H, lg)
    assert plain is not None and plain < L.DEFAULTS["min_colour"], plain
    assert printed is not None and printed >= L.DEFAULTS["print_min_colour"] + 0.05, printed


def test_a_look_alike_in_other_colours_and_a_bare_scene_are_no_print() -> None:
    """Negative: the same layout in swapped colours fails the log-chroma bar; a scene without the mark
    correlates with nothing cell by cell."""
    lg = _logo()
    swapped = _printed_on(lg, (250, 250, 250), (250, 250, 250), swap=True)
    pc = L._print_colour(swapped, np.eye(3), lg)
    assert pc is not None and pc < L.DEFAULTS["print_min_colour"], pc
    bare = cv2.cvtColor(np.asarray(scene().resize((lg.width, lg.height))), cv2.COLOR_RGB2GRAY)
    assert L._verify_local(bare, np.eye(3), lg) < L.DEFAULTS["print_min_local"]


def test_a_grey_logo_has_no_colour_pattern_to_compare() -> None:
    """Could not tell: a grey region of a grey logo has no log-chroma pattern: None, not a score."""
    lg = _logo()
    grey = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(lg.verify_gray[..., None], 3, axis=2)})
    rgb = np.repeat(cv2.resize(lg.verify_gray, (lg.width, lg.height))[..., None], 3, axis=2)
    assert L._print_colour(rgb, np.eye(3), grey) is None


@pytest.fixture()
def plain_checks_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain whole-mask correlation never passes (as for a print over a changing background)."""
    monkeypatch.setattr(L, "_verify", lambda *a, **kw: 0.0)


def _photo(with_mark: bool = True) -> tuple[np.ndarray, np.ndarray, list[int]]:
    img = np.asarray(scene(1280, 910)).astype(np.float32)
    truth: list[int] = []
    if with_mark:  # multiplied into the scene, as ink
        mark = np.asarray(logo_image().resize((420, 210))).astype(np.float32)
        x, y = 520, 330
        img[y:y + 210, x:x + 420] = img[y:y + 210, x:x + 420] * mark / 255.0
        truth = [x, y, 420, 210]
    rgb = np.clip(img, 0, 255).astype(np.uint8)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb, truth


def _matcher(**kw: Any) -> L.FeatureMatcher:
    p = {**L.DEFAULTS, **ONLY, **kw}
    return L.FeatureMatcher([_logo(**kw)], p)


def test_the_matcher_finds_the_print_only_with_the_option(plain_checks_reject: None) -> None:
    """Positive and could-not-tell: the plain checks reject the model; with print_checks (the default
    since stop 32) it is found at the right place, without it is no claim."""
    assert L.DEFAULTS["print_checks"] is True
    gray, rgb, truth = _photo()
    assert _matcher(print_checks=False).detect(gray, rgb) == []
    found = _matcher(print_checks=True).detect(gray, rgb)
    assert [f["name"] for f in found] == ["chscb-standin"] and iou(found[0]["box"], truth) > 0.6, (found, truth)


def test_the_matcher_claims_nothing_on_a_bare_scene(plain_checks_reject: None) -> None:
    """Negative: no mark, print_checks on: nothing."""
    gray, rgb, _truth = _photo(with_mark=False)
    assert _matcher(print_checks=True).detect(gray, rgb) == []


def test_a_print_needs_more_inliers_than_a_plain_match(plain_checks_reject: None) -> None:
    """The print checks ask more keypoint evidence (``print_min_inliers``): the same print with the
    bar one above its model's inliers is no claim."""
    gray, rgb, _truth = _photo()
    found = _matcher(print_checks=True).detect(gray, rgb)
    assert found and found[0]["inliers"] >= L.DEFAULTS["print_min_inliers"]
    # (print_both_min_inliers, on since stop 34, lowers the bar only for a print strong on cells and colour: off here)
    assert _matcher(print_checks=True, print_min_inliers=found[0]["inliers"] + 1, print_both_min_inliers=0).detect(gray, rgb) == []


def test_a_strong_cell_agreement_lowers_the_colour_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    """``print_strong_local`` (0.7 since stop 33; logoink33): cells >= it need only ``print_strong_colour``
    of log-chroma. Positive: cells 0.8, colour 0.35 pass with it, not without; negative: cells 0.65 (under
    the strong bar) with colour 0.35 fail either way; could not tell (no colour): the grey bar decides."""
    assert L.DEFAULTS["print_strong_local"] == 0.7 and L.DEFAULTS["print_strong_colour"] == 0.3
    fm = _matcher(print_strong_local=0.0)
    lg = fm.logos[0]
    gray, rgb, _truth = _photo()
    H = np.eye(3)

    def judge(local: float, colour: float | None, **kw: Any) -> bool:
        monkeypatch.setattr(L, "_verify_local", lambda *a, **k: local)
        monkeypatch.setattr(L, "_print_colour", lambda *a, **k: colour)
        return fm._printed(gray, rgb, H, H, lg, 20, {**fm.params, **kw})

    strong = {"print_strong_local": 0.7, "print_strong_colour": 0.3}
    assert not judge(0.8, 0.35) and judge(0.8, 0.35, **strong)
    assert not judge(0.8, 0.25, **strong)
    assert not judge(0.65, 0.35, **strong) and not judge(0.65, 0.35)
    assert not judge(0.65, None, **strong) and judge(0.75, None, **strong) == judge(0.75, None)
