"""The colour cue (logo_proposals.ColourCue) and the extra refinements it chooses in the outline
and colour searches (logo_shapes ``colour_extra``): a coarse peak far down the order that sits
where the logo's colours are is refined too — and still has to pass the verification."""

from __future__ import annotations

import numpy as np
import pytest

from selfaudit.analysis.logo_proposals import ColourCue, logo_histogram
from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures

from .conftest import pose_at, scene, with_candidates
from .test_logo_shapes import document_mark, iou, photo, printed


def _hist(lg: LogoFeatures) -> np.ndarray:
    return logo_histogram(lg.verify_rgb, lg.verify_mask)



def test_the_cue_is_high_where_the_logo_s_colours_are(doc_logo: LogoFeatures) -> None:
    """Positive: the printed mark's box is mostly the logo's colours; the scene's wall is not."""
    rgb, truth = printed(photo(), document_mark(), 160, (80, 380), angle=0.0)
    cue = ColourCue(rgb)
    on = cue.score(0, _hist(doc_logo), truth)
    off = cue.score(0, _hist(doc_logo), [600, 40, 160, 190])
    assert on is not None and off is not None
    assert on >= 0.4 and off <= 0.1


def test_the_cue_is_low_for_a_look_alike_in_other_colours(doc_logo: LogoFeatures) -> None:
    """Negative: the same shape in orange is not where the (blue) logo's colours are."""
    rgb, truth = printed(scene(), document_mark(body=(230, 150, 20)), 170, (80, 330), angle=0.0)
    v = ColourCue(rgb).score(0, _hist(doc_logo), truth)
    assert v is not None and v < 0.2


def test_the_cue_cannot_tell_without_colour_or_outside_the_photo(doc_logo: LogoFeatures) -> None:
    """Could not tell: a grey (2-D) picture or a box outside the photo gives None, not a score."""
    assert ColourCue(np.full((300, 400), 128, np.uint8)).score(0, _hist(doc_logo), [10, 10, 50, 50]) is None
    rgb = np.asarray(scene())
    assert ColourCue(rgb).score(0, _hist(doc_logo), [2000, 2000, 50, 50]) is None


PROPOSE = {**DEFAULTS, "shape_refine": 2, "colour_extra": 1}


def _decoys_first(lg: LogoFeatures, truth: list[int]) -> list[tuple[float, int, np.ndarray]]:
    """Two places in the wall with better coarse scores than the mark's own (the budget of 2
    refinements goes to them)."""
    w, h = truth[2], truth[3]
    return [(0.9, 0, pose_at(lg, [600, 40, w, h])), (0.85, 0, pose_at(lg, [620, 200, w, h])), (0.5, 0, pose_at(lg, truth))]


def test_a_print_ranked_past_the_budget_is_refined_where_its_colours_are(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive: with 2 refinements only the decoys are looked at; the colour cue adds the mark's
    candidate, which then passes the unchanged verification."""
    rgb, truth = printed(photo(), document_mark(), 160, (80, 380), angle=0.0)
    cands = _decoys_first(doc_logo, truth)
    plain = with_candidates(ShapeMatcher([doc_logo], {**PROPOSE, "colour_extra": 0}), cands, monkeypatch)
    assert plain.detect(rgb) == []
    proposing = with_candidates(ShapeMatcher([doc_logo], PROPOSE), cands, monkeypatch)
    (m,) = proposing.detect(rgb)
    assert m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5


def test_a_proposal_does_not_loosen_the_verification(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Negative: a proposal where the logo's colours are but not its shape (a blue blob) is
    refined and verified, and is no claim."""
    import cv2

    rgb = np.array(photo())
    cv2.rectangle(rgb, (80, 380), (240, 570), (40, 110, 200), -1)
    cands = _decoys_first(doc_logo, [80, 380, 160, 192])
    m = ShapeMatcher([doc_logo], PROPOSE)
    assert m._colour_proposals(rgb, cands, cands[:2]) == [cands[2]]  # proposed ...
    with_candidates(m, cands, monkeypatch)
    assert m.detect(rgb) == []  # ... and not claimed


def test_no_proposal_on_a_grey_picture_or_below_the_bar(doc_logo: LogoFeatures) -> None:
    """Could not tell: a grey picture has no colours to propose from, and a candidate whose box
    does not hold the logo's colours is not proposed."""
    grey = np.full((600, 800), 128, np.uint8)
    cands = _decoys_first(doc_logo, [80, 380, 160, 192])
    m = ShapeMatcher([doc_logo], PROPOSE)
    assert m._colour_proposals(grey, cands, cands[:2]) == []
    assert m._colour_proposals(np.asarray(scene()), cands, cands[:2]) == []


def test_one_photo_s_cue_is_shared_by_both_searches_and_forgotten_after() -> None:
    """The outline and colour searches of one photo share its cue (computed once); once the
    photo is done (forget_halvings) the next photo gets its own."""
    from selfaudit.analysis.logo_proposals import colour_cue
    from selfaudit.analysis.logo_shapes import forget_halvings

    rgb = np.asarray(scene())
    first = colour_cue(rgb, 0.5)
    assert colour_cue(rgb, 0.5) is first
    assert colour_cue(rgb.copy(), 0.5) is not first
    forget_halvings()
    assert colour_cue(rgb, 0.5) is not first


# Windows no coarse peak covers (``blob_extra``, logoprint4): regions of the logo's colours.

BLOBS = {**DEFAULTS, "shape_refine": 2, "colour_extra": 0, "blob_extra": 1}


def test_a_region_of_the_logo_s_colours_is_proposed_where_the_print_is(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive: the coarse peaks are all in the wall (none covers the mark); the region of the
    logo's blue gives a window on the mark, which then passes the unchanged verification."""
    rgb, truth = printed(photo(), document_mark(), 160, (80, 380), angle=0.0)
    w, h = truth[2], truth[3]
    decoys = [(0.9, 0, pose_at(doc_logo, [600, 40, w, h])), (0.85, 0, pose_at(doc_logo, [620, 200, w, h]))]
    ((score, _ti, S),) = ShapeMatcher([doc_logo], BLOBS)._blob_proposals(rgb, decoys, set())
    q = S @ np.array([[0, doc_logo.width], [0, doc_logo.height], [1, 1]], np.float64)
    assert score > 0 and iou([int(q[0, 0]), int(q[1, 0]), int(q[0, 1] - q[0, 0]), int(q[1, 1] - q[1, 0])], truth) >= 0.5
    plain = with_candidates(ShapeMatcher([doc_logo], {**BLOBS, "blob_extra": 0}), decoys, monkeypatch)
    assert plain.detect(rgb) == []
    proposing = with_candidates(ShapeMatcher([doc_logo], BLOBS), decoys, monkeypatch)
    (m,) = proposing.detect(rgb)
    assert m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5


def test_a_region_of_the_colours_without_the_shape_is_no_claim(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Negative: a blue slab (the logo's colours, not its shape) is proposed, verified, not claimed;
    and a window a chosen coarse peak of the logo already covers is not proposed again."""
    import cv2

    rgb = np.array(photo())
    cv2.rectangle(rgb, (80, 380), (240, 570), (40, 110, 200), -1)
    m = ShapeMatcher([doc_logo], BLOBS)
    (prop,) = m._blob_proposals(rgb, [], set())
    with_candidates(m, [], monkeypatch)
    assert m.detect(rgb) == []
    assert m._blob_proposals(rgb, [prop], set()) == []  # already looked at there
    assert m._blob_proposals(rgb, [], {"our-docs"}) == []  # the logo was found already


def test_no_region_on_a_grey_picture_or_without_the_logo_s_colours(doc_logo: LogoFeatures) -> None:
    """Could not tell: a grey picture has no colours, and a wall with the same shape in orange
    (not the logo's blue) gives no region to propose."""
    m = ShapeMatcher([doc_logo], BLOBS)
    assert m._blob_proposals(np.full((600, 800), 128, np.uint8), [], set()) == []
    assert ColourCue(np.full((300, 400), 128, np.uint8)).blobs("k", _hist(doc_logo), 0.05, 0.6) == []
    from PIL import Image

    wall = Image.new("RGB", (800, 600), (150, 140, 120))
    orange, _ = printed(wall, document_mark(body=(230, 150, 20)), 170, (80, 330), angle=0.0)
    assert m._blob_proposals(orange, [], set()) == []
