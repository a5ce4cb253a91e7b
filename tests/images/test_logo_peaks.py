"""logoprop6: extra coarse candidates for printed marks no search proposed (both OFF by default):
``peak_extra`` (refine the peaks that stand out of their own score map) and
``shape_distinct_levels`` (a logo's kept levels are distinct places, not one place at two scales)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from selfaudit.analysis.logo_shapes import SHAPE_DEFAULTS, ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures

from .conftest import pose_at
from .test_logo_shapes import document_mark, iou, photo, printed

PEAKS = {**DEFAULTS, "shape_refine": 2, "colour_extra": 0, "peak_extra": 1, "peak_min_z": 4.0}


def _decoys_first(lg: LogoFeatures, truth: list[int]) -> list[tuple[float, int, np.ndarray]]:
    w, h = truth[2], truth[3]
    return [(0.9, 0, pose_at(lg, [600, 40, w, h])), (0.85, 0, pose_at(lg, [620, 200, w, h])), (0.5, 0, pose_at(lg, truth))]


def _with(m: ShapeMatcher, cands: list[Any], z: list[float], monkeypatch: pytest.MonkeyPatch) -> ShapeMatcher:
    """``m`` whose coarse search returns ``cands`` with peak prominences ``z`` (as candidates() records them)."""

    def fake(*_a: Any, **_k: Any) -> list[Any]:
        m.peak_z = {id(c): v for c, v in zip(cands, z, strict=True)}
        return cands

    monkeypatch.setattr(m, "candidates", fake)
    return m


def test_defaults_keep_today_s_behaviour() -> None:
    assert SHAPE_DEFAULTS["peak_extra"] == 0 and SHAPE_DEFAULTS["shape_distinct_levels"] is False


def test_a_print_whose_peak_stands_out_is_refined_past_the_budget(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive: the budget of 2 goes to the decoys; the mark's isolated peak is refined too and
    passes the unchanged verification."""
    rgb, truth = printed(photo(), document_mark(), 160, (80, 380), angle=0.0)
    cands = _decoys_first(doc_logo, truth)
    assert _with(ShapeMatcher([doc_logo], {**PEAKS, "peak_extra": 0}), cands, [2.0, 2.5, 6.0], monkeypatch).detect(rgb) == []
    (m,) = _with(ShapeMatcher([doc_logo], PEAKS), cands, [2.0, 2.5, 6.0], monkeypatch).detect(rgb)
    assert m["name"] == "our-docs" and iou(m["box"], truth) >= 0.5


def test_a_proposed_peak_without_the_mark_is_no_claim(doc_logo: LogoFeatures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Negative: a peak that stands out where there is no mark is refined and verified, and not claimed."""
    rgb = np.asarray(photo()).copy()
    cands = _decoys_first(doc_logo, [80, 380, 160, 192])
    m = _with(ShapeMatcher([doc_logo], PEAKS), cands, [2.0, 2.5, 9.0], monkeypatch)
    m.candidates(rgb)
    assert m._peak_proposals(cands, cands[:2]) == [cands[2]]  # proposed ...
    assert m.detect(rgb) == []  # ... and not claimed


def test_no_peak_proposal_below_the_bar_or_without_a_prominence(doc_logo: LogoFeatures) -> None:
    """Could not tell: a peak under ``peak_min_z``, or one whose prominence was not measured
    (the option off when the search ran), is not proposed."""
    cands = _decoys_first(doc_logo, [80, 380, 160, 192])
    m = ShapeMatcher([doc_logo], PEAKS)
    m.peak_z = {id(c): 3.0 for c in cands}
    assert m._peak_proposals(cands, cands[:2]) == []
    m.peak_z = {}
    assert m._peak_proposals(cands, cands[:2]) == []


def test_the_coarse_search_measures_prominence_only_when_asked(doc_logo: LogoFeatures) -> None:
    rgb, _truth = printed(photo(), document_mark(), 160, (80, 380), angle=0.0)
    off = ShapeMatcher([doc_logo], DEFAULTS)
    off.candidates(rgb)
    assert off.peak_z == {}
    on = ShapeMatcher([doc_logo], PEAKS)
    got = on.candidates(rgb)
    assert got and all(np.isfinite(on.peak_z[id(c)]) for c in got)


def test_distinct_levels_keep_distinct_places(doc_logo: LogoFeatures) -> None:
    """Positive: with the option a logo's kept levels never overlap each other (IoU < 0.5); the
    best level is still the first. Negative (default): the same candidates as before the option."""
    rgb, _truth = printed(photo(), document_mark(), 160, (80, 380), angle=0.0)

    def boxes(params: dict[str, Any]) -> list[list[float]]:
        m = ShapeMatcher([doc_logo], {**DEFAULTS, **params})
        out = []
        for _s, _ti, S in m.candidates(rgb):
            out.append([S[0, 2], S[1, 2], S[0, 0] * doc_logo.width, S[1, 1] * doc_logo.height])
        return out

    plain = boxes({})
    distinct = boxes({"shape_distinct_levels": True})
    assert all(iou(a, b) < 0.5 for i, a in enumerate(distinct) for b in distinct[i + 1 :])  # type: ignore[arg-type]
    assert distinct and distinct[0] == plain[0]  # the logo's best level is always kept
    assert boxes({"shape_distinct_levels": False}) == plain


def test_distinct_levels_on_a_blank_picture_propose_nothing(doc_logo: LogoFeatures) -> None:
    """Could not tell: a flat picture gives no peak over the bar, with or without the option."""
    flat = np.full((600, 800, 3), 128, np.uint8)
    assert ShapeMatcher([doc_logo], {**DEFAULTS, "shape_distinct_levels": True, "peak_extra": 2}).candidates(flat) == []
