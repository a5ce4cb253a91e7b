"""Where a logo's colours are in a photo: a cue for choosing which coarse candidates of the
outline / colour / grey searches (logo_shapes.py) are refined, independent of the verifier.

Among many logos the right logo's coarse peak at a printed mark often ranks 10th-30th of the
photo's candidates and is never refined. Ranking them by the verifier's own cue (the outline's
directions) brought the verifier the scene's places most likely to pass it falsely (logoprint2
session). This cue is the colours alone, the classic ratio-histogram back-projection (Swain &
Ballard): the logo's hue/saturation histogram over the photo's, capped at 1, looked up per
pixel — a pixel scores when its colour is at least ``colour_cue_ratio`` as frequent in the logo
as in the photo, so the photo's common colours (sky, wall, skin) score little and the logo's own
colours stand out. A candidate's cue is the share of such pixels in its box. It only decides
which candidates are looked at; the verification is unchanged and stays the judge.
"""

from __future__ import annotations

from typing import Any

import numpy as np

HUE_BINS = 30
SAT_BINS = 32
SIDE = 256  # long side of the photo's copy the cue is computed on (boxes are >= 7 % of it)


def _hs_bins(rgb: np.ndarray) -> np.ndarray:
    """Each pixel's (hue, saturation) bin as one index (int32)."""
    import cv2

    hsv = cv2.cvtColor(np.ascontiguousarray(rgb[..., :3]), cv2.COLOR_RGB2HSV)
    h = hsv[..., 0].astype(np.int32) * HUE_BINS // 180
    s = hsv[..., 1].astype(np.int32) * SAT_BINS // 256
    return np.minimum(h, HUE_BINS - 1) * SAT_BINS + s


def logo_histogram(rgb: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """The logo's hue/saturation histogram (its own pixels only), lightly smoothed so a tone or
    saturation change of the print still falls in a neighbouring bin; sums to 1."""
    import cv2

    bins = _hs_bins(rgb)
    sel = bins[mask] if mask is not None and mask.any() else bins.ravel()
    counts = np.bincount(sel, minlength=HUE_BINS * SAT_BINS).astype(np.float32).reshape(HUE_BINS, SAT_BINS)
    h: np.ndarray = cv2.GaussianBlur(counts, (3, 3), 0.7)
    return h / max(1e-6, float(h.sum()))


class ColourCue:
    """One photo's colour cue for each logo (computed when first asked, kept for the photo)."""

    def __init__(self, rgb: np.ndarray, ratio: float = 0.5):
        import cv2

        from .logo_shapes import halved

        k = min(1.0, SIDE / max(rgb.shape[:2]))
        if k < 1.0:
            size = (max(1, round(rgb.shape[1] * k)), max(1, round(rgb.shape[0] * k)))
            # from the photo's halvings the searches already made (logo_shapes.halved): cheap
            small = cv2.resize(halved(rgb, size), size, interpolation=cv2.INTER_AREA)
        else:
            small = rgb
        self.k = k
        self.ratio = ratio
        self.bins = _hs_bins(small) if small.ndim == 3 else None
        if self.bins is not None:
            h = np.bincount(self.bins.ravel(), minlength=HUE_BINS * SAT_BINS).astype(np.float32)
            self.photo = h / max(1.0, float(h.sum()))
        self._sums: dict[Any, np.ndarray] = {}
        self._maps: dict[Any, np.ndarray] = {}
        self._blobs: dict[Any, list[tuple[float, list[float]]]] = {}
        self._half: np.ndarray | None = None

    def typical_bins(self, hist: np.ndarray) -> np.ndarray:
        """Per (hue, saturation) bin: whether that colour is typical of the logo rather than of
        the photo (its share in the logo >= ``ratio`` x its share in the photo)."""
        out: np.ndarray = hist.ravel() >= self.ratio * np.maximum(self.photo, 1e-6)
        return out

    def typical(self, key: Any, hist: np.ndarray) -> np.ndarray:
        """The photo's copy (uint8 0 / 1): where the colours typical of the logo are."""
        got = self._maps.get(key)
        if got is None:
            assert self.bins is not None
            got = self._maps[key] = self.typical_bins(hist)[self.bins].astype(np.uint8)
        return got

    def _integral(self, key: Any, hist: np.ndarray) -> np.ndarray:
        import cv2

        got = self._sums.get(key)
        if got is None:
            got = self._sums[key] = cv2.integral(self.typical(key, hist))
        return got

    def score(self, key: Any, hist: np.ndarray, box: list[float]) -> float | None:
        """Share of ``box``'s pixels (x, y, w, h in the photo) whose colour is typical of the
        logo (``hist``, cached under ``key``) rather than of the photo; None when the photo has
        no colour or the box is outside it (could not tell)."""
        if self.bins is None:
            return None
        H, W = int(self.bins.shape[0]), int(self.bins.shape[1])
        x0, y0 = max(0, int(box[0] * self.k)), max(0, int(box[1] * self.k))
        x1, y1 = min(W, int(np.ceil((box[0] + box[2]) * self.k))), min(H, int(np.ceil((box[1] + box[3]) * self.k)))
        if x1 <= x0 or y1 <= y0:
            return None
        s = self._integral(key, hist)
        inside = float(s[y1, x1]) - float(s[y0, x1]) - float(s[y1, x0]) + float(s[y0, x0])
        return inside / ((x1 - x0) * (y1 - y0))

    def blobs(self, key: Any, hist: np.ndarray, min_side: float, max_side: float, close: int = 2) -> list[tuple[float, list[float]]]:
        """Connected regions of the logo's typical colours (on every second pixel of the copy, after
        closing gaps of ``close`` px there) whose long side is ``min_side``-``max_side`` of the photo's long side: (score,
        box in the photo's pixels), best first. Score = the region's density (its pixels over its
        box) x its share of all the photo's typical pixels: one compact region holding the logo's
        colours stands out; colours scattered over the scene do not. Kept for the photo under
        ``key`` (both searches ask for the same logo). [] when the photo has no colour (could not tell)."""
        import cv2

        if self.bins is None:
            return []
        got = self._blobs.get((key, min_side, max_side, close))
        if got is not None:
            return got
        if self._half is None:
            self._half = np.ascontiguousarray(self.bins[::2, ::2])  # half the copy: regions, not detail
        tm = self.typical_bins(hist)[self._half].astype(np.uint8)
        total = float(cv2.countNonZero(tm))
        out: list[tuple[float, list[float]]] = []
        if total >= 4:
            if close > 1:
                tm = cv2.morphologyEx(tm, cv2.MORPH_CLOSE, np.ones((close, close), np.uint8))
            _n, _lab, stats, _ = cv2.connectedComponentsWithStats(tm, connectivity=8)
            st = stats[1:].astype(np.float64)
            longest = float(max(tm.shape))
            side = np.maximum(st[:, 2], st[:, 3])
            ok = (side >= min_side * longest) & (side <= max_side * longest) & (np.minimum(st[:, 2], st[:, 3]) >= 2)
            st = st[ok]
            score = st[:, 4] / (st[:, 2] * st[:, 3]) * np.minimum(1.0, st[:, 4] / total)
            for j in np.argsort(-score):
                x, y, w, h = st[j, :4] * 2.0 / self.k
                out.append((float(score[j]), [float(x), float(y), float(w), float(h)]))
        self._blobs[(key, min_side, max_side, close)] = out
        return out


class LogoColours:
    """A logo's own coloured pixels, to place it on a region of its colours in a photo."""

    def __init__(self, rgb: np.ndarray, mask: np.ndarray | None):
        self.hist = logo_histogram(rgb, mask)
        self.key = ("colours", self.hist.tobytes())  # the same logo in both searches: one photo map
        bins = _hs_bins(rgb)
        keep = mask if mask is not None and mask.any() else np.ones(bins.shape, bool)
        self.ys, self.xs = np.nonzero(keep)
        self.bins = bins[keep]
        self.shape = rgb.shape[:2]

    def box(self, typical: np.ndarray) -> list[float] | None:
        """The box (x, y, w, h, in the logo copy's pixels) of its pixels whose colour is
        ``typical`` (per bin, ColourCue.typical_bins): the part of the logo a region of those
        colours in the photo corresponds to (a print keeps its coloured parts, not its paper).
        None when fewer than 4 of its pixels are (could not tell)."""
        t = typical[self.bins]
        if int(t.sum()) < 4:
            return None
        xs, ys = self.xs[t], self.ys[t]
        return [float(xs.min()), float(ys.min()), float(xs.max() - xs.min() + 1), float(ys.max() - ys.min() + 1)]


_CUE: list[Any] = []  # [the photo, its ColourCue]: the last photo's only (both searches share it)


def colour_cue(rgb: np.ndarray, ratio: float) -> ColourCue:
    """The photo's ColourCue, shared by the outline and colour searches of one photo."""
    if not _CUE or _CUE[0] is not rgb or _CUE[1].ratio != ratio:
        _CUE[:] = [rgb, ColourCue(rgb, ratio)]
    cue: ColourCue = _CUE[1]
    return cue


def forget_cue() -> None:
    _CUE.clear()

