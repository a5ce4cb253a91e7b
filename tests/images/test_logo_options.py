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
