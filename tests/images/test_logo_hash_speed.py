"""The hash path's distances as array operations (logo_hash.segment_matches, _distance): the
same integers as imagehash's own ``-`` and ``hash_diff``, so the same answers."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from selfaudit.analysis.logo_hash import _bits, _distance, crop_hash, image_hashes, segment_matches

from .conftest import logo_image, scene


def _noise(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (12, 16, 3), np.uint8)
    return Image.fromarray(small).resize((320, 240), Image.Resampling.BICUBIC)


@pytest.mark.parametrize("seed", range(4))
def test_the_same_distances_and_segment_counts_as_imagehash(seed: int) -> None:
    """Positive and negative pairs alike: every distance and every segment count equals imagehash's."""
    pics = [scene(), logo_image(), _noise(seed), _noise(seed + 10)]
    hs = [image_hashes(p) for p in pics]
    crops = [crop_hash(p) for p in pics]
    for a in range(len(pics)):
        for b in range(len(pics)):
            for k in ("phash", "dhash", "whash"):
                assert _distance(_bits(hs[a][k], keep=False), _bits(hs[b][k])) == hs[a][k] - hs[b][k]
            for cutoff in (0, 6, 10, 20):
                assert segment_matches(crops[a], crops[b], cutoff) == crops[a].hash_diff(crops[b], hamming_cutoff=cutoff)[0]


def test_a_picture_compared_with_itself_matches_every_segment() -> None:
    c = crop_hash(scene())
    assert segment_matches(c, c, 0) == len(c.segment_hashes)


def test_hashes_of_different_sizes_are_refused_as_imagehash_does() -> None:
    """Could not tell: hashes of two sizes cannot be compared (an error, never a distance)."""
    import imagehash

    a, b = imagehash.phash(scene(), hash_size=8), imagehash.phash(scene(), hash_size=16)
    with pytest.raises(TypeError):
        _distance(_bits(a, keep=False), _bits(b))
