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
