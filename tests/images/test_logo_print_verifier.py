"""The print verifier (logo_print_verifier, ``print_verifier``, off by default): a per-logo model
trained on synthetic prints of the logo judges windows the outline / colour searches refined and
did not accept. It may turn such a window into a match only when confident; it never looks
anywhere else; a window with nothing to judge is no claim; the model is stored owner-only
beside the person's logo and rebuilt when missing or old; an old logo set works as before."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from selfaudit.analysis import logo_print_verifier as PV
from selfaudit.analysis.logos import DEFAULTS

from .conftest import pose_at, scene
from .test_logo_shapes import document_mark, printed

# The bar lowered from its default (8, above every dev negative window): the test print is clean
# but small, and the test is about the mechanism, not the bar.
ON = {**DEFAULTS, "print_verifier": 4, "print_min_z": 6.0}


@pytest.fixture(scope="module")
def model(doc_logo: Any) -> dict[str, np.ndarray]:
    return PV.train(doc_logo.verify_rgb, seed=3, n_pos=120, n_tex=100, n_near=60, n_shuf=60)  # fewer samples: a fast test


def other_mark() -> Image.Image:
    """Another printed graphic of the same size: a ring and a bar."""
    img = Image.new("RGB", (400, 480), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([50, 60, 350, 360], outline=(200, 40, 40), width=40)
    d.rectangle([60, 390, 340, 440], fill=(40, 40, 40))
    return img


def _window(doc_logo: Any, with_mark: bool) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """A scene with the document mark printed into it as multiplied ink (its grey-level contrast
    gone), or another graphic printed there; the pose of the mark's window and its box."""
    rgb, box = printed(scene(900, 640), document_mark() if with_mark else other_mark(), 150, (500, 250), 0.0, multiply=True)
    return np.ascontiguousarray(rgb.astype(np.uint8)), pose_at(doc_logo, box), box


def _lg(doc_logo: Any, model: dict[str, np.ndarray] | None) -> Any:
    import copy

    lg = copy.copy(doc_logo)
    lg.print_model = model
    return lg


def test_the_model_separates_prints_from_scenes(model: dict[str, np.ndarray]) -> None:
    """Its training: the held-out half of the synthetic prints scores well above the negatives."""
    assert float(model["pos_median_z"]) > 2.0
    assert model["w"].shape == (PV.GRID // PV.CELL * PV.GRID // PV.CELL * PV.BINS,)


def test_a_printed_mark_in_a_refined_window_is_a_match(doc_logo: Any, model: dict[str, np.ndarray]) -> None:
    """Positive: the print's window, refined but not accepted by the outline check, is a match."""
    rgb, H, box = _window(doc_logo, True)
    got = PV.judge(rgb, [_lg(doc_logo, model)], [(0.5, 0, H, box)], [], ON)
    assert [m["name"] for m in got] == ["our-docs"] and got[0]["method"] == "print" and got[0]["box"] == box


def test_the_same_window_on_the_bare_scene_is_no_match(doc_logo: Any, model: dict[str, np.ndarray]) -> None:
    """Negative: the window on another printed graphic; a logo already found; a place a match took; a
    window whose outline correlation is under the floor; the verifier off."""
    rgb, H, box = _window(doc_logo, False)
    lg = _lg(doc_logo, model)
    assert PV.judge(rgb, [lg], [(0.5, 0, H, box)], [], ON) == []
    marked, H, box = _window(doc_logo, True)
    assert PV.judge(marked, [lg], [(0.5, 0, H, box)], [{"name": "our-docs", "box": [0, 0, 9, 9]}], ON) == []
    assert PV.judge(marked, [lg], [(0.5, 0, H, box)], [{"name": "other", "box": box}], ON) == []
    assert PV.judge(marked, [lg], [(0.2, 0, H, box)], [], ON) == []
    assert PV.judge(marked, [lg], [(0.5, 0, H, box)], [], {**ON, "print_verifier": 0}) == []


def test_nothing_to_judge_is_no_claim(doc_logo: Any, model: dict[str, np.ndarray]) -> None:
    """Could not tell: a flat window, a grey picture, a logo without a model, no window at all."""
    rgb, H, box = _window(doc_logo, True)
    assert PV.judge(np.full_like(rgb, 128), [_lg(doc_logo, model)], [(0.5, 0, H, box)], [], ON) == []
    assert PV.window_features(np.full_like(rgb, 128), H, doc_logo.width, doc_logo.height) is None
    assert PV.judge(rgb[..., 0], [_lg(doc_logo, model)], [(0.5, 0, H, box)], [], ON) == []
    assert PV.judge(rgb, [_lg(doc_logo, None)], [(0.5, 0, H, box)], [], ON) == []
    assert PV.judge(rgb, [_lg(doc_logo, model)], [], [], ON) == []


def test_another_logos_model_liking_the_window_as_much_vetoes_it(doc_logo: Any, model: dict[str, np.ndarray]) -> None:
    """Negative: a rival logo whose model scores the window as high (here: the same model under
    another name) leaves it unclaimed."""
    rgb, H, box = _window(doc_logo, True)
    rival = _lg(doc_logo, model)
    rival.name = "look-alike"
    assert PV.judge(rgb, [_lg(doc_logo, model), rival], [(0.5, 0, H, box)], [], ON) == []


def _user_logo(tmp_path: Path) -> Any:
    from selfaudit import paths
    from selfaudit.analysis.logo_set import Logo

    d = paths.logos_dir()
    d.mkdir(parents=True, exist_ok=True)
    p = d / "our-docs.png"
    document_mark().save(p)
    return Logo("our-docs", "our-docs", p, False)


def test_the_model_is_stored_owner_only_reused_and_rebuilt_when_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from selfaudit.analysis.logos import _PREPARED, prepare_logo

    logo = _user_logo(tmp_path)
    store = logo.path.with_suffix(".print.npz")
    # an old logo set (no stored model) with the verifier off: read as before, nothing written
    feats = prepare_logo(logo, DEFAULTS)
    assert feats.print_model is None and not store.exists()
    calls = []
    real = PV.train
    monkeypatch.setattr(PV, "train", lambda *a, **k: calls.append(1) or real(*a, **{**k, "n_pos": 20, "n_tex": 20, "n_near": 10, "n_shuf": 10}))
    got = PV.model_for(logo, feats)
    assert got is not None and store.is_file() and calls == [1]
    if os.name == "posix":
        assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert PV.model_for(logo, feats) is not None and calls == [1]  # read back, not retrained
    old = dict(np.load(store))
    old["version"] = np.array(PV.VERSION - 1)
    with store.open("wb") as f:
        np.savez(f, **old)
    assert PV.model_for(logo, feats) is not None and calls == [1, 1]  # an older version: rebuilt
    store.write_bytes(b"not a model")
    assert PV.model_for(logo, feats) is not None and calls == [1, 1, 1]  # unreadable: rebuilt
    _PREPARED.clear()
    assert prepare_logo(logo, ON).print_model is not None and calls == [1, 1, 1]  # on: the stored model, attached
