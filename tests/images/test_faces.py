"""The face detector on its own: the shipped full-range model, its two runtimes, the small-face
tiles, the second look, and what happens when no model can be loaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from selfaudit.analysis import faces as F

from .conftest import HOPPER, iou, scene

FACE = [170, 145, 195, 195]  # her face in the 512 x 600 portrait (x, y, w, h)


@pytest.fixture
def fresh(monkeypatch: Any) -> Iterator[None]:
    """A detector loaded anew for the test, and the process's one restored after it."""
    saved = dict(F._STATE)
    F._STATE.clear()
    yield
    F._STATE.clear()
    F._STATE.update(saved)


def boxes(rgb: np.ndarray, params: dict[str, Any] | None = None) -> list[list[float]]:
    return [[b[0], b[1], b[2] - b[0], b[3] - b[1]] for b, _s in F.find_faces(rgb, params)]


def hopper() -> np.ndarray:
    return np.asarray(Image.open(HOPPER).convert("RGB"))


def test_the_depth_to_space_step_is_tensorflows() -> None:
    # 4 channels at one cell become a 2 x 2 block, row by row (TensorFlow's DCR order).
    t = np.arange(4, dtype=np.float32).reshape(1, 4, 1, 1)
    assert F._depth_to_space(t).ravel().tolist() == [0, 1, 2, 3]
    t = np.arange(8, dtype=np.float32).reshape(1, 8, 1, 1)  # 2 values a position
    assert F._depth_to_space(t).tolist() == [[0, 1], [2, 3], [4, 5], [6, 7]]


def test_a_face_is_found_and_a_photo_without_people_is_not() -> None:
    found = boxes(hopper())
    assert len(found) == 1 and iou(found[0], FACE) > 0.5, found
    assert boxes(np.asarray(scene(1200, 800))) == []


def test_both_runtimes_give_the_same_face(fresh: None, monkeypatch: Any) -> None:
    pytest.importorskip("ai_edge_litert")
    a = F.find_faces(hopper())
    assert F.runtime() == "litert"
    F._STATE.clear()
    monkeypatch.setenv("SELFAUDIT_FACE_RUNTIME", "opencv")
    b = F.find_faces(hopper())
    assert F.runtime() == "opencv" and F.kind() == "blazeface"
    assert len(a) == len(b) == 1 and np.allclose(a[0][0], b[0][0], atol=0.5) and abs(a[0][1] - b[0][1]) < 1e-3


def test_a_small_face_in_a_big_photo_is_found_by_the_tiles() -> None:
    # Her face at ~40 px in a 1280-px scene: too small for the whole-photo pass alone.
    img = scene(1280, 900)
    head = Image.open(HOPPER).convert("RGB").crop((130, 105, 405, 380)).resize((56, 56))
    img.paste(head, (300, 500))
    face = [300 + 40 * 56 / 275, 500 + 40 * 56 / 275, 195 * 56 / 275, 195 * 56 / 275]
    whole_only = boxes(np.asarray(img), {"face_tile_min_side": 10_000})
    tiled = boxes(np.asarray(img))
    assert not any(iou(f, face) > 0.3 for f in whole_only), whole_only
    assert any(iou(f, face) > 0.3 for f in tiled), tiled


def test_the_second_look_scores_a_face_high_and_a_blank_low() -> None:
    F.detector()
    x, y, w, h = FACE
    assert F._second_look(hopper(), [x, y, x + w, y + h], 0, F.DEFAULTS) > 0.8
    blank = np.full((600, 512, 3), 128, np.uint8)
    assert F._second_look(blank, [x, y, x + w, y + h], 0, F.DEFAULTS) < 0.5


def test_without_the_model_haar_is_the_fallback_and_without_both_an_error(fresh: None, monkeypatch: Any, tmp_path: Path) -> None:
    import cv2

    monkeypatch.setattr(F, "MODEL", tmp_path / "missing.tflite")
    assert F.kind() == "haar"  # could not load the model: the cascade, never a silent "no faces"
    F._STATE.clear()
    monkeypatch.setattr(cv2.data, "haarcascades", str(tmp_path) + "/")
    with pytest.raises(RuntimeError, match="could be loaded"):
        F.find_faces(hopper())


def with_head(img: Image.Image, side: int, at: tuple[int, int], turn: int = 0) -> list[float]:
    """Pastes her head (side px, turned `turn` quarter turns anticlockwise) and returns her face box."""
    head = Image.open(HOPPER).convert("RGB").crop((130, 105, 405, 380)).resize((side, side))
    img.paste(Image.fromarray(np.ascontiguousarray(np.rot90(np.asarray(head), turn))), at)
    f = side / 275  # her face is (40, 40, 195, 195) in the crop; centred, so a turn keeps the box
    return [at[0] + 40 * f, at[1] + 40 * f, 195 * f, 195 * f]


def test_a_small_face_in_a_sideways_photo_is_found_by_the_turned_tiles() -> None:
    # A group photo shot with the camera sideways: every face turned a quarter, too small for a
    # whole-photo pass. The photo's own content is turned too (the scene turned clockwise).
    img = scene(1280, 900)
    face = with_head(img, 56, (300, 500))
    a = np.ascontiguousarray(np.rot90(np.asarray(img), -1))
    x, y, w, h = face
    turned = [900 - y - h, x, h, w]
    assert any(iou(f, turned) > 0.3 for f in boxes(a)), "not found turned"
    assert not any(iou(f, turned) > 0.3 for f in boxes(a, {"face_turned_tiles": "never"}))


def test_a_sideways_photo_without_people_has_no_face() -> None:
    # No upright face: the turned tiles run, and find nothing either.
    assert boxes(np.ascontiguousarray(np.rot90(np.asarray(scene(1200, 800)), 1))) == []


def test_an_upright_face_means_no_turned_tiles() -> None:
    # The trade-off, kept on purpose: a face found upright says the photo is upright, so small
    # faces turned a quarter in the same photo (someone lying down) get no turned tiles unless
    # asked; since 2026-11-30 the tilted tiles (±45°, run because a face was found) see this one.
    img = scene(1280, 900)
    big = with_head(img, 300, (700, 200))
    small = with_head(img, 56, (200, 550), turn=1)
    no_tilts = {"face_tilts": []}
    auto, always = boxes(np.asarray(img), no_tilts), boxes(np.asarray(img), {**no_tilts, "face_turned_tiles": "always"})
    assert any(iou(f, big) > 0.3 for f in auto) and not any(iou(f, small) > 0.3 for f in auto), auto
    assert any(iou(f, big) > 0.3 for f in always) and any(iou(f, small) > 0.3 for f in always), always
    tilted = boxes(np.asarray(img))
    assert any(iou(f, big) > 0.3 for f in tilted) and any(iou(f, small) > 0.3 for f in tilted), tilted


def test_a_face_of_18_px_in_a_small_photo_is_found() -> None:
    # A photo sent at 800 px with her face at 18 px (the whole portrait shrunk, JPEG 60). Tiles
    # at the photo's own resolution find it; tiles sized for 36-px faces (until 2026-11-29) do not.
    import io

    k = 18 / 195
    img = scene(800, 600)
    img.paste(Image.open(HOPPER).convert("RGB").resize((round(512 * k), round(600 * k)), Image.Resampling.LANCZOS), (400, 250))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=60)
    a = np.asarray(Image.open(buf).convert("RGB"))
    face = [400 + 170 * k, 250 + 145 * k, 195 * k, 195 * k]
    found, coarse = boxes(a), boxes(a, {"face_min_px": 36, "face_max_tiles": 12})
    assert any(iou(f, face) > 0.3 for f in found), found
    assert not any(iou(f, face) > 0.3 for f in coarse), coarse
    assert boxes(np.asarray(scene(800, 600))) == []  # and the same photo without her has no face


TILTED = {"face_nms_verified": True, "face_tilts": [45, -45], "face_tilt_tiles": "auto"}  # the defaults
BEFORE = {"face_nms_verified": False, "face_tilts": []}  # until 2026-11-30


def group_with_tilted_head(tilt: float, side: int = 56) -> tuple[np.ndarray, list[float], list[float]]:
    """A 1280-px scene with her head upright at 300 px and again small (side px) and tilted by
    ``tilt`` degrees: the upright face says people are here; the small one needs tilted tiles."""
    img = scene(1280, 900)
    big = with_head(img, 300, (800, 200))
    head = Image.open(HOPPER).convert("RGB").crop((130, 105, 405, 380)).resize((side, side))
    img.paste(head.rotate(tilt, resample=Image.Resampling.BILINEAR, fillcolor=(128, 128, 128)), (300, 500))
    f = side / 275  # her face, (40, 40, 195, 195) in the crop, turned about the crop's centre: same centre, same size
    return np.asarray(img), big, [300 + 60 * f, 500 + 60 * f, 155 * f, 155 * f]


def test_a_small_head_tilted_50_degrees_is_found_by_the_tilted_tiles() -> None:
    a, big, small = group_with_tilted_head(50)
    upright = boxes(a, BEFORE)
    tilted = boxes(a)
    assert F.DEFAULTS["face_tilts"] == TILTED["face_tilts"] and F.DEFAULTS["face_nms_verified"]
    assert any(iou(f, big) > 0.3 for f in upright) and not any(iou(f, small) > 0.3 for f in upright), upright
    assert any(iou(f, big) > 0.3 for f in tilted) and any(iou(f, small) > 0.3 for f in tilted), tilted


def test_tilted_tiles_run_only_in_a_photo_where_a_face_was_found(monkeypatch: Any) -> None:
    # Photos without people pay only the two whole-photo tilted passes, never the tilted tiles.
    F.detector()
    calls = {"n": 0}
    run = F._run

    def counted(square: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        calls["n"] += 1
        return run(square)

    monkeypatch.setattr(F, "_run", counted)
    empty = np.asarray(scene(1280, 900))
    assert boxes(empty, {**TILTED, "face_tilts": []}) == []
    without = calls["n"]
    calls["n"] = 0
    assert boxes(empty, TILTED) == []
    assert calls["n"] == without + 2, (calls["n"], without)  # + one whole pass at each tilt
    a, _big, _small = group_with_tilted_head(50)
    calls["n"] = 0
    boxes(a, {**TILTED, "face_tilt_tiles": False})
    whole_only = calls["n"]
    calls["n"] = 0
    boxes(a, TILTED)
    assert calls["n"] > whole_only + 10  # the tilted tiles ran (and their second looks)


def test_a_box_that_fails_its_second_look_does_not_suppress_its_neighbour() -> None:
    boxes_ = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60]], np.float32)
    scores = np.array([0.9, 0.8, 0.7], np.float32)
    assert F._nms(boxes_, scores, 0.3) == [0, 2]  # today's rule: the best box takes its neighbour down
    assert F._nms(boxes_, scores, 0.3, lambda i: i != 0) == [1, 2]  # it failed: the neighbour stands
    assert F._nms(boxes_, scores, 0.3, lambda i: False) == []


def test_the_tilted_photo_maps_back_to_the_photos_pixels() -> None:
    small = np.zeros((100, 200, 3), np.uint8)
    small[20, 150] = 255  # one bright pixel at (x 150, y 20) in the photo shrunk by 0.5
    for angle, fit in ((45, False), (-30, True)):
        turned, back = F._turned(small, angle, 0.5, fit=fit)
        ys, xs = np.nonzero(turned[..., 0])
        x, y = back @ np.array([xs.mean(), ys.mean(), 1.0])
        assert abs(x - 300) < 3 and abs(y - 40) < 3, (angle, x, y)
        assert max(turned.shape[:2]) <= (F.SIDE if fit else 224)
