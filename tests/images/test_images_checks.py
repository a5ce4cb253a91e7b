"""The photo checks through the real evaluation: positives, negatives, bad input, places, cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from selfaudit.analysis.images import ImageAnalyser
from selfaudit.config import Config

from .conftest import HOPPER, bad_inputs, gps_exif, jpeg_bytes, paste_logo, run_checks, scene

OFFICE = {"name": "Hackney office", "lat": 51.5450, "lon": -0.0553, "radius": 150}


def by(findings: list[Any], check: str) -> dict[str, Any]:
    return {f.item: f for f in findings if f.check == check}


def logo_photo() -> bytes:
    img = scene()
    paste_logo(img, 200, (480, 120))
    return jpeg_bytes(img, 85)


def test_logo_check_fails_the_photo_with_the_logo_and_not_the_other(make_snapshot: Any) -> None:
    snap, folder = make_snapshot([("p1", logo_photo(), "jpg", {"audience": "public"}), ("p2", jpeg_bytes(scene()), "jpg", {"audience": "public"})])
    found = by(run_checks(snap, folder), "photo_contains_logo")
    f = found["photo:p1"]
    assert f.status.value == "fail"
    assert f.evidence.matched == ["chscb-standin"]
    assert f.evidence.image.startswith("media/") and len(f.evidence.box) == 4
    assert "dont-logo" in f.clauses
    assert "photo:p2" not in found


def test_logo_check_passes_when_no_photo_has_the_logo(make_snapshot: Any) -> None:
    """A pass needs the organisation's real logo registered: here, a user-added mark."""
    import shutil

    from selfaudit import paths
    from selfaudit.analysis.logo_set import BUILTIN_DIR

    paths.logos_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy(BUILTIN_DIR / "chscp-standin.png", paths.logos_dir() / "our-logo.png")
    snap, folder = make_snapshot([("p2", jpeg_bytes(scene()), "jpg", {"audience": "public"})])
    found = run_checks(snap, folder)
    (f,) = [f for f in found if f.check == "photo_contains_logo"]
    assert f.status.value == "pass" and "1 examined" in f.title


def test_logo_check_with_only_stand_in_marks_is_not_a_pass(make_snapshot: Any) -> None:
    snap, folder = make_snapshot([("p2", jpeg_bytes(scene()), "jpg", {"audience": "public"})])
    found = run_checks(snap, folder)
    (f,) = [f for f in found if f.check == "photo_contains_logo"]
    assert f.status.value == "not-checked" and "stand-in" in f.reason and "logos add" in f.reason


def test_people_in_a_public_photo_need_review_but_not_in_a_friends_only_one(make_snapshot: Any) -> None:
    face = HOPPER.read_bytes()
    snap, folder = make_snapshot([
        ("pub", face, "jpg", {"audience": "public"}),
        ("fr", face, "jpg", {"audience": "friends"}),
        ("empty", jpeg_bytes(scene()), "jpg", {"audience": "public"}),
    ])
    found = by(run_checks(snap, folder), "photo_shows_people")
    assert found["photo:pub"].status.value == "review"
    assert found["photo:pub"].evidence.details["faces"] == 1
    assert len(found["photo:pub"].evidence.box) == 4
    assert "photo:fr" not in found and "photo:empty" not in found


def test_people_check_passes_for_friends_only_photos(make_snapshot: Any) -> None:
    snap, folder = make_snapshot([("fr", HOPPER.read_bytes(), "jpg", {"audience": "friends"})])
    (f,) = [f for f in run_checks(snap, folder) if f.check == "photo_shows_people"]
    assert f.status.value == "pass"


def test_gps_inside_a_workplace_radius_fails_and_outside_does_not(make_snapshot: Any) -> None:
    inside = jpeg_bytes(scene(320, 240), exif=gps_exif(51.5455, -0.0550))  # ~60 m away
    outside = jpeg_bytes(scene(300, 240), exif=gps_exif(51.5600, -0.0553))  # ~1.7 km away
    snap, folder = make_snapshot([("in", inside, "jpg", {}), ("out", outside, "jpg", {})])
    cfg = Config(images={"places": [OFFICE]})
    findings = run_checks(snap, folder, cfg)
    work = by(findings, "photo_location_at_workplace")
    assert work["photo:in"].status.value == "fail"
    assert work["photo:in"].evidence.details["place"] == "Hackney office"
    assert 30 < work["photo:in"].evidence.details["distance_m"] < 100
    assert "3.6.c" in work["photo:in"].clauses
    assert "photo:out" not in work
    meta = by(findings, "photo_location_metadata")
    assert meta["photo:in"].status.value == "review" and meta["photo:out"].status.value == "review"


def test_workplace_check_passes_only_when_every_photo_could_be_compared(make_snapshot: Any) -> None:
    """A photo outside every place passes; a photo without any location cannot be compared, so
    "none at a workplace" does not speak for it (it was read as a pass beside a located one)."""
    outside = jpeg_bytes(scene(300, 240), exif=gps_exif(51.5600, -0.0553))  # ~1.7 km away
    snap, folder = make_snapshot([("out", outside, "jpg", {})])
    (f,) = [f for f in run_checks(snap, folder, Config(images={"places": [OFFICE]})) if f.check == "photo_location_at_workplace"]
    assert f.status.value == "pass"
    snap, folder = make_snapshot([("out", outside, "jpg", {}), ("bare", jpeg_bytes(scene(320, 240)), "jpg", {})])
    work = [f for f in run_checks(snap, folder, Config(images={"places": [OFFICE]})) if f.check == "photo_location_at_workplace"]
    assert [f.status.value for f in work] == ["not-checked"] and "1 of the 2 photos carries no location" in (work[0].reason or "")


def test_platform_location_is_used_when_the_file_has_no_gps(make_snapshot: Any) -> None:
    snap, folder = make_snapshot([("chk", jpeg_bytes(scene(320, 240)), "jpg", {"location": {"lat": 51.5451, "lon": -0.0552, "name": "Office"}})])
    findings = run_checks(snap, folder, Config(images={"places": [OFFICE]}))
    assert by(findings, "photo_location_at_workplace")["photo:chk"].status.value == "fail"
    (meta,) = [f for f in findings if f.check == "photo_location_metadata"]
    # The file carries no GPS, but the platform recorded where it was taken: never "no location"
    # (probe 29, F3: "No GPS location" passed beside "Photo taken at Hackney Town Hall").
    assert meta.status.value == "review" and meta.item == "photo:chk"
    assert meta.evidence.details["lat"] == 51.5451 and "platform" in meta.evidence.details["source"]


def test_location_sources_for_the_metadata_check(make_snapshot: Any) -> None:
    """Every source the snapshot holds for a photo: its file, its own record, its post's place.
    A photo with none passes; one whose file is unreadable and with no record is not-checked."""
    from selfaudit.snapshot import GeoPoint

    snap, folder = make_snapshot([("bare", jpeg_bytes(scene(320, 240)), "jpg", {})])
    (meta,) = [f for f in run_checks(snap, folder) if f.check == "photo_location_metadata"]
    assert meta.status.value == "pass"
    snap, folder = make_snapshot([("inpost", jpeg_bytes(scene(320, 240)), "jpg", {})])
    snap.accounts[0].posts[0].location = GeoPoint(lat=51.545, lon=-0.0553, name="Hackney Town Hall")
    (meta,) = [f for f in run_checks(snap, folder) if f.check == "photo_location_metadata"]
    assert meta.status.value == "review" and "Hackney Town Hall" in meta.title
    snap, folder = make_snapshot([("gone", b"", "jpg", {}), ("gone2", b"", "jpg", {"location": {"lat": 51.5, "lon": -0.1}})])
    for post in snap.accounts[0].posts:
        post.media[0].path = "media/not-there.jpg"
    got = by(run_checks(snap, folder), "photo_location_metadata")
    assert got["photo:gone"].status.value == "not-checked"
    assert got["photo:gone2"].status.value == "review"  # the record says where, file or not


def test_a_post_tagged_at_a_workplace_puts_its_photo_there(make_snapshot: Any) -> None:
    """The place a post is tagged with counts for its photo when the photo itself has no location
    (left at stop 29: the metadata check read it, the workplace check did not): tagged at a
    workplace fails at medium confidence; tagged elsewhere, the photo was compared; with no
    location anywhere it cannot be compared (not-checked, the test above)."""
    from selfaudit.snapshot import GeoPoint

    snap, folder = make_snapshot([("tagged", jpeg_bytes(scene(320, 240)), "jpg", {})])
    snap.accounts[0].posts[0].location = GeoPoint(lat=51.5451, lon=-0.0552, name="Hackney Town Hall")
    work = by(run_checks(snap, folder, Config(images={"places": [OFFICE]})), "photo_location_at_workplace")
    f = work["photo:tagged"]
    assert f.status.value == "fail" and f.confidence.value == "medium"
    assert "tagged" in f.evidence.details["source"]
    snap, folder = make_snapshot([("away", jpeg_bytes(scene(320, 240)), "jpg", {})])
    snap.accounts[0].posts[0].location = GeoPoint(lat=51.60, lon=-0.0553, name="Somewhere else")
    (f,) = [f for f in run_checks(snap, folder, Config(images={"places": [OFFICE]})) if f.check == "photo_location_at_workplace"]
    assert f.status.value == "pass"


def test_workplace_check_is_not_checked_without_registered_places(make_snapshot: Any) -> None:
    snap, folder = make_snapshot([("in", jpeg_bytes(scene(320, 240), exif=gps_exif(51.5455, -0.0550)), "jpg", {})])
    (f,) = [f for f in run_checks(snap, folder) if f.check == "photo_location_at_workplace"]
    assert f.status.value == "not-checked" and "places add" in f.reason


def test_each_bad_input_is_not_checked_with_a_reason_and_the_rest_still_checked(make_snapshot: Any) -> None:
    bad = bad_inputs()
    photos = [(name, data, "img", {"audience": "public"}) for name, data in bad.items()]
    photos.append(("good", logo_photo(), "jpg", {"audience": "public"}))
    snap, folder = make_snapshot(photos)
    findings = run_checks(snap, folder)
    logo = by(findings, "photo_contains_logo")
    assert logo["photo:good"].status.value == "fail"
    expect = {"not-an-image": "not an image", "truncated": "truncated", "bomb": "megapixel"}
    for name, words in expect.items():
        f = logo[f"photo:{name}"]
        assert f.status.value == "not-checked" and words in f.reason, (name, f.reason)
    assert logo["photo:animated"].status.value == "not-checked" and "animated" in logo["photo:animated"].reason
    # Converted and analysed (not refused): CMYK and 16-bit pictures, and a file with oversized EXIF.
    for name in ("cmyk", "16-bit", "huge-exif"):
        assert f"photo:{name}" not in logo, logo.get(f"photo:{name}")
    meta = by(findings, "photo_location_metadata")
    assert meta["photo:huge-exif"].status.value == "not-checked" and "EXIF block" in meta["photo:huge-exif"].reason
    assert not any(f.status.value == "error" for f in findings)


def test_decoder_notes_unusual_formats() -> None:
    from selfaudit.analysis.image_decode import decode_image

    bad = bad_inputs()
    assert "CMYK" in " ".join(decode_image(bad["cmyk"]).notes)
    dec = decode_image(bad["16-bit"])
    assert "16-bit" in " ".join(dec.notes) and dec.rgb.dtype.name == "uint8" and abs(int(dec.rgb[0, 0, 0]) - 156) <= 1


def test_results_are_cached_by_content_hash(tmp_path: Path) -> None:
    f = tmp_path / "a.jpg"
    f.write_bytes(logo_photo())
    first = ImageAnalyser(Config()).analyse_files([f])[0]
    again = ImageAnalyser(Config()).analyse_files([f])[0]
    assert not first.cached and again.cached
    assert again.logos == first.logos


def test_profile_photo_counts_as_public(make_snapshot: Any) -> None:
    from selfaudit.snapshot import Media, Profile

    snap, folder = make_snapshot([])
    path = folder / "media" / "hopper.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(HOPPER.read_bytes())
    snap.accounts[0].profile = Profile(profile_photo=Media(id="pp", role="profile_photo", path="media/hopper.jpg"))
    found = by(run_checks(snap, folder), "photo_shows_people")
    assert found["photo:pp"].status.value == "review"


def _raw_gps_exif(lat: Any, lon: Any) -> bytes:
    from PIL import Image

    ex = Image.Exif()
    ex[0x8825] = {1: "N", 2: lat, 3: "E", 4: lon}
    return ex.tobytes()


def test_impossible_or_broken_gps_is_not_checked_with_the_reason_never_pass(make_snapshot: Any) -> None:
    from fractions import Fraction

    from PIL import TiffImagePlugin

    R = TiffImagePlugin.IFDRational
    thousand = _raw_gps_exif((Fraction(1000), Fraction(0), Fraction(0)), (Fraction(0), Fraction(5), Fraction(0)))
    zero_den = _raw_gps_exif((R(51, 0), R(0, 0), R(0, 1)), (R(0, 1), R(3, 1), R(0, 1)))
    snap, folder = make_snapshot([
        ("far", jpeg_bytes(scene(320, 240), exif=thousand), "jpg", {}),
        ("zero", jpeg_bytes(scene(300, 240), exif=zero_den), "jpg", {}),
    ])
    findings = run_checks(snap, folder, Config(images={"places": [OFFICE]}))
    for check in ("photo_location_metadata", "photo_location_at_workplace"):
        got = by(findings, check)
        assert got["photo:far"].status.value == "not-checked" and "impossible" in got["photo:far"].reason, check
        assert got["photo:zero"].status.value == "not-checked" and "GPS" in got["photo:zero"].reason, check
    assert not [f for f in findings if f.check == "photo_location_metadata" and f.status.value == "pass"]


def test_people_check_is_not_checked_when_the_face_model_fails(make_snapshot: Any, monkeypatch: Any) -> None:
    from selfaudit.analysis import faces as F

    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("the face model could not be loaded")

    monkeypatch.setattr(F, "find_faces", broken)
    snap, folder = make_snapshot([("pub", HOPPER.read_bytes(), "jpg", {"audience": "public"})])
    found = by(run_checks(snap, folder, Config(images={"workers": 1, "cache": False})), "photo_shows_people")
    assert found["photo:pub"].status.value == "not-checked" and "face model" in found["photo:pub"].reason
