"""A picture matched to a logo by its hashes must hold some of the logo's detail: a smooth
vignette (found on a real wallpaper matching a camera-lens icon) is no copy of a logo."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from selfaudit.analysis.logo_hash import hash_match
from selfaudit.analysis.logo_set import Logo
from selfaudit.analysis.logos import DEFAULTS, prepare_logo


def _vignette(w: int, h: int) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w]
    r = np.sqrt(((x - w / 2) / (w / 2)) ** 2 + ((y - h / 2) / (h / 2)) ** 2)
    g = np.clip(235 - 200 * r**1.6, 0, 255).astype(np.uint8)
    return np.dstack([g, g, g])


def _lens_logo() -> np.ndarray:
    """A round emblem: the same dark-edged, light-centred disc, with lettering round its rim."""
    im = _vignette(256, 256).copy()
    for i, a in enumerate(range(0, 360, 20)):
        x, y = 128 + int(95 * np.cos(np.radians(a))), 128 + int(95 * np.sin(np.radians(a)))
        cv2.putText(im, "ab"[i % 2], (x - 6, y + 6), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (250, 250, 250), 2)
    return im


@pytest.fixture(scope="module")
def lens(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("lens") / "lens.png"
    Image.fromarray(_lens_logo()).save(path)
    return prepare_logo(Logo(name="lens", label="Lens", path=Path(path), builtin=False), DEFAULTS)


def test_a_copy_of_the_logo_still_matches(lens) -> None:
    copy = Image.fromarray(cv2.resize(_lens_logo(), (180, 180), interpolation=cv2.INTER_AREA))
    assert [m["name"] for m in hash_match(copy, [lens], {})] == ["lens"]


@pytest.mark.parametrize("size", [(480, 270), (300, 300)])
def test_a_smooth_vignette_is_not_a_copy(lens, size) -> None:
    assert hash_match(Image.fromarray(_vignette(*size)), [lens], {}) == []


def test_a_picture_of_one_colour_matches_nothing(lens) -> None:
    # nothing to tell a copy by: no match (the photo checks then say what they could not see)
    assert hash_match(Image.new("RGB", (64, 64), (128, 128, 128)), [lens], {}) == []
