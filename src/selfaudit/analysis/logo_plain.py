"""Plain marks (logoplain32 session): a logo whose silhouette is a plain primitive (a disc, an
ellipse, a rounded square) and whose inside carries little structure of its own.

The outline and colour searches (logo_shapes.ShapeMatcher) verify a candidate by its outline,
its filled shape and its colours. For such a mark those are the evidence of any disc: a black
sphere passes on the grey pupil of an eye icon. So the searches are told, once per logo when the
matcher is prepared, from the logo's own picture (logo_shapes.plain_mark):

* ``fit``: how well its filled silhouette is explained by its best primitive — the larger of
  the intersection-over-union with its moment ellipse (the ellipse of the same area and second
  moments) and with its smallest enclosing rotated rectangle (a rounded square fills that);
* ``inside``: how much of its edge strength lies inside the silhouette, away from its outline
  (the silhouette eroded by ``margin`` of its short side), over the whole silhouette's.

A mark is plain when ``fit >= plain_fit`` and ``inside < plain_inside`` (logo_shapes.SHAPE_DEFAULTS),
and its silhouette's part holds nearly all of its ink: an emblem beside a wordmark is not plain,
whatever the emblem alone looks like.
"""

from __future__ import annotations

import numpy as np

PAPER_LEVEL = 24.0  # a pixel this far (any channel) from the logo's paper belongs to the mark


MIN_INK_SHARE = 0.9  # the silhouette's part must hold this share of the mark's ink to speak for it


def ink_mask(rgb: np.ndarray, paper: float = 255.0) -> np.ndarray:
    """Pixels away from the paper (uint8 0/1): the mark's ink."""
    f = rgb.astype(np.float32)
    dev = np.abs(f - paper).max(axis=2) if f.ndim == 3 else np.abs(f - paper)
    ink: np.ndarray = (dev > PAPER_LEVEL).astype(np.uint8)
    return ink


def silhouette(rgb: np.ndarray, paper: float = 255.0) -> np.ndarray:
    """The mark's filled silhouette (bool): pixels away from the paper, holes filled, the
    largest connected part only (a stray dot must not decide the shape)."""
    import cv2

    ink = ink_mask(rgb, paper)
    if not ink.any():
        empty: np.ndarray = ink.astype(bool)
        return empty
    _n, lab, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    big = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    part = (lab == big).astype(np.uint8)
    # holes: what the border cannot reach through the paper
    h, w = part.shape
    pad = cv2.copyMakeBorder(1 - part, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=1)
    reach = pad.copy()
    cv2.floodFill(reach, np.zeros((h + 4, w + 4), np.uint8), (0, 0), 2)
    filled: np.ndarray = reach[1:-1, 1:-1] != 2
    return filled


def primitive_fit(mask: np.ndarray) -> float:
    """IoU of the silhouette with its moment ellipse, or with its smallest rotated rectangle,
    whichever is larger (0 for an empty or tiny silhouette)."""
    import cv2

    m8 = mask.astype(np.uint8)
    area = float(m8.sum())
    if area < 16:
        return 0.0
    mo = cv2.moments(m8, binaryImage=True)
    cx, cy = mo["m10"] / mo["m00"], mo["m01"] / mo["m00"]
    cov = np.array([[mo["mu20"], mo["mu11"]], [mo["mu11"], mo["mu02"]]]) / mo["m00"]
    ev, evec = np.linalg.eigh(cov)
    ev = np.maximum(ev, 1e-6)
    axes = 2.0 * np.sqrt(ev)  # semi-axes of the ellipse with these second moments (uniform fill)
    ang = float(np.degrees(np.arctan2(evec[1, 1], evec[0, 1])))
    ell = np.zeros_like(m8)
    cv2.ellipse(ell, (round(cx), round(cy)), (max(1, round(axes[1])), max(1, round(axes[0]))), ang, 0, 360, 1, -1)
    pts = cv2.findNonZero(m8)
    box = cv2.boxPoints(cv2.minAreaRect(pts))
    rect = np.zeros_like(m8)
    cv2.fillPoly(rect, [np.round(box).astype(np.int32)], 1)

    def iou(a: np.ndarray) -> float:
        inter = float((a & m8).sum())
        return inter / max(1.0, float((a | m8).sum()))

    return max(iou(ell), iou(rect))


def inside_share(look: np.ndarray, mask: np.ndarray, margin: float = 0.12) -> float:
    """Share of the look's edge strength (largest gradient over its channels) inside the
    silhouette eroded by ``margin`` of its size, over the whole silhouette's (dilated by the
    same, so its outline counts whole). Its size is the smaller of sqrt(area) and the short side
    of its rotated rectangle: a long thin bar's core must still hold its lettering."""
    import cv2

    f = cv2.GaussianBlur(look.astype(np.float32), (0, 0), 1.0)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    mag = np.sqrt(gx * gx + gy * gy)
    if mag.ndim == 3:
        mag = mag.max(axis=2)
    m8 = mask.astype(np.uint8)
    pts = cv2.findNonZero(m8)
    short = min(cv2.minAreaRect(pts)[1]) if pts is not None else 0.0
    r = max(1, round(margin * min(float(np.sqrt(mask.sum())), float(short))))
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
    core = cv2.erode(m8, k) > 0
    whole = cv2.dilate(m8, k) > 0
    total = float(mag[whole].sum())
    if total <= 1e-6 or not core.any():
        return 1.0  # nothing to tell: not called plain
    return float(mag[core].sum()) / total


def plainness(rgb: np.ndarray, look: np.ndarray, paper: float = 255.0) -> tuple[float, float]:
    """(fit, inside) of a logo (``rgb`` on its paper) in a search's ``look`` of it (same size)."""
    mask = silhouette(rgb, paper)
    ink = ink_mask(rgb, paper)
    if mask.sum() < 16 or (mask & (ink > 0)).sum() < MIN_INK_SHARE * ink.sum():
        return 0.0, 1.0  # too small to tell, or the largest part is not the whole mark: not plain
    return primitive_fit(mask), inside_share(look, mask)


def is_plain(fit: float, inside: float, min_fit: float, max_inside: float) -> bool:
    """Whether a mark's outline and filled shape are all the evidence it has in that look."""
    return fit >= min_fit and inside < max_inside
