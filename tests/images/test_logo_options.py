"""Logo matcher options measured on the bench: they change what is indexed, never the answer's shape."""

from __future__ import annotations

import pytest

from selfaudit.analysis import logos as L
from selfaudit.errors import ImageError

from .conftest import LOGOS


def _stand_in() -> L.Logo:
    return L.Logo("chscb-standin", "CHSCB", LOGOS / "chscb-standin.png", True)


def test_level_cap_and_printed_variants_change_only_the_index() -> None:
    base = L.prepare_logo(_stand_in(), L.DEFAULTS)
    capped = L.prepare_logo(_stand_in(), {**L.DEFAULTS, "logo_level_features": 50})
    printed = L.prepare_logo(_stand_in(), {**L.DEFAULTS, "logo_ink": (0,)})
    levels = 2 * len(L.DEFAULTS["logo_pyramid"]) * (1 + len(L.DEFAULTS["logo_blur"]))  # both polarities, sharp and blurred
    assert len(capped.descriptors) <= 50 * levels < len(base.descriptors)
    assert len(printed.descriptors) > len(base.descriptors)
    # Deterministic: the same file and options give the same index.
    again = L._prepare_logo(_stand_in(), {**L.DEFAULTS, "logo_ink": (0,)})
    assert (again.descriptors == printed.descriptors).all()


def test_teblid_without_opencv_contrib_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import cv2

    if hasattr(cv2, "xfeatures2d"):
        pytest.skip("opencv-contrib is installed: TEBLID is available")
    with pytest.raises(ImageError, match="opencv-contrib"):
        L._describer({"descriptor": "teblid"})
    assert L._describer({}) is None


def test_the_search_index_is_the_same_in_every_process() -> None:
    """FLANN builds its kd-trees at random; unseeded, two image workers (or two runs) searched
    different trees and could answer differently for the same photo. The seed fixes the trees."""
    import cv2
    import numpy as np

    logos = [L.prepare_logo(L.Logo(p.stem, p.stem, p, True), L.DEFAULTS) for p in sorted(LOGOS.glob("*.png"))]

    def neighbours() -> np.ndarray:
        cv2.randu(np.zeros((4, 4), np.float32), 0, 1)  # whatever the process drew before
        m = L.FeatureMatcher(logos, L.DEFAULTS)
        idx, _ = m.index.knnSearch(np.ascontiguousarray(m.desc[::7]), 2, params={"checks": m.checks})
        return np.asarray(idx)

    assert (neighbours() == neighbours()).all()
