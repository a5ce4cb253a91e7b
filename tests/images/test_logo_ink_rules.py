"""Two rules of the outline and colour searches (logo_shapes.py): a wordmark around its own
emblem is not ruled out by the emblem's match, and a strong colour agreement lowers the bar
for the outline's directions."""

from __future__ import annotations

import numpy as np
import pytest

from selfaudit.analysis.logo_shapes import ShapeMatcher, _blocks
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures

from .test_logo_ink import gravel
from .test_logo_shapes import document_mark, iou, printed


@pytest.fixture(scope="module")
def print_on_gravel() -> tuple[np.ndarray, list[int]]:
    return printed(gravel(), document_mark(), 180, (600, 200), angle=0.0, multiply=True)


def _claim(box: list[int], name: str = "our-emblem") -> list[dict]:
    return [{"name": name, "box": box, "method": "features", "score": 0.9, "colour": 0.9, "inliers": 20}]


def test_a_mark_around_an_already_matched_smaller_mark_is_still_looked_for(doc_logo: LogoFeatures, print_on_gravel) -> None:
    """Positive: another logo matched inside the mark (its emblem, a quarter of its area): the
    mark itself is still found, and both are reported."""
    rgb, truth = print_on_gravel
    x, y, w, h = truth
    inner = [x + w // 4, y + h // 4, w // 2, h // 2]
    assert not _blocks(inner, truth)
    (m,) = ShapeMatcher([doc_logo], DEFAULTS, look="chroma").detect(rgb, _claim(inner))
    assert m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5


def test_a_place_another_logo_explained_is_not_claimed_again(doc_logo: LogoFeatures, print_on_gravel) -> None:
    """Negative: another logo matched at the same place and size (a look-alike design): no
    second claim there."""
    rgb, truth = print_on_gravel
    assert _blocks(truth, truth)
    assert ShapeMatcher([doc_logo], DEFAULTS, look="chroma").detect(rgb, _claim(list(truth))) == []


def test_a_larger_match_around_the_place_rules_it_out(doc_logo: LogoFeatures, print_on_gravel) -> None:
    """Could not tell which: a bigger logo already matched around the mark explains the place
    (only the larger box of two nested ones may be added, never the smaller)."""
    rgb, truth = print_on_gravel
    x, y, w, h = truth
    outer = [x - w // 3, y - h // 3, w + 2 * (w // 3), h + 2 * (h // 3)]
    assert _blocks(outer, truth)
    assert ShapeMatcher([doc_logo], DEFAULTS, look="chroma").detect(rgb, _claim(outer)) == []


def test_a_strong_colour_agreement_lowers_the_outline_bar(doc_logo: LogoFeatures, print_on_gravel) -> None:
    """Positive: with the outline bar set out of reach, the mark still passes on its colours
    (>= shape_strong_colour, here 0.3: this flat print over gravel agrees ~0.37) at the lower
    strong-colour bar; the relaxed bar is reported."""
    rgb, truth = print_on_gravel
    strict = {**DEFAULTS, "shape_min_align": 0.999, "shape_min_cell": 0.999, "shape_strong_colour": 0.3}
    (m,) = ShapeMatcher([doc_logo], strict, look="chroma").detect(rgb)
    assert m["colour"] >= 0.3 and iou(m["box"], truth) >= 0.5
    assert m["score"] >= DEFAULTS["shape_min_align_strong"]


def test_without_a_strong_colour_agreement_the_full_outline_bar_holds(doc_logo: LogoFeatures, print_on_gravel) -> None:
    """Negative: the same print when no colour agreement counts as strong: the outline bar
    out of reach rejects it."""
    rgb, _ = print_on_gravel
    strict = {**DEFAULTS, "shape_min_align": 0.999, "shape_min_cell": 0.999, "shape_strong_colour": 1.01}
    assert ShapeMatcher([doc_logo], strict, look="chroma").detect(rgb) == []


def test_a_grey_picture_gets_no_colour_relief(doc_logo: LogoFeatures, print_on_gravel) -> None:
    """Could not tell: a grey picture has no colour to agree, so the outline search keeps its
    full (grey) bar and the colour search makes no claim."""
    rgb, _ = print_on_gravel
    grey = np.repeat(rgb.mean(axis=2, keepdims=True).astype(np.uint8), 3, axis=2)
    strict = {**DEFAULTS, "shape_min_align": 0.999, "shape_min_cell": 0.999, "shape_strong_colour": 0.3}
    assert ShapeMatcher([doc_logo], strict).detect(grey) == []
    assert ShapeMatcher([doc_logo], strict, look="chroma").detect(grey) == []
