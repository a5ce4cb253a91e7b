"""The shared logo measures: correlation of two windows, including the degenerate ones."""

import warnings

import numpy as np

from selfaudit.analysis.logo_math import box_iou, zncc


def test_zncc_same_pattern_is_one_and_inverted_is_minus_one() -> None:
    a = np.arange(16, dtype=np.float32).reshape(4, 4)
    assert abs(zncc(a, a * 2 + 3) - 1.0) < 1e-6
    assert abs(zncc(a, -a) + 1.0) < 1e-6


def test_zncc_flat_window_is_zero() -> None:
    a = np.arange(16, dtype=np.float32).reshape(4, 4)
    assert zncc(a, np.full((4, 4), 7.0, dtype=np.float32)) == 0.0


def test_zncc_empty_window_is_zero_without_warnings() -> None:
    # A window clipped to nothing at the photo's edge: nothing to compare, and no NaN warnings.
    empty = np.zeros((0, 5), dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert zncc(empty, empty) == 0.0


def test_box_iou() -> None:
    assert box_iou([0, 0, 10, 10], [0, 0, 10, 10]) == 1.0
    assert box_iou([0, 0, 10, 10], [20, 20, 5, 5]) == 0.0
