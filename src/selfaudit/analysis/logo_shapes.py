"""A second logo detector for marks the keypoint matcher misses: smooth, low-texture shapes
(a plain swirl, a document outline, a flat diamond) and marks printed into a scene.

Keypoints need corners; these marks have few. What they keep, even printed into a scene
with most of their grey-level contrast gone, is their *outline*: where the colour changes.
So both the photo and each logo are turned into a contrast-normalised edge map (the largest
gradient over the R, G and B channels — an iso-luminant red-on-orange edge still counts —
divided by the local mean gradient, so a faint multiplied print weighs like a crisp card),
and each logo's small edge template is correlated (FFT ``matchTemplate``) over a pyramid of
the photo at low resolution: the template stays small and the photo shrinks, which is what
keeps 24 logos within a few tens of milliseconds.

A peak is only a candidate. Each is refined (rotation, scale, shift) on a sharper edge map
of the region, then must pass the keypoint path's own photometric verification (the region
warped onto the logo and correlated over the logo's edges, and its colours when it has
colour) with stricter thresholds — a match is a box with its scores, never a guess.

The same matcher with ``look="chroma"`` (``method: ink``) searches the picture's colour without
its brightness (:func:`chroma_look`): a coloured mark multiplied into a busy scene, whose
outline no longer stands out in the edge map, still differs from the scene in colour. Its
candidates come from correlating the logo's filled colour picture; the verification is the same.
Grey logos, which have no colour, are searched there on the log brightness (:func:`grey_look`)
and verified by their outline's directions and filled shape (:func:`fill_agreement`).

Every candidate's refined pose (a similarity) is then let go to a homography (ECC on the edge
maps, :meth:`ShapeMatcher._perspective`), so a print seen at an angle is verified in its own
perspective.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .logo_grey import fill_agreement, grey_look
from .logo_math import box_overlap

SHAPE_DEFAULTS: dict[str, Any] = {
    "shape_search": True,  # run this detector at all
    "shape_template": 20,  # template size (square root of its area) in pyramid pixels
    "shape_min_frac": 0.07,  # smallest mark looked for: its long side over the photo's long side
    "shape_max_frac": 0.6,
    "shape_step": 1.41,  # pyramid step (half an octave; the refinement searches +-15 % around it)
    "shape_min_coarse": 0.35,  # normalised correlation of the edge maps to become a candidate
    "shape_candidates": 2,  # best peaks a logo (early rejection: most stop at the threshold)
    "shape_refine": 4,  # candidates a photo refined (the best coarse scores, or see shape_rank_pool)
    "shape_min_refined": 0.6,  # edge-map correlation after refining rotation, scale and shift
    "shape_min_align": 0.7,  # edge directions along the logo's outline (see orientation_agreement)
    "shape_min_cell": 0.4,  # ... in the worst of its 3 x 3 parts
    "shape_min_coverage": 1.5,  # the outline's edges this much stronger than the region's average
    "shape_min_colour": 0.3,  # chroma correlation, when the logo and the region have colour
    "shape_min_align_gray": 0.9,  # without colour to compare
    "shape_strong_colour": 0.6,  # chroma correlation from which the outline may agree less:
    "shape_min_align_strong": 0.6,  # ... direction agreement then
    "shape_min_cell_strong": 0.3,  # ... and its worst 3 x 3 cell
    # The same search on the picture's colour only (chroma_look), for printed marks: on since the
    # logoink2 session (dev seeds 7 and 9 both gain, 0 false positives; bench/README-images.md).
    "ink_search": True,
    "ink_min_logo_chroma": 8.0,  # a logo needs this much colour variation for that search
    "ink_template": 8,  # its template size (a filled colour shape needs fewer pixels than an outline)
    "ink_refine": 4,  # candidates a photo refined by it
    "ink_min_refined": 0.6,  # its colour outline's correlation after refining
    # A perspective step after the refinement (prints seen at an angle): ECC on the edge maps.
    "shape_perspective": True,
    "shape_perspective_max": 0.25,  # farthest a corner may move, over the logo's size
    # Early rejection: the refined outline correlation from which the (costly) ECC step is tried;
    # below it a candidate is dropped (0: always tried, as before the logospeed3 session). On the
    # dev draws, candidates under 0.3 never reached the 0.6 bar after ECC (the lowest passing match
    # had 0.43 before it): 0.3 skips ~25 % of the ECC calls with every output identical on the five
    # kept dev draws, the check draw and the real-photo sweep (bench/README-images.md, logospeed3).
    # Thin margin: one grey-look candidate went from 0.31 to >= 0.6 (not reported); 0.25 is cautious.
    # 0.4 since stop 35 (logospeed35, dev TUNED): the step also lifted 0.3-0.4 windows over
    # second_look_min_refined, each then a ~28 ms crop look (131 -> 88 second looks on 89 photos with
    # three logos); seeds 7 / 9 / 11 and the check 73 the same hits (117, 110, 116, 109 of 128), 0 of
    # 4,800 false pairs, -12 % CPU with three logos, -6 % with one (bench/README-images.md, stop 35).
    "shape_perspective_from": 0.4,
    # The ECC step's iterations (25 as before the logospeed35 session), and a refined outline from which
    # the step is skipped, the similarity kept (0 = off): the step is the outline search's largest part
    # with three logos (bench/README-images.md, stop 34). OFF / as before: see stop 35 there.
    "shape_perspective_iters": 25,
    "shape_perspective_until": 0.0,
    # Grey logos (no colour for the search above) printed into a scene: the same search on the
    # picture's log brightness (grey_look), where multiplied ink adds the mark's own log levels.
    "grey_search": True,
    "grey_refine": 2,  # candidates a photo refined by it (its own budget: not the colour one's)
    "grey_min_align": 0.8,  # direction agreement of the outline in the log brightness (dev: true 0.97, a dark blob 0.61)
    "grey_min_fill": 0.6,  # the region's log brightness correlated with the logo's (filled)
    "grey_min_fill_cell": 0.15,  # ... in the worst of its 3 x 3 parts that have shape
    # Ranking the coarse candidates before the (costly) refinement: the best ``shape_rank_pool``
    # of each look by coarse score are re-ordered by how well the region's edge directions follow
    # the logo's outline at the coarse pose (orientation_agreement on a small copy of the logo).
    # OFF: with 6 refinements a look (shape_rank_pool 16, shape_refine / ink_refine 6) dev
    # +2 / +2 / +3 of 128 (seeds 7 / 9 / 15, 0 false positives there), but 2 false matches on real
    # unmodified photographs (bench_logo_realfp.py): ranking by the verifier's own cue also
    # brings it the scene's places most likely to pass falsely (logoprint2 session).
    "shape_rank_pool": 0,
    "shape_rank_side": 64,  # long side of the logo's outline used for that
    "shape_rank_mix": True,  # alternate the coarse order and the direction order
    # A candidate the ranking promoted: no strong-colour lowering, +0.05 on the bar without colour,
    # +0.1 on the grey search's (measured in the logoprint2 session, only with the ranking on).
    "shape_rank_strict": False,
    # Extra refinements chosen by where the logo's colours are (logo_proposals.ColourCue, a cue
    # independent of the verification): per look, the ``colour_extra`` candidates with the highest
    # colour cue (>= ``colour_min_cue``) among the coarse ranks past the look's budget, up to rank
    # ``colour_pool``. 0 = off. ON (2) since the logocolour session (all dev, TUNED): with 2
    # +6 of 640 on the five kept draws (seeds 7 / 9 / 11 / 13 / 15: +0 / +0 / +2 / +2 / +2, ink
    # 195 -> 200 of 280), +1 of 128 on the new check draw 43 (a card mark; ink 37 -> 37), 0 false
    # pairs of 6,000 + 3,600 + 1,200 dev negatives, 0 false on the dev logos x the 51 photographs
    # under /tmp/debs/x, +18 ms a photo (394 -> 412 interleaved); the full real-photo sweep
    # (bench_logo_realfp.py, run by the lead with colour_extra=2): 0 false matches of 7,811 pairs, the
    # same 24 true Kodi marks -> switched on. Held-out set 8 was run before (off) and after (on).
    "colour_extra": 2,
    "colour_pool": 32,
    "colour_min_cue": 0.2,  # share of the box's pixels whose colour is typical of the logo
    "colour_cue_ratio": 0.5,  # a colour is typical of the logo when its share there is >= this x the photo's
    # Windows no coarse peak covers (logoprint4 session): per search, the ``blob_extra`` best
    # regions of a logo's typical colours (logo_proposals.ColourCue.blobs, score >= ``blob_min_score``;
    # one a logo), sized so the logo's own coloured part fills the region, refined and verified like
    # any candidate — with no strong-colour lowering when ``blob_strict`` (a window chosen for its
    # colours must not pass on them). OFF: dev (TUNED) five kept draws 546 -> 551 of 640 alone, 558
    # with second_look 2 (ink 200 -> 211 of 280), 0 of 6,000 false pairs, +16 ms a photo alone; the
    # check draw 47 +1 of 128 with both; the real-photo sweep not run (bench/README-images.md, logoprint4).
    "blob_extra": 0,
    "blob_min_score": 0.05,
    "blob_close": 2,  # gaps closed in the 128-px colour map before regions are taken
    "blob_strict": True,
    # Early rejection before the refinement (logospeed5 session): a candidate of a colourful logo
    # whose region, at its coarse pose, correlates in chroma under this (both shrunk to 12 px:
    # _coarse_colour) is dropped unrefined. 0 = off. OFF: it does not pay. Dev draws s13 + s15
    # (TUNED, 356 pictures, 4,450 refinements): 0.1 skips 4 % of the refinements (~2 ms a photo)
    # and loses no true match; 0.2 skips 7 % and loses 1 of 34 true outline / colour matches;
    # 0.3 11 %, 2 at risk. Most refinements are of grey logos or colourless regions (no gate).
    "shape_colour_gate": 0.0,
    # Extra refinements chosen by how much a coarse peak stands out of its own score map (logoprop6
    # session): per look, the ``peak_extra`` candidates past the budget (up to rank ``colour_pool``)
    # whose peak is highest above the map's mean, in the map's standard deviations (>= ``peak_min_z``).
    # A printed mark's peak is isolated; a busy scene lifts a simple outline's score everywhere. 0 = off.
    # OFF: the real-photo sweep (bench_logo_realfp.py --param peak_extra=1, lead, 2026-11-30) kept the
    # 24 Kodi marks but added 2 false matches (xournalpp, mpv on opencv-doc scene-text photos). Dev (TUNED)
    # printed + negative pictures of the five kept draws, 1: ink 200 -> 201 of 280, 0 of 6,000 false
    # pairs, +1 "wrong-logo" (the Debian swirl inside a printed debian-spacefun mark), ~+8 ms a photo;
    # 2: the same +1 for ~+14 ms. Check draw 67 (1 or 2): 107 -> 108 of 128 (ink 38 -> 39 of 56),
    # 0 of 1,200 false pairs, wrong-logo 11 -> 11 (bench/README-images.md, logoprop6).
    "peak_extra": 0,
    "peak_min_z": 4.0,
    # A logo's ``shape_candidates`` best levels can be one place at two neighbouring scales; with
    # this, a level whose peak box overlaps (IoU >= 0.5) a kept one is skipped for the next place
    # (logoprop6 session: for 10 of 55 printed misses without a window the mark is its level's peak
    # but the logo's 2 best levels are elsewhere). OFF: dev (TUNED) five kept draws, ink 200 -> 198 of 280.
    "shape_distinct_levels": False,
    # Plain marks (logoplain32 session, logo_plain.py): a logo whose filled silhouette is explained by
    # its moment ellipse or rotated rectangle (IoU >= ``plain_fit``) and whose picture holds under
    # ``plain_inside`` of its edge strength inside that silhouette (away from the outline) has only its
    # outline and filled shape as evidence here, and those are any disc's: a black sphere was claimed
    # on other logos' pupils, tetris blocks and knobs (set 12: 22 wrong-logo claims). With
    # ``plain_guard`` such a logo is not claimed by these searches at all (its windows are still
    # refined and handed to the keypoint looks); a keypoint match or the whole-image hash still can.
    "plain_guard": True,
    "plain_fit": 0.9,
    "plain_inside": 0.15,
}

CHROMA_FLOOR = 12.0  # added before the log: dark pixels' noise must not become colour
CHROMA_GAIN = 48.0  # log-ratio -> uint8 levels
VERIFY_T = 48  # template size (sqrt area) for the refinement
ANGLES = (-20.0, -10.0, 0.0, 10.0, 20.0)
SCALES = (0.87, 1.0, 1.15)


def edge_map(rgb: np.ndarray, window: int) -> np.ndarray:
    """Contrast-normalised outline strength (float32), the representation both sides share."""
    import cv2

    gx = cv2.Sobel(rgb, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(rgb, cv2.CV_32F, 0, 1, ksize=3)
    m2 = gx * gx + gy * gy
    if m2.ndim == 3:
        m2 = np.maximum(np.maximum(m2[..., 0], m2[..., 1]), m2[..., 2]) if m2.shape[2] == 3 else np.maximum(m2[..., 0], m2[..., 1])
    mag = cv2.sqrt(m2)
    local = cv2.blur(mag, (window, window))
    out = mag / (local + (0.25 * float(cv2.mean(mag)[0]) + 4.0))
    return cv2.GaussianBlur(out, (0, 0), 0.8)


@dataclass
class ShapeTemplate:
    index: int  # the logo's index in the matcher's list
    look: str  # what it is searched on (see look_at)
    coarse: np.ndarray  # edge template at shape_template
    fine: np.ndarray  # edge template at VERIFY_T
    fine_rgb: np.ndarray
    tz: np.ndarray  # coarse, zero-mean, unit norm
    fz: np.ndarray  # fine, zero-mean, unit norm
    plain: bool = False  # a plain mark (logo_plain.py): not claimed by these searches with plain_guard


def _template(rgb: np.ndarray, t: int, white: float = 255.0) -> tuple[np.ndarray, np.ndarray]:
    """The logo on its white, at sqrt-area ``t``, with a white border so its outline counts."""
    import cv2

    h, w = rgb.shape[:2]
    k = t / np.sqrt(w * h)
    tw, th = max(4, round(w * k)), max(4, round(h * k))
    small = cv2.resize(rgb, (tw, th), interpolation=cv2.INTER_AREA)
    pad = 3
    big = cv2.copyMakeBorder(small, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(white,) * (rgb.shape[2] if rgb.ndim == 3 else 1))
    e = edge_map(big, max(3, t // 2 | 1))[pad:-pad, pad:-pad]
    return np.ascontiguousarray(e), small


def _blocks(taken: list[int], box: list[int]) -> bool:
    """Whether a place already claimed (``taken``) rules out a new match at ``box``: they overlap
    (IoU >= 0.3), unless the new box holds the claimed one inside a twice larger area — an
    organisation's wordmark around its own emblem, where the emblem alone matched first."""
    inter, iou = box_overlap(box, taken)
    if iou < 0.3:
        return False
    inside = inter >= 0.8 * taken[2] * taken[3]
    return not (inside and box[2] * box[3] >= 2.0 * taken[2] * taken[3])


def _unit(t: np.ndarray) -> np.ndarray:
    z: np.ndarray = (t - t.mean()).astype(np.float32)
    z /= max(1e-6, float(np.sqrt((z * z).sum())))
    return z


def chroma_look(rgb: np.ndarray) -> np.ndarray:
    """The picture's colour without its brightness: log(R/G) and log(B/G), two uint8 channels
    (128 = grey). Ink multiplied into a scene multiplies each channel by the mark's colour,
    which *adds* the mark's log-ratios to the scene's: a coloured print over a grey or dull
    scene keeps its whole shape here even when its grey-level contrast is gone."""
    import cv2

    f = cv2.log(rgb.astype(np.float32) + CHROMA_FLOOR)
    r, g, b = cv2.split(f)
    out: np.ndarray = np.clip(cv2.merge([r - g, b - g]) * CHROMA_GAIN + 128.0, 0, 255).astype(np.uint8)
    return out


def look_at(rgb: np.ndarray, look: str) -> np.ndarray:
    """What a search looks at: the picture ("rgb"), its colour only ("chroma") or its log
    brightness ("grey")."""
    return chroma_look(rgb) if look == "chroma" else grey_look(rgb) if look == "grey" else rgb


_HALVES: list[Any] = []  # [the photo, its successive pyrDowns]: the last photo's only


def halved(rgb: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The smallest of ``rgb``'s successive halvings (pyrDown) still at least twice ``size``
    (w, h) in both sides, or ``rgb`` itself. The outline and colour searches both start their
    pyramids from the photo's halvings; kept for the last photo, the second search reuses the
    first's (the same pyrDown of the same pixels, so the same levels: answers unchanged)."""
    import cv2

    if not _HALVES or _HALVES[0] is not rgb:
        _HALVES[:] = [rgb, []]
    chain: list[np.ndarray] = _HALVES[1]
    prev, i = rgb, 0
    while prev.shape[1] >= 2 * size[0] and prev.shape[0] >= 2 * size[1]:
        if i == len(chain):
            chain.append(cv2.pyrDown(prev))
        prev, i = chain[i], i + 1
    return prev


def forget_halvings() -> None:
    """Drop the kept halvings and colour cue (the photo is done: its pixels may be freed or reused)."""
    from .logo_proposals import forget_cue

    _HALVES.clear()
    forget_cue()


class ShapeMatcher:
    def __init__(self, logos: list[Any], params: dict[str, Any], look: str = "rgb"):
        self.p = {**SHAPE_DEFAULTS, **{k: v for k, v in params.items() if k in SHAPE_DEFAULTS}}
        self.logos = logos
        self.look = look  # "rgb": outlines in the picture; "chroma": outlines in its colour only
        self.templates: list[ShapeTemplate] = []
        self.trace: list[dict[str, Any]] | None = None
        self.looked: list[tuple[float, str, list[int]]] = []  # the last photo's refined windows
        self._grad_cache: dict[tuple[int, str], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._hists: dict[int, np.ndarray] = {}  # each logo's colour histogram (logo_proposals)
        self._colours: dict[int, Any] = {}  # each logo's coloured pixels (logo_proposals.LogoColours)
        self.peak_z: dict[int, float] = {}  # the last photo's candidates: how far each peak stands out (peak_extra)
        t = self._t()
        for i, lg in enumerate(logos):
            plain = plain_mark(lg, self.p)
            src = lg.verify_rgb
            tlook = look
            paper = float(getattr(lg, "paper", 255.0))
            white = paper  # the logo's paper (white, or dark for a reversed logo's second reference)
            if look == "chroma":
                src = chroma_look(src)
                white = 128.0  # grey paper has no colour
                if float(np.abs(src.astype(np.float32) - 128.0).max(axis=2).std()) < float(self.p["ink_min_logo_chroma"]):
                    if not self.p["grey_search"]:
                        continue  # a grey logo has no colour outline
                    tlook, src = "grey", grey_look(lg.verify_rgb)
                    white = float(grey_look(np.full((1, 1), paper, np.uint8))[0, 0])
            coarse, small = _template(src, t, white)
            fine, fine_rgb = _template(src, VERIFY_T, white)
            if float(coarse.std()) > 1e-3:
                # The colour and grey searches correlate the picture itself, not its outline: a
                # filled shape tolerates rotation and the print's texture better than a thin edge.
                tz = small.astype(np.float32) if look == "chroma" else _unit(coarse)
                self.templates.append(ShapeTemplate(i, tlook, coarse, fine, fine_rgb, tz, _unit(fine), plain))

    def _t(self) -> int:
        return int(self.p["shape_template" if self.look == "rgb" else "ink_template"])

    def _levels(self, rgb: np.ndarray, looks: set[str]) -> dict[str, list[tuple[float, np.ndarray, dict[Any, np.ndarray]]]]:
        """Per look, the photo's edge map (or colour / log-brightness picture) at a fixed set of
        sizes (long side ``t / fmin`` down to ``t / fmax`` in ``shape_step``s): (scale, map, cache)."""
        import cv2

        p = self.p
        t = self._t()
        H, W = rgb.shape[:2]
        longest = max(H, W)
        step, fmin, fmax = float(p["shape_step"]), float(p["shape_min_frac"]), float(p["shape_max_frac"])
        if not (step > 1.0 and fmin > 0.0 and fmax > 0.0):  # the sizes would never shrink: the loop below would not end
            raise ValueError(f"shape_step ({step}) must be above 1 and shape_min_frac ({fmin}) / shape_max_frac ({fmax}) above 0")
        side = t / fmin
        out: dict[str, list[tuple[float, np.ndarray, dict[Any, np.ndarray]]]] = {k: [] for k in looks}
        prev = rgb
        first = True
        while side >= t / fmax / 1.5:
            s = min(1.0, side / longest)
            size = (max(8, round(W * s)), max(8, round(H * s)))
            if first:  # the photo's own halvings: shared with the other look's matcher (same pixels)
                prev, first = halved(rgb, size), False
            while prev.shape[1] >= 2 * size[0] and prev.shape[0] >= 2 * size[1]:
                prev = cv2.pyrDown(prev)  # halvings first: much cheaper than one big area resize
            prev = cv2.resize(prev, size, interpolation=cv2.INTER_AREA)  # from the previous level: cheap
            for k in looks:
                e = edge_map(prev, max(3, t // 2 | 1)) if k == "rgb" else look_at(prev, k).astype(np.float32)
                out[k].append((s, e, {}))
            side /= step
        return out

    @staticmethod
    def _window_norm(e: np.ndarray, cache: dict[Any, np.ndarray], th: int, tw: int) -> np.ndarray:
        """1 / the standard deviation (times sqrt n) of every template-sized window of ``e``."""
        import cv2

        got = cache.get((th, tw))
        if got is None:
            n = th * tw
            a = cv2.boxFilter(e, -1, (tw, th), anchor=(0, 0), normalize=False, borderType=cv2.BORDER_CONSTANT)
            b = cv2.boxFilter(e * e, -1, (tw, th), anchor=(0, 0), normalize=False, borderType=cv2.BORDER_CONSTANT)
            h, w = e.shape[0] - th + 1, e.shape[1] - tw + 1
            var = b[:h, :w] - a[:h, :w] * a[:h, :w] / n
            got = 1.0 / np.sqrt(np.maximum(var, n * 0.05))  # a flat window cannot score
            cache[(th, tw)] = got
        return got

    def candidates(self, rgb: np.ndarray, skip: set[str] | frozenset[str] = frozenset()) -> list[tuple[float, int, np.ndarray]]:
        """(coarse score, template index, similarity from the logo's frame to ``rgb``)."""
        # tz is zero-mean and scaled to unit norm, so the correlation times the window's
        # 1/std is the normalised correlation coefficient.
        import cv2

        p = self.p
        levels = self._levels(rgb, {tp.look for tp in self.templates if self.logos[tp.index].name not in skip})
        longest = max(rgb.shape[:2])
        fmin, fmax = float(p["shape_min_frac"]), float(p["shape_max_frac"])
        out = []
        want_z = int(p["peak_extra"]) > 0
        for ti, tp in enumerate(self.templates):
            if self.logos[tp.index].name in skip:
                continue
            th, tw = tp.coarse.shape
            tz = tp.tz
            scores: list[tuple[float, float, tuple[int, int], float]] = []
            for s, e, cache in levels[tp.look]:
                if e.shape[0] <= th or e.shape[1] <= tw:
                    continue
                frac = max(th, tw) / (s * longest)
                if frac < fmin * 0.8 or frac > fmax:
                    continue
                if tp.look != "rgb":
                    r = cv2.matchTemplate(e, tz, cv2.TM_CCOEFF_NORMED)
                else:
                    r = cv2.matchTemplate(e, tz, cv2.TM_CCORR)  # zero-mean template: = TM_CCOEFF
                    r *= self._window_norm(e, cache, th, tw)
                _, mx, _, loc = cv2.minMaxLoc(r)
                z = 0.0
                if want_z:
                    mean, sd = cv2.meanStdDev(r)
                    z = (float(mx) - float(mean[0, 0])) / max(1e-6, float(sd[0, 0]))
                scores.append((float(mx), s, (int(loc[0]), int(loc[1])), z))
            scores.sort(key=lambda x: -x[0])
            if p["shape_distinct_levels"]:
                kept: list[tuple[float, float, tuple[int, int], float]] = []
                for sc in scores:
                    if len(kept) >= int(p["shape_candidates"]) or sc[0] < float(p["shape_min_coarse"]):
                        break
                    box = [sc[2][0] / sc[1], sc[2][1] / sc[1], tw / sc[1], th / sc[1]]
                    if not any(box_overlap(box, [k[2][0] / k[1], k[2][1] / k[1], tw / k[1], th / k[1]])[1] >= 0.5 for k in kept):  # type: ignore[list-item]
                        kept.append(sc)
                scores = kept
            for mx, s, loc, z in scores[: int(p["shape_candidates"])]:
                if mx >= float(p["shape_min_coarse"]):
                    out.append((mx, ti, s, loc, z))
        got = [(mx, ti, self._to_photo(ti, s, loc)) for mx, ti, s, loc, _z in out]
        self.peak_z = {id(c): o[4] for c, o in zip(got, out, strict=True)} if want_z else {}
        return got

    def _to_photo(self, ti: int, s: float, loc: tuple[int, int]) -> np.ndarray:
        """Similarity (3x3) from the logo's reference frame to the photo's pixels."""
        tp = self.templates[ti]
        lg = self.logos[tp.index]
        th, tw = tp.coarse.shape
        a = tw / lg.width / s  # reference px -> photo px
        return np.array([[a, 0, loc[0] / s], [0, a * (th / lg.height) / (tw / lg.width), loc[1] / s], [0, 0, 1]], np.float64)

    def detect(self, rgb: np.ndarray, found: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        """Verified matches in ``rgb`` (boxes in its pixels) of logos the keypoint matcher did
        not find (``found``: its matches; a place it explained is not looked at again)."""
        import cv2

        p = self.p
        self.looked = []
        if not self.templates or not p["shape_search" if self.look == "rgb" else "ink_search"]:
            return []
        if self.look == "chroma" and rgb.ndim != 3:
            return []  # a grey picture has no colour to search
        # A place a keypoint match explained is not claimed for another logo: look-alike marks
        # (one design in two organisations' colours) must not both be reported.
        taken = [list(m["box"]) for m in found or ()]
        done = {m["name"] for m in found or ()}
        passed: list[dict[str, Any]] = []
        cands = sorted(self.candidates(rgb, done), key=lambda c: -c[0])
        # Candidates the coarse order alone would have refined; one the ranking promoted past them
        # may be asked more (shape_rank_strict): ranking by the verifier's own cue also brings it
        # the scene's places most likely to pass falsely.
        plain: set[int] = set()
        if int(p["shape_rank_pool"]) > 0:
            left = {"rgb": int(p["shape_refine"]), "chroma": int(p["ink_refine"]), "grey": int(p["grey_refine"])}
            for c in cands:
                if left[self.templates[c[1]].look] > 0:
                    left[self.templates[c[1]].look] -= 1
                    plain.add(id(c))
            cands = self._rank(rgb, cands)
        strict_all = bool(p["shape_rank_strict"]) and int(p["shape_rank_pool"]) > 0
        # Each look its own budget of refinements (best coarse scores first).
        budget = {"rgb": int(p["shape_refine"]), "chroma": int(p["ink_refine"]), "grey": int(p["grey_refine"])}
        chosen = []
        for c in cands:
            lk = self.templates[c[1]].look
            if budget[lk] > 0:
                budget[lk] -= 1
                chosen.append(c)
        if int(p["colour_extra"]) > 0:
            chosen += self._colour_proposals(rgb, cands, chosen)
        if int(p["peak_extra"]) > 0:
            chosen += self._peak_proposals(cands, chosen)
        blobbed: set[int] = set()
        proposed: set[int] = set()  # candidates from blob_extra, and (below) their matches
        if int(p["blob_extra"]) > 0:
            extra = self._blob_proposals(rgb, chosen, done)
            proposed = {id(c) for c in extra}
            blobbed = proposed if p["blob_strict"] else set()
            chosen += extra
        for c in chosen:
            _coarse, ti, S = c
            strict = (strict_all and id(c) not in plain) or id(c) in blobbed
            tp = self.templates[ti]
            lg = self.logos[tp.index]
            if lg.name in done:
                continue
            coarse_colour = self._coarse_colour(rgb, S, lg) if float(p["shape_colour_gate"]) > 0 or self.trace is not None else None
            if coarse_colour is not None and coarse_colour < float(p["shape_colour_gate"]):
                continue  # no colour of the mark where it would be: not worth a refinement
            refined, H = self._refine(rgb, ti, S)
            until = float(p["shape_perspective_until"])
            if p["shape_perspective"] and refined >= float(p["shape_perspective_from"]) and not (0 < until <= refined):
                refined, H = self._perspective(rgb, tp, H, refined)
            quad = cv2.perspectiveTransform(np.array([[[0, 0], [lg.width, 0], [lg.width, lg.height], [0, lg.height]]], np.float32), H)[0]
            x0, y0 = np.maximum(0, np.floor(quad.min(axis=0))).astype(int)
            x1, y1 = np.ceil(quad.max(axis=0)).astype(int)
            box = [int(x0), int(y0), int(min(rgb.shape[1], x1) - x0), int(min(rgb.shape[0], y1) - y0)]
            self.looked.append((float(refined), lg.name, box))  # where it looked (logo_second_look)
            if refined < float(p["shape_min_refined" if self.look == "rgb" else "ink_min_refined"]):
                continue
            if tp.plain:
                continue  # a plain mark's outline and filled shape are any such shape's (plain_guard)
            if box[2] < 8 or box[3] < 8 or any(_blocks(b, box) for b in taken) or any(m["name"] == lg.name for m in passed):
                continue
            align, coverage, worst = orientation_agreement(rgb, H, lg, self._grads(tp.index, tp.look), tp.look)
            from .logos import _colour

            colour = _colour(rgb, H, lg)
            if self.trace is not None:  # the bench's diagnosis: every verified candidate's scores
                from .logos import _print_colour

                self.trace.append({"name": lg.name, "look": tp.look, "box": box, "refined": refined, "align": align, "coverage": coverage, "worst": worst, "colour": colour, "coarse_colour": coarse_colour,
                                   "print_colour": _print_colour(rgb, H, lg)})
            if tp.look == "grey" and colour is None:
                # No colour to confirm a grey mark: its filled shape must agree everywhere instead
                # of its outline's every part (multiplied ink keeps the scene's texture inside).
                fill, fill_worst = fill_agreement(rgb, H, lg)
                if align < float(p["grey_min_align"]) + (0.1 if strict else 0.0) or coverage < float(p["shape_min_coverage"]) or fill < float(p["grey_min_fill"]) or fill_worst < float(p["grey_min_fill_cell"]):
                    continue
                passed.append({"name": lg.name, "label": lg.label, "method": "ink", "box": box, "score": round(align, 3), "colour": None, "outline": round(float(refined), 3)})
                if id(c) in proposed:
                    proposed.add(id(passed[-1]))
                continue
            # Two independent cues: a region whose colours follow the mark's closely needs less of
            # its outline (a print over a busy scene loses parts of its edges, not its colours).
            strong = colour is not None and colour >= float(p["shape_strong_colour"]) and not strict
            min_align = float(p["shape_min_align_strong" if strong else "shape_min_align"])
            min_cell = float(p["shape_min_cell_strong" if strong else "shape_min_cell"])
            if align < min_align or worst < min_cell or coverage < float(p["shape_min_coverage"]):
                continue
            if colour is None and tp.look == "chroma":
                continue  # found by its colour, so its colours must be there to compare
            if colour is not None:
                if colour < float(p["shape_min_colour"]):
                    continue  # a colourful mark must have its colours
            elif align < float(p["shape_min_align_gray"]) + (0.05 if strict else 0.0):
                continue  # no colour to compare: ask more of the outline
            passed.append({
                "name": lg.name,
                "label": lg.label,
                "method": "shape" if self.look == "rgb" else "ink",
                "box": box,
                "score": round(align, 3),
                "colour": None if colour is None else round(colour, 3),
                "outline": round(float(refined), 3),
            })
            if id(c) in proposed:
                proposed.add(id(passed[-1]))
        # Where two logos passed at one place (one design in two organisations' colours), the
        # better-verified one: colours first, then the outline's directions.
        out: list[dict[str, Any]] = []
        # A window chosen for its colours (blob_extra) yields to a coarse peak's match there: a
        # logo whose colours another logo's mark holds (an emblem inside its wordmark) must not
        # take that mark's place on colours alone.
        for m in sorted(passed, key=lambda m: (id(m) not in proposed, m["colour"] if m["colour"] is not None else -1.0, m["score"]), reverse=True):
            if m["name"] not in done and not any(_blocks(b, m["box"]) for b in taken):
                done.add(m["name"])
                taken.append(m["box"])
                out.append(m)
        return out

    def _colour_proposals(self, rgb: np.ndarray, cands: list[tuple[float, int, np.ndarray]], chosen: list[tuple[float, int, np.ndarray]]) -> list[tuple[float, int, np.ndarray]]:
        """Per look, the ``colour_extra`` candidates past the coarse budget (up to coarse rank
        ``colour_pool``) that sit where the logo's colours are (logo_proposals.ColourCue): a
        printed mark's coarse peak is often right but ranked 10th-30th among many logos. They
        are only refined and verified like the others; a proposal never matches on its own."""
        from .logo_proposals import colour_cue, logo_histogram

        p = self.p
        if rgb.ndim != 3:
            return []  # a grey picture: no colours to tell where a logo's are
        cue = colour_cue(rgb, float(p["colour_cue_ratio"]))
        seen: dict[str, int] = {}
        scored: dict[str, list[tuple[float, int, tuple[float, int, np.ndarray]]]] = {}
        for n, c in enumerate(cands):
            tp = self.templates[c[1]]
            seen[tp.look] = seen.get(tp.look, 0) + 1
            if seen[tp.look] > int(p["colour_pool"]) or any(c is o for o in chosen):
                continue
            lg = self.logos[tp.index]
            hist = self._hists.get(tp.index)
            if hist is None:
                m = lg.verify_mask if getattr(lg, "colour_mask", None) is None else lg.colour_mask
                hist = self._hists[tp.index] = logo_histogram(lg.verify_rgb, m)
            q = c[2] @ np.array([[0, lg.width, lg.width, 0], [0, 0, lg.height, lg.height], [1, 1, 1, 1]], np.float64)
            x0, y0 = float(q[0].min()), float(q[1].min())
            v = cue.score(id(hist), hist, [x0, y0, float(q[0].max()) - x0, float(q[1].max()) - y0])
            if v is not None and v >= float(p["colour_min_cue"]):
                scored.setdefault(tp.look, []).append((v, n, c))
        out = []
        for got in scored.values():
            out += [c for _v, _n, c in sorted(got, key=lambda x: (-x[0], x[1]))[: int(p["colour_extra"])]]
        return out

    def _peak_proposals(self, cands: list[tuple[float, int, np.ndarray]], chosen: list[tuple[float, int, np.ndarray]]) -> list[tuple[float, int, np.ndarray]]:
        """Per look, the ``peak_extra`` candidates past the budget (up to coarse rank ``colour_pool``)
        whose peak stands out most of its score map (``peak_z``, >= ``peak_min_z``). Only refined and
        verified like the others; a proposal never matches on its own."""
        p = self.p
        seen: dict[str, int] = {}
        scored: dict[str, list[tuple[float, int, tuple[float, int, np.ndarray]]]] = {}
        for n, c in enumerate(cands):
            look = self.templates[c[1]].look
            seen[look] = seen.get(look, 0) + 1
            if seen[look] > int(p["colour_pool"]) or any(c is o for o in chosen):
                continue
            z = self.peak_z.get(id(c))
            if z is not None and z >= float(p["peak_min_z"]):
                scored.setdefault(look, []).append((z, n, c))
        out = []
        for got in scored.values():
            out += [c for _z, _n, c in sorted(got, key=lambda x: (-x[0], x[1]))[: int(p["peak_extra"])]]
        return out

    def _blob_proposals(self, rgb: np.ndarray, chosen: list[tuple[float, int, np.ndarray]], done: set[str]) -> list[tuple[float, int, np.ndarray]]:
        """Windows where no chosen candidate of the logo is: the best region of each logo's
        typical colours in the photo (logo_proposals.ColourCue.blobs), the logo placed so its own
        coloured part (logo_colour_box) fills the region; the ``blob_extra`` best of all logos.
        A printed mark whose outline drowned in the scene gives no coarse peak at all, yet its
        colours are still there. Only refined and verified like the others."""
        from .logo_proposals import LogoColours, colour_cue

        p = self.p
        if rgb.ndim != 3:
            return []  # a grey picture: no colours to tell where a logo's are
        cue = colour_cue(rgb, float(p["colour_cue_ratio"]))
        if cue.bins is None:
            return []
        corners = np.array([[0, 1, 1, 0], [0, 0, 1, 1], [1, 1, 1, 1]], np.float64)

        def box(ti: int, S: np.ndarray) -> list[float]:
            lg = self.logos[self.templates[ti].index]
            q = S @ (np.diag([lg.width, lg.height, 1.0]) @ corners)
            return [float(q[0].min()), float(q[1].min()), float(q[0].max() - q[0].min()), float(q[1].max() - q[1].min())]

        out = []
        for ti, tp in enumerate(self.templates):
            lg = self.logos[tp.index]
            if tp.look == "grey" or lg.name in done:
                continue  # a grey logo's colours are the scene's
            own = self._colours.get(tp.index)
            if own is None:
                m = lg.verify_mask if getattr(lg, "colour_mask", None) is None else lg.colour_mask
                own = self._colours[tp.index] = LogoColours(lg.verify_rgb, m)
            hist = own.hist
            part = own.box(cue.typical_bins(hist))
            if part is None:
                continue
            kx, ky = lg.width / own.shape[1], lg.height / own.shape[0]
            px, py, pw, ph = part[0] * kx, part[1] * ky, part[2] * kx, part[3] * ky
            share = max(pw, ph) / max(lg.width, lg.height)  # the coloured part's size in the logo's
            mine = [box(c[1], c[2]) for c in chosen if self.templates[c[1]].index == tp.index]
            for score, b in cue.blobs(own.key, hist, 0.7 * float(p["shape_min_frac"]) * share, float(p["shape_max_frac"]) * share, int(p["blob_close"])):
                if score < float(p["blob_min_score"]):
                    break
                a = float(np.sqrt(b[2] * b[3] / max(1e-6, pw * ph)))
                S = np.array([[a, 0, b[0] - a * px], [0, a, b[1] - a * py], [0, 0, 1]], np.float64)
                if any(box_overlap(box(ti, S), o)[1] >= 0.5 for o in mine):  # type: ignore[arg-type]
                    continue  # a coarse peak of this logo is already looked at there
                out.append((score, ti, S))
                break  # one a logo
        out.sort(key=lambda c: -c[0])
        return out[: int(p["blob_extra"])]

    def _rank(self, rgb: np.ndarray, cands: list[tuple[float, int, np.ndarray]]) -> list[tuple[float, int, np.ndarray]]:
        """The coarse candidates (best coarse score first) re-ordered, per look, by their
        outline's direction agreement at the coarse pose: among many logos the right one's coarse
        peak at a print ranks 10th-40th (the scene's own edges score as high), while its
        directions already agree there. Beyond ``shape_rank_pool`` a look keeps the coarse order."""
        pool = int(self.p["shape_rank_pool"])
        seen: dict[str, int] = {}
        pooled: list[tuple[float, int, np.ndarray]] = []
        rest: list[tuple[float, int, np.ndarray]] = []
        for c in cands:
            look = self.templates[c[1]].look
            seen[look] = seen.get(look, 0) + 1
            (pooled if seen[look] <= pool else rest).append(c)
        agree = []
        for c in pooled:
            tp = self.templates[c[1]]
            agree.append(orientation_agreement(rgb, c[2], self.logos[tp.index], self._grads(tp.index, tp.look, small=True), tp.look, cells=False)[0])
        by_agreement = [pooled[n] for n in sorted(range(len(pooled)), key=lambda n: (-agree[n], n))]
        if not self.p["shape_rank_mix"]:
            return by_agreement + rest
        # Interleaved with the coarse order: the best coarse peaks keep their turn (a mark turned
        # or warped away from the coarse pose agrees less there, yet its coarse peak is right).
        out: list[tuple[float, int, np.ndarray]] = []
        for pair in zip(pooled, by_agreement, strict=True):
            out.extend(c for c in pair if not any(c is o for o in out))
        return out + rest

    @staticmethod
    def _coarse_colour(rgb: np.ndarray, S: np.ndarray, lg: Any, side: int = 12) -> float | None:
        """The chroma correlation of the region at a candidate's coarse pose with the logo, both
        shrunk to ``side`` px (a coarse pose is a few pixels off: at the verification's 160 px a
        true mark's chroma can correlate ~0.1, a blurred copy tolerates that); None when the
        logo (as logos._colour judges it) or the region has no colour to compare."""
        import cv2

        from .logo_math import zncc

        if rgb.ndim != 3:
            return None
        vh, vw = lg.verify_gray.shape
        k = side / max(vw, vh)
        w, h = max(2, round(vw * k)), max(2, round(vh * k))
        Sv = np.diag([lg.width / w, lg.height / h, 1.0])
        a = cv2.warpPerspective(rgb, S @ Sv, (w, h), flags=cv2.INTER_AREA | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
        b = cv2.resize(lg.verify_rgb, (w, h), interpolation=cv2.INTER_AREA)
        m = lg.verify_mask if getattr(lg, "colour_mask", None) is None else lg.colour_mask
        scores = []
        for x, y, full in zip(_opponent(a), _opponent(b), _opponent(lg.verify_rgb), strict=True):
            if float(full[m].std()) < 12.0 or float(x.std()) < 3.0:
                return None  # as logos._colour: no colour in the logo, or none in the region
            scores.append(zncc(x.ravel(), y.ravel()))
        return float(np.mean(scores))

    def _grads(self, i: int, look: str, small: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        key = (i, look + ("-small" if small else ""))
        got = self._grad_cache.get(key)
        if got is None:
            got = self._grad_cache[key] = logo_gradients(self.logos[i], look, int(self.p["shape_rank_side"]) if small else 0)
        return got

    def _perspective(self, rgb: np.ndarray, tp: ShapeTemplate, H: np.ndarray, refined: float) -> tuple[float, np.ndarray]:
        """The refined pose let go to a perspective (homography): ECC alignment of the region's
        edge map onto the logo's fine edge template, starting from ``H``. Kept only when it
        correlates better and moves no corner by more than ``shape_perspective_max`` of the
        logo's size (a print seen at an angle, not a different place)."""
        import cv2

        lg = self.logos[tp.index]
        fh, fw = tp.fine.shape
        m = max(4, round(0.15 * max(fw, fh)))
        D = np.array([[1.0 / (fw / lg.width), 0, 0], [0, 1.0 / (fh / lg.height), 0], [0, 0, 1]])
        T = np.array([[1.0, 0, -m], [0, 1.0, -m], [0, 0, 1]])
        # the region in the fine template's frame, with a margin of m
        region = cv2.warpPerspective(rgb, H @ D @ T, (fw + 2 * m, fh + 2 * m), flags=cv2.INTER_AREA | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
        e = edge_map(look_at(region, tp.look), max(3, VERIFY_T // 2 | 1))
        W = np.array([[1.0, 0, m], [0, 1.0, m], [0, 0, 1]], np.float32)
        try:
            _, W = cv2.findTransformECC(tp.fine, e, W, cv2.MOTION_HOMOGRAPHY, (cv2.TERM_CRITERIA_COUNT | cv2.TERM_CRITERIA_EPS, int(self.p["shape_perspective_iters"]), 1e-4), None, 3)  # type: ignore[call-overload]
        except cv2.error:
            return refined, H  # did not converge: keep the similarity
        corners = np.array([[[0, 0], [fw, 0], [fw, fh], [0, fh]]], np.float32)
        moved = cv2.perspectiveTransform(corners, W.astype(np.float64))[0] - (corners[0] + m)
        if float(np.abs(moved).max()) > float(self.p["shape_perspective_max"]) * max(fw, fh):
            return refined, H
        warped = cv2.warpPerspective(e, W, (fw, fh), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
        score = float((_unit(warped) * tp.fz).sum())
        if score <= refined:
            return refined, H
        return score, H @ D @ T @ W.astype(np.float64) @ np.linalg.inv(D)

    def _refine(self, rgb: np.ndarray, ti: int, S: np.ndarray) -> tuple[float, np.ndarray]:
        """Best edge-map correlation over a few rotations and scales around a candidate, and
        the homography (3x3, logo reference frame -> photo) it implies. The region's edge map
        is computed once, upright, at the fine template's scale; rotations and scales warp it
        (the outline strength does not depend on the direction of the edge)."""
        import cv2

        tp = self.templates[ti]
        lg = self.logos[tp.index]
        fh, fw = tp.fine.shape
        kx, ky = fw / lg.width, fh / lg.height
        m = max(6, round(0.25 * max(fw, fh)))
        c = S @ np.array([lg.width / 2, lg.height / 2, 1.0])
        ax, ay = S[0, 0] / kx, S[1, 1] / ky  # photo px per fine-template px
        # the region, upright, at the fine scale, big enough for every rotation and scale
        R = int(np.ceil(0.5 * np.hypot(fw + 2 * m, fh + 2 * m) * max(SCALES))) + 2
        A0 = np.array([[ax, 0.0, c[0] - ax * R], [0.0, ay, c[1] - ay * R]])
        region = cv2.warpAffine(rgb, A0, (2 * R, 2 * R), flags=cv2.INTER_AREA | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
        e_region = edge_map(look_at(region, tp.look), max(3, VERIFY_T // 2 | 1))
        best = (-1.0, np.eye(3))
        best_ang = 0.0
        # rotation first (at the coarse scale), then scale at the best rotation
        for ang, sc in [(a, 1.0) for a in ANGLES] + [(None, sc) for sc in SCALES if sc != 1.0]:
            ang = best_ang if ang is None else ang
            ca, sa = np.cos(np.radians(ang)), np.sin(np.radians(ang))
            # patch (u, v) -> region: centre, scale, rotate
            A = np.array([[ca * sc, -sa * sc], [sa * sc, ca * sc]])
            off = np.array([R, R]) - A @ np.array([fw / 2 + m, fh / 2 + m])
            M = np.hstack([A, off[:, None]])
            e = cv2.warpAffine(e_region, M, (fw + 2 * m, fh + 2 * m), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
            r = cv2.matchTemplate(e, tp.fz, cv2.TM_CCORR)
            r *= self._window_norm(e, {}, fh, fw)
            _, mx, _, loc = cv2.minMaxLoc(r)
            if mx > best[0]:
                best_ang = ang
                # logo reference -> fine template -> patch -> region -> photo
                H = np.vstack([A0, [0, 0, 1]]) @ np.vstack([M, [0, 0, 1]]) @ np.array([[kx, 0, loc[0]], [0, ky, loc[1]], [0, 0, 1]])
                best = (float(mx), H)
        return best


def plain_mark(lg: Any, p: dict[str, Any]) -> bool:
    """Whether ``lg`` is a plain mark these searches must not claim (``plain_guard``; logo_plain.py):
    measured once, on the logo's own picture, when the matcher is prepared."""
    if not p["plain_guard"]:
        return False
    from .logo_plain import is_plain, plainness

    fit, inside = plainness(lg.verify_rgb, lg.verify_rgb, float(getattr(lg, "paper", 255.0)))
    return is_plain(fit, inside, float(p["plain_fit"]), float(p["plain_inside"]))


def _opponent(x: np.ndarray) -> list[np.ndarray]:
    """Opponent colour channels R-G and (R+G)/2-B (as logos._colour): colour without brightness."""
    f = x.astype(np.float32)
    return [f[..., 0] - f[..., 1], (f[..., 0] + f[..., 1]) / 2 - f[..., 2]]


def _gradients(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pixel: the gradient of the colour channel that changes most (magnitude, and its
    direction as a doubled-angle unit vector, so that light-on-dark and dark-on-light agree)."""
    import cv2

    f = cv2.GaussianBlur(rgb.astype(np.float32), (0, 0), 1.0)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    m2 = gx * gx + gy * gy
    if m2.ndim == 3:
        ch = m2.argmax(axis=2)[..., None]
        gx, gy, m2 = (np.take_along_axis(a, ch, axis=2)[..., 0] for a in (gx, gy, m2))
    mag = np.sqrt(m2)
    inv = 1.0 / np.maximum(m2, 1e-6)
    return mag, np.stack([(gx * gx - gy * gy) * inv, 2 * gx * gy * inv], axis=-1)


def orientation_agreement(rgb: np.ndarray, H: np.ndarray, lg: Any, logo_grad: tuple[np.ndarray, np.ndarray, np.ndarray], look: str = "rgb", cells: bool = True) -> tuple[float, float, float]:
    """How well the photo region's edge directions follow the logo's outline: the mean
    cos(2 x angle difference) over the logo's edges, weighted by the photo's edge strength
    (1: every edge runs along the logo's; random texture: ~0), and how much stronger the
    photo's edges are on the logo's outline than elsewhere in the region (the outline is there)."""
    import cv2

    mask, vdir, weight = logo_grad
    vh, vw = mask.shape
    Sv = np.diag([lg.width / vw, lg.height / vh, 1.0])
    warped = cv2.warpPerspective(rgb, H @ Sv, (vw, vh), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
    mag, pdir = _gradients(look_at(warped, look))
    cos2 = (pdir[..., 0] * vdir[..., 0] + pdir[..., 1] * vdir[..., 1])[mask]
    w = mag[mask] * weight[mask]
    align = float((w * cos2).sum() / max(1e-6, float(w.sum())))
    coverage = float(mag[mask].mean() / max(1e-6, float(mag.mean())))
    if not cells:
        return align, coverage, align  # the ranking's quick look: no per-part check
    # Every part of the mark must agree, not only its dominant outline (a coin is a circle
    # logo's outline without its inside): the worst of a 3 x 3 grid of cells.
    ys, xs = np.nonzero(mask)
    cell = (ys * 3 // vh) * 3 + xs * 3 // vw
    worst = 1.0
    for c in range(9):
        k = cell == c
        if k.sum() >= 0.04 * len(cell):
            worst = min(worst, float((w[k] * cos2[k]).sum() / max(1e-6, float(w[k].sum()))))
    return align, coverage, worst


def logo_gradients(lg: Any, look: str = "rgb", side: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The logo's outline (where it changes most), its directions, and a weight per pixel (on a
    copy of ``side`` px long side when given: a cheaper, coarser outline)."""
    import cv2

    src = lg.verify_rgb
    if side and side < max(src.shape[:2]):
        k = side / max(src.shape[:2])
        src = cv2.resize(src, (max(8, round(src.shape[1] * k)), max(8, round(src.shape[0] * k))), interpolation=cv2.INTER_AREA)
    mag, vdir = _gradients(look_at(src, look))
    mask = mag > 0.25 * float(np.percentile(mag, 99))
    return mask, vdir, np.minimum(1.0, mag / max(1e-6, float(np.percentile(mag, 90))))
