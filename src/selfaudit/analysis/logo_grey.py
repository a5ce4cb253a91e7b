"""The grey search's looks (used by logo_shapes.ShapeMatcher for logos without colour): the
picture's log brightness, and how well a region's filled shape follows the logo's there."""

from __future__ import annotations

from typing import Any

import numpy as np

from .logo_math import zncc

FLOOR = 12.0  # added before the log: dark pixels' noise must not become shape


def grey_look(rgb: np.ndarray) -> np.ndarray:
    """The picture's log brightness, one uint8 channel. Ink multiplied into a scene multiplies
    its brightness by the mark's, which *adds* the mark's log levels to the scene's: a grey
    mark printed over a textured scene keeps its shape here (and a mark laid over the scene
    shows its own levels)."""
    import cv2

    g = rgb.astype(np.float32)
    if g.ndim == 3:
        g = g.mean(axis=2)
    out: np.ndarray = np.clip((cv2.log(g + FLOOR) - float(np.log(FLOOR))) * (255.0 / float(np.log((255.0 + FLOOR) / FLOOR))), 0, 255).astype(np.uint8)
    return out


def fill_agreement(rgb: np.ndarray, H: np.ndarray, lg: Any) -> tuple[float, float]:
    """Correlation of the region's log brightness with the logo's, over the logo's whole box
    (paper included: it is where the scene shows through), and in the worst of a 3 x 3 grid of
    cells where the logo has shape (a cell of plain paper has nothing to compare)."""
    import cv2

    vh, vw = lg.verify_gray.shape
    Sv = np.diag([lg.width / vw, lg.height / vh, 1.0])
    warped = cv2.warpPerspective(rgb, H @ Sv, (vw, vh), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
    a = grey_look(warped).astype(np.float32)
    b = grey_look(lg.verify_rgb).astype(np.float32)

    def corr(x: np.ndarray, y: np.ndarray) -> float | None:
        if y.size == 0:  # a logo too small to cut into 3 x 3 cells: its empty cell agrees with nothing
            return 0.0
        return None if float(y.std()) < 8.0 else zncc(x, y)  # plain paper in the logo: nothing to compare

    whole = corr(a, b) or 0.0
    worst = 1.0
    for i in range(3):
        for j in range(3):
            sl = (slice(i * vh // 3, (i + 1) * vh // 3), slice(j * vw // 3, (j + 1) * vw // 3))
            c = corr(a[sl], b[sl])
            if c is not None:
                worst = min(worst, c)
    return whole, worst
