"""Early rejection before the refinement (``shape_colour_gate``, off by default): a candidate of a
colourful logo whose region has none of the logo's colours at its coarse pose is not refined."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import ImageDraw

from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures

from .conftest import scene
from .test_logo_shapes import document_mark, iou, photo, printed


def _refining(logo: LogoFeatures, **params: float) -> tuple[ShapeMatcher, list[float | None]]:
    """A matcher that records the coarse-pose colour of every candidate it refines."""
    m = ShapeMatcher([logo], {**DEFAULTS, **params})
    seen: list[float | None] = []
    refine = m._refine

    def refining(rgb: np.ndarray, ti: int, S: np.ndarray) -> tuple[float, np.ndarray]:
        seen.append(m._coarse_colour(rgb, S, logo))
        return refine(rgb, ti, S)

    m._refine = refining  # type: ignore[method-assign]
    return m, seen


def test_off_by_default() -> None:
    assert DEFAULTS["shape_colour_gate"] == 0.0


def test_the_printed_mark_passes_the_gate_and_is_found(doc_logo: LogoFeatures) -> None:
    """Positive: the mark's own colours are at its coarse pose, so it is refined and found."""
    rgb, truth = printed(photo(), document_mark(), 120, (660, 380), angle=0.0, multiply=True)
    m, seen = _refining(doc_logo, shape_colour_gate=0.1)
    (found,) = m.detect(rgb)
    assert found["name"] == "our-docs" and iou(found["box"], truth) >= 0.5
    assert seen and all(c is None or c >= 0.1 for c in seen)


def test_a_look_alike_in_other_colours_is_not_refined(doc_logo: LogoFeatures) -> None:
    """Negative: the same outline in orange (another organisation's mark) scores under the gate
    at its coarse pose: with the gate on it is never refined; off, it is refined (and then
    rejected by the verification, as before)."""
    img = scene()
    ImageDraw.Draw(img).ellipse([420, 80, 560, 220], fill=(200, 40, 40))
    rgb, _ = printed(img, document_mark(body=(230, 150, 20)), 170, (80, 330), angle=0.0)
    lg = doc_logo
    off, seen_off = _refining(lg)
    assert off.detect(rgb) == [] and seen_off  # refined, rejected later
    on, seen_on = _refining(lg, shape_colour_gate=0.3)
    assert on.detect(rgb) == []
    assert len(seen_on) < len(seen_off)
    assert all(c is None or c >= 0.3 for c in seen_on)


def test_a_grey_picture_has_no_colour_to_gate_on(doc_logo: LogoFeatures) -> None:
    """Could not tell: without colour in the picture the gate cannot say the mark is absent, so
    every candidate is refined as with the gate off (the verification then asks more)."""
    rgb, _ = printed(photo(), document_mark(), 120, (660, 380), angle=0.0, multiply=True)
    grey = cv2.cvtColor(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    off, seen_off = _refining(doc_logo)
    on, seen_on = _refining(doc_logo, shape_colour_gate=0.3)
    assert off.detect(grey) == on.detect(grey)
    assert seen_on == seen_off and all(c is None for c in seen_on)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("bad", [{"shape_step": 1.0}, {"shape_step": 0.7}, {"shape_min_frac": 0}])
def test_a_pyramid_step_that_cannot_shrink_is_an_error_not_a_hang(doc_logo: LogoFeatures, bad: dict[str, float]) -> None:
    """Could not tell: an images config with ``shape_step`` <= 1 made the outline search's size loop run forever
    (found by the stop-35 logo review, beside the same fault in ``print_tint_step``). It is an error the analysis
    records for that photo (logos not checked, with the reason), never a hang and never a pass."""
    rgb, _ = printed(photo(), document_mark(), 120, (660, 380), angle=0.0, multiply=True)
    with pytest.raises(ValueError, match="shape_"):
        ShapeMatcher([doc_logo], {**DEFAULTS, **bad}).detect(rgb)
