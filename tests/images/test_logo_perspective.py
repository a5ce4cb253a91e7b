"""The perspective step after the outline refinement (ShapeMatcher._perspective): a print seen
at an angle is aligned by a homography, kept only when its outline correlates better."""

from __future__ import annotations

import cv2
import numpy as np

from selfaudit.analysis.logo_shapes import ShapeMatcher
from selfaudit.analysis.logos import DEFAULTS, LogoFeatures

from .test_logo_shapes import document_mark, photo


def slanted() -> tuple[np.ndarray, np.ndarray]:
    """The mark on its card, seen at an angle, in the photo; and the true homography."""
    base = np.asarray(photo()).copy()
    mark = np.asarray(document_mark())
    mh, mw = mark.shape[:2]
    P = cv2.getPerspectiveTransform(np.float32([[0, 0], [mw, 0], [mw, mh], [0, mh]]), np.float32([[500, 160], [700, 200], [700, 420], [500, 470]]))
    ink = cv2.warpPerspective(mark, P, (base.shape[1], base.shape[0]))
    inside = cv2.warpPerspective(np.full((mh, mw), 255, np.uint8), P, (base.shape[1], base.shape[0])) > 127
    base[inside] = ink[inside]
    return base, P


def corner_error(H: np.ndarray, P: np.ndarray, lg: LogoFeatures) -> float:
    c = np.array([[[0, 0], [lg.width, 0], [lg.width, lg.height], [0, lg.height]]], np.float32)
    # the logo's reference frame is the mark's pixels scaled to lg.width x lg.height
    S = np.diag([400 / lg.width, 480 / lg.height, 1.0])
    return float(np.abs(cv2.perspectiveTransform(c, H) - cv2.perspectiveTransform(c, P @ S)).max())


def test_a_slanted_print_is_aligned_better_by_the_perspective_step(doc_logo: LogoFeatures) -> None:
    rgb, P = slanted()
    m = ShapeMatcher([doc_logo], DEFAULTS)
    refined, H, ti = max((*m._refine(rgb, ti, S), ti) for _, ti, S in m.candidates(rgb))
    better, H2 = m._perspective(rgb, m.templates[ti], H, refined)
    assert better > refined and corner_error(H2, P, doc_logo) < corner_error(H, P, doc_logo)


def test_switched_off_or_a_flat_picture_keeps_the_similarity(doc_logo: LogoFeatures) -> None:
    """Negative and could-not-tell: a flat region has nothing to align (the pose is kept as
    it was, never a guessed perspective); switched off, the step is not run."""
    m = ShapeMatcher([doc_logo], DEFAULTS)
    flat = np.full((600, 800, 3), 128, np.uint8)
    H = np.array([[0.5, 0, 300], [0, 0.5, 200], [0, 0, 1]], np.float64)
    score, H2 = m._perspective(flat, m.templates[0], H, 0.1)
    assert score == 0.1 and np.array_equal(H2, H)



def _detect_counting(rgb: np.ndarray, logo: LogoFeatures, **params: float) -> tuple[list[dict], list[float], int]:
    """The matcher's answer, the refined scores it gave the perspective step, and how many
    candidates it refined."""
    m = ShapeMatcher([logo], {**DEFAULTS, **params})
    tried: list[float] = []
    refined: list[float] = []
    step, refine = m._perspective, m._refine

    def counting(rgb: np.ndarray, tp: object, H: np.ndarray, score: float) -> tuple[float, np.ndarray]:
        tried.append(score)
        return step(rgb, tp, H, score)  # type: ignore[arg-type]

    def refining(rgb: np.ndarray, ti: int, S: np.ndarray) -> tuple[float, np.ndarray]:
        out = refine(rgb, ti, S)
        refined.append(out[0])
        return out

    m._perspective, m._refine = counting, refining  # type: ignore[method-assign]
    return m.detect(rgb), tried, len(refined)


def test_the_perspective_step_is_only_tried_on_a_candidate_that_could_pass(doc_logo: LogoFeatures) -> None:
    """Early rejection: a refined outline below shape_perspective_from is not given the (costly)
    ECC step; the printed mark, above it, still is, and is found."""
    from .test_logo_shapes import document_mark, photo, printed

    rgb, _truth = printed(photo(), document_mark(), 120, (660, 380), angle=0.0, multiply=True)
    lg = doc_logo
    bar = DEFAULTS["shape_perspective_from"]
    assert bar > 0
    found, tried, n = _detect_counting(rgb, lg)
    assert [f["name"] for f in found] == ["our-docs"] and tried and min(tried) >= bar
    # negative: with the bar above every candidate the step never runs, though all were refined
    found, tried, n = _detect_counting(rgb, lg, shape_perspective_from=1.01)
    assert tried == [] and n > 0
    # could not tell: a flat picture has no candidate to refine, so nothing is tried or found
    found, tried, n = _detect_counting(np.full((600, 800, 3), 128, np.uint8), lg)
    assert tried == [] and n == 0 and found == []



def test_the_ecc_iterations_are_a_parameter(doc_logo: LogoFeatures, monkeypatch: object) -> None:
    """``shape_perspective_iters`` (logospeed35; 25 as before): ECC is given that many iterations; the slanted
    print is still aligned better with fewer (positive), a flat region still keeps its similarity (negative)."""
    import pytest

    assert DEFAULTS["shape_perspective_iters"] == 25
    mp: pytest.MonkeyPatch = monkeypatch  # type: ignore[assignment]
    seen: list[int] = []
    real = cv2.findTransformECC

    def ecc(*a: object, **kw: object) -> object:
        seen.append(int(a[4][1]))  # type: ignore[index]
        return real(*a, **kw)  # type: ignore[call-overload]

    mp.setattr(cv2, "findTransformECC", ecc)
    rgb, P = slanted()
    m = ShapeMatcher([doc_logo], {**DEFAULTS, "shape_perspective_iters": 10})
    refined, H, ti = max((*m._refine(rgb, ti, S), ti) for _, ti, S in m.candidates(rgb))
    better, H2 = m._perspective(rgb, m.templates[ti], H, refined)
    assert seen == [10] and better > refined and corner_error(H2, P, doc_logo) < corner_error(H, P, doc_logo)
    flat = np.full((600, 800, 3), 128, np.uint8)
    Hf = np.array([[0.5, 0, 300], [0, 0.5, 200], [0, 0, 1]], np.float64)
    score, Hf2 = m._perspective(flat, m.templates[0], Hf, 0.1)
    assert score == 0.1 and np.array_equal(Hf2, Hf)


def test_a_candidate_already_aligned_well_skips_the_perspective_step(doc_logo: LogoFeatures) -> None:
    """``shape_perspective_until`` (logospeed35; 0 = off): a refined outline at or above it keeps its
    similarity without the ECC step; the straight printed mark is still found (positive), a lower
    candidate is still tried, off (the default) every candidate from shape_perspective_from is."""
    from .test_logo_shapes import document_mark, photo, printed

    assert DEFAULTS["shape_perspective_until"] == 0.0
    rgb, _truth = printed(photo(), document_mark(), 120, (660, 380), angle=0.0, multiply=True)
    found, tried, n = _detect_counting(rgb, doc_logo)
    assert [f["name"] for f in found] == ["our-docs"] and max(tried) >= 0.6
    found, tried2, n2 = _detect_counting(rgb, doc_logo, shape_perspective_until=0.6)
    assert [f["name"] for f in found] == ["our-docs"] and n2 == n
    assert tried2 == [t for t in tried if t < 0.6]
    # could not tell: a flat picture, nothing refined, nothing tried
    found, tried, n = _detect_counting(np.full((600, 800, 3), 128, np.uint8), doc_logo, shape_perspective_until=0.6)
    assert tried == [] and n == 0 and found == []
