"""The grey search for printed marks (logo_grey.grey_look, run by logo_shapes.ShapeMatcher): a grey mark (no colour for the
colour search) multiplied into a busy scene keeps its shape in the log brightness."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from selfaudit.analysis.logo_set import Logo
from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures, prepare_logo

from .test_logo_ink import gravel
from .test_logo_shapes import iou, printed


def grey_mark() -> Image.Image:
    """A grey document shape (page, folded corner, three lines): nothing for the colour search."""
    img = Image.new("RGB", (400, 480), "white")
    d = ImageDraw.Draw(img)
    d.polygon([(60, 30), (260, 30), (340, 110), (340, 450), (60, 450)], fill=(60, 60, 60))
    d.polygon([(260, 30), (260, 110), (340, 110)], fill=(190, 190, 190))
    for y in (200, 270, 340):
        d.rounded_rectangle([110, y, 290, y + 28], radius=14, fill="white")
    return img


@pytest.fixture(scope="module")
def grey_logo(tmp_path_factory: pytest.TempPathFactory) -> LogoFeatures:
    p = tmp_path_factory.mktemp("logos") / "grey-docs.png"
    grey_mark().save(p)
    return prepare_logo(Logo("grey-docs", "grey-docs", p, False), DEFAULTS)


OFF = {**DEFAULTS, "grey_search": False}


def test_a_grey_mark_multiplied_into_a_busy_scene_is_found_by_its_brightness(grey_logo: LogoFeatures) -> None:
    matcher = ShapeMatcher([grey_logo], DEFAULTS, look="chroma")
    assert [t.look for t in matcher.templates] == ["grey"]
    rgb, truth = printed(gravel(), grey_mark(), 180, (600, 200), angle=0.0, multiply=True)
    (m,) = matcher.detect(rgb)
    assert m["method"] == "ink" and m["name"] == "grey-docs" and iou(m["box"], truth) >= 0.5, (m, truth)
    # evidence, not a guess: the outline alone, at the stricter bar (no colour to confirm it)
    assert m["colour"] is None and m["score"] >= DEFAULTS["grey_min_align"]
    # switched off, the grey logo gets no template for the search
    assert ShapeMatcher([grey_logo], OFF, look="chroma").templates == []


def test_other_grey_shapes_in_a_busy_scene_are_not_flagged(grey_logo: LogoFeatures) -> None:
    """Negative: dark rectangles, a round sign, stripes and text in the mark's grey."""
    img = gravel(seed=5)
    d = ImageDraw.Draw(img)
    g = (60, 60, 60)
    d.ellipse([80, 80, 260, 260], fill=g)
    d.rectangle([420, 60, 860, 150], fill=g)
    d.rectangle([600, 380, 780, 600], fill=g)
    for x in range(100, 400, 40):
        d.rectangle([x, 420, x + 18, 640], fill=g)
    d.text((480, 300), "QUARTERLY REVIEW 2026", fill=g)
    assert ShapeMatcher([grey_logo], DEFAULTS, look="chroma").detect(np.asarray(img)) == []


def test_a_flat_or_grey_picture_is_no_claim(grey_logo: LogoFeatures) -> None:
    """Could not tell: a flat picture has nothing to compare; a one-channel picture is not
    searched by this matcher (the outline and keypoint searches cover it)."""
    matcher = ShapeMatcher([grey_logo], DEFAULTS, look="chroma")
    assert matcher.detect(np.full((600, 800, 3), 128, np.uint8)) == []
    rgb, _ = printed(gravel(), grey_mark(), 180, (600, 200), angle=0.0, multiply=True)
    assert matcher.detect(np.asarray(Image.fromarray(rgb).convert("L"))) == []
