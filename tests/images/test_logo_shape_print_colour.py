"""``shape_print_colour`` (logoprint34 session, OFF by default): an outline / colour search window whose
outline passes but whose plain chroma correlation fails passes when its log-chroma pattern (the print
check's ``_print_colour``) reaches the bar. Plain OpenCV suffices."""

from __future__ import annotations

import numpy as np
import pytest

from selfaudit.analysis import logo_shapes as S
from selfaudit.analysis import logos as L

from .conftest import iou
from .test_logo_print_checks import _logo, _photo, _printed_on


def test_off_by_default() -> None:
    assert L.DEFAULTS["shape_print_colour"] == 0.0


def test_a_print_the_plain_colours_lose_passes_on_log_chroma() -> None:
    """Positive: the mark multiplied into a sky-blue | brick-red scene; off (0), never."""
    lg = _logo()
    rgb = _printed_on(lg, (60, 170, 230), (200, 40, 30))
    plain = L._colour(rgb, np.eye(3), lg)
    assert plain is not None and plain < 0.4
    assert S._print_colour_passes(rgb, np.eye(3), lg, 0.45)
    assert not S._print_colour_passes(rgb, np.eye(3), lg, 0.0)


def test_a_look_alike_in_other_colours_does_not_pass() -> None:
    """Negative: the layout in swapped colours."""
    lg = _logo()
    rgb = _printed_on(lg, (250, 250, 250), (250, 250, 250), swap=True)
    assert not S._print_colour_passes(rgb, np.eye(3), lg, 0.45)


def test_no_colour_pattern_cannot_pass() -> None:
    """Could not tell: a grey logo has no log-chroma pattern: no pass."""
    lg = _logo()
    grey = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(lg.verify_gray[..., None], 3, axis=2)})
    rgb = _printed_on(lg, (60, 170, 230), (200, 40, 30))
    assert not S._print_colour_passes(rgb, np.eye(3), grey, 0.45)


def test_the_shape_search_finds_the_print_only_with_the_option(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the shape search: with the plain colours made to fail (as over a coloured scene), the print
    is found with the option and not without; on a bare scene nothing either way."""
    monkeypatch.setattr(L, "_colour", lambda *a, **k: 0.1)
    only = {"second_look": 0, "near_look": 0, "max_features": 1, "min_inliers": 10_000}
    gray, rgb, truth = _photo()
    _g0, bare, _t = _photo(with_mark=False)

    def found(rgb_: np.ndarray, gray_: np.ndarray, **kw: float) -> list[dict]:
        p = {**L.DEFAULTS, **only, **kw}
        return L.FeatureMatcher([_logo()], p).detect(gray_, rgb_)

    assert found(rgb, gray) == []
    hits = found(rgb, gray, shape_print_colour=0.45)
    assert [h["name"] for h in hits] == ["chscb-standin"] and iou(hits[0]["box"], truth) > 0.5, (hits, truth)
    import cv2

    assert found(bare, cv2.cvtColor(bare, cv2.COLOR_RGB2GRAY), shape_print_colour=0.45) == []
