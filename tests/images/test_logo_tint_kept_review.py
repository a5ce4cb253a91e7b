"""review38b on logospeed38's kept per-logo values: a logo sent to a worker (pickled) carries none of them and gets its
own, equal ones; the store stays bounded however many logo objects pass through; a box wholly outside the photo gives
no model rather than an error."""

from __future__ import annotations

import pickle

import numpy as np

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L

from .test_logo_print_checks import _logo
from .test_logo_tint_homography import _perspective_print


def test_a_pickled_logo_gets_its_own_equal_values() -> None:
    lg = _logo()
    axes = T.colour_axes(lg)
    _mask, _d, levels = T._ecc_reference(lg, axes)
    copy = pickle.loads(pickle.dumps(lg))
    assert len(pickle.dumps(copy)) == len(pickle.dumps(lg))  # nothing kept travels with the logo
    assert T._kept(copy) is not T._kept(lg)
    for (t0, m0), (t1, m1) in zip(levels, T._ecc_reference(copy, axes)[2], strict=True):
        assert np.array_equal(t0, t1) and np.array_equal(m0, m1)
    rgb, _ = _perspective_print()
    assert T.tint_matches(rgb, [copy], [], L.DEFAULTS) == T.tint_matches(rgb, [lg], [], L.DEFAULTS)


def test_the_store_stays_bounded_over_many_logo_objects() -> None:
    lg = _logo()
    for _ in range(1100):
        T.colour_axes(L.LogoFeatures(**lg.__dict__))
    assert len(T._KEPT) <= 513


def test_a_box_outside_the_photo_gives_no_model() -> None:
    lg = _logo()
    axes = T.colour_axes(lg)
    rgb, truth = _perspective_print()
    h, w = rgb.shape[:2]
    for box in ([-5.0 * truth[2], -5.0 * truth[3], float(truth[2]), float(truth[3])], [w + 10.0, h + 10.0, float(truth[2]), float(truth[3])]):
        assert T.refine_homography(rgb, lg, box, axes) is None
