"""Turned printed marks in the log-chroma template search (``print_tint_angles``, logo_tint.py; logotint36 session):
the upright search cannot judge a mark printed at an angle (its cells disagree at every upright window); with the
photo's coarse copy turned by a few angles, a turned print is found and judged by the same three bars on the turned
model. Plain OpenCV suffices."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L

from .conftest import iou, logo_image, scene
from .test_logo_print_checks import _logo

UPRIGHT = {**L.DEFAULTS, "print_tint": True, "print_tint_angles": []}
TURNED = {**L.DEFAULTS, "print_tint": True, "print_tint_angles": [-20, -10, 10, 20], "print_tint_turn_fine": [-4, 4]}


def _turned_print(angle: float, size: tuple[int, int] = (224, 112), swap: bool = False, grey: bool = False,
                  with_mark: bool = True) -> tuple[np.ndarray, list[int]]:
    """A 640 x 460 scene with the stand-in logo turned by ``angle`` degrees and multiplied into it, as ink;
    the true box is the turned mark's bounding box (as the bench's labels)."""
    img = np.asarray(scene(640, 460)).astype(np.float32)
    if not with_mark:
        return img.astype(np.uint8), []
    w, h = size
    mark = np.asarray(logo_image().resize((w, h))).astype(np.float32)
    if swap:
        mark = mark[..., ::-1]
    if grey:
        mark = np.repeat(mark.mean(axis=-1, keepdims=True), 3, axis=-1)
    cx, cy = 412, 206
    canvas = np.full((460, 640, 3), 255, np.float32)
    canvas[cy - h // 2:cy - h // 2 + h, cx - w // 2:cx - w // 2 + w] = mark
    M = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
    ink = cv2.warpAffine(canvas, M, (640, 460), borderValue=(255, 255, 255))
    out = np.clip(img * ink / 255.0, 0, 255).astype(np.uint8)
    corners = np.float32([[[cx - w / 2, cy - h / 2], [cx + w / 2, cy - h / 2], [cx + w / 2, cy + h / 2], [cx - w / 2, cy + h / 2]]])
    pts = cv2.transform(corners, M)[0]
    (x0, y0), (x1, y1) = pts.min(axis=0), pts.max(axis=0)
    return out, [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def test_a_turned_print_is_found_at_its_place() -> None:
    """Positive: the stand-in printed at 8, 15, 22 and -18 degrees is found where it is (its bounding box), by
    the tint search with the turned copies; the upright print still by the upright search."""
    lg = _logo()
    for angle in (0, 8, 15, 22, -18):
        rgb, truth = _turned_print(angle)
        found = T.tint_matches(rgb, [lg], [], TURNED)
        assert [f["name"] for f in found] == [lg.name] and found[0]["method"] == "tint", (angle, found)
        assert iou(found[0]["box"], truth) > 0.6, (angle, found, truth)


def test_upright_only_does_not_claim_a_turned_print_and_a_bare_scene_or_look_alike_is_no_match() -> None:
    """Negative: without the angles (stop 35's search) a turned print is not claimed (no upright window passes
    the cell bar); with them, a bare scene and the same layout turned in swapped colours give nothing."""
    lg = _logo()
    for angle in (15, -18):
        assert T.tint_matches(_turned_print(angle)[0], [lg], [], UPRIGHT) == [], angle
        assert T.tint_matches(_turned_print(angle, swap=True)[0], [lg], [], TURNED) == [], angle
    assert T.tint_matches(_turned_print(0, with_mark=False)[0], [lg], [], TURNED) == []


def test_a_turned_mark_too_small_or_grey_cannot_be_told() -> None:
    """Could not tell: a turned print of 40 x 20 px (below what the refined cells can judge) or a grey one (no
    log-chroma pattern) gives no match, never a pass; a logo without colour is not searched at any angle."""
    lg = _logo()
    assert T.tint_matches(_turned_print(15, size=(40, 20))[0], [lg], [], TURNED) == []
    assert T.tint_matches(_turned_print(15, grey=True)[0], [lg], [], TURNED) == []
    g = lg.verify_gray
    grey = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(g[..., None], 3, axis=-1)})
    assert T.tint_matches(_turned_print(15)[0], [grey], [], TURNED) == []


def test_the_turned_search_runs_only_when_the_upright_one_found_nothing(monkeypatch: Any) -> None:
    """An upright print found upright is not searched again at the angles (the angles cost a coarse search each)."""
    lg = _logo()
    rgb, _ = _turned_print(0)
    seen: list[float] = []
    real = T.coarse

    def spy(*a: Any, **k: Any) -> Any:
        seen.append(float(a[5]) if len(a) > 5 else float(k.get("angle", 0.0)))
        return real(*a, **k)

    monkeypatch.setattr(T, "coarse", spy)
    assert [f["name"] for f in T.tint_matches(rgb, [lg], [], TURNED)] == [lg.name]
    assert seen == [0.0]


def test_the_template_cache_gives_the_same_template_and_follows_the_logo() -> None:
    """The coarse templates kept across photos (logotint36) are the ones made afresh, and a logo whose colours
    differ (another array) gets its own."""
    lg = _logo()
    axes = T.colour_axes(lg)
    t = T._template(lg, 30, 15, axes)
    fresh = T.log_chroma(cv2.resize(lg.verify_rgb, (30, 15), interpolation=cv2.INTER_AREA))[..., axes]
    assert np.array_equal(t, fresh) and T._template(lg, 30, 15, axes) is t
    other = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.ascontiguousarray(lg.verify_rgb[..., ::-1])})
    assert not np.array_equal(T._template(other, 30, 15, axes), t)
