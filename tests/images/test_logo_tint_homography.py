"""A perspective-refined judge for printed marks (``print_tint_homography``, logo_tint.py; logojudge37 session):
a window the upright tint judge rejects is refined to a homography by ECC on the log-chroma and judged again by
the same three bars on the rectified crop. A perspective print breaks the grey-cell layout an upright box explains;
the rectified crop restores it. The bars are not lowered. Plain OpenCV suffices."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L

from .conftest import iou, logo_image, scene
from .test_logo_print_checks import _logo

ON = {**L.DEFAULTS, "print_tint_homography": 0.5}
OFF = {**L.DEFAULTS, "print_tint_homography": None}
_JITTER = np.float32([[1, 0.8], [-0.8, -0.6], [0.8, 1], [-1, -0.8]]) * 0.04  # each corner's shift, of the mark's size


def _perspective_print(size: tuple[int, int] = (280, 140), swap: bool = False, grey: bool = False,
                       with_mark: bool = True) -> tuple[np.ndarray, list[int]]:
    """A 640 x 460 scene with the logo under a mild perspective (corners moved by up to 4 % of its size),
    multiplied into it as ink; the true box."""
    img = np.asarray(scene(640, 460)).astype(np.float32)
    w, h = size
    mark = np.asarray(logo_image().resize((w, h))).astype(np.float32)
    if swap:
        mark = mark[..., ::-1]  # a look-alike in other colours
    if grey:
        mark = np.repeat(mark.mean(axis=-1, keepdims=True), 3, axis=-1)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = src + _JITTER * np.float32([w, h]) + np.float32([330, 90])
    warped = cv2.warpPerspective(mark, cv2.getPerspectiveTransform(src, dst), (640, 460), borderValue=(255, 255, 255))
    if with_mark:
        img = img * warped / 255.0
    x0, y0 = dst.min(axis=0)
    x1, y1 = dst.max(axis=0)
    return np.clip(img, 0, 255).astype(np.uint8), [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def test_on_by_default_at_the_value_set_18_decided() -> None:
    assert L.DEFAULTS["print_tint_homography"] == 0.55


def test_a_perspective_print_the_upright_judge_rejects_is_found_on_the_rectified_crop() -> None:
    """Positive: the upright judge does not pass this print (its cells fail); the homography judge finds it at its place."""
    lg = _logo()
    rgb, truth = _perspective_print()
    assert T.tint_matches(rgb, [lg], [], OFF) == []
    found = T.tint_matches(rgb, [lg], [], ON)
    assert T.tint_matches(rgb, [lg], [], L.DEFAULTS) == found  # the default finds it too
    assert [f["name"] for f in found] == [lg.name] and found[0]["method"] == "tint", found
    assert iou(found[0]["box"], truth) > 0.8, (found, truth)
    assert found[0]["score"] >= 0.7 and found[0]["colour"] >= 0.55


def test_a_bare_scene_and_a_look_alike_in_other_colours_are_no_match() -> None:
    """Negative: no mark, or the same layout in swapped colours: nothing, even from any coarse peak (gate 0)."""
    lg = _logo()
    anywhere = {**ON, "print_tint_homography": 0.0}
    assert T.tint_matches(_perspective_print(with_mark=False)[0], [lg], [], anywhere) == []
    assert T.tint_matches(_perspective_print(swap=True)[0], [lg], [], anywhere) == []


def test_a_grey_or_too_small_print_and_a_logo_without_colour_cannot_be_told() -> None:
    """Could not tell: a grey print has no log-chroma to align or compare, a 40 x 20 px print too little
    to rectify, a logo without colour is not searched: no match (never a pass)."""
    lg = _logo()
    anywhere = {**ON, "print_tint_homography": 0.0}
    assert T.tint_matches(_perspective_print(grey=True)[0], [lg], [], anywhere) == []
    assert T.tint_matches(_perspective_print(size=(40, 20))[0], [lg], [], anywhere) == []
    g = lg.verify_gray
    grey = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(g[..., None], 3, axis=-1)})
    assert T.tint_matches(_perspective_print()[0], [grey], [], anywhere) == []


def test_a_model_that_does_not_converge_or_folds_is_no_match(monkeypatch: Any) -> None:
    """ECC that does not converge gives no model; a folded or far-off model is not judged."""
    lg = _logo()
    rgb, _ = _perspective_print()
    axes = T.colour_axes(lg)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    box = T.coarse(rgb, lg, axes, ON)[1]  # type: ignore[index]
    monkeypatch.setattr(cv2, "findTransformECCWithMask", lambda *a, **k: (_ for _ in ()).throw(cv2.error("no")))
    assert T.refine_homography(rgb, lg, box, axes) is None
    monkeypatch.undo()
    flip = np.array([[-1.0, 0.0, 400.0], [0.0, 1.0, 100.0], [0.0, 0.0, 1.0]])
    monkeypatch.setattr(T, "refine_homography", lambda *a, **k: flip)
    assert T.judge_homography(rgb, gray, lg, box, axes, ON) is None


def test_the_homography_runs_only_where_the_upright_judge_did_not_pass(monkeypatch: Any) -> None:
    """An upright print the plain judge passes is not refined again (no CPU spent; the same answer)."""
    lg = _logo()
    from .test_logo_tint import _print

    rgb, _ = _print()
    monkeypatch.setattr(T, "refine_homography", lambda *a, **k: (_ for _ in ()).throw(AssertionError("refined")))
    assert [f["name"] for f in T.tint_matches(rgb, [lg], [], ON)] == [lg.name]


def test_review37_false_or_a_bad_value_in_the_options_is_off_not_gate_zero(monkeypatch: Any) -> None:
    """review37: the option comes from the user's images options; ``false`` there (meant: off) was read as a gate of
    0.0 (bool is an int), the judge then run from every coarse peak. Off for None / False; a value that is not a
    number in 0..1 is refused (the audit says so), never read as a gate."""
    lg = _logo()
    rgb, _ = _perspective_print()
    assert T.tint_matches(rgb, [lg], [], {**ON, "print_tint_homography": False}) == []  # off: the upright judge alone
    assert [f["name"] for f in T.tint_matches(rgb, [lg], [], {**ON, "print_tint_homography": 0.55})] == [lg.name]
    for bad in (True, "yes", float("nan"), 1.5, -0.1):
        with pytest.raises(ValueError):
            T.tint_matches(rgb, [lg], [], {**ON, "print_tint_homography": bad})
