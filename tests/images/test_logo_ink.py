"""The colour search for printed marks (logo_shapes.chroma_look): a mark multiplied into a busy
scene loses its grey-level contrast but keeps its colour."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures

from .conftest import HOPPER
from .test_logo_shapes import document_mark, iou, printed


def gravel(w: int = 900, h: int = 700, seed: int = 3) -> Image.Image:
    """A busy grey scene: the grey photo under a layer of random blotches (gravel, carpet)."""
    rng = np.random.default_rng(seed)
    img = Image.open(HOPPER).convert("L").resize((w, h), Image.Resampling.LANCZOS).convert("RGB")
    d = ImageDraw.Draw(img)
    for _ in range(900):
        x, y, r = int(rng.integers(0, w)), int(rng.integers(0, h)), int(rng.integers(6, 22))
        g = int(rng.integers(60, 230))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(g, g, g))
    return img


# The colour search is on by default (since the logoink2 session); ON says so explicitly.
ON = {**DEFAULTS, "ink_search": True}
OFF = {**DEFAULTS, "ink_search": False, "print_tint": False}  # (print_tint, on since stop 35, finds the same print by its log-chroma)


def test_a_mark_multiplied_into_a_busy_scene_is_found_by_its_colour(doc_logo: LogoFeatures) -> None:
    rgb, truth = printed(gravel(), document_mark(), 180, (600, 200), angle=0.0, multiply=True)
    (m,) = ShapeMatcher([doc_logo], ON, look="chroma").detect(rgb)
    assert m["method"] == "ink" and m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5, (m, truth)
    # evidence, not a guess: the scores it passed
    assert m["score"] >= DEFAULTS["shape_min_align"] and m["colour"] >= DEFAULTS["shape_min_colour"]
    assert m["outline"] >= DEFAULTS["ink_min_refined"]
    # and through the whole detector, as one match with its box
    found = FeatureMatcher([doc_logo], ON).detect(np.asarray(Image.fromarray(rgb).convert("L")), rgb)
    assert [f["name"] for f in found] == ["our-docs"] and iou(found[0]["box"], truth) >= 0.5
    # the default runs it; switched off, the same print is not claimed by it
    assert [f["method"] for f in FeatureMatcher([doc_logo], DEFAULTS).detect(np.asarray(Image.fromarray(rgb).convert("L")), rgb)] == ["ink"]
    assert FeatureMatcher([doc_logo], OFF).detect(np.asarray(Image.fromarray(rgb).convert("L")), rgb) == []


def test_other_graphics_in_the_same_colours_are_not_flagged(doc_logo: LogoFeatures) -> None:
    """Negative: the scene carries the mark's blue in other shapes (a round sign, a banner,
    stripes, text) and the document outline in another colour."""
    img = gravel(seed=5)
    d = ImageDraw.Draw(img)
    blue = (40, 110, 200)
    d.ellipse([80, 80, 260, 260], fill=blue)
    d.rectangle([420, 60, 860, 150], fill=blue)
    for x in range(100, 400, 40):
        d.rectangle([x, 420, x + 18, 640], fill=blue)
    d.text((480, 300), "QUARTERLY REVIEW 2026", fill=blue)
    rgb, _ = printed(img, document_mark(body=(230, 150, 20)), 170, (600, 420), angle=5.0, multiply=True)
    assert ShapeMatcher([doc_logo], ON, look="chroma").detect(rgb) == []


def test_a_grey_picture_or_a_grey_logo_is_no_colour_claim(doc_logo: LogoFeatures) -> None:
    """Could not tell: without colour on either side the colour search makes no claim (the
    outline and keypoint searches still run); a flat picture gives nothing."""
    matcher = ShapeMatcher([doc_logo], ON, look="chroma")
    rgb, _ = printed(gravel(), document_mark(), 180, (600, 200), angle=0.0, multiply=True)
    assert matcher.detect(np.asarray(Image.fromarray(rgb).convert("L"))) == []
    assert matcher.detect(np.full((600, 800, 3), 128, np.uint8)) == []
    grey = LogoFeatures(**{**doc_logo.__dict__, "name": "grey", "verify_rgb": np.repeat(doc_logo.verify_gray[..., None], 3, axis=2)})
    # a grey logo gets no colour template (the grey search, test_logo_grey.py, looks for it instead)
    assert [t.look for t in ShapeMatcher([grey], ON, look="chroma").templates] == ["grey"]
    assert ShapeMatcher([grey], {**ON, "grey_search": False}, look="chroma").templates == []
    assert ShapeMatcher([doc_logo], OFF, look="chroma").detect(rgb) == []


def test_check_image_reports_a_colour_match_as_a_logo_the_photo_contains(tmp_path: Path, monkeypatch) -> None:
    """Through the CLI (the colour search, on by default): same JSON shape and status as the other in-photo matches."""
    import json

    from selfaudit.analysis import logos

    monkeypatch.setitem(logos.DEFAULTS, "ink_search", True)

    from typer.testing import CliRunner

    from selfaudit.cli import app

    logo = tmp_path / "our-docs.png"
    document_mark().save(logo)
    rgb, truth = printed(gravel(), document_mark(), 180, (600, 200), angle=0.0, multiply=True)
    pic = tmp_path / "cloth.png"
    Image.fromarray(rgb).save(pic)
    r = CliRunner().invoke(app, ["check", "image", "--json", "--logo", str(logo), str(pic)], catch_exceptions=False)
    assert r.exit_code == 1, r.output
    (f,) = [f for f in json.loads(r.stdout)[0]["findings"] if f["check"] == "photo_contains_logo"]
    assert f["status"] == "fail" and f["evidence"]["matched"] == ["our-docs"] and f["title"].startswith("Photo contains")
    assert f["evidence"]["details"]["method"] == "ink" and iou(f["evidence"]["box"], truth) >= 0.5
