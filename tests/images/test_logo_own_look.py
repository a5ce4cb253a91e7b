"""The crop looks with the window's logo's own votes (``look_own``, logoink33 session, OFF by default):
in a crop look the descriptors are searched among that logo's descriptors alone
(``FeatureMatcher.own_pairs``), so another logo's nearer descriptor cannot take the vote;
``look_in_window`` keeps only the votes inside the window; the match is verified as any other."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest

from selfaudit.analysis.logo_second_look import _votes, second_look
from selfaudit.analysis.logos import DEFAULTS, FeatureMatcher, LogoFeatures

from .conftest import iou, paste_logo, scene

OWN = {**DEFAULTS, "second_look": 2, "look_own": True}


@pytest.fixture(scope="module")
def shipped() -> list[LogoFeatures]:
    from selfaudit.analysis import images as I
    from selfaudit.config import Config

    return I.ImageAnalyser(Config(), cache=False).logos


def _with_shadow(shipped: list[LogoFeatures]) -> tuple[list[LogoFeatures], np.ndarray]:
    """chscb-standin plus a 'shadow' logo holding its descriptors slightly moved; the query is the
    shadow's own descriptors, so in the shared index the shadow is every query's nearest."""
    lg = next(g for g in shipped if g.name == "chscb-standin")
    rng = np.random.default_rng(3)
    moved = np.clip(lg.descriptors + rng.uniform(0, 6, lg.descriptors.shape).astype(np.float32), 0, None)
    shadow = dataclasses.replace(lg, name="shadow", label="shadow", descriptors=moved, dark=None)
    from selfaudit.analysis.logos import rootsift

    return [lg, shadow], rootsift(moved.copy())


def test_own_votes_are_not_taken_by_another_logo(shipped: list[LogoFeatures]) -> None:
    """Positive: in the shared index the shadow takes (nearly) every vote; the logo's own search gives
    them back, with the logo's own points."""
    logos, query = _with_shadow(shipped)
    fm = FeatureMatcher(logos, {**OWN, "shape_search": False, "ink_search": False})
    shared = {li: len(q) for li, _s, q in fm._pairs(query)}
    got = fm.own_pairs(query, 0, 0.85)
    assert got is not None
    src, q = got
    assert shared.get(0, 0) < 0.2 * len(query) and len(q) > 0.5 * len(query), (shared, len(q), len(query))
    near = np.abs(src - logos[0].points[q]).sum(axis=1) <= 12.0
    assert near.mean() > 0.9


def test_own_votes_of_noise_or_no_logo_are_none(shipped: list[LogoFeatures]) -> None:
    """Negative / could not tell: random descriptors give no vote count reaching min_inliers for a
    strict ratio; an index outside the main logos (a dark reference's place) and no descriptors give None."""
    logos, _query = _with_shadow(shipped)
    fm = FeatureMatcher(logos, {**OWN, "shape_search": False, "ink_search": False})
    rng = np.random.default_rng(5)
    noise = rng.uniform(0, 1, (300, 128)).astype(np.float32)
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    assert fm.own_pairs(noise, 0, 0.5) is None
    assert fm.own_pairs(noise, len(logos), 0.85) is None
    assert fm.own_pairs(noise[:0], 0, 0.85) is None


def test_votes_outside_the_window_are_dropped(shipped: list[LogoFeatures]) -> None:
    """look_in_window: only the crop keypoints inside the (grown) window vote; a window holding too
    few of them gives no votes (could not tell), look_own off gives today's shared-index votes."""
    logos, query = _with_shadow(shipped)
    fm = FeatureMatcher(logos, {**OWN, "shape_search": False, "ink_search": False, "look_in_window": 0.0})
    pts = np.zeros((len(query), 2), np.float32)
    pts[: len(query) // 2] = (10.0, 10.0)  # half the keypoints inside the window
    pts[len(query) // 2:] = (500.0, 500.0)
    ((li, _src, q, over),) = _votes(fm, query, pts, "chscb-standin", [0.0, 0.0, 50.0, 50.0])
    assert li == 0 and over is None and len(q) > 6 and (pts[q] == 10.0).all()
    assert _votes(fm, query, pts, "chscb-standin", [200.0, 200.0, 50.0, 50.0]) == []
    fm.params["look_print_min_inliers"] = 8
    assert _votes(fm, query, pts, "chscb-standin", [0.0, 0.0, 50.0, 50.0])[0][3] == {"print_min_inliers": 8}
    fm.params["look_own"] = False
    assert all(li != 0 or len(q) < 0.2 * len(query) for li, _s, q, _o in _votes(fm, query, pts, "chscb-standin", [0, 0, 50, 50]))


def test_a_window_around_the_mark_is_found_by_its_own_votes(shipped: list[LogoFeatures]) -> None:
    """Positive end to end, and negative: the pasted mark's window is matched with look_own on; the
    same window on the bare scene gives nothing."""
    img = scene(1280, 910)
    truth = paste_logo(img, 150, (820, 420), angle=4)
    rgb = np.asarray(img)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    m = FeatureMatcher(shipped, {**OWN, "look_ratio": 0.9, "look_in_window": 0.1})
    (got,) = second_look(m, gray, rgb, [], [(0.5, "chscb-standin", [truth[0] + 10, truth[1] - 5, truth[2], truth[3]])])
    assert got["name"] == "chscb-standin" and iou(got["box"], truth) > 0.6, (got, truth)
    bare = np.asarray(scene(1280, 910))
    assert second_look(m, cv2.cvtColor(bare, cv2.COLOR_RGB2GRAY), bare, [], [(0.9, "chscb-standin", [830, 415, 150, 110])]) == []


def _pose_votes(n_good: int, n_bad: int, turn: float, scale: float, seed: int = 1) -> tuple[np.ndarray, ...]:
    """Votes from a logo (400 px) to a photo: n_good under one similarity (turned ``turn`` degrees
    counter-clockwise on screen, scaled), with keypoint sizes and angles as OpenCV gives them; n_bad at random."""
    rng = np.random.default_rng(seed)
    src = rng.uniform(0, 400, (n_good + n_bad, 2)).astype(np.float32)
    t = np.deg2rad(turn)
    rot = np.array([[np.cos(t), np.sin(t)], [-np.sin(t), np.cos(t)]])  # counter-clockwise on screen, y down
    dst = (src @ rot.T) * scale + (300.0, 200.0)
    fsrc = np.c_[rng.uniform(4, 30, len(src)), rng.uniform(0, 360, len(src))].astype(np.float32)
    fdst = np.c_[fsrc[:, 0] * scale, (fsrc[:, 1] - turn) % 360].astype(np.float32)
    bad = slice(n_good, None)
    dst[bad] = rng.uniform(0, 800, (n_bad, 2))
    fdst[bad] = np.c_[rng.uniform(2, 40, n_bad), rng.uniform(0, 360, n_bad)]
    return src, dst.astype(np.float32), fsrc, fdst.astype(np.float32)


def test_pose_consensus_keeps_the_votes_of_one_pose() -> None:
    """Positive: 8 right votes among 60 wrong ones (turned 30 degrees, half size) are the group, and
    RANSAC on the group alone then has its model."""
    from selfaudit.analysis.logos import pose_consensus

    src, dst, fsrc, fdst = _pose_votes(8, 60, 30.0, 0.5)
    group = pose_consensus(src, dst, fsrc, fdst, 400.0)
    assert group[:8].all() and group[8:].sum() <= 2, np.nonzero(group)
    A, inl = cv2.estimateAffine2D(src[group], dst[group], method=cv2.RANSAC, ransacReprojThreshold=4.0)
    assert A is not None and inl.ravel()[:8].all()


def test_pose_consensus_of_random_votes_is_small_and_of_none_is_empty() -> None:
    """Negative / could not tell: random votes agree in small groups only; no votes, no group."""
    from selfaudit.analysis.logos import pose_consensus

    src, dst, fsrc, fdst = _pose_votes(0, 80, 0.0, 1.0, seed=7)
    assert pose_consensus(src, dst, fsrc, fdst, 400.0).sum() <= 4
    assert pose_consensus(src[:0], dst[:0], fsrc[:0], fdst[:0], 400.0).shape == (0,)


def _posed_votes(fm: FeatureMatcher, good: int, bad: int, seed: int = 2) -> tuple[np.ndarray, np.ndarray, list, np.ndarray]:
    """The matcher's first logo's keypoints as whole-photo votes: ``good`` at the logo turned 20
    degrees and scaled 0.3 to (400, 300), ``bad`` at random places, sizes and angles."""
    rng = np.random.default_rng(seed)
    assert fm.frames is not None
    rows = rng.choice(len(fm.logos[0].descriptors), good + bad, replace=False)
    src, fsrc = fm.points[rows], fm.frames[rows]
    t = np.deg2rad(20.0)
    rot = np.array([[np.cos(t), np.sin(t)], [-np.sin(t), np.cos(t)]])
    dst = (src @ rot.T) * 0.3 + (400.0, 300.0)
    fdst = np.c_[fsrc[:, 0] * 0.3, (fsrc[:, 1] - 20.0) % 360]
    dst[good:] = rng.uniform(0, 1000, (bad, 2))
    fdst[good:] = np.c_[rng.uniform(2, 40, bad), rng.uniform(0, 360, bad)]
    kps = [cv2.KeyPoint(float(x), float(y), float(sz), float(a)) for (x, y), (sz, a) in zip(dst, fdst, strict=True)]
    fm._first = rows
    return src.astype(np.float32), np.arange(len(rows)), kps, dst.astype(np.float32)


def test_near_pose_puts_a_window_where_agreeing_votes_put_the_logo(shipped: list[LogoFeatures]) -> None:
    """Positive: 10 votes of one pose among 50 wrong ones give the box the logo has at that pose."""
    lg = next(g for g in shipped if g.name == "chscb-standin")
    fm = FeatureMatcher([lg], {**DEFAULTS, "shape_search": False, "ink_search": False, "near_pose": 6})
    src, q, kps, dst = _posed_votes(fm, 10, 50)
    got = fm._pose_place(src, q, kps, dst, lg)
    assert got is not None
    n, box = got
    t = np.deg2rad(20.0)
    rot = np.array([[np.cos(t), np.sin(t)], [-np.sin(t), np.cos(t)]])
    corners = (np.array([[0, 0], [lg.width, 0], [lg.width, lg.height], [0, lg.height]]) @ rot.T) * 0.3 + (400.0, 300.0)
    truth = [*corners.min(axis=0), *(corners.max(axis=0) - corners.min(axis=0))]
    assert n >= 10 and iou([round(v) for v in box], [round(v) for v in truth]) > 0.8, (box, truth)


def test_near_pose_needs_enough_agreeing_votes(shipped: list[LogoFeatures]) -> None:
    """Negative / could not tell: random votes give no window; a logo prepared without keypoint
    frames gives none either."""
    lg = next(g for g in shipped if g.name == "chscb-standin")
    fm = FeatureMatcher([lg], {**DEFAULTS, "shape_search": False, "ink_search": False, "near_pose": 6})
    src, q, kps, dst = _posed_votes(fm, 0, 60, seed=4)
    assert fm._pose_place(src, q, kps, dst, lg) is None
    src, q, kps, dst = _posed_votes(fm, 10, 50)
    fm.frames = None
    assert fm._pose_place(src, q, kps, dst, lg) is None


def test_look_pose_keeps_only_the_crop_votes_of_one_pose(shipped: list[LogoFeatures]) -> None:
    """look_pose in the crop look's votes: the half of the votes placed at one pose (half size) is
    kept, the half at random places is not; without the keypoints' frames (kps None) nothing is grouped."""
    logos, query = _with_shadow(shipped)
    fm = FeatureMatcher(logos, {**OWN, "shape_search": False, "ink_search": False, "look_pose": True})
    lg = logos[0]
    assert lg.frames is not None
    n = len(query)
    rng = np.random.default_rng(9)
    pts = (lg.points * 0.5 + 100.0).astype(np.float32)
    pts[n // 2:] = rng.uniform(0, 400, (n - n // 2, 2))
    kps = [cv2.KeyPoint(float(x), float(y), float(sz * 0.5), float(a)) for (x, y), (sz, a) in zip(pts, lg.frames, strict=True)]
    for i in range(n // 2, n):
        kps[i] = cv2.KeyPoint(float(pts[i, 0]), float(pts[i, 1]), float(rng.uniform(2, 40)), float(rng.uniform(0, 360)))
    ((_li, _src, q, _o),) = _votes(fm, query, pts, "chscb-standin", [0.0, 0.0, 400.0, 400.0], kps)
    assert len(q) > 6 and (q < n // 2).mean() > 0.95, (len(q), (q < n // 2).mean())
    ((_li, _src, q_all, _o),) = _votes(fm, query, pts, "chscb-standin", [0.0, 0.0, 400.0, 400.0], None)
    assert (q_all >= n // 2).sum() > 0.2 * n
