"""The outline detector (logo_shapes.py): smooth marks printed into a scene, which keypoints miss."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures

from .conftest import HOPPER, scene


def document_mark(body: tuple[int, int, int] = (40, 110, 200)) -> Image.Image:
    """A plain document shape (page, folded corner, three lines): few corners for keypoints."""
    img = Image.new("RGB", (400, 480), "white")
    d = ImageDraw.Draw(img)
    d.polygon([(60, 30), (260, 30), (340, 110), (340, 450), (60, 450)], fill=body)
    d.polygon([(260, 30), (260, 110), (340, 110)], fill=(200, 225, 250))
    for y in (200, 270, 340):
        d.rounded_rectangle([110, y, 290, y + 28], radius=14, fill="white")
    return img


def printed(photo: Image.Image, mark: Image.Image, width: int, at: tuple[int, int], angle: float, multiply: bool = False) -> tuple[np.ndarray, list[int]]:
    """The mark printed into the photo like ink (its alpha over the scene; ``multiply``: times
    the scene, like ink on cloth), turned by ``angle``; the picture and the mark's true box."""
    m = np.asarray(mark.resize((width, round(width * mark.height / mark.width)), Image.Resampling.LANCZOS)).astype(np.float32)
    a = np.clip((255 - m.min(axis=2)) * 4, 0, 255)[..., None] / 255.0
    h, w = m.shape[:2]
    R = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    R[:, 2] += at
    base = np.asarray(photo).astype(np.float32)
    H, W = base.shape[:2]
    ink = cv2.warpAffine(m, R, (W, H))
    alpha = cv2.warpAffine(a, R, (W, H))[..., None]
    out = base * (1 - alpha) + (base * ink / 255.0 if multiply else ink) * alpha
    corners = cv2.transform(np.float32([[[0, 0], [w, 0], [w, h], [0, h]]]), R)[0]
    x0, y0 = corners.min(axis=0)
    x1, y1 = corners.max(axis=0)
    return np.clip(out, 0, 255).astype(np.uint8), [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def iou(a: list[int], b: list[int]) -> float:
    iw = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    ih = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return iw * ih / (a[2] * a[3] + b[2] * b[3] - iw * ih)



def photo() -> Image.Image:
    img = Image.open(HOPPER).convert("RGB")
    return img.resize((900, round(900 * img.height / img.width)), Image.Resampling.LANCZOS)


def test_a_plain_mark_printed_into_a_photo_is_found_with_its_box(doc_logo: LogoFeatures) -> None:
    rgb, truth = printed(photo(), document_mark(), 140, (80, 420), angle=-8.0)
    found = FeatureMatcher([doc_logo], DEFAULTS).detect(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), rgb)
    (m,) = [m for m in found if m["name"] == "our-docs"]
    assert iou(m["box"], truth) >= 0.5, (m, truth)
    if m["method"] == "shape":  # evidence, not a guess: the scores it passed
        assert m["score"] >= DEFAULTS["shape_min_align"] and m["colour"] >= DEFAULTS["shape_min_colour"]


def test_the_outline_detector_alone_finds_the_printed_mark(doc_logo: LogoFeatures) -> None:
    rgb, truth = printed(photo(), document_mark(), 120, (660, 380), angle=0.0, multiply=True)
    (m,) = ShapeMatcher([doc_logo], DEFAULTS).detect(rgb)
    assert m["method"] == "shape" and m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5


def test_other_graphics_and_a_look_alike_in_other_colours_are_not_flagged(doc_logo: LogoFeatures) -> None:
    """Negative: a scene with other shapes (a window, a plant, a round sign, text) and the same
    document outline in other colours (another organisation's mark)."""
    img = scene()
    d = ImageDraw.Draw(img)
    d.ellipse([420, 80, 560, 220], fill=(200, 40, 40))
    d.text((380, 380), "QUARTERLY REVIEW 2026", fill=(20, 20, 20))
    d.rectangle([600, 60, 760, 260], fill=(240, 240, 240), outline=(30, 30, 30), width=6)
    rgb, _ = printed(img, document_mark(body=(230, 150, 20)), 170, (80, 330), angle=5.0)
    matcher = ShapeMatcher([doc_logo], DEFAULTS)
    assert matcher.detect(rgb) == []
    assert matcher.detect(np.asarray(photo())) == []


def test_a_blank_photo_or_a_logo_without_outline_is_no_claim(tmp_path: Path, doc_logo: LogoFeatures) -> None:
    """Could not tell: nothing to correlate gives no match (the check then reports what it saw),
    and a logo with no outline gets no template rather than matching anywhere."""
    flat = np.full((600, 800, 3), 128, np.uint8)
    assert ShapeMatcher([doc_logo], DEFAULTS).detect(flat) == []
    blank = tmp_path / "blank.png"
    Image.new("RGB", (200, 200), "white").save(blank)
    lg = LogoFeatures(**{**doc_logo.__dict__, "name": "blank", "verify_rgb": np.full_like(doc_logo.verify_rgb, 255)})
    assert ShapeMatcher([lg], DEFAULTS).templates == []


def test_check_image_reports_an_outline_match_as_a_logo_the_photo_contains(tmp_path: Path) -> None:
    """Through the CLI: same JSON shape and status as a keypoint match (fail, box, matched)."""
    import json

    from typer.testing import CliRunner

    from selfaudit.cli import app

    logo = tmp_path / "our-docs.png"
    document_mark().save(logo)
    rgb, truth = printed(photo(), document_mark(), 140, (80, 420), angle=-8.0)
    pic = tmp_path / "lanyard.jpg"
    Image.fromarray(rgb).save(pic, quality=90)
    r = CliRunner().invoke(app, ["check", "image", "--json", "--logo", str(logo), str(pic)], catch_exceptions=False)
    assert r.exit_code == 1, r.output
    (f,) = [f for f in json.loads(r.stdout)[0]["findings"] if f["check"] == "photo_contains_logo"]
    assert f["status"] == "fail" and f["evidence"]["matched"] == ["our-docs"] and f["title"].startswith("Photo contains")
    assert f["evidence"]["details"]["method"] == "shape" and f["evidence"]["details"]["score"] >= 0.7
    assert iou(f["evidence"]["box"], truth) >= 0.5
