"""The logo matcher's speed-ups keep its answers: the crop-resistant hash gives imagehash's
hashes, a big JPEG is decoded reduced and its logo still found, and a picture too big to
decode is a clear reason, never "no logo"."""

from __future__ import annotations

import imagehash
import pytest
from PIL import Image

from selfaudit.analysis import images as I
from selfaudit.analysis.image_decode import decode_image
from selfaudit.analysis.logo_hash import _small, crop_hash
from selfaudit.config import Config

from .conftest import HOPPER, iou, jpeg_bytes, logo_image, paste_logo, scene


@pytest.fixture(scope="module")
def analyser() -> I.ImageAnalyser:
    a = I.ImageAnalyser(Config(), cache=False)
    I._init_worker(a.logos, a.options)
    return a


def test_crop_hash_is_imagehash_s_crop_resistant_hash() -> None:
    poster = Image.open(HOPPER).convert("RGB").resize((768, 900))
    paste_logo(poster, 200, (400, 500))
    for pic in (poster, scene(), logo_image(), logo_image("chscp-standin"), Image.new("RGB", (300, 200), (128, 128, 128))):
        ours = crop_hash(pic)
        theirs = imagehash.crop_resistant_hash(_small(pic), segmentation_image_size=128, min_segment_size=100)
        assert [str(h) for h in ours.segment_hashes] == [str(h) for h in theirs.segment_hashes]


def test_a_big_jpeg_is_decoded_reduced_and_the_logo_still_found(analyser: I.ImageAnalyser) -> None:
    img = scene(4000, 2800)
    truth = paste_logo(img, 520, (2900, 1700), angle=6)  # 13 % of the width
    data = jpeg_bytes(img, 85)
    dec = decode_image(data)
    assert max(dec.rgb.shape[:2]) <= 1600 and dec.width == 4000  # libjpeg's reduced decode, original size kept
    rep = I.analyse_bytes(data)
    assert rep.error is None and (rep.width, rep.height) == (4000, 2800)
    hits = [m for m in rep.logos if m["name"] == "chscb-standin"]
    assert hits and iou(hits[0]["box"], truth) > 0.6, (rep.logos, truth)


def test_an_image_too_big_to_decode_gives_the_reason_and_no_logo_answer(analyser: I.ImageAnalyser) -> None:
    data = jpeg_bytes(scene(3000, 2000), 60)  # 6 megapixels, above a limit of 5
    I._STATE["options"] = {**analyser.options, "max_pixels": 5_000_000}
    try:
        rep = I.analyse_bytes(data)
    finally:
        I._STATE["options"] = analyser.options
    assert rep.error is not None and "megapixel" in rep.error and rep.logos == []
    assert rep.reason_for("logos") == rep.error  # "could not tell", never "no logo"


def test_the_searches_share_the_photo_s_halvings_and_keep_their_levels() -> None:
    import cv2
    import numpy as np

    from selfaudit.analysis import logo_shapes as S

    rgb = np.asarray(scene(1600, 1000))
    S.forget_halvings()
    small = S.halved(rgb, (114, 71))  # the colour search's first level: three halvings
    assert small.shape[:2] == (125, 200)
    assert np.array_equal(small, cv2.pyrDown(cv2.pyrDown(cv2.pyrDown(rgb))))
    # positive: the outline search's first level (two halvings) is the same array, not recomputed
    kept = S._HALVES[1][1]
    assert S.halved(rgb, (285, 178)) is kept
    # negative: another photo (a copy of the same pixels) gets its own halvings
    other = rgb.copy()
    got = S.halved(other, (285, 178))
    assert got is not kept and S._HALVES[0] is other and np.array_equal(got, kept)
    # could not halve: a photo smaller than twice the level is given back as it is
    tiny = rgb[:100, :150]
    assert S.halved(tiny, (114, 71)) is tiny
    S.forget_halvings()
    assert not S._HALVES


def test_the_searches_give_the_same_levels_with_shared_halvings(analyser: I.ImageAnalyser) -> None:
    import numpy as np

    from selfaudit.analysis import logo_shapes as S

    rgb = np.asarray(scene(1600, 1000))
    m = I._STATE["matcher"]
    for sm in (m.shapes, m.inks):
        S.forget_halvings()
        alone = sm._levels(rgb, {"rgb", "chroma", "grey"})
        S.forget_halvings()
        (m.inks if sm is m.shapes else m.shapes)._levels(rgb, {"rgb"})  # the other search went first
        shared = sm._levels(rgb, {"rgb", "chroma", "grey"})
        for look in alone:
            assert [s for s, _, _ in alone[look]] == [s for s, _, _ in shared[look]]
            assert all(np.array_equal(a, b) for (_, a, _), (_, b, _) in zip(alone[look], shared[look], strict=True))
    S.forget_halvings()
