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
    # faces turned a quarter in the same photo (someone lying down) are only looked for on request.
    img = scene(1280, 900)
    big = with_head(img, 300, (700, 200))
    small = with_head(img, 56, (200, 550), turn=1)
    auto, always = boxes(np.asarray(img)), boxes(np.asarray(img), {"face_turned_tiles": "always"})
    assert any(iou(f, big) > 0.3 for f in auto) and not any(iou(f, small) > 0.3 for f in auto), auto
    assert any(iou(f, big) > 0.3 for f in always) and any(iou(f, small) > 0.3 for f in always), always


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
