"""The tint search's coarse templates kept per logo across photos (logotint36, stop 36): the same values as
templates made afresh, and a logo with other colours (another array) gets its own."""

from __future__ import annotations

import cv2
import numpy as np

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L

from .test_logo_print_checks import _logo


def test_a_kept_template_is_the_fresh_one() -> None:
    lg = _logo()
    axes = T.colour_axes(lg)
    t = T._template(lg, 30, 15, axes)
    fresh = T.log_chroma(cv2.resize(lg.verify_rgb, (30, 15), interpolation=cv2.INTER_AREA))[..., axes]
    assert np.array_equal(t, fresh) and T._template(lg, 30, 15, axes) is t


def test_a_logo_with_other_colours_gets_its_own_template() -> None:
    lg = _logo()
    axes = T.colour_axes(lg)
    t = T._template(lg, 30, 15, axes)
    other = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.ascontiguousarray(lg.verify_rgb[..., ::-1])})
    assert not np.array_equal(T._template(other, 30, 15, axes), t)


def test_the_shared_one_axis_plane_is_the_slice() -> None:
    # a one-colour logo: the photo's plane on that axis is made once a photo and is the slice the search used before
    lg = _logo()
    rgb = np.asarray(lg.verify_rgb)
    shared: dict = {}
    lv = T.log_chroma(rgb)
    plane = T._plane(shared, 1.0, lv, [0])
    assert np.array_equal(plane, lv[..., 0]) and T._plane(shared, 1.0, lv, [0]) is plane
