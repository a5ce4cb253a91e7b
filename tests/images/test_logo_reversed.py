"""Reversed logos: white lettering on a transparent background (the version of a wordmark made
for dark backgrounds). Laid on white the lettering vanishes; with ``logo_reversed_from`` set the
mark is also registered on dark paper, so a print whose letters show is found by them."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from selfaudit.analysis.logo_file import logo_rgba, on_paper, white_on_transparent
from selfaudit.analysis.logo_set import Logo
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, prepare_logo

from .conftest import HOPPER

ON = {**DEFAULTS, "logo_reversed_from": 0.2, "logo_dark_paper": 0}
OFF = {**DEFAULTS, "logo_reversed_from": 0.0}


def wordmark(letters: tuple[int, int, int, int] = (255, 255, 255, 255), text: str = "KESTREL") -> Image.Image:
    """A small blue emblem and a word beside it, on a transparent background."""
    im = Image.new("RGBA", (620, 150), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(10, 75), (35, 45), (60, 75), (35, 105)], fill=(20, 140, 220, 255))
    d.text((80, 22), text, font=ImageFont.load_default(size=100), fill=letters)
    return im


def png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def dark_scene(w: int = 1000, h: int = 700) -> Image.Image:
    """A dim photograph (a dark jacket, an evening scene): white ink shows on it."""
    g = Image.open(HOPPER).convert("RGB").resize((w, h), Image.Resampling.LANCZOS)
    return Image.fromarray((np.asarray(g).astype(np.float32) * 0.45).astype(np.uint8))


def print_over(photo: Image.Image, mark: Image.Image, width: int, at: tuple[int, int]) -> tuple[np.ndarray, list[int]]:
    """The mark laid over the photo by its own alpha (white letters show white); the true box."""
    m = mark.resize((width, round(width * mark.height / mark.width)), Image.Resampling.LANCZOS)
    out = photo.convert("RGBA")
    out.alpha_composite(m, at)
    return np.asarray(out.convert("RGB")), [at[0], at[1], m.width, m.height]


def iou(a: list[int], b: list[int]) -> float:
    iw = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    ih = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return iw * ih / (a[2] * a[3] + b[2] * b[3] - iw * ih)


def test_white_lettering_on_transparency_is_measured() -> None:
    assert white_on_transparent(logo_rgba(png(wordmark()))) >= 0.3  # the letters: most of the mark
    assert white_on_transparent(logo_rgba(png(wordmark((30, 30, 30, 255))))) == 0.0  # dark letters show on white
    # could not tell: no transparency (a JPEG, an opaque PNG) or bytes that are no picture
    buf = io.BytesIO()
    wordmark().convert("RGB").save(buf, "JPEG")
    assert logo_rgba(buf.getvalue()) is None and logo_rgba(png(wordmark().convert("RGB"))) is None
    assert logo_rgba(b"not a picture") is None and white_on_transparent(None) == 0.0
    laid = on_paper(np.asarray(wordmark()), 0.0)
    assert laid.shape[2] == 3 and laid[0, 0].tolist() == [0, 0, 0] and laid[75, 35].tolist() == [20, 140, 220]


@pytest.fixture(scope="module")
def reversed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("logos") / "kestrel.png"
    wordmark().save(p)
    return p


def test_a_reversed_logo_is_also_registered_on_dark_paper(reversed_file: Path) -> None:
    off = prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), OFF)
    on = prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), ON)
    assert off.dark is None  # switched off: as before, laid on white only
    assert on.dark is not None and on.dark.paper == 0.0 and on.paper == 255.0
    assert (on.dark.width, on.dark.height) == (on.width, on.height)  # one reference frame
    assert len(on.dark.points) > len(off.points)  # the letters' keypoints
    assert on.dark.colour_mask is not None and on.dark.colour_mask.sum() < on.dark.verify_mask.sum()
    # a mark with dark letters is not reversed: nothing added
    dark_letters = reversed_file.with_name("dark-letters.png")
    wordmark((30, 30, 30, 255)).save(dark_letters)
    assert prepare_logo(Logo("dl", "dl", dark_letters, False), ON).dark is None


def test_a_reversed_wordmark_printed_on_a_dark_scene_is_found_by_its_letters(reversed_file: Path) -> None:
    rgb, truth = print_over(dark_scene(), wordmark(), 520, (300, 380))
    gray = np.asarray(Image.fromarray(rgb).convert("L"))
    on = prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), ON)
    found = FeatureMatcher([on], ON).detect(gray, rgb)
    assert [f["name"] for f in found] == ["kestrel"] and iou(found[0]["box"], truth) >= 0.5, (found, truth)
    assert found[0]["method"] == "features" and found[0]["inliers"] >= 20  # by the letters' keypoints
    # registered on white only, the letters are not in the reference: no keypoint match (at best
    # the colour search places the small emblem's frame)
    off = prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), OFF)
    assert not [f for f in FeatureMatcher([off], OFF).detect(gray, rgb) if f["method"] == "features"]


def test_other_white_words_on_a_dark_scene_are_not_the_logo(reversed_file: Path) -> None:
    """Negative: white lettering of another word (a caption, a sign) without the emblem."""
    on = prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), ON)
    other = Image.new("RGBA", (620, 150), (0, 0, 0, 0))
    ImageDraw.Draw(other).text((20, 22), "HARBOUR", font=ImageFont.load_default(size=100), fill=(255, 255, 255, 255))
    rgb, _ = print_over(dark_scene(), other, 560, (200, 300))
    assert FeatureMatcher([on], ON).detect(np.asarray(Image.fromarray(rgb).convert("L")), rgb) == []


def test_a_logo_that_is_only_white_on_transparency_registers_on_dark_paper(tmp_path: Path) -> None:
    """Blank on white (refused by default, saying why); with the option on, its dark version is the logo."""
    from selfaudit.errors import ImageError

    only = Image.new("RGBA", (600, 150), (0, 0, 0, 0))
    ImageDraw.Draw(only).text((20, 22), "KESTREL", font=ImageFont.load_default(size=100), fill=(255, 255, 255, 255))
    p = tmp_path / "white.png"
    only.save(p)
    with pytest.raises(ImageError, match="white on a transparent background"):
        prepare_logo(Logo("white", "white", p, False), OFF)
    feats = prepare_logo(Logo("white", "white", p, False), ON)
    assert feats.paper == 0.0 and feats.dark is None and len(feats.points) > 0 and feats.sha256


def test_logos_add_keeps_the_transparency_and_old_flattened_logos_still_work(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from selfaudit import paths
    from selfaudit.analysis.logo_set import user_logos
    from selfaudit.cli import app
    from selfaudit.config import Config

    src = tmp_path / "kestrel.png"
    wordmark().save(src)
    Config(images={"logo_reversed_from": 0}).save()  # switched off: laid on white only, as before
    r = CliRunner().invoke(app, ["logos", "add", str(src), "--name", "kestrel"], catch_exceptions=False)
    assert r.exit_code == 0 and "light backgrounds" in r.output
    saved = paths.logos_dir() / "kestrel.png"
    with Image.open(saved) as im:
        assert im.mode == "RGBA"  # the white lettering is kept for the dark reference
    # a logo saved flattened by an older version (no alpha) reads as before: no dark reference
    old = paths.logos_dir() / "older.png"
    flat = Image.new("RGBA", wordmark().size, (255, 255, 255, 255))
    flat.alpha_composite(wordmark())
    flat.convert("RGB").save(old)
    feats = {lg.name: prepare_logo(lg, ON) for lg in user_logos()}
    assert feats["older"].dark is None and feats["kestrel"].dark is not None
    # the default: adding says the white parts are looked for on dark backgrounds
    Config().save()
    r = CliRunner().invoke(app, ["logos", "add", str(src), "--name", "kestrel-2"], catch_exceptions=False)
    assert r.exit_code == 0 and "dark background" in r.output and "light backgrounds" not in r.output
    names = {x["name"] for x in json.loads(CliRunner().invoke(app, ["logos", "list", "--json"]).stdout)}
    assert {"kestrel", "kestrel-2", "older"} <= names


def test_the_dark_references_have_their_own_index(reversed_file: Path, tmp_path: Path) -> None:
    """The other logos' keypoint search is exactly as without a reversed logo: its dark
    reference is searched in a second, small index, and a match there bears the logo's name."""
    plain = tmp_path / "plain.png"
    wordmark((30, 30, 30, 255), text="OSPREY").save(plain)
    logos = [prepare_logo(Logo("osprey", "osprey", plain, False), ON), prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), ON)]
    m = FeatureMatcher(logos, ON)
    assert len(m.desc) == sum(len(lg.descriptors) for lg in logos)  # the registered references only
    assert m.reversed is not None and len(m.reversed.desc) == len(logos[1].dark.descriptors)  # type: ignore[union-attr]
    assert [lg.name for lg in m.logos] == ["osprey", "kestrel", "kestrel"]
    off = [prepare_logo(Logo("osprey", "osprey", plain, False), OFF), prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), OFF)]
    assert FeatureMatcher(off, OFF).reversed is None


def test_a_match_on_dark_paper_must_show_the_white_parts(reversed_file: Path) -> None:
    """The emblem alone (a reversed wordmark's icon on a card) is not the wordmark: the dark
    reference's match is checked over its white parts' edges, which are there only in a print."""
    import cv2

    from selfaudit.analysis.logos import _verify

    dark = prepare_logo(Logo("kestrel", "kestrel", reversed_file, False), ON).dark
    assert dark is not None and dark.letters_mask is not None and dark.letters_mask.any()
    full = cv2.resize(on_paper(np.asarray(wordmark()), 90.0), (dark.width, dark.height), interpolation=cv2.INTER_AREA)
    emblem = full.copy()
    emblem[:, round(dark.width * 70 / 620):] = 90  # the letters gone: the scene's plain grey there
    eye = np.eye(3)
    gray = [cv2.cvtColor(x, cv2.COLOR_RGB2GRAY) for x in (full, emblem)]
    assert _verify(gray[0], eye, dark, dark.letters_mask) > 0.9
    assert _verify(gray[1], eye, dark, dark.letters_mask) < ON["logo_dark_min_letters"]
    assert _verify(gray[1], eye, dark, np.zeros_like(dark.letters_mask)) == 0.0  # nothing to compare: no pass
