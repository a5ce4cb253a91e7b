"""logo_math.cell_correlation, the one cell-by-cell correlation the print checks (logos._verify_local) and the
nested-claim rule (logo_claims) share: agreement, disagreement, and nothing to agree with."""

import numpy as np

from selfaudit.analysis.logo_math import cell_correlation


def _ref() -> np.ndarray:
    y, x = np.mgrid[0:64, 0:64]
    return (((x // 8 + y // 8) % 2) * 200 + 20).astype(np.uint8)  # a checker: structure in every cell


def test_the_logo_itself_agrees():
    ref = _ref()
    v = cell_correlation(ref, ref, np.ones(ref.shape, bool))
    assert v is not None and v > 0.99


def test_unrelated_noise_does_not_agree():
    ref = _ref()
    noise = np.random.default_rng(5).integers(0, 255, ref.shape).astype(np.uint8)
    v = cell_correlation(noise, ref, np.ones(ref.shape, bool))
    assert v is not None and v < 0.3


def test_a_flat_logo_or_an_empty_mask_cannot_tell():
    flat = np.full((64, 64), 128, np.uint8)
    assert cell_correlation(flat, flat, np.ones(flat.shape, bool)) is None
    ref = _ref()
    assert cell_correlation(ref, ref, np.zeros(ref.shape, bool)) is None
