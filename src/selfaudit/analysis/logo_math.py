"""Small measures the logo detectors share (logos.py, logo_shapes.py, logo_grey.py): box
overlap and zero-mean normalised correlation, written once."""

from __future__ import annotations

import numpy as np


def box_overlap(a: list[int], b: list[int]) -> tuple[int, float]:
    """(intersection area, IoU) of two [x, y, w, h] boxes."""
    iw = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    ih = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = iw * ih
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter, (inter / union if union > 0 else 0.0)


def box_iou(a: list[int], b: list[int]) -> float:
    return box_overlap(a, b)[1]


def zncc(a: np.ndarray, b: np.ndarray) -> float:
    """Zero-mean normalised correlation of two equally shaped arrays (0 when either is flat or
    empty: a window clipped to nothing at the photo's edge has nothing to compare)."""
    if a.size == 0 or b.size == 0:
        return 0.0
    a = a - a.mean()
    b = b - b.mean()
    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / den) if den > 0 else 0.0


def cell_correlation(warped: np.ndarray, ref: np.ndarray, mask: np.ndarray, cells: int = 4) -> float | None:
    """A photo region warped onto a logo's frame against the logo's grey reference, cell by cell: a ``cells`` x
    ``cells`` grid, each cell zero-mean and normalised on its own over ``mask``, averaged with the sign kept (weights:
    the cell's share of the mask). A mark printed into a scene sits on a background that changes across it; a whole-mask
    correlation reads that change as disagreement, a cell's does not; scattered agreements of either polarity cancel.
    None when no cell has logo structure to agree with."""
    import cv2

    a = cv2.GaussianBlur(warped.astype(np.float32), (3, 3), 0)
    b = cv2.GaussianBlur(ref.astype(np.float32), (3, 3), 0)
    vh, vw = ref.shape
    total, weight = 0.0, 0
    for ys in np.array_split(np.arange(vh), cells):
        for xs in np.array_split(np.arange(vw), cells):
            cm = mask[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1]
            n = int(cm.sum())
            if n < 12:
                continue
            cb = b[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1][cm]
            if float(cb.std()) < 8.0:
                continue  # no logo structure in this cell to agree with
            total += n * zncc(a[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1][cm], cb)
            weight += n
    return abs(total / weight) if weight else None
