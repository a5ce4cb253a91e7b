"""Plain marks (logo_plain.py, ``plain_guard`` in logo_shapes.SHAPE_DEFAULTS; logoplain32 session): a
logo whose silhouette is a plain primitive with little inside is not claimed by the outline and
colour searches — its outline and filled shape are any disc's — while a keypoint match or the
whole-image hash still can."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from selfaudit.analysis.logo_hash import hash_match
from selfaudit.analysis.logo_plain import is_plain, plainness, primitive_fit, silhouette
from selfaudit.analysis.logo_set import Logo
from selfaudit.analysis.logo_shapes import SHAPE_DEFAULTS, ShapeMatcher, plain_mark
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures, prepare_logo

from .test_logo_ink import gravel
from .test_logo_shapes import iou, printed

OFF = {**DEFAULTS, "plain_guard": False}


def sphere(side: int = 256) -> Image.Image:
    """A plain dark sphere on white (shaded, a few faint craters): a disc with nothing inside."""
    y, x = np.mgrid[0:side, 0:side].astype(np.float32)
    c, r = side / 2, side * 0.45
    d = np.sqrt((x - c) ** 2 + (y - c) ** 2) / r
    shade = 25 + 40 * np.clip(1 - np.sqrt(((x - c * 0.7) / r) ** 2 + ((y - c * 0.7) / r) ** 2), 0, 1)
    rng = np.random.default_rng(1)
    shade += rng.normal(0, 2, shade.shape).astype(np.float32)
    g = np.where(d <= 1.0, shade, 255.0)
    return Image.fromarray(np.dstack([g, g, g]).clip(0, 255).astype(np.uint8))


def badge(side: int = 256) -> Image.Image:
    """A disc with a design inside (a white star and a bar): round, but not plain."""
    img = Image.new("RGB", (side, side), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([12, 12, side - 12, side - 12], fill=(30, 60, 160))
    c = side / 2
    pts = [(c + (0.38 if i % 2 == 0 else 0.16) * side * np.cos(np.radians(90 + 36 * i)), c - (0.38 if i % 2 == 0 else 0.16) * side * np.sin(np.radians(90 + 36 * i))) for i in range(10)]
    d.polygon(pts, fill="white")
    d.rectangle([c - 70, c + 60, c + 70, c + 80], fill=(240, 200, 40))
    return img


def _prepared(tmp: Path, name: str, img: Image.Image) -> LogoFeatures:
    p = tmp / f"{name}.png"
    img.save(p)
    return prepare_logo(Logo(name, name, p, False), DEFAULTS)


@pytest.fixture(scope="module")
def plain_logo(tmp_path_factory: pytest.TempPathFactory) -> LogoFeatures:
    return _prepared(tmp_path_factory.mktemp("plain"), "sphere", sphere())


@pytest.fixture(scope="module")
def badge_logo(tmp_path_factory: pytest.TempPathFactory) -> LogoFeatures:
    return _prepared(tmp_path_factory.mktemp("badge"), "badge", badge())


def test_the_measure_tells_a_plain_disc_from_a_round_badge(plain_logo: LogoFeatures, badge_logo: LogoFeatures) -> None:
    fit, inside = plainness(plain_logo.verify_rgb, plain_logo.verify_rgb)
    assert fit >= SHAPE_DEFAULTS["plain_fit"] and inside < SHAPE_DEFAULTS["plain_inside"], (fit, inside)
    assert plain_mark(plain_logo, DEFAULTS) and not plain_mark(plain_logo, OFF)
    fit, inside = plainness(badge_logo.verify_rgb, badge_logo.verify_rgb)
    assert fit >= SHAPE_DEFAULTS["plain_fit"] and inside >= SHAPE_DEFAULTS["plain_inside"], (fit, inside)  # round, with a design inside
    assert not plain_mark(badge_logo, DEFAULTS)
    # measured once, when the matcher is prepared: every look's template of the sphere says so
    assert all(t.plain for t in ShapeMatcher([plain_logo], DEFAULTS).templates + ShapeMatcher([plain_logo], DEFAULTS, look="chroma").templates)


def test_a_plain_disc_logo_is_not_claimed_on_another_logos_disc(plain_logo: LogoFeatures) -> None:
    """Another organisation's round mark (a dark disc with a light knob) printed into a scene:
    without the guard the sphere's outline and filled shape pass there (grey search, no colour to
    tell them apart); with it, no claim at all."""
    other = Image.new("RGB", (256, 256), "white")
    d = ImageDraw.Draw(other)
    d.ellipse([14, 14, 242, 242], fill=(50, 50, 50))
    d.ellipse([100, 40, 150, 90], fill=(200, 200, 200))
    rgb, _ = printed(gravel(seed=3), other, 220, (520, 180), angle=0.0, multiply=True)
    assert [m["name"] for m in ShapeMatcher([plain_logo], OFF, look="chroma").detect(rgb)] == ["sphere"]  # the wrong claim
    for look in ("rgb", "chroma"):
        assert ShapeMatcher([plain_logo], DEFAULTS, look=look).detect(rgb) == []


def test_a_plain_disc_really_there_is_not_claimable_by_its_outline_alone(plain_logo: LogoFeatures) -> None:
    """The price, said plainly: the sphere itself on a card is not claimed by these searches
    either (its windows are still looked at), while the whole-image hash still finds a copy."""
    rgb, _ = printed(gravel(), sphere(), 220, (520, 180), angle=0.0)
    for look in ("rgb", "chroma"):
        m = ShapeMatcher([plain_logo], DEFAULTS, look=look)
        assert m.detect(rgb) == []
    copy = sphere().resize((180, 180), Image.Resampling.LANCZOS)
    assert [h["name"] for h in hash_match(copy, [plain_logo], {})] == ["sphere"]


def test_a_round_badge_is_still_found_by_its_outline(badge_logo: LogoFeatures) -> None:
    """Not plain: the guard changes nothing for it."""
    rgb, truth = printed(gravel(), badge(), 220, (520, 180), angle=0.0)
    got = ShapeMatcher([badge_logo], DEFAULTS).detect(rgb) + ShapeMatcher([badge_logo], DEFAULTS, look="chroma").detect(rgb)
    assert got == ShapeMatcher([badge_logo], OFF).detect(rgb) + ShapeMatcher([badge_logo], OFF, look="chroma").detect(rgb)
    assert got and got[0]["name"] == "badge" and iou(got[0]["box"], truth) >= 0.5, (got, truth)


def test_could_not_tell_and_small_inputs() -> None:
    """A blank logo, a tiny one or a logo filling its whole picture: nothing to call plain."""
    blank = np.full((40, 40, 3), 255, np.uint8)
    assert not silhouette(blank).any() and plainness(blank, blank) == (0.0, 1.0)
    tiny = np.full((3, 3, 3), 0, np.uint8)
    fit, inside = plainness(tiny, tiny)
    assert not is_plain(fit, inside, SHAPE_DEFAULTS["plain_fit"], SHAPE_DEFAULTS["plain_inside"])
    full = np.full((64, 64, 3), 30, np.uint8)  # no paper: a photo-like square, its inside is all it has
    fit, inside = plainness(full, full)
    assert fit == pytest.approx(1.0) and inside == 1.0 and not is_plain(fit, inside, 0.9, 0.15)
    assert primitive_fit(np.zeros((8, 8), bool)) == 0.0
    grey = np.full((32, 32), 255, np.uint8)  # a one-channel picture
    grey[8:24, 8:24] = 0
    assert plainness(grey, grey)[0] >= 0.9


def emblem_and_wordmark(w: int = 480, h: int = 160) -> Image.Image:
    """A plain round emblem beside a dark wordmark (many organisations' logos): the disc is the
    largest part, but most of the mark's ink is the words — not a plain mark (review, stop 32)."""
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([10, 10, 140, 140], fill=(20, 90, 60))
    for i in range(5):  # thick "letters"
        x = 170 + i * 58
        d.rectangle([x, 40, x + 40, 120], fill=(20, 20, 20))
        d.rectangle([x + 12, 58, x + 28, 102], fill="white")
    return img


def lettered_bar() -> np.ndarray:
    """A long thin coloured bar with a small white name on it, as a logo's 160-px verify picture:
    its inside is the lettering (the erosion margin must follow its short side, not the square
    root of its area, or the core misses the letters)."""
    from PIL import ImageFont

    img = Image.new("RGB", (160, 40), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([4, 12, 155, 27], fill=(150, 20, 40))
    d.text((80, 20), "ACME", fill="white", font=ImageFont.load_default(size=14), anchor="mm")
    return np.array(img)


def test_an_emblem_beside_a_wordmark_is_not_plain(tmp_path: Path):
    lg = _prepared(tmp_path, "emblem", emblem_and_wordmark())
    assert not plain_mark(lg, {**SHAPE_DEFAULTS, "plain_guard": True})


def test_a_lettered_bar_is_not_plain():
    bar = lettered_bar()
    fit, inside = plainness(bar, bar)
    assert fit > 0.9  # a rectangle ...
    assert not is_plain(fit, inside, SHAPE_DEFAULTS["plain_fit"], SHAPE_DEFAULTS["plain_inside"]), inside  # ... with a name inside
