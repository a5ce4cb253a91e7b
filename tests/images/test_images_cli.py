"""The image area's commands, run through the real CLI (Typer's runner, in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw
from typer.testing import CliRunner

from selfaudit.cli import app

from .conftest import HOPPER, gps_exif, jpeg_bytes, paste_logo, scene

runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


def test_check_image_json_reports_logo_box_and_unreadable_files(tmp_path: Path) -> None:
    img = scene()
    truth = paste_logo(img, 220, (420, 150), name="chscp-standin")
    good = write(tmp_path, "poster.jpg", jpeg_bytes(img))
    bad = write(tmp_path, "broken.jpg", b"GIF89a nonsense")
    r = run("check", "image", "--json", str(good), str(bad))
    assert r.exit_code == 1, r.output
    out = json.loads(r.stdout)
    assert [e["path"] for e in out] == [str(good), str(bad)]
    logo = [f for f in out[0]["findings"] if f["check"] == "photo_contains_logo"]
    assert logo[0]["status"] == "fail" and "dont-logo" in logo[0]["clauses"]
    assert logo[0]["evidence"]["matched"] == ["chscp-standin"]
    box = logo[0]["evidence"]["box"]
    assert abs(box[0] - truth[0]) < 15 and abs(box[2] - truth[2]) < 20
    broken = [f for f in out[1]["findings"] if f["check"] == "photo_contains_logo"]
    assert broken[0]["status"] == "not-checked" and broken[0]["reason"]


def test_check_image_clean_photo_exits_zero(tmp_path: Path) -> None:
    p = write(tmp_path, "room.jpg", jpeg_bytes(scene()))
    r = run("check", "image", str(p))
    assert r.exit_code == 0, r.output
    assert "stand-in marks" in r.stdout  # only stand-ins registered: not a clean pass
    logo = tmp_path / "real.png"
    _custom_logo().save(logo)
    assert run("logos", "add", str(logo), "--name", "real-mark").exit_code == 0
    r = run("check", "image", str(p))
    assert r.exit_code == 0, r.output
    assert "No organisation logo found" in r.stdout


def test_check_image_flags_faces_and_gps(tmp_path: Path) -> None:
    hop = write(tmp_path, "hopper.jpg", HOPPER.read_bytes())
    gps = write(tmp_path, "gps.jpg", jpeg_bytes(scene(320, 240), exif=gps_exif(51.5455, -0.0550)))
    assert run("places", "add", "Hackney office", "--lat", "51.545", "--lon", "-0.0553", "--radius", "150").exit_code == 0
    r = run("check", "image", "--json", str(hop), str(gps))
    assert r.exit_code == 1
    out = {Path(e["path"]).name: {f["check"]: f for f in e["findings"]} for e in json.loads(r.stdout)}
    assert out["hopper.jpg"]["photo_shows_people"]["status"] == "review"
    assert out["gps.jpg"]["photo_location_at_workplace"]["status"] == "fail"
    assert out["gps.jpg"]["photo_location_metadata"]["status"] == "review"
    # no location in the file: nothing could be compared with the place, which is not a pass
    assert out["hopper.jpg"]["photo_location_at_workplace"]["status"] == "not-checked"


def _custom_logo() -> Image.Image:
    img = Image.new("RGB", (400, 200), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 190, 190], fill=(200, 30, 30))
    d.ellipse([40, 40, 160, 160], fill=(255, 220, 0))
    d.polygon([(100, 50), (150, 150), (50, 150)], fill=(20, 20, 120))
    for i in range(6):
        d.rectangle([210 + i * 30, 30 + (i % 3) * 20, 230 + i * 30, 170 - (i % 2) * 30], fill=(20 * i, 80, 160 - 20 * i))
    return img


def test_check_image_with_an_extra_logo_for_one_run(tmp_path: Path) -> None:
    logo = tmp_path / "ourteam.png"
    _custom_logo().save(logo)
    img = scene()
    lg = _custom_logo().resize((240, 120))
    img.paste(lg, (500, 300))
    photo = write(tmp_path, "photo.jpg", jpeg_bytes(img))
    r = run("check", "image", "--json", str(photo))
    first = json.loads(r.stdout)[0]["findings"][0]
    assert first["status"] == "not-checked" and "stand-in" in first["reason"]  # not a registered logo
    r = run("check", "image", "--json", "--logo", str(logo), str(photo))
    assert r.exit_code == 1
    f = json.loads(r.stdout)[0]["findings"][0]
    assert f["status"] == "fail" and f["evidence"]["matched"] == ["ourteam"]
    assert run("check", "image", "--logo", str(tmp_path / "nope.png"), str(photo)).exit_code == 2


def test_logos_add_list_remove(tmp_path: Path) -> None:
    logo = tmp_path / "real.png"
    _custom_logo().save(logo)
    r = run("logos", "add", str(logo), "--name", "Real Mark")
    assert r.exit_code == 0, r.output
    listed = json.loads(run("logos", "list", "--json").stdout)
    assert {"chscb-standin", "chscp-standin", "real-mark"} <= {x["name"] for x in listed}
    assert run("logos", "add", str(logo), "--name", "real-mark").exit_code == 2  # exists
    notimg = write(tmp_path, "x.png", b"hello")
    assert run("logos", "add", str(notimg), "--name", "other").exit_code == 2
    assert run("logos", "remove", "real-mark").exit_code == 0
    assert run("logos", "remove", "chscb-standin").exit_code == 0
    listed = {x["name"]: x for x in json.loads(run("logos", "list", "--json").stdout)}
    assert "real-mark" not in listed and listed["chscb-standin"]["enabled"] is False
    assert run("logos", "remove", "nothing-here").exit_code == 2


def test_a_logo_set_stored_by_an_older_version_is_still_read(tmp_path: Path) -> None:
    # Stop 34 removed options that were off (one stored a model beside each logo, *.print.npz), stop 35
    # ``shape_print_colour``, ``second_look_share`` and ``second_look_merge`` (the code is at e28df49 and 36a0708): a logo set and a config written before still work,
    # the leftover model file is ignored and removed with its logo.
    from selfaudit import paths
    from selfaudit.analysis import logos as L
    from selfaudit.config import Config

    assert not {"shape_print_colour", "second_look_share", "second_look_merge"} & set(L.DEFAULTS)

    logo = tmp_path / "real.png"
    _custom_logo().save(logo)
    assert run("logos", "add", str(logo), "--name", "real-mark").exit_code == 0
    model = paths.logos_dir() / "real-mark.print.npz"
    model.write_bytes(b"PK\x03\x04 an old model")
    cfg = Config.load()
    cfg.images.update({"a_removed_switch": 4, "another_removed_one": True, "shape_print_colour": 0.45, "second_look_share": True, "second_look_merge": 0.25})  # options this version no longer has
    cfg.save()
    assert Config.load().images["shape_print_colour"] == 0.45
    assert "real-mark" in {x["name"] for x in json.loads(run("logos", "list", "--json").stdout)}
    img = scene()
    img.paste(_custom_logo().resize((240, 120)), (500, 300))
    r = run("check", "image", "--json", str(write(tmp_path, "photo.jpg", jpeg_bytes(img))))
    assert r.exit_code == 1, r.output
    assert json.loads(r.stdout)[0]["findings"][0]["evidence"]["matched"] == ["real-mark"]
    clean = run("check", "image", str(write(tmp_path, "room.jpg", jpeg_bytes(scene()))))
    assert clean.exit_code == 0 and "No organisation logo found" in clean.stdout
    assert run("logos", "remove", "real-mark").exit_code == 0
    assert not model.exists() and not (paths.logos_dir() / "real-mark.png").exists()


def test_places_add_list_remove_and_address_needs_coordinates() -> None:
    r = run("places", "add", "Office", "--address", "1 Hillman Street, London")
    assert r.exit_code == 2 and "coordinates" in r.output
    assert run("places", "add", "Office", "--lat", "95", "--lon", "0").exit_code == 2
    assert run("places", "add", "Office", "--lat", "51.545", "--lon", "-0.0553").exit_code == 0
    places = json.loads(run("places", "list", "--json").stdout)
    assert places == [{"name": "Office", "lat": 51.545, "lon": -0.0553, "radius": 200.0}]
    assert run("places", "remove", "office").exit_code == 0
    assert json.loads(run("places", "list", "--json").stdout) == []
    assert run("places", "remove", "office").exit_code == 2


def test_logos_remove_refuses_a_path(tmp_path: Path) -> None:
    from selfaudit import paths

    victim = paths.home() / "victim.png"
    paths.home().mkdir(parents=True, exist_ok=True)
    victim.write_bytes(b"keep me")
    paths.logos_dir().mkdir(parents=True, exist_ok=True)
    assert run("logos", "remove", "../victim").exit_code == 2
    assert victim.read_bytes() == b"keep me"


def test_check_image_on_a_missing_file_is_a_clear_error(tmp_path):
    from typer.testing import CliRunner

    from selfaudit.cli import app

    r = CliRunner().invoke(app, ["check", "image", str(tmp_path / "nope.jpg")])
    assert r.exit_code == 2 and "No such file" in r.output
    (tmp_path / "empty").mkdir()
    r = CliRunner().invoke(app, ["check", "image", str(tmp_path / "empty")])
    assert r.exit_code == 2 and "No images found" in r.output


def test_logos_add_white_mark_on_transparent_is_refused_saying_why(tmp_path: Path) -> None:
    """A logo's reversed version (white on transparent) flattens onto white and has nothing to
    match: with the dark reference switched off it is refused (never registered as a blank logo
    that finds nothing), naming the likely cause; by default it is registered on dark paper."""
    from selfaudit.config import Config

    white = Image.new("RGBA", (400, 160), (0, 0, 0, 0))
    ImageDraw.Draw(white).rectangle([10, 10, 390, 150], outline=(255, 255, 255, 255), width=8)
    p = tmp_path / "reversed.png"
    white.save(p)
    Config(images={"logo_reversed_from": 0}).save()
    r = run("logos", "add", str(p), "--name", "reversed")
    assert r.exit_code == 2 and "white on a transparent background" in r.output
    assert "reversed" not in {x["name"] for x in json.loads(run("logos", "list", "--json").stdout)}
    Config().save()
    r = run("logos", "add", str(p), "--name", "reversed")
    assert r.exit_code == 0 and "dark background" in r.output


def _mark(letters: tuple[int, int, int, int], inner: tuple[int, int, int, int] | None = None) -> Image.Image:
    """A coloured disc and a block of 'lettering' beside it, on a transparent background."""
    im = Image.new("RGBA", (480, 200), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([10, 20, 170, 180], fill=(200, 30, 40, 255))
    d.polygon([(40, 100), (90, 45), (140, 100), (90, 155)], fill=inner or (20, 40, 160, 255))
    for i in range(5):  # five bold "letters"
        d.rectangle([200 + i * 55, 60, 240 + i * 55, 150], fill=letters)
    return im


def test_logos_add_notes_white_lettering_lost_on_white(tmp_path: Path) -> None:
    from selfaudit.config import Config

    p = tmp_path / "reversed-words.png"
    _mark((255, 255, 255, 255)).save(p)
    r = run("logos", "add", str(p), "--name", "reversed-words")  # the default: also looked for on dark paper
    assert r.exit_code == 0 and "white on a transparent background" in r.output and "dark background" in r.output
    Config(images={"logo_reversed_from": 0}).save()  # switched off: those parts are not looked for
    r = run("logos", "add", str(p), "--name", "reversed-words-2")
    assert r.exit_code == 0 and "white on a transparent background" in r.output and "reversed-words-2-light" in r.output


def test_logos_add_no_note_for_dark_lettering_or_white_inside_colour(tmp_path: Path) -> None:
    dark, inside, flat = tmp_path / "dark.png", tmp_path / "inside.png", tmp_path / "flat.jpg"
    _mark((20, 20, 20, 255)).save(dark)
    _mark((20, 20, 20, 255), inner=(255, 255, 255, 255)).save(inside)  # white shape enclosed by the disc
    _mark((255, 255, 255, 255)).convert("RGB").save(flat)  # no transparency to lose anything to: the file shows what it shows
    for p in (dark, inside, flat):
        r = run("logos", "add", str(p), "--name", p.stem)
        assert r.exit_code == 0 and "transparent" not in r.output, r.output
