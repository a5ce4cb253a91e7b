"""The log-chroma template search for printed marks (``print_tint``, logo_tint.py; logoprint35 session,
ON since stop 35): a logo multiplied into a scene is found by its log-chroma pattern and passes only on the
refined template correlation, the grey cell correlation and the log-chroma bar together. Plain OpenCV suffices."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from selfaudit.analysis import logo_tint as T
from selfaudit.analysis import logos as L

from .conftest import iou, logo_image, scene
from .test_logo_print_checks import _logo

ON = {**L.DEFAULTS, "print_tint": True}


def _print(swap: bool = False, grey: bool = False, with_mark: bool = True) -> tuple[np.ndarray, list[int]]:
    """A 640 x 460 scene with the logo (224 x 112: on a scale of the coarse search's grid, 12 x 1.25^n px of
    its 256-px copy; a text-heavy mark between two of them loses its small lettering there) multiplied into it, as ink."""
    img = np.asarray(scene(640, 460)).astype(np.float32)
    truth: list[int] = []
    if with_mark:
        mark = np.asarray(logo_image().resize((224, 112))).astype(np.float32)
        if swap:
            mark = mark[..., ::-1]  # a look-alike in other colours
        if grey:
            mark = np.repeat(mark.mean(axis=-1, keepdims=True), 3, axis=-1)
        x, y = 360, 60
        img[y:y + 112, x:x + 224] = img[y:y + 112, x:x + 224] * mark / 255.0
        truth = [x, y, 224, 112]
    return np.clip(img, 0, 255).astype(np.uint8), truth


def test_on_by_default_since_stop_35_and_nothing_when_off() -> None:
    assert L.DEFAULTS["print_tint"] is True
    rgb, _ = _print()
    assert T.tint_matches(rgb, [_logo()], [], {**L.DEFAULTS, "print_tint": False}) == []


def test_a_print_is_found_at_its_place() -> None:
    """Positive: the stand-in logo printed into a scene is found where it is, by the tint search."""
    lg = _logo()
    assert T.colour_axes(lg)
    rgb, truth = _print()
    found = T.tint_matches(rgb, [lg], [], ON)
    assert [f["name"] for f in found] == [lg.name] and found[0]["method"] == "tint", found
    assert iou(found[0]["box"], truth) > 0.6, (found, truth)


def test_a_bare_scene_and_a_look_alike_in_other_colours_are_no_match() -> None:
    """Negative: no mark, or the same layout in swapped colours: nothing."""
    lg = _logo()
    assert T.tint_matches(_print(with_mark=False)[0], [lg], [], ON) == []
    assert T.tint_matches(_print(swap=True)[0], [lg], [], ON) == []


def test_a_grey_print_or_a_logo_without_colour_cannot_be_told() -> None:
    """Could not tell: a grey print has no log-chroma pattern to find; a logo with no colour axis is not searched."""
    lg = _logo()
    assert T.tint_matches(_print(grey=True)[0], [lg], [], ON) == []
    g = lg.verify_gray
    grey = L.LogoFeatures(**{**lg.__dict__, "verify_rgb": np.repeat(g[..., None], 3, axis=-1)})
    assert T.colour_axes(grey) == []
    assert T.tint_matches(_print()[0], [grey], [], ON) == []


def test_a_logo_already_found_is_not_searched_again(monkeypatch: Any) -> None:
    lg = _logo()
    rgb, _ = _print()
    monkeypatch.setattr(T, "coarse", lambda *a, **k: (_ for _ in ()).throw(AssertionError("searched")))
    assert T.tint_matches(rgb, [lg], [{"name": lg.name, "box": [0, 0, 1, 1]}], ON) == []


def test_the_matcher_runs_the_search_only_with_the_option(monkeypatch: Any) -> None:
    """The matcher's last step: tint_matches is called with ``print_tint`` on, not without."""
    calls: list[int] = []
    monkeypatch.setattr(L, "tint_matches", lambda rgb, logos, found, p: calls.append(1) or [])
    rgb, _ = _print(with_mark=False)
    gray = rgb.mean(axis=-1).astype(np.uint8)
    L.FeatureMatcher([_logo()], {**L.DEFAULTS, "print_tint": False}).detect(gray, rgb)
    assert calls == []
    L.FeatureMatcher([_logo()], ON).detect(gray, rgb)
    assert calls == [1]


def test_a_part_of_a_mark_already_found_is_no_claim_of_its_own() -> None:
    """Negative: a tint match lying inside another logo's found mark (the Kodi emblem inside the Kodi wordmark,
    dev s11 00007 / 00067) is a part of that mark, not a second logo; elsewhere it stands."""
    lg = _logo()
    rgb, truth = _print()
    x, y, w, h = truth
    assert T.tint_matches(rgb, [lg], [{"name": "wordmark", "box": [x - 20, y - 10, w + 200, h + 20]}], ON) == []
    # deep inside a much larger mark (IoU 0.08: only the part-of rule, not the overlap rule, can tell)
    assert T.tint_matches(rgb, [lg], [{"name": "wordmark", "box": [x - 100, y - 60, w + 400, h + 300]}], ON) == []
    assert [f["name"] for f in T.tint_matches(rgb, [lg], [{"name": "wordmark", "box": [0, 300, 100, 100]}], ON)] == [lg.name]


def test_check_image_reports_a_tint_match_as_a_logo_the_photo_contains(tmp_path: Any, monkeypatch: Any) -> None:
    """Through the CLI: a mark only the tint search found is a logo the photo *contains* (a box inside it), not a
    picture that "is a copy of" the logo (the perceptual hash's words: review35l found the title said so), with the
    same JSON shape as the other in-photo matches and its method in the evidence."""
    import json

    from PIL import Image
    from typer.testing import CliRunner

    from selfaudit.cli import app

    # only the tint search may find it: no keypoint votes, no outline or colour search, no second look
    monkeypatch.setattr(L.FeatureMatcher, "_pairs", lambda self, des: [])
    for k, v in {"shape_search": False, "ink_search": False, "grey_search": False, "second_look": 0, "near_look": 0}.items():
        monkeypatch.setitem(L.DEFAULTS, k, v)
    rgb, truth = _print()
    pic = tmp_path / "print.png"
    Image.fromarray(rgb).save(pic)
    r = CliRunner().invoke(app, ["check", "image", "--json", str(pic)], catch_exceptions=False)
    assert r.exit_code == 1, r.output
    (f,) = [f for f in json.loads(r.stdout)[0]["findings"] if f["check"] == "photo_contains_logo"]
    assert f["status"] == "fail" and f["evidence"]["matched"] == ["chscb-standin"], f
    assert f["evidence"]["details"]["method"] == "tint" and iou(f["evidence"]["box"], truth) > 0.6, f
    assert f["title"].startswith("Photo contains"), f["title"]
    assert f["confidence"] != "high", f


def test_a_look_alike_at_a_place_another_logo_took_is_no_second_claim() -> None:
    """Negative (review35l): the shipped look-alike stand-ins share the design in other colours, and CHSCP's
    log-chroma pattern passes all three bars on a CHSCB print (refined 0.79, cells 0.84, log-chroma 0.64: the
    R-G axis agrees). Where CHSCB's mark was already found, a CHSCP tint match over the same place (IoU 0.9) is
    the same mark, not a second logo, whether the found box is a few pixels larger or smaller than the tint's
    (before: only a tint box inside the found one was dropped). Elsewhere in the photo it stands (positive)."""
    from selfaudit.analysis.logo_set import builtin_logos

    chscp = next(L.prepare_logo(lg, L.DEFAULTS) for lg in builtin_logos() if lg.name == "chscp-standin")
    rgb, truth = _print()
    x, y, w, h = truth
    for d in (-3, 0, 3):
        found = [{"name": "chscb-standin", "box": [x + d, y + d, w - 2 * d, h - 2 * d]}]
        assert T.tint_matches(rgb, [chscp], found, ON) == [], d
    assert [f["name"] for f in T.tint_matches(rgb, [chscp], [{"name": "chscb-standin", "box": [0, 300, 100, 100]}], ON)] == ["chscp-standin"]


def test_of_two_logos_at_one_place_the_better_verified_is_claimed_whatever_their_order() -> None:
    """Negative (review35l): logos are searched in their registered order (names sorted), and the first to pass
    the bars took the place: with CHSCP before CHSCB, a CHSCB print was claimed as CHSCP (log-chroma 0.64 against
    CHSCB's own 0.86). As the other detectors do (``_suppress``, the outline search), the better-verified logo
    (log-chroma first, then the refined correlation) takes a place, in either order (positive: CHSCB found)."""
    from selfaudit.analysis.logo_set import builtin_logos

    f = {x.name: x for x in (L.prepare_logo(lg, L.DEFAULTS) for lg in builtin_logos())}
    rgb, truth = _print()
    for order in (["chscp-standin", "chscb-standin"], ["chscb-standin", "chscp-standin"]):
        found = T.tint_matches(rgb, [f[n] for n in order], [], ON)
        assert [m["name"] for m in found] == ["chscb-standin"] and iou(found[0]["box"], truth) > 0.6, (order, found)


def test_a_tint_match_inside_another_tint_match_is_no_claim_whatever_the_order(monkeypatch: Any) -> None:
    """Negative: of two tint matches one inside the other (an emblem inside its wordmark), only the outer one is
    claimed, even when the inner one verified better (it is then a part of that mark, as for a mark found before)."""
    lg = _logo()
    inner = L.LogoFeatures(**{**lg.__dict__, "name": "emblem", "label": "emblem"})
    outer = L.LogoFeatures(**{**lg.__dict__, "name": "wordmark", "label": "wordmark"})
    boxes = {"emblem": ([400, 80, 60, 60], 0.9), "wordmark": ([360, 60, 224, 112], 0.7)}
    monkeypatch.setattr(T, "coarse", lambda rgb, lg, axes, p, shared=None: (0.9, boxes[lg.name][0]))
    monkeypatch.setattr(T, "refine", lambda rgb, lg, box, axes: (0.9, [float(v) for v in boxes[lg.name][0]]))
    monkeypatch.setattr(T, "judge", lambda rgb, gray, lg, box, p: (0.9, boxes[lg.name][1]))
    rgb, _ = _print()
    for order in ([inner, outer], [outer, inner]):
        assert [m["name"] for m in T.tint_matches(rgb, order, [], ON)] == ["wordmark"], order


@pytest.mark.timeout(20)
@pytest.mark.parametrize("bad", [{"print_tint_step": 1.0}, {"print_tint_step": 0.8}, {"print_tint_min": 0}])
def test_a_scale_step_or_smallest_size_that_cannot_grow_is_an_error_not_a_hang(bad: dict[str, Any]) -> None:
    """Could not tell (review35l): an images config with ``print_tint_step`` <= 1 or ``print_tint_min`` <= 0 made
    the coarse search's scale loop run forever (the photo, and the audit, never finished). It is now an error
    the analysis records for that photo (logos not checked, with the reason), never a hang and never a pass."""
    lg = _logo()
    rgb, _ = _print()
    with pytest.raises(ValueError, match="print_tint"):
        T.tint_matches(rgb, [lg], [], {**ON, **bad})
