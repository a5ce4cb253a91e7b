"""The detectors on real pixels: logo in a photo, logo as the picture, faces, EXIF."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from selfaudit.analysis import images as I
from selfaudit.analysis.logo_hash import hash_match
from selfaudit.config import Config

from .conftest import HOPPER, gps_exif, iou, jpeg_bytes, logo_image, paste_logo, scene


@pytest.fixture(scope="module")
def analyser() -> I.ImageAnalyser:
    a = I.ImageAnalyser(Config(), cache=False)
    I._init_worker(a.logos, a.options)  # logo features prepared once for the module
    return a


def test_logo_on_a_poster_in_a_photo_is_found_with_its_box(analyser: I.ImageAnalyser) -> None:
    img = Image.open(HOPPER).convert("RGB").resize((768, 900))
    truth = paste_logo(img, 150, (560, 640), angle=8)  # ~20 % of the width, slightly tilted
    rep = I.analyse_bytes(jpeg_bytes(img, 80))
    assert rep.error is None
    names = [m["name"] for m in rep.logos]
    assert names == ["chscb-standin"], rep.logos
    hit = rep.logos[0]
    assert hit["method"] == "features"
    assert iou(hit["box"], truth) > 0.7, (hit["box"], truth)


def test_photo_without_the_logo_has_no_match(analyser: I.ImageAnalyser) -> None:
    img = Image.open(HOPPER).convert("RGB").resize((768, 900))
    assert I.analyse_bytes(jpeg_bytes(img, 80)).logos == []
    assert I.analyse_bytes(jpeg_bytes(scene(), 80)).logos == []


def test_picture_that_is_the_logo_is_found_by_the_hashes(analyser: I.ImageAnalyser) -> None:
    copy = logo_image("chscp-standin").resize((300, 150))
    copy = Image.open(io.BytesIO(jpeg_bytes(copy, 70))).convert("RGB")
    hits = hash_match(copy, analyser.logos, analyser.options)
    assert [h["name"] for h in hits] == ["chscp-standin"]
    assert hits[0]["method"] == "hash"
    assert hash_match(Image.open(HOPPER).convert("RGB"), analyser.logos, analyser.options) == []
    rep = I.analyse_bytes(jpeg_bytes(copy, 80))
    assert [m["name"] for m in rep.logos] == ["chscp-standin"]


def test_a_face_is_counted_and_located(analyser: I.ImageAnalyser) -> None:
    rep = I.analyse_bytes(HOPPER.read_bytes())
    assert len(rep.faces) == 1, rep.faces
    x, y, w, h = rep.faces[0]
    # Her face is in the upper middle of the 512x600 portrait.
    assert 100 < x + w / 2 < 400 and 80 < y + h / 2 < 330 and w > 60
    assert I.analyse_bytes(jpeg_bytes(scene())).faces == []


def test_exif_gps_time_and_device_are_read(analyser: I.ImageAnalyser) -> None:
    rep = I.analyse_bytes(jpeg_bytes(scene(320, 240), exif=gps_exif(51.5450, -0.0553)))
    assert rep.gps is not None
    assert rep.gps[0] == pytest.approx(51.5450, abs=1e-4) and rep.gps[1] == pytest.approx(-0.0553, abs=1e-4)
    assert rep.taken_at == "2026-11-20T09:15:00"
    assert rep.device == "TestCam Model 1"
    assert I.analyse_bytes(jpeg_bytes(scene(320, 240))).gps is None


def test_exif_orientation_is_applied(analyser: I.ImageAnalyser) -> None:
    ex = Image.Exif()
    ex[0x0112] = 6  # rotate 90° when displayed
    rep = I.analyse_bytes(jpeg_bytes(scene(320, 240), exif=ex.tobytes()))
    assert (rep.width, rep.height) == (240, 320)


def test_faces_come_from_the_shipped_model_and_survive_a_quarter_turn_and_a_small_size(analyser: I.ImageAnalyser) -> None:
    from selfaudit.analysis import faces as F

    assert F.kind() == "blazeface"  # the shipped BlazeFace model, not the Haar fallback
    turned = Image.open(HOPPER).convert("RGB").rotate(90, expand=True)  # 600 x 512, face on its side
    rep = I.analyse_bytes(jpeg_bytes(turned, 85))
    assert len(rep.faces) == 1, rep.faces
    x, y, w, h = rep.faces[0]
    assert 80 < x + w / 2 < 330 and 100 < y + h / 2 < 420, rep.faces[0]
    # Her head at ~110 px in a 1200 px office scene: found by the tiles, not the whole-photo pass.
    img = scene(1200, 800)
    head = Image.open(HOPPER).convert("RGB").crop((130, 100, 410, 390)).resize((110, 114))
    img.paste(head, (900, 150))
    found = I.analyse_bytes(jpeg_bytes(img, 85)).faces
    assert len(found) == 1 and iou(found[0], [900, 150, 110, 114]) > 0.2, found


# Red team 3: a location in the XMP packet (Lightroom, phone editors, PNG/WebP exports) with no EXIF GPS
# passed as "No GPS location in the file"; anyone who downloads the file can read it.
_XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" {}/></rdf:RDF></x:xmpmeta>')


@pytest.mark.parametrize(("tags", "want"), [
    ('exif:GPSLatitude="51,32.6832N" exif:GPSLongitude="0,3.3372W"', (51.54472, -0.05562)),
    ('exif:GPSLatitude="51,32,41N" exif:GPSLongitude="0,3,20W"', (51.54472, -0.05556)),
])
def test_an_xmp_location_is_read(analyser: I.ImageAnalyser, tags: str, want: tuple[float, float]) -> None:
    for fmt, extra in (("JPEG", {"xmp": _XMP.format(tags).encode()}), ("PNG", None)):
        buf = io.BytesIO()
        if fmt == "PNG":
            from PIL import PngImagePlugin

            info = PngImagePlugin.PngInfo()
            info.add_itxt("XML:com.adobe.xmp", _XMP.format(tags))
            scene(320, 240).save(buf, "PNG", pnginfo=info)
        else:
            scene(320, 240).save(buf, "JPEG", **(extra or {}))
        rep = I.analyse_bytes(buf.getvalue())
        assert rep.gps is not None, fmt
        assert rep.gps == pytest.approx(want, abs=1e-4), fmt


def test_a_damaged_xmp_location_is_could_not_tell(analyser: I.ImageAnalyser) -> None:
    buf = io.BytesIO()
    scene(320, 240).save(buf, "JPEG", xmp=_XMP.format('exif:GPSLatitude="north-ish" exif:GPSLongitude="0,3W"').encode())
    rep = I.analyse_bytes(buf.getvalue())
    assert rep.gps is None and "XMP" in (rep.reason_for("metadata") or "")
