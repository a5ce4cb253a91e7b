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
