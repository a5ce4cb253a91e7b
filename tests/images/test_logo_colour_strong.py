"""The mirror of pcC (logoprint34 session, ON since stop 34): a print whose log-chroma pattern is strong
(``print_colour_strong``) needs less cell correlation (``print_colour_strong_local``); with
``print_both_min_inliers`` a print strong on both cells and colours needs fewer inliers; with
``print_colour_axes`` a logo coloured on one opponent axis only is compared on that axis instead of
having "no colour". Plain OpenCV suffices."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from selfaudit.analysis import logos as L

from .test_logo_print_checks import _logo, _matcher, _photo

ON = {"print_colour_strong": 0.45, "print_colour_strong_local": 0.4}


def test_the_rule_is_on_by_default_since_stop_34() -> None:
    assert L.DEFAULTS["print_colour_strong"] == 0.45 and L.DEFAULTS["print_colour_strong_local"] == 0.4
    assert L.DEFAULTS["print_both_min_inliers"] == 9 and L.DEFAULTS["print_colour_axes"] is True


@pytest.fixture()
def judge(monkeypatch: pytest.MonkeyPatch) -> Any:
    fm = _matcher(print_colour_strong=0.0, print_both_min_inliers=0, print_colour_axes=False)  # the code before stop 34
    lg = fm.logos[0]
    gray, rgb, _truth = _photo()
    H = np.eye(3)

    def run(local: float, colour: float | None, n_in: int = 20, **kw: Any) -> bool:
        monkeypatch.setattr(L, "_verify_local", lambda *a, **k: local)
        monkeypatch.setattr(L, "_print_colour", lambda *a, **k: colour)
        return fm._printed(gray, rgb, H, H, lg, n_in, {**fm.params, **kw})

    return run


def test_strong_colours_lower_the_cell_bar(judge: Any) -> None:
    """Positive: cells 0.45 (under print_min_local 0.5) with log-chroma 0.6 pass with the rule, not without."""
    assert not judge(0.45, 0.6) and judge(0.45, 0.6, **ON)


def test_weak_colours_or_weak_cells_do_not_pass(judge: Any) -> None:
    """Negative: colour under the strong bar, or cells under the rule's own floor, fail with the rule on;
    what today's bars decide (cells >= 0.5) is decided as before."""
    assert not judge(0.45, 0.4, **ON)
    assert not judge(0.35, 0.9, **ON)
    for local, colour in ((0.55, 0.45), (0.55, 0.55), (0.75, 0.32), (0.75, 0.25)):
        assert judge(local, colour, **ON) == judge(local, colour), (local, colour)


def test_no_colour_to_compare_cannot_pass_on_weak_cells(judge: Any) -> None:
    """Could not tell: without a colour pattern, weak cells stay a rejection (the grey bar is unchanged)."""
    assert not judge(0.45, None, **ON)
    assert judge(0.75, None, **ON) == judge(0.75, None)


def test_strong_on_both_needs_fewer_inliers(judge: Any) -> None:
    """Positive: 9 inliers (print bar 10) pass with print_both_min_inliers 9 when cells >= print_strong_local
    and colour >= print_colour_strong; negative: weaker cells, weaker colour or fewer inliers do not;
    without the rule the print bar stands."""
    both = {**ON, "print_both_min_inliers": 9}
    assert judge(0.75, 0.5, 9, **both) and not judge(0.75, 0.5, 9, **ON) and not judge(0.75, 0.5, 9)
    assert not judge(0.6, 0.5, 9, **both)
    assert not judge(0.75, 0.4, 9, **both)
    assert not judge(0.75, 0.5, 8, **both)
    assert not judge(0.75, None, 9, **both)


def _one_axis_logo() -> L.LogoFeatures:
    """The stand-in logo recoloured to vary on the (R+G)/2 - B axis only (R = G: R - G flat): brown and blue-grey."""
    lg = _logo()
    g = lg.verify_gray.astype(np.float32)
    v = np.stack([g, g, np.clip(255 - g * 0.8, 0, 255)], axis=-1).astype(np.uint8)
    return L.LogoFeatures(**{**lg.__dict__, "verify_rgb": v})


def test_one_colour_axis_is_compared_with_the_option() -> None:
    """Could not tell becomes a score: a logo whose R - G is flat has no colour pattern today (None);
    with axes it is compared on its coloured axis: its own pattern multiplied into a tinted scene scores
    high (positive), the pattern reversed scores low (negative)."""
    lg = _one_axis_logo()
    H = np.eye(3)
    import cv2

    v = cv2.resize(lg.verify_rgb, (lg.width, lg.height), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    tint = np.array([200.0, 170.0, 140.0])
    printed = np.clip(tint * v / 255.0, 0, 255).astype(np.uint8)
    assert L._print_colour(printed, H, lg) is None
    pos = L._print_colour(printed, H, lg, True)
    assert pos is not None and pos > 0.8, pos
    rev = np.clip(tint * v[..., ::-1] / 255.0, 0, 255).astype(np.uint8)
    neg = L._print_colour(rev, H, lg, True)
    assert neg is not None and neg < 0.3, neg
    grey = np.repeat(cv2.resize(lg.verify_gray, (lg.width, lg.height))[..., None], 3, axis=2)
    flat = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(lg.verify_gray[..., None], 3, axis=2)})
    assert L._print_colour(grey, H, flat, True) is None  # no coloured axis at all: still None
