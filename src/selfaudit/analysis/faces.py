"""Faces: BlazeFace (short range, shipped in the package) run through OpenCV, with tiling.

The model sees a 128 × 128 picture, so one pass over a whole photo only finds faces that
fill a good part of it. Small faces (a group photo, a stage) are found by also running it on
overlapping square tiles; in-plane rotation beyond what the model tolerates (±~30°) is
covered by passes on the photo turned by a quarter turn each way. Boxes from every pass are
merged by non-maximum suppression. Haar cascades are only a fallback for when the model
cannot be loaded (an OpenCV without the TFLite importer).

The model loads once per process (:func:`detector`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "face_detection_short_range.tflite"
SIDE = 128
# Tuned on the dev face set of bench/bench_images.py (see bench/README-images.md).
DEFAULTS: dict[str, Any] = {
    "face_min_score": 0.8,
    "face_tiles": (2, 4, 7),  # grids of overlapping tiles, besides the whole photo
    "face_quarter_turns": True,
    "face_nms_iou": 0.3,
}

_STATE: dict[str, Any] = {}


def _anchors() -> np.ndarray:
    """SSD anchors of the short-range model: 16×16 cells × 2 at stride 8, 8×8 × 6 at stride 16."""
    out = []
    for stride, per_cell in ((8, 2), (16, 6)):
        n = SIDE // stride
        for y in range(n):
            for x in range(n):
                out.extend([((x + 0.5) / n, (y + 0.5) / n)] * per_cell)
    return np.array(out, np.float32)


def detector() -> Any:
    """The loaded model (once per process), or a Haar cascade when OpenCV cannot load it."""
    if "net" not in _STATE:
        import cv2

        try:
            net = cv2.dnn.readNetFromTFLite(str(MODEL))
            _STATE["net"], _STATE["kind"] = net, "blazeface"
            _STATE["anchors"] = _anchors()
            _STATE["outs"] = net.getUnconnectedOutLayersNames()
        except (cv2.error, AttributeError) as exc:
            path = os.path.join(cv2.data.haarcascades, "haarcascade_frontalface_default.xml")  # type: ignore[attr-defined]  # cv2.data has no stubs
            cascade = cv2.CascadeClassifier(path)
            if cascade.empty():
                raise RuntimeError(f"neither the face model {MODEL.name} ({exc}) nor the Haar cascade could be loaded") from None
            _STATE["net"], _STATE["kind"] = cascade, "haar"
    return _STATE["net"]


def _run(square: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scores and boxes (x0, y0, x1, y1 in 0..1 of the square) for one 128×128 RGB picture."""
    net = _STATE["net"]
    blob = (square.astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[None]
    net.setInput(np.ascontiguousarray(blob))
    scores, regs = net.forward(_STATE["outs"])
    if scores.shape[-1] != 1:  # output order is not guaranteed
        scores, regs = regs, scores
    s = 1.0 / (1.0 + np.exp(-np.clip(scores.reshape(-1).astype(np.float64), -100, 100)))
    r = regs.reshape(-1, 16)[:, :4] / SIDE
    a = _STATE["anchors"]
    cx, cy = r[:, 0] + a[:, 0], r[:, 1] + a[:, 1]
    w, h = r[:, 2], r[:, 3]
    return s, np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1)


def _windows(h: int, w: int, grids: tuple[int, ...]) -> list[tuple[float, list[tuple[int, int]]]]:
    """(scale, top-left corners of 128-px windows in the photo scaled by it): the whole photo
    letterboxed, then for each grid g, half-overlapping square tiles, g along the long side."""
    side = max(h, w)
    out = [(SIDE / side, [(0, 0)])]
    for g in grids:
        t = max(SIDE, 2 * side / (g + 1))
        k = SIDE / t
        sw, sh = round(w * k), round(h * k)
        xs = np.linspace(0, max(0, sw - SIDE), max(1, int(np.ceil(max(0, sw - SIDE) / (SIDE / 2))) + 1)).round().astype(int)
        ys = np.linspace(0, max(0, sh - SIDE), max(1, int(np.ceil(max(0, sh - SIDE) / (SIDE / 2))) + 1)).round().astype(int)
        out.append((k, [(int(x), int(y)) for y in ys for x in xs]))
    return out


def _nms(boxes: np.ndarray, scores: np.ndarray, iou: float) -> list[int]:
    order = np.argsort(-scores)
    keep: list[int] = []
    for i in order:
        b = boxes[i]
        ok = True
        for j in keep:
            c = boxes[j]
            iw = max(0.0, min(b[2], c[2]) - max(b[0], c[0]))
            ih = max(0.0, min(b[3], c[3]) - max(b[1], c[1]))
            inter = iw * ih
            union = (b[2] - b[0]) * (b[3] - b[1]) + (c[2] - c[0]) * (c[3] - c[1]) - inter
            # Also drop a box mostly inside a kept one (a tile seeing part of a big face).
            small = min((b[2] - b[0]) * (b[3] - b[1]), (c[2] - c[0]) * (c[3] - c[1]))
            if union > 0 and (inter / union > iou or (small > 0 and inter / small > 0.7)):
                ok = False
                break
        if ok:
            keep.append(int(i))
    return keep


def _blazeface(rgb: np.ndarray, params: dict[str, Any]) -> list[tuple[list[float], float]]:
    import cv2

    thr = float(params.get("face_min_score", DEFAULTS["face_min_score"]))
    grids = tuple(params.get("face_tiles", DEFAULTS["face_tiles"]))
    turns = [0, 1, 3] if params.get("face_quarter_turns", DEFAULTS["face_quarter_turns"]) else [0]
    h0, w0 = rgb.shape[:2]
    boxes, scores = [], []
    for k in turns:
        img = np.ascontiguousarray(np.rot90(rgb, k)) if k else rgb
        h, w = img.shape[:2]
        for scale, corners in _windows(h, w, grids if k == 0 else ()):
            # One resize per level (tiles are crops of it), padded so every window is 128 px.
            small = cv2.resize(img, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
            canvas = np.zeros((max(SIDE, small.shape[0]), max(SIDE, small.shape[1]), 3), np.uint8)
            canvas[: small.shape[0], : small.shape[1]] = small
            for x, y in corners:
                s, b = _run(canvas[y:y + SIDE, x:x + SIDE])
                sel = s >= thr
                for (bx0, by0, bx1, by1), sc in zip(b[sel], s[sel], strict=True):
                    X0, Y0, X1, Y1 = ((x + bx0 * SIDE) / scale, (y + by0 * SIDE) / scale, (x + bx1 * SIDE) / scale, (y + by1 * SIDE) / scale)
                    # Back to the unturned photo (np.rot90 turns anticlockwise).
                    if k == 1:
                        X0, Y0, X1, Y1 = w0 - Y1, X0, w0 - Y0, X1
                    elif k == 3:
                        X0, Y0, X1, Y1 = Y0, h0 - X1, Y1, h0 - X0
                    boxes.append([X0, Y0, X1, Y1])
                    scores.append(float(sc))
    if not boxes:
        return []
    B, S = np.array(boxes, np.float32), np.array(scores, np.float32)
    keep = _nms(B, S, float(params.get("face_nms_iou", DEFAULTS["face_nms_iou"])))
    return [(B[i].tolist(), float(S[i])) for i in keep]


def _haar(rgb: np.ndarray) -> list[tuple[list[float], float]]:
    import cv2

    gray = cv2.equalizeHist(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    m = max(24, round(min(gray.shape[:2]) * 0.04))
    found = _STATE["net"].detectMultiScale(gray, scaleFactor=1.2, minNeighbors=7, minSize=(m, m))
    return [([float(x), float(y), float(x + w), float(y + h)], 1.0) for (x, y, w, h) in (found if len(found) else [])]


def find_faces(rgb: np.ndarray, params: dict[str, Any] | None = None) -> list[tuple[list[float], float]]:
    """Faces in an RGB photo: ([x0, y0, x1, y1] in its pixels, score), best first."""
    detector()
    p = {**DEFAULTS, **(params or {})}
    found = _blazeface(rgb, p) if _STATE["kind"] == "blazeface" else _haar(rgb)
    h, w = rgb.shape[:2]
    out = []
    for (x0, y0, x1, y1), s in found:
        x0, y0, x1, y1 = max(0.0, x0), max(0.0, y0), min(float(w), x1), min(float(h), y1)
        if x1 - x0 >= 4 and y1 - y0 >= 4:
            out.append(([x0, y0, x1, y1], s))
    return sorted(out, key=lambda t: -t[1])


def kind() -> str:
    detector()
    return str(_STATE["kind"])
