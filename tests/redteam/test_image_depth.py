"""Second red team, images: a 16-bit PNG that holds 12-bit data (values up to 4095, as scanners
and some cameras write) was scaled as if it used the full 16 bits and came out almost black —
the face and logo detectors then found nothing and the photo passed "no faces found"."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from selfaudit.analysis.image_decode import decode_image


def _png16(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr.astype(np.uint16)).save(buf, "PNG")
    return buf.getvalue()


def test_12_bit_data_in_a_16_bit_png_keeps_its_contrast():
    grad = np.tile(np.linspace(0, 4095, 256), (64, 1))
    rgb = decode_image(_png16(grad)).rgb
    assert rgb.max() >= 200 and rgb.min() <= 10


def test_full_range_16_bit_png_is_unchanged():
    grad = np.tile(np.linspace(0, 65535, 256), (64, 1))
    rgb = decode_image(_png16(grad)).rgb
    assert rgb.max() >= 250 and rgb.min() <= 5
