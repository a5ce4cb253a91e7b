"""Turned coarse templates (shape_angles / ink_angles in logo_shapes.py, off by default): a
mark printed at an angle is looked for with turned copies, whose pose the refinement starts from."""

from __future__ import annotations

import numpy as np
import pytest

from selfaudit.analysis.logo_set import Logo
from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures, prepare_logo

from .conftest import scene
from .test_logo_shapes import document_mark, iou, photo, printed


@pytest.fixture(scope="module")
def doc_logo(tmp_path_factory: pytest.TempPathFactory) -> LogoFeatures:
    p = tmp_path_factory.mktemp("logos") / "our-docs.png"
    document_mark().save(p)
    return prepare_logo(Logo("our-docs", "our-docs", p, False), DEFAULTS)

TURNED = {**DEFAULTS, "shape_angles": [-20, 20]}


def test_a_turned_mark_is_found_with_its_box_by_a_turned_template(doc_logo: LogoFeatures) -> None:
    rgb, truth = printed(photo(), document_mark(), 140, (80, 420), angle=28.0)
    assert ShapeMatcher([doc_logo], DEFAULTS).detect(rgb) == []  # the upright template alone misses it
    matcher = ShapeMatcher([doc_logo], TURNED)
    assert sorted({t.angle for t in matcher.templates}) == [-20.0, 0.0, 20.0]
    (m,) = matcher.detect(rgb)
    assert m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5, (m, truth)


def test_turned_templates_do_not_flag_a_look_alike_in_other_colours(doc_logo: LogoFeatures) -> None:
    rgb, _ = printed(scene(), document_mark(body=(230, 150, 20)), 170, (80, 330), angle=22.0)
    assert ShapeMatcher([doc_logo], TURNED).detect(rgb) == []


def test_turned_templates_on_a_blank_photo_are_no_claim(doc_logo: LogoFeatures) -> None:
    assert ShapeMatcher([doc_logo], TURNED).detect(np.full((600, 800, 3), 128, np.uint8)) == []
