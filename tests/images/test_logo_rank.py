"""Ranking the outline and colour searches' coarse candidates (logo_shapes.ShapeMatcher._rank):
among many logos the right one's coarse peak at a print ranks far down, so the best of a look's
pool are re-ordered by their outline's direction agreement before the costly refinement."""

from __future__ import annotations

import numpy as np
import pytest

from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures

from .conftest import pose_at, scene, with_candidates
from .test_logo_shapes import document_mark, iou, photo, printed


def _with_decoys(lg: LogoFeatures, truth: list[int]) -> list[tuple[float, int, np.ndarray]]:
    """Two places elsewhere in the scene with better coarse scores than the mark's own."""
    x, y, w, h = truth
    return [(0.9, 0, pose_at(lg, [x + 420, y - 250, w, h])), (0.85, 0, pose_at(lg, [x + 300, y - 60, w, h])), (0.5, 0, pose_at(lg, truth))]


# The ranking on its own: the colour proposals (colour_extra, on by default) would also reach a
# low-ranked mark, which this file's "without the ranking it is missed" baseline must not see.
RANKED = {**DEFAULTS, "shape_rank_pool": 24, "shape_refine": 2, "colour_extra": 0}


def test_a_print_whose_coarse_peak_ranks_low_is_refined_and_found(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive: the mark's candidate comes third by coarse score; with two refinements only the
    decoys would be looked at, ranked by their directions the mark is."""
    rgb, truth = printed(photo(), document_mark(), 130, (80, 400), angle=0.0)
    cands = _with_decoys(doc_logo, truth)
    plain = with_candidates(ShapeMatcher([doc_logo], {**RANKED, "shape_rank_pool": 0}), cands, monkeypatch)
    assert plain.detect(rgb) == []
    ranked = ShapeMatcher([doc_logo], RANKED)
    order = ranked._rank(rgb, cands)
    assert order[0] is cands[0] and order[1] is cands[2]  # the best coarse peak keeps its turn, then the mark
    with_candidates(ranked, cands, monkeypatch)
    (m,) = ranked.detect(rgb)
    assert m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5


def test_ranking_does_not_loosen_the_verification(doc_logo: LogoFeatures) -> None:
    """Negative: a look-alike in other colours, with every candidate refined in ranked order,
    is still no claim."""
    rgb, _ = printed(scene(), document_mark(body=(230, 150, 20)), 170, (80, 330), angle=0.0)
    assert ShapeMatcher([doc_logo], {**RANKED, "shape_refine": 8}).detect(rgb) == []
    assert ShapeMatcher([doc_logo], {**RANKED, "ink_refine": 8}, look="chroma").detect(rgb) == []


def test_without_outline_to_compare_the_order_is_kept(doc_logo: LogoFeatures) -> None:
    """Could not tell: on a blank picture no candidate's directions agree; the coarse order is
    kept, candidates beyond the pool stay behind it, and nothing is claimed."""
    rgb = np.full((600, 800, 3), 128, np.uint8)
    cands = _with_decoys(doc_logo, [80, 400, 130, 150])
    order = ShapeMatcher([doc_logo], {**RANKED, "shape_rank_pool": 2})._rank(rgb, cands)
    assert [c[0] for c in order] == [0.9, 0.85, 0.5]
    assert ShapeMatcher([doc_logo], RANKED).detect(rgb) == []


def test_the_quick_look_scores_the_directions_as_the_verification_does(doc_logo: LogoFeatures) -> None:
    """The ranking skips the per-part check only: its direction agreement is the verifier's."""
    from selfaudit.analysis.logo_shapes import logo_gradients, orientation_agreement

    rgb, truth = printed(photo(), document_mark(), 130, (80, 400), angle=0.0)
    grads = logo_gradients(doc_logo, "rgb", 64)
    full = orientation_agreement(rgb, pose_at(doc_logo, truth), doc_logo, grads)
    quick = orientation_agreement(rgb, pose_at(doc_logo, truth), doc_logo, grads, cells=False)
    assert quick[:2] == full[:2] and full[0] > 0.5


STRICT = {**RANKED, "shape_rank_strict": True}


def test_a_promoted_print_with_its_colours_still_passes_the_strict_bars(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive (shape_rank_strict): the mark promoted by the ranking passes without any lowered bar."""
    rgb, truth = printed(photo(), document_mark(), 130, (80, 400), angle=0.0)
    matcher = with_candidates(ShapeMatcher([doc_logo], STRICT), _with_decoys(doc_logo, truth), monkeypatch)
    (m,) = matcher.detect(rgb)
    assert iou(m["box"], truth) >= 0.5 and m["score"] >= DEFAULTS["shape_min_align"]


def test_strict_bars_flag_no_look_alike_and_nothing_on_a_blank_photo(doc_logo: LogoFeatures) -> None:
    """Negative and could not tell (shape_rank_strict): a look-alike in other colours, and a blank
    picture, are no claim."""
    rgb, _ = printed(scene(), document_mark(body=(230, 150, 20)), 170, (80, 330), angle=0.0)
    assert ShapeMatcher([doc_logo], {**STRICT, "shape_refine": 8}).detect(rgb) == []
    assert ShapeMatcher([doc_logo], STRICT, look="chroma").detect(np.full((600, 800, 3), 128, np.uint8)) == []
