"""SIFT's finest keypoints without doubling the photo.

OpenCV's SIFT always upsamples its input 2x (first octave -1) and that octave is about three
quarters of its cost; the logo bench's small and busy marks depend on the keypoints it finds.
This module finds the same scales on the photo's own pixels: the difference-of-Gaussians at
sigma 0.8 * 2^(l/3) (l = 0..5, the doubled octave's blurs measured in the photo's pixels),
extrema in the middle three, OpenCV's contrast and edge tests and its orientation histogram,
and encodes the keypoints for a second SIFT whose base blur is 0.8 * 2^(1/3): its octave 0
layer l-1 is then the doubled octave's layer l, read at the photo's resolution (the descriptor
window depends on the keypoint size only, so the descriptors describe the same patch).

Used by ``FeatureMatcher._keypoints`` with ``fine_keypoints: true`` together with
``detect_side`` (the coarser octaves from SIFT on a half-size copy).
"""

from __future__ import annotations

from typing import Any

import numpy as np

LAYERS = 3  # SIFT's layers an octave (OpenCV's default)
SIGMA = 1.6  # SIFT's base blur (in the doubled picture's pixels for the first octave)
INIT_SIGMA = 0.5  # the blur OpenCV assumes a picture already has
BORDER = 5  # OpenCV's SIFT_IMG_BORDER
EDGE = 10.0  # OpenCV's edgeThreshold
ORI_BINS = 36
ORI_PEAK = 0.8
SCALE = 1.0 / 255.0  # OpenCV's img_scale for a float pyramid
FINE_BASE = SIGMA / 2 * 2 ** (1 / LAYERS)  # the describing SIFT's base blur (photo pixels)


def fine_describer(max_features: int = 0) -> Any:
    """The SIFT that describes fine keypoints on the photo's own pixels (see the module doc)."""
    import cv2

    return cv2.SIFT.create(nfeatures=max_features, nOctaveLayers=LAYERS, contrastThreshold=0.03, sigma=FINE_BASE)


def _gaussians(img: np.ndarray, octaves: int = 1, extra_blur: float = 0.0) -> list[np.ndarray]:
    """G_0..G_(3n+2) at sigma 0.8 * 2^(l/3) photo pixels (the doubled octave's blurs, then with
    ``octaves`` 2 OpenCV's octave 0's, all at the photo's resolution), as OpenCV builds them: a
    base blur from the assumed 0.5, then incremental blurs. ``extra_blur`` (photo px^2) is added
    to the base blur's variance, hence to every layer's (see fine_keypoints)."""
    import cv2

    base = SIGMA / 2
    f = img.astype(np.float32)
    g = [cv2.GaussianBlur(f, (0, 0), float(np.sqrt(max(base * base - INIT_SIGMA * INIT_SIGMA + extra_blur, 0.01))))]
    k = 2 ** (1 / LAYERS)
    for i in range(1, LAYERS * octaves + 3):
        prev, total = base * k ** (i - 1), base * k**i
        g.append(cv2.GaussianBlur(g[-1], (0, 0), float(np.sqrt(total * total - prev * prev))))
    return g


def fine_keypoints(img: np.ndarray, contrast: float = 0.03, max_features: int = 0, octaves: int = 1, extra_blur: float = 0.0) -> list[Any]:
    """Keypoints of the doubled octave's scales (sizes in ``img``'s pixels), encoded for
    :func:`fine_describer` (octave 0, layer l-1), with OpenCV's responses and orientations.
    ``octaves`` 2: OpenCV's octave 0 too (sigma 1.6-3.2 px), found on the same full-resolution
    stack (layers 4-6, described at layers 3-5 of the describer's octave 0: OpenCV also reads
    octave 0's descriptors at the photo's resolution).
    ``max_features``: only the strongest this many places get an orientation (OpenCV keeps the
    strongest keypoints of all octaves, so a weaker place could not be kept anyway).
    ``extra_blur``: variance (photo px^2) added to every layer; OpenCV's 2x bilinear upsampling
    blurs the doubled picture by ~0.19 photo px^2 more than its sigma ladder assumes, so 0.19
    finds places closer to OpenCV's doubled octave (0: the nominal ladder, as before)."""
    import cv2

    g = _gaussians(img, octaves, extra_blur)
    top_layer = LAYERS * octaves  # extrema in DoG layers 1..top_layer
    h, w = img.shape[:2]
    D = _dog_stack((top_layer + 2, h, w))  # the DoG stack, written in place (no copy to stack it)
    d = [cv2.subtract(g[i + 1], g[i], dst=D[i]) for i in range(top_layer + 2)]
    thr = 0.5 * contrast / LAYERS * 255.0  # OpenCV's preliminary threshold (float pyramid)
    kernel = np.ones((3, 3), np.uint8)
    rows, cols, lays = [], [], []
    top, low = np.empty((h, w), np.float32), np.empty((h, w), np.float32)
    # v > thr is v >= the next float up: folded into the neighbourhood's maximum below.
    up, down = float(np.nextafter(np.float32(thr), np.float32(np.inf))), float(np.nextafter(np.float32(-thr), np.float32(-np.inf)))
    for li in range(1, top_layer + 1):
        v = d[li]
        # A 3 x 3 x 3 extremum: the largest (smallest) of the three layers' 3 x 3 neighbourhoods.
        cv2.dilate(cv2.max(cv2.max(d[li - 1], v, dst=top), d[li + 1], dst=top), kernel, dst=top)
        cv2.erode(cv2.min(cv2.min(d[li - 1], v, dst=low), d[li + 1], dst=low), kernel, dst=low)
        hit = cv2.bitwise_or(cv2.compare(v, np.maximum(top, up, out=top), cv2.CMP_GE), cv2.compare(v, np.minimum(low, down, out=low), cv2.CMP_LE))
        hit[:BORDER] = 0
        hit[h - BORDER :] = 0
        hit[:, :BORDER] = 0
        hit[:, w - BORDER :] = 0
        at = cv2.findNonZero(hit)  # much faster than np.nonzero on a sparse mask
        at = np.zeros((0, 2), np.int32) if at is None else at.reshape(-1, 2)
        r, c = at[:, 1].astype(np.int64), at[:, 0].astype(np.int64)
        rows.append(r)
        cols.append(c)
        lays.append(np.full(len(r), li))
    r, c, ly = np.concatenate(rows), np.concatenate(cols), np.concatenate(lays)
    if not len(r):
        return []
    flat = D.ravel()  # flat for gathers; values in 0..255 units (OpenCV's img_scale is applied to the gathered values)
    hw = h * w
    # Sub-pixel, sub-scale refinement (OpenCV's adjustLocalExtrema): up to 5 Newton steps on
    # the places still moving; a place that leaves the layers or the border is dropped.
    n = len(r)
    X = np.zeros((n, 3))
    alive = np.ones(n, bool)
    todo = np.arange(n)
    for it in range(5):
        dD, Hm = _derivatives(flat, ly[todo] * hw + r[todo] * w + c[todo], w, hw)
        det = np.linalg.det(Hm)
        good = np.abs(det) > 1e-12
        x = np.zeros((len(todo), 3))
        x[good] = -np.linalg.solve(Hm[good], dD[good][..., None])[..., 0]
        alive[todo[~good]] = False
        X[todo] = x
        moving = good & ~np.all(np.abs(x) < 0.5, axis=1)
        if it == 4:
            alive[todo[moving]] = False
            break
        big = moving & np.any(np.abs(x) > 1e6, axis=1)
        alive[todo[big]] = False
        todo = todo[moving & ~big]
        if not len(todo):
            break
        xm = X[todo]
        c[todo] += np.round(xm[:, 0]).astype(c.dtype)
        r[todo] += np.round(xm[:, 1]).astype(r.dtype)
        ly[todo] += np.round(xm[:, 2]).astype(ly.dtype)
        inside = (ly[todo] >= 1) & (ly[todo] <= top_layer) & (c[todo] >= BORDER) & (c[todo] < w - BORDER) & (r[todo] >= BORDER) & (r[todo] < h - BORDER)
        alive[todo[~inside]] = False
        todo = todo[inside]
    r, c, ly, X = r[alive], c[alive], ly[alive], X[alive]
    if not len(r):
        return []
    at = ly * hw + r * w + c
    dD, Hm = _derivatives(flat, at, w, hw)
    contr = flat[at] * SCALE + 0.5 * np.einsum("ij,ij->i", dD, X)
    dxx, dyy, dxy = Hm[:, 0, 0], Hm[:, 1, 1], Hm[:, 0, 1]
    tr, det = dxx + dyy, dxx * dyy - dxy * dxy
    ok = (np.abs(contr) * LAYERS >= contrast) & (det > 0) & (tr * tr * EDGE < (EDGE + 1) ** 2 * det)
    if max_features and ok.sum() > max_features:
        strong = np.nonzero(ok)[0]
        ok[:] = False
        ok[strong[np.argsort(-np.abs(contr[strong]), kind="stable")[:max_features]]] = True
    r, c, ly, X, contr = r[ok], c[ok], ly[ok], X[ok], contr[ok]
    if not len(r):
        return []
    sigma = SIGMA / 2 * 2 ** ((ly + X[:, 2]) / LAYERS)  # in img's pixels
    angles, which = _orientations(g, r, c, ly, sigma)
    x, y = (c + X[:, 0])[which], (r + X[:, 1])[which]
    size, resp = 2 * sigma[which], np.abs(contr)[which]
    sub = np.clip(np.round((X[:, 2] + 0.5) * 255), 0, 255).astype(np.int64)[which]
    code = ((ly[which] - 1) << 8) | (sub << 16)  # octave 0, layer l-1 of fine_describer's pyramid
    return [cv2.KeyPoint(a, b, s, an, re, co) for a, b, s, an, re, co in zip(x.tolist(), y.tolist(), size.tolist(), angles.tolist(), resp.tolist(), code.tolist(), strict=True)]


_DOG_BUFFER: list[np.ndarray] = []


def _dog_stack(shape: tuple[int, int, int]) -> np.ndarray:
    """A float32 array of ``shape`` for the DoG stack, reused from one photo to the next: at 1280
    px the stack is 25-40 MB, above glibc's largest mmap threshold, so a fresh one is a fresh
    mmap the kernel zero-fills page by page (a third of the subtractions' time)."""
    n = shape[0] * shape[1] * shape[2]
    if not _DOG_BUFFER or _DOG_BUFFER[0].size < n:
        _DOG_BUFFER[:] = [np.empty(n, np.float32)]
    return _DOG_BUFFER[0][:n].reshape(shape)


def _derivatives(D: np.ndarray, at: np.ndarray, w: int, hw: int) -> tuple[np.ndarray, np.ndarray]:
    """Gradient (x, y, scale) and Hessian of the flat DoG stack at flat indexes (central differences)."""
    v = D[at] * SCALE
    xp, xm, yp, ym, sp, sm = D[at + 1] * SCALE, D[at - 1] * SCALE, D[at + w] * SCALE, D[at - w] * SCALE, D[at + hw] * SCALE, D[at - hw] * SCALE
    dx, dy, ds = (xp - xm) * 0.5, (yp - ym) * 0.5, (sp - sm) * 0.5
    dxx, dyy, dss = xp + xm - 2 * v, yp + ym - 2 * v, sp + sm - 2 * v
    dxy = (D[at + w + 1] - D[at + w - 1] - D[at - w + 1] + D[at - w - 1]) * (0.25 * SCALE)
    dxs = (D[at + hw + 1] - D[at + hw - 1] - D[at - hw + 1] + D[at - hw - 1]) * (0.25 * SCALE)
    dys = (D[at + hw + w] - D[at + hw - w] - D[at - hw + w] + D[at - hw - w]) * (0.25 * SCALE)
    H = np.empty((len(at), 3, 3))
    H[:, 0, 0], H[:, 1, 1], H[:, 2, 2] = dxx, dyy, dss
    H[:, 0, 1] = H[:, 1, 0] = dxy
    H[:, 0, 2] = H[:, 2, 0] = dxs
    H[:, 1, 2] = H[:, 2, 1] = dys
    return np.stack([dx, dy, ds], 1).astype(np.float64), H


def _orientations(g: list[np.ndarray], r: np.ndarray, c: np.ndarray, ly: np.ndarray, sigma: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """OpenCV's calcOrientationHist and its peak rule (every peak >= 0.8 of the highest gives a
    keypoint), vectorised: the angles (degrees, OpenCV's convention) and each one's keypoint."""
    import cv2

    rad = np.round(3 * 1.5 * sigma).astype(int)
    R = int(rad.max()) + 1
    h, w = g[0].shape
    W = w + 2 * R
    hist = np.zeros((len(r), ORI_BINS), np.float32)
    for lay in np.unique(ly):
        # Gradients only at the window pixels (gathered from a zero-padded copy), not the whole picture.
        pad = cv2.copyMakeBorder(g[lay], R, R, R, R, cv2.BORDER_CONSTANT, value=0).ravel()
        for rr in np.unique(rad[ly == lay]):
            sel = np.nonzero((ly == lay) & (rad == rr))[0]
            off = np.arange(-rr, rr + 1)
            gy, gx = np.meshgrid(off, off, indexing="ij")
            oy, ox = gy.ravel(), gx.ravel()
            at = ((r[sel] + R) * W + (c[sel] + R))[:, None] + (oy * W + ox)[None, :]
            dx = pad[at + 1] - pad[at - 1]
            dy = pad[at - W] - pad[at + W]  # OpenCV's SIFT: y up
            mag, ang = cv2.cartToPolar(dx, dy, angleInDegrees=True)
            yy, xx = r[sel, None] + oy[None, :], c[sel, None] + ox[None, :]
            inside = (yy > 0) & (yy < h - 1) & (xx > 0) & (xx < w - 1)  # OpenCV skips the outermost pixels
            d2 = (oy * oy + ox * ox).astype(np.float32)
            wgt = np.exp(d2[None, :] * (-1.0 / (2 * (1.5 * sigma[sel]) ** 2)).astype(np.float32)[:, None]) * mag * inside
            b = cv2.convertScaleAbs(ang, alpha=ORI_BINS / 360.0).astype(np.int64)  # rounded bin; 36 wraps to 0
            b[b >= ORI_BINS] -= ORI_BINS
            flat = (np.arange(len(sel))[:, None] * ORI_BINS + b).ravel()
            hist[sel] = np.bincount(flat, weights=wgt.ravel(), minlength=len(sel) * ORI_BINS).reshape(len(sel), ORI_BINS)
    sm = (np.roll(hist, 2, 1) + np.roll(hist, -2, 1)) / 16 + (np.roll(hist, 1, 1) + np.roll(hist, -1, 1)) * 4 / 16 + hist * 6 / 16
    left, right = np.roll(sm, 1, 1), np.roll(sm, -1, 1)
    peak = (sm > left) & (sm > right) & (sm >= ORI_PEAK * sm.max(axis=1, keepdims=True))
    k, j = np.nonzero(peak)
    lv, cv, rv = left[k, j], sm[k, j], right[k, j]
    den = lv - 2 * cv + rv
    binf = j + np.where(den != 0, 0.5 * (lv - rv) / np.where(den != 0, den, 1), 0)
    binf = np.where(binf < 0, binf + ORI_BINS, np.where(binf >= ORI_BINS, binf - ORI_BINS, binf))
    angle = 360.0 - (360.0 / ORI_BINS) * binf
    angle = np.where(np.abs(angle - 360.0) < 1e-4, 0.0, angle)
    return angle, k


_ALLOCATOR_SET = False


def keep_freed_memory() -> None:
    """Let this process reuse the memory of one photo's SIFT pyramid for the next.

    SIFT allocates a few hundred MB of large float images a photo (the doubled octave of a
    1280-px photo is 2560 px). With glibc's default settings many of them are fresh ``mmap``s
    that the kernel zero-fills page by page and takes back when freed; keeping freed memory in
    the process (mmap threshold 32 MB, trim threshold 256 MB) cut the matcher's CPU a photo by
    ~15 % on the logo bench, answers unchanged. Linux glibc only; elsewhere it does nothing."""
    global _ALLOCATOR_SET
    if _ALLOCATOR_SET:
        return
    _ALLOCATOR_SET = True
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 32 << 20)  # M_MMAP_THRESHOLD: big images from the heap, not fresh mmaps
        libc.mallopt(-1, 256 << 20)  # M_TRIM_THRESHOLD: keep up to 256 MB of freed heap
    except (OSError, AttributeError):  # not glibc (e.g. musl): its own allocator stays as it is
        pass
