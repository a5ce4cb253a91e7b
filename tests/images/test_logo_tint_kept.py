"""What the tint search derives from a logo alone, kept on the logo across photos (logospeed38): the colour axes,
``refine``'s half-size templates, ``rectified_score``'s reference and the homography judge's plane, direction and
masks were made again for every photo and every coarse peak. Kept, they are the same values; another logo (other
colours, another object) gets its own; a colourless logo keeps "no axes" (it is never searched). The ECC step no
longer passes an all-valid input mask: the same models as with it."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L

from .test_logo_print_checks import _logo
from .test_logo_tint_homography import _perspective_print


def test_kept_values_are_the_fresh_ones_and_made_once() -> None:
    """Positive: every kept value equals the one made afresh, and the second ask returns the kept object."""
    lg = _logo()
    axes = T.colour_axes(lg)
    assert axes
    tf = T.log_chroma(lg.verify_rgb)
    m = L._colour_mask(lg)
    assert axes == [i for i in range(2) if m.any() and float(tf[..., i][m].std()) >= 0.1]
    vh, vw = lg.verify_rgb.shape[:2]
    half = cv2.resize(lg.verify_rgb, (max(4, vw // 2), max(4, vh // 2)), interpolation=cv2.INTER_AREA)
    assert np.array_equal(T._half(lg), half) and T._half(lg) is T._half(lg)
    t = T._refine_template(lg, 70, 35, axes)
    assert np.array_equal(t, T.log_chroma(cv2.resize(half, (70, 35), interpolation=cv2.INTER_AREA))[..., axes])
    assert T._refine_template(lg, 70, 35, axes) is t
    mask, d, levels = T._ecc_reference(lg, axes)
    assert np.array_equal(mask, T._mark_mask(lg))
    assert np.array_equal(d, T._axis(tf, T._mark_mask(lg), axes))
    tp = (tf[..., axes] @ d).astype(np.float32)
    for lv, (tl, mk) in zip(T._ECC_LEVELS, levels, strict=True):
        fresh = cv2.resize(tp, (max(4, round(vw * lv)), max(4, round(vh * lv))), interpolation=cv2.INTER_AREA)
        assert np.array_equal(tl, fresh)
        assert np.array_equal(mk, cv2.resize(mask, (fresh.shape[1], fresh.shape[0]), interpolation=cv2.INTER_NEAREST))
    assert T._ecc_reference(lg, axes)[2] is levels


def test_another_logo_gets_its_own_values() -> None:
    """Negative: a logo in other colours (another object, other pixels) is not served the first one's values."""
    lg = _logo()
    axes = T.colour_axes(lg)
    other = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.ascontiguousarray(lg.verify_rgb[..., ::-1])})
    assert not np.array_equal(T._half(other), T._half(lg))
    assert not np.array_equal(T._refine_template(other, 70, 35, axes), T._refine_template(lg, 70, 35, axes))
    assert not np.array_equal(T._ecc_reference(other, axes)[2][1][0], T._ecc_reference(lg, axes)[2][1][0])


def test_a_colourless_logo_keeps_no_axes_and_is_not_searched() -> None:
    """Could not tell: a grey logo has no log-chroma axis; kept as none, so the tint search never judges it; the
    list handed out is the caller's own (changing it does not change what is kept)."""
    lg = _logo()
    grey = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(lg.verify_rgb.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)})
    got = T.colour_axes(grey)
    assert got == []
    got.append(0)
    assert T.colour_axes(grey) == []
    rgb, _ = _perspective_print()
    assert T.tint_matches(rgb, [grey], [], L.DEFAULTS) == []


@pytest.mark.parametrize("shift", [(0.0, 0.0), (-60.0, -40.0), (500.0, 300.0)])
def test_the_ecc_step_without_an_input_mask_gives_the_models_the_all_valid_mask_gave(shift: tuple[float, float],
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The same homography (or the same None) whether ECC gets no input mask or an all-255 one, on the mark, on a
    box partly outside the photo and on one mostly outside it."""
    lg = _logo()
    axes = T.colour_axes(lg)
    rgb, truth = _perspective_print()
    box = [truth[0] + shift[0], truth[1] + shift[1], float(truth[2]), float(truth[3])]
    now = T.refine_homography(rgb, lg, box, axes)
    real = cv2.findTransformECCWithMask

    def with_full_mask(t: Any, i: Any, mk: Any, inmask: Any, *rest: Any) -> Any:
        assert inmask is None
        return real(t, i, mk, np.full(i.shape, 255, np.uint8), *rest)

    monkeypatch.setattr(cv2, "findTransformECCWithMask", with_full_mask)
    before = T.refine_homography(rgb, lg, box, axes)
    assert (now is None) == (before is None)
    if now is not None:
        assert np.array_equal(now, before)
    if shift == (0.0, 0.0):
        assert now is not None  # the mark itself converges
