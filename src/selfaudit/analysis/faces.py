"""Faces: BlazeFace full-range (MediaPipe's, shipped in the package), run by ai-edge-litert or OpenCV.

The model sees a 192 × 192 picture and finds faces down to ~16 px in it (a tenth of its
side), so one pass over a whole photo finds every face larger than a tenth of the photo's
long side. Smaller faces (a group photo, a stage, a crowd) are found by a second level of
overlapping square tiles, run only when the photo is big enough for such faces to exist
(`face_tile_min_side`); the tiles are sized so that a face of `face_min_px` pixels is ~16 px
in the model's input, within a budget of `face_max_tiles` (a small photo is tiled at its own
resolution; a big one's smallest faces are larger). In-plane rotation beyond what the model
tolerates (±~30°) is covered by whole-photo passes on the photo turned by a quarter turn each
way, and — when the upright passes found no face, as in a photo shot sideways whose orientation
tag was lost — by tiles on the turned photo too (small turned faces). Boxes from every pass
are merged by non-maximum suppression, and each gets a second look on a window centred on
it where the face has the size the model sees best (false boxes mostly fail it). Haar
cascades are only a fallback for when the model cannot be loaded.

The shipped file is the wheel's sparse model stored dense and without its last
DEPTH_TO_SPACE step (tools/densify_face_model.py; the outputs are unchanged), because
OpenCV's importer supports neither operator. The model loads once per process.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import numpy as np

MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "face_detection_full_range.tflite"
SIDE = 192
GRID = 48  # one anchor per cell of a 48 × 48 grid (stride 4)
# Tuned on the dev face sets of bench/bench_images.py and bench/bench_faces.py, and (since
# 2026-11-29, branch facesturn) on ViSP's Solvay photograph: see bench/README-faces.md.
DEFAULTS: dict[str, Any] = {
    "face_min_score": 0.75,  # a face scores this on the first passes or on the second look ...
    "face_candidate_score": 0.6,  # (boxes from here up get a second look)
    "face_verify_score": 0.7,  # ... and at least this on the second look
    "face_verify_side": 6.5,  # the second look's window, in face widths (the face ~30 px of its 192)
    "face_min_px": 16,  # smallest face looked for, in the photo's pixels (tiles are sized for it; never enlarged)
    "face_tile_min_side": 640,  # no tiles for photos smaller than this (the whole pass sees their faces)
    "face_max_tiles": 16,  # beyond this the tiles grow (faces larger than face_min_px): the cost cap
    "face_quarter_turns": True,
    "face_turned_tiles": "auto",  # tiles on the photo turned a quarter: auto (only when no upright face), always, never
    "face_turned_max_tiles": 12,  # the turned photo's tiles a turn (they cost most on photos without people)
    "face_nms_iou": 0.3,
    # Passes on the photo tilted by these angles (degrees, anticlockwise): heads tilted 30-60°,
    # between what the upright and quarter-turn passes tolerate (±~30° each); whole photo, and
    # tiles too with face_tilt_tiles. With face_nms_verified, chosen on the dev sets (TUNED,
    # 2026-11-30; bench/README-faces.md): real dev 119 -> 125 of 126 (rotated 36 -> 42), Solvay
    # 99 -> 103 of 120, 0 false on dev; ~2.7x CPU on a photo with people, +2 passes without.
    "face_tilts": [45, -45],
    "face_tilt_tiles": "auto",  # auto: only in a photo where a face was found; True/always; False
    # Suppression gives way: a box that fails its second look does not suppress the boxes it overlaps.
    "face_nms_verified": True,
}

_STATE: dict[str, Any] = {}


def _litert(path: Path) -> Any:
    """The model in the TFLite runtime (ai-edge-litert, ~2.3× faster here than OpenCV's)."""
    from ai_edge_litert.interpreter import Interpreter  # type: ignore[import-not-found,import-untyped,unused-ignore]

    # The runtime prints an INFO line to the process's stderr when it starts: keep it off the terminal.
    saved, null = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        it = Interpreter(model_path=str(path), num_threads=1)
        it.allocate_tensors()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)
    inp = it.get_input_details()[0]["index"]
    outs = [d["index"] for d in it.get_output_details()]

    def run(blob: np.ndarray) -> list[np.ndarray]:
        it.set_tensor(inp, blob)
        it.invoke()
        return [it.get_tensor(i).transpose(0, 3, 1, 2) for i in outs]  # NHWC → NCHW, as OpenCV gives

    return run


def _opencv(path: Path) -> Any:
    import cv2

    net = cv2.dnn.readNetFromTFLite(str(path))
    names = net.getUnconnectedOutLayersNames()

    def run(blob: np.ndarray) -> list[np.ndarray]:
        net.setInput(np.ascontiguousarray(blob.transpose(0, 3, 1, 2)))  # OpenCV wants NCHW
        return list(net.forward(names))

    return run


def detector() -> Any:
    """The loaded model (once per process): in the TFLite runtime when it is installed, else in
    OpenCV's importer (SELFAUDIT_FACE_RUNTIME=opencv forces that), else a Haar cascade."""
    if "net" not in _STATE:
        import cv2

        a = (np.arange(GRID, dtype=np.float32) + 0.5) / GRID
        ax, ay = np.meshgrid(a, a)
        _STATE["anchors"] = np.stack([ax.ravel(), ay.ravel()], axis=1)
        errors = []
        loaders = [("opencv", _opencv)] if os.environ.get("SELFAUDIT_FACE_RUNTIME") == "opencv" else [("litert", _litert), ("opencv", _opencv)]
        for name, load in loaders:
            try:
                _STATE["net"], _STATE["kind"], _STATE["runtime"] = load(MODEL), "blazeface", name
                return _STATE["net"]
            except (ImportError, ValueError, RuntimeError, cv2.error, AttributeError) as exc:
                errors.append(f"{name}: {exc}")
        path = os.path.join(cv2.data.haarcascades, "haarcascade_frontalface_default.xml")  # type: ignore[attr-defined]  # cv2.data has no stubs
        cascade = cv2.CascadeClassifier(path)
        if cascade.empty():
            raise RuntimeError(f"neither the face model {MODEL.name} ({'; '.join(errors)}) nor the Haar cascade could be loaded")
        _STATE["net"], _STATE["kind"], _STATE["runtime"] = cascade, "haar", "opencv"
    return _STATE["net"]


def _depth_to_space(t: np.ndarray) -> np.ndarray:
    """(1, 4c, 24, 24) NCHW → (48·48, c): TensorFlow's DEPTH_TO_SPACE (block 2) + the reshape."""
    _, ch, h, w = t.shape
    c = ch // 4
    out: np.ndarray = t[0].transpose(1, 2, 0).reshape(h, w, 2, 2, c).transpose(0, 2, 1, 3, 4).reshape(h * 2 * w * 2, c)
    return out


def _run(square: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scores and boxes (x0, y0, x1, y1 in 0..1 of the square) for one 192×192 RGB picture."""
    blob = np.ascontiguousarray(square, dtype=np.float32)[None] / 127.5 - 1.0  # NHWC
    outs = _STATE["net"](blob.astype(np.float32))
    cls = next(o for o in outs if o.shape[1] == 4)  # output order is not guaranteed
    reg = next(o for o in outs if o.shape[1] == 64)
    s = 1.0 / (1.0 + np.exp(-np.clip(_depth_to_space(cls).reshape(-1).astype(np.float64), -100, 100)))
    r = _depth_to_space(reg)[:, :4] / SIDE
    a = _STATE["anchors"]
    cx, cy = r[:, 0] + a[:, 0], r[:, 1] + a[:, 1]
    w, h = r[:, 2], r[:, 3]
    return s, np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1)


def _axis(n: int, t: int) -> list[int]:
    """Starts of windows of t px covering 0..n, overlapping by at least a quarter of t."""
    if n <= t:
        return [0]
    k = math.ceil((n - t) / (0.75 * t)) + 1
    return [round(i * (n - t) / (k - 1)) for i in range(k)]


def _windows(h: int, w: int, p: dict[str, Any]) -> list[tuple[float, list[tuple[int, int]]]]:
    """(scale, top-left corners of 192-px windows in the photo scaled by it): the whole photo
    letterboxed, then — for a big enough photo — tiles sized for faces of face_min_px."""
    side = max(h, w)
    out = [(SIDE / side, [(0, 0)])]
    if side < int(p["face_tile_min_side"]):
        return out
    # ~16 px in the model's input is the smallest face it finds reliably.
    t = max(SIDE, float(p["face_min_px"]) * SIDE / 16)
    while True:
        k = SIDE / t
        xs, ys = _axis(round(w * k), SIDE), _axis(round(h * k), SIDE)
        if len(xs) * len(ys) <= int(p["face_max_tiles"]) or t >= side / 1.5:
            break
        t *= 1.04  # fine steps: the smallest tiles that fit the budget
    if t < side / 1.2:  # tiles not much smaller than the photo add nothing to the whole pass
        out.append((k, [(x, y) for y in ys for x in xs]))
    return out


def _nms(boxes: np.ndarray, scores: np.ndarray, iou: float, keeps: Any = None) -> list[int]:
    """Boxes kept, best first; with ``keeps``, a box it rejects suppresses nothing (and is not kept)."""
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
        if ok and (keeps is None or keeps(int(i))):
            keep.append(int(i))
    return keep


def _pad(small: np.ndarray) -> np.ndarray:
    canvas = np.zeros((max(SIDE, small.shape[0]), max(SIDE, small.shape[1]), 3), np.uint8)
    canvas[: small.shape[0], : small.shape[1]] = small
    return canvas


def _blazeface(rgb: np.ndarray, p: dict[str, Any]) -> list[tuple[list[float], float]]:
    import cv2

    thr = min(float(p["face_candidate_score"]), float(p["face_min_score"]))
    h0, w0 = rgb.shape[:2]
    boxes: list[list[float]] = []
    scores: list[float] = []
    turns: list[int] = []

    def collect(square: np.ndarray, x: int, y: int, scale: float, turn: int, back: np.ndarray | None = None) -> None:
        """``turn``: quarter turns (np.rot90, anticlockwise) or, with ``back`` (the tilted
        pass's square → photo affine map), a tilt's code (_tilt_code)."""
        s, b = _run(square)
        sel = s >= thr
        for (bx0, by0, bx1, by1), sc in zip(b[sel], s[sel], strict=True):
            if back is not None:  # a tilted pass: the centre goes back, the (upright) size is kept
                cx, cy = back @ np.array([(bx0 + bx1) / 2 * SIDE, (by0 + by1) / 2 * SIDE, 1.0])
                k = float(np.hypot(back[0, 0], back[0, 1]))
                hw, hh = (bx1 - bx0) * SIDE * k / 2, (by1 - by0) * SIDE * k / 2
                boxes.append([cx - hw, cy - hh, cx + hw, cy + hh])
                scores.append(float(sc))
                turns.append(turn)
                continue
            X0, Y0, X1, Y1 = ((x + bx0 * SIDE) / scale, (y + by0 * SIDE) / scale, (x + bx1 * SIDE) / scale, (y + by1 * SIDE) / scale)
            # Back to the unturned photo (np.rot90 turns anticlockwise).
            if turn == 1:
                X0, Y0, X1, Y1 = w0 - Y1, X0, w0 - Y0, X1
            elif turn == 3:
                X0, Y0, X1, Y1 = Y0, h0 - X1, Y1, h0 - X0
            boxes.append([X0, Y0, X1, Y1])
            scores.append(float(sc))
            turns.append(turn)

    def tilted(small: np.ndarray, scale: float, angle: float, whole: bool) -> None:
        turned, back = _turned(small, angle, scale, fit=whole)
        th, tw = turned.shape[:2]
        for y in _axis(th, SIDE):
            for x in _axis(tw, SIDE):
                at = back @ np.array([[1, 0, x], [0, 1, y], [0, 0, 1]], np.float64)
                collect(_pad(turned[y:y + SIDE, x:x + SIDE]), x, y, scale, _tilt_code(angle), at)

    levels = _windows(h0, w0, p)
    tiled: dict[float, np.ndarray] = {}  # the photo resized for the tiles, by scale
    for i, (scale, corners) in enumerate(levels):
        # One resize per level (tiles are crops of it), padded so every window is 192 px.
        small = cv2.resize(rgb, (max(1, round(w0 * scale)), max(1, round(h0 * scale))), interpolation=cv2.INTER_AREA)
        canvas = _pad(small)
        for x, y in corners:
            collect(canvas[y:y + SIDE, x:x + SIDE], x, y, scale, 0)
        if i == 0 and p["face_quarter_turns"]:  # the whole photo turned each way (one pass each)
            for turn in (1, 3):
                collect(_pad(np.rot90(small, turn)), 0, 0, scale, turn)
        elif i > 0:
            tiled[scale] = small
        if i == 0:
            for angle in p["face_tilts"]:
                tilted(small, scale, float(angle), True)
    looked: dict[int, float] = {}
    faces = _verified(rgb, boxes, scores, turns, looked, p)
    tilt_tiles = p["face_tilt_tiles"]
    if tiled and p["face_tilts"] and (tilt_tiles is True or tilt_tiles == "always" or (tilt_tiles == "auto" and faces)):
        # Tilted heads too small for the whole pass: tiles on the tilted photo ("auto": only in a
        # photo where a face was found — people are there, and a group's heads tilt either way).
        for scale, small in tiled.items():
            for angle in p["face_tilts"]:
                tilted(small, scale, float(angle), False)
        faces = _verified(rgb, boxes, scores, turns, looked, p)
    mode = str(p["face_turned_tiles"])
    if tiled and p["face_quarter_turns"] and mode != "never" and (mode == "always" or not any(t == 0 for _b, _s, t in faces)):
        # A sideways photo (camera held sideways, orientation tag lost) turns all its faces the
        # same way: small ones need tiles on the turned photo too. Run them only when the upright
        # passes found no face (an upright face says the photo is upright), and only the way a
        # turned face was found, if one was.
        budget = {**p, "face_max_tiles": p["face_turned_max_tiles"]}
        for scale, corners in _windows(w0, h0, budget)[1:]:  # the turned photo's tiles (w, h swapped)
            base = tiled.get(scale)
            if base is None:  # the turned budget gave other tiles than the upright one
                base = cv2.resize(rgb, (max(1, round(w0 * scale)), max(1, round(h0 * scale))), interpolation=cv2.INTER_AREA)
            for turn in sorted({t for _b, _s, t in faces if t in (1, 3)} or {1, 3}):
                turned = _pad(np.ascontiguousarray(np.rot90(base, turn)))
                for x, y in corners:
                    collect(turned[y:y + SIDE, x:x + SIDE], x, y, scale, turn)
        faces = _verified(rgb, boxes, scores, turns, looked, p)
    return [(b, s) for b, s, _t in faces]


def _tilt_code(angle: float) -> int:
    """A tilt among the turns (0, 1 and 3 are quarter turns): 1000 + its degrees."""
    return 1000 + round(angle)


def _tilt_angle(code: int) -> float:
    return float(code - 1000)


def _turned(small: np.ndarray, angle: float, scale: float, fit: bool) -> tuple[np.ndarray, np.ndarray]:
    """The shrunk photo turned by ``angle`` degrees anticlockwise (bounds grown to hold it;
    with ``fit``, shrunk into one model square), and the map from its pixels to the photo's."""
    import cv2

    h, w = small.shape[:2]
    R = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    c, s_ = abs(R[0, 0]), abs(R[0, 1])
    k = SIDE / max(w * c + h * s_, w * s_ + h * c) if fit else 1.0
    bw, bh = max(1, round((w * c + h * s_) * k)), max(1, round((w * s_ + h * c) * k))
    R = cv2.getRotationMatrix2D((w / 2, h / 2), angle, k)
    R[0, 2] += bw / 2 - w / 2
    R[1, 2] += bh / 2 - h / 2
    out = cv2.warpAffine(small, R, (bw, bh), flags=cv2.INTER_LINEAR)
    return out, cv2.invertAffineTransform(R) / scale


def _verified(rgb: np.ndarray, boxes: list[list[float]], scores: list[float], turns: list[int], looked: dict[int, float],
              p: dict[str, Any]) -> list[tuple[list[float], float, int]]:
    """The candidates kept by non-maximum suppression that pass the second look (``looked``
    remembers second looks already taken, by candidate)."""
    if not boxes:
        return []
    B, S = np.array(boxes, np.float32), np.array(scores, np.float32)
    out = []

    def passes(i: int) -> bool:
        if i not in looked:
            looked[i] = _second_look(rgb, B[i].tolist(), turns[i], p)
        # A face must score well on the first passes or the closer look, and not fail the closer look.
        return looked[i] >= float(p["face_verify_score"]) and max(S[i], looked[i]) >= float(p["face_min_score"])

    # A box suppresses its neighbours only once it has passed its second look (face_nms_verified):
    # a tilted pass's box over an upright face, scored high and failing the tilted look, took the
    # face down with it. Without it, tilted boxes alone must pass first.
    def may_suppress(i: int) -> bool:
        return passes(i) if (p["face_nms_verified"] or turns[i] >= 1000) else True

    for i in _nms(B, S, float(p["face_nms_iou"]), may_suppress):
        if passes(i):
            out.append((B[i].tolist(), float(max(S[i], looked[i])), turns[i]))
    return out


def _second_look(rgb: np.ndarray, box: list[float], turn: int, p: dict[str, Any]) -> float:
    """The model's best score for a face where ``box`` is, on a window centred on it in which
    the face has the size the model sees best (turned as in the pass that found it): a face
    scores higher there, most false boxes (a clock, a wheel, a texture) lower."""
    import cv2

    x0, y0, x1, y1 = box
    side = max(x1 - x0, y1 - y0) * float(p["face_verify_side"])
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    k = SIDE / side
    # The window as an affine crop (pads with black beyond the photo's edges).
    M = np.array([[k, 0, SIDE / 2 - cx * k], [0, k, SIDE / 2 - cy * k]], np.float32)
    interp = cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR
    if k < 0.5:  # shrink first, so the warp does not alias
        small = cv2.resize(rgb, (max(1, round(rgb.shape[1] * k * 2)), max(1, round(rgb.shape[0] * k * 2))), interpolation=cv2.INTER_AREA)
        M = np.array([[0.5, 0, SIDE / 2 - cx * k], [0, 0.5, SIDE / 2 - cy * k]], np.float32)
        win = cv2.warpAffine(small, M, (SIDE, SIDE), flags=cv2.INTER_LINEAR)
    else:
        win = cv2.warpAffine(rgb, M, (SIDE, SIDE), flags=interp)
    bw, bh = (x1 - x0) * k, (y1 - y0) * k
    if turn in (1, 3):
        win = np.ascontiguousarray(np.rot90(win, turn))
        bw, bh = (bh, bw) if turn % 2 else (bw, bh)
    elif turn:  # a tilt: the window turned about the face's centre (the box is already upright)
        R = cv2.getRotationMatrix2D((SIDE / 2, SIDE / 2), _tilt_angle(turn), 1.0)
        win = cv2.warpAffine(win, R, (SIDE, SIDE), flags=cv2.INTER_LINEAR)
    s, b = _run(win)
    face = np.array([SIDE / 2 - bw / 2, SIDE / 2 - bh / 2, SIDE / 2 + bw / 2, SIDE / 2 + bh / 2]) / SIDE
    ix = np.clip(np.minimum(b[:, 2], face[2]) - np.maximum(b[:, 0], face[0]), 0, None)
    iy = np.clip(np.minimum(b[:, 3], face[3]) - np.maximum(b[:, 1], face[1]), 0, None)
    inter = ix * iy
    union = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) + (face[2] - face[0]) * (face[3] - face[1]) - inter
    near = inter / np.maximum(union, 1e-9) > 0.3
    return float(s[near].max()) if near.any() else 0.0


def _haar(rgb: np.ndarray) -> list[tuple[list[float], float]]:
    import cv2

    gray = cv2.equalizeHist(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    m = max(24, round(min(gray.shape[:2]) * 0.04))
    found = _STATE["net"].detectMultiScale(gray, scaleFactor=1.2, minNeighbors=7, minSize=(m, m))
    return [([float(x), float(y), float(x + w), float(y + h)], 1.0) for (x, y, w, h) in (found if len(found) else [])]


def find_faces(rgb: np.ndarray, params: dict[str, Any] | None = None) -> list[tuple[list[float], float]]:
    """Faces in an RGB photo: ([x0, y0, x1, y1] in its pixels, score), best first."""
    detector()
    p = {**DEFAULTS, **{k: v for k, v in (params or {}).items() if k in DEFAULTS}}
    found = _blazeface(rgb, p) if _STATE["kind"] == "blazeface" else _haar(rgb)
    h, w = rgb.shape[:2]
    out = []
    for (x0, y0, x1, y1), s in found:
        x0, y0, x1, y1 = max(0.0, x0), max(0.0, y0), min(float(w), x1), min(float(h), y1)
        if x1 - x0 >= 4 and y1 - y0 >= 4:
            out.append(([x0, y0, x1, y1], s))
    return sorted(out, key=lambda t: -t[1])


def kind() -> str:
    """'blazeface' (the shipped model) or 'haar' (the fallback)."""
    detector()
    return str(_STATE["kind"])


def runtime() -> str:
    """What runs the model: 'litert' (ai-edge-litert) or 'opencv'."""
    detector()
    return str(_STATE["runtime"])
