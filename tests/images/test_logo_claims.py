"""The decision end (``claim_parts``, logo_claims.py; logoclaim39): a mark found inside another logo's found
mark is a part of it, not a claim of its own, when the photo shows the bigger mark outside the smaller
one (an emblem inside its wordmark); when the photo does not (the emblem alone, the wordmark claimed
around it) or cannot tell (the bigger logo has nothing of its own outside the emblem), both stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from selfaudit.analysis import images as I
from selfaudit.analysis import logos as L
from selfaudit.analysis.logo_claims import outside_evidence, part_claims

from .conftest import scene

ON = {**L.DEFAULTS, "claim_parts": True}
EMBLEM_SIDE = 120


def _emblem() -> Image.Image:
    """A small coloured emblem: a ring, a bar and a dot (enough corners for the keypoints)."""
    img = Image.new("RGB", (EMBLEM_SIDE, EMBLEM_SIDE), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse([8, 8, 112, 112], outline=(200, 30, 40), width=14)
    d.rectangle([52, 20, 68, 100], fill=(30, 60, 200))
    d.ellipse([80, 24, 96, 40], fill=(20, 140, 60))
    return img


def _wordmark(blank_letters: bool = False) -> Image.Image:
    """The emblem at the left of "letters" (dark bars and rings); ``blank_letters``: the letters white on
    white (a reversed wordmark flattened onto white paper: nothing of its own outside the emblem)."""
    img = Image.new("RGB", (EMBLEM_SIDE * 4, EMBLEM_SIDE), (255, 255, 255))
    img.paste(_emblem(), (0, 0))
    d = ImageDraw.Draw(img)
    ink = (255, 255, 255) if blank_letters else (30, 30, 30)
    for i, x in enumerate(range(150, 470, 64)):
        if i % 2:
            d.ellipse([x, 30, x + 44, 90], outline=ink, width=10)
        else:
            d.rectangle([x, 24, x + 12, 96], fill=ink)
            d.rectangle([x, 24, x + 44, 36], fill=ink)
            d.rectangle([x, 54, x + 34, 64], fill=ink)
    return img


def _prepared(tmp_path: Path, name: str, img: Image.Image) -> L.LogoFeatures:
    f = tmp_path / f"{name}.png"
    img.save(f)
    return L.prepare_logo(L.Logo(name, name, f, False), L.DEFAULTS)


def _photo(mark: Image.Image, at: tuple[int, int] = (200, 260)) -> tuple[np.ndarray, list[int]]:
    img = scene(900, 640)
    img.paste(mark, at)
    return np.asarray(img.convert("L")), [at[0], at[1], mark.width, mark.height]


def _found(name: str, box: list[int], score: float = 0.9) -> dict[str, Any]:
    return {"name": name, "label": name, "method": "features", "box": list(box), "score": score, "colour": 0.9, "inliers": 12}


def test_an_emblem_inside_its_wordmark_is_a_part_not_a_claim(tmp_path: Path) -> None:
    """Positive: the wordmark is in the photo and its letters are there: the emblem found inside it is no
    claim of its own; the wordmark names it as a part it holds."""
    em, wm = _prepared(tmp_path, "emblem", _emblem()), _prepared(tmp_path, "wordmark", _wordmark())
    gray, box = _photo(_wordmark())
    inner = [box[0], box[1], EMBLEM_SIDE, EMBLEM_SIDE]
    ev = outside_evidence(gray, inner, box, wm, ON)
    assert ev is not None and ev >= ON["claim_part_evidence"], ev
    out = part_claims(gray, [em, wm], [_found("emblem", inner), _found("wordmark", box)], ON)
    assert [m["name"] for m in out] == ["wordmark"] and out[0]["holds"] == ["emblem"], out


def test_the_emblem_alone_keeps_its_claim_and_off_changes_nothing(tmp_path: Path) -> None:
    """Negative: only the emblem is in the photo, and the wordmark was claimed around it (its box reaching
    over the scene where its letters would be): the letters are not there, so the emblem — the right
    logo — stays (and the wordmark too: this rule never decides against the bigger mark). Off by
    option: every found mark stays."""
    em, wm = _prepared(tmp_path, "emblem", _emblem()), _prepared(tmp_path, "wordmark", _wordmark())
    gray, box = _photo(_emblem())
    outer = [box[0], box[1], EMBLEM_SIDE * 4, EMBLEM_SIDE]
    ev = outside_evidence(gray, box, outer, wm, ON)
    assert ev is not None and ev < ON["claim_part_evidence"], ev
    rgb = np.asarray(Image.fromarray(gray).convert("RGB"))
    evc = outside_evidence(gray, box, outer, wm, ON, rgb)  # the log-chroma adds nothing where the letters are not
    assert evc is not None and evc < ON["claim_part_evidence"], evc
    assert L.DEFAULTS["claim_parts"] is True and L.DEFAULTS["claim_part_colour"] is True  # ON since stop 39
    found = [_found("emblem", box), _found("wordmark", outer)]
    assert [m["name"] for m in part_claims(gray, [em, wm], [dict(m) for m in found], ON)] == ["emblem", "wordmark"]
    gray2, box2 = _photo(_wordmark())
    both = [_found("emblem", [box2[0], box2[1], EMBLEM_SIDE, EMBLEM_SIDE]), _found("wordmark", box2)]
    assert [m["name"] for m in part_claims(gray2, [em, wm], [dict(m) for m in both], ON)] == ["wordmark"]  # on: a part
    assert [m["name"] for m in part_claims(gray2, [em, wm], both, {**ON, "claim_parts": False})] == ["emblem", "wordmark"]


def test_a_plain_mark_beside_another_mark_is_still_found(tmp_path: Path) -> None:
    """Negative: a small mark that is really there on its own, beside (not inside) another found mark, stays."""
    em, wm = _prepared(tmp_path, "emblem", _emblem()), _prepared(tmp_path, "wordmark", _wordmark())
    img = scene(900, 640)
    img.paste(_wordmark(), (100, 100))
    img.paste(_emblem(), (600, 400))
    gray = np.asarray(img.convert("L"))
    found = [_found("wordmark", [100, 100, EMBLEM_SIDE * 4, EMBLEM_SIDE]), _found("emblem", [600, 400, EMBLEM_SIDE, EMBLEM_SIDE])]
    assert [m["name"] for m in part_claims(gray, [em, wm], found, ON)] == ["wordmark", "emblem"]


def test_cannot_tell_keeps_both(tmp_path: Path) -> None:
    """Could not tell: the wordmark's letters are white on white (nothing of the bigger logo outside the
    emblem to look for), or two logos claim the same place with equal evidence (neither inside the
    other): both claims are kept and reported, never dropped to nothing."""
    em, blank = _prepared(tmp_path, "emblem", _emblem()), _prepared(tmp_path, "blank-wordmark", _wordmark(blank_letters=True))
    gray, box = _photo(_wordmark(blank_letters=True))
    inner = [box[0], box[1], EMBLEM_SIDE, EMBLEM_SIDE]
    assert outside_evidence(gray, inner, box, blank, ON) is None
    out = part_claims(gray, [em, blank], [_found("emblem", inner), _found("blank-wordmark", box)], ON)
    assert [m["name"] for m in out] == ["emblem", "blank-wordmark"] and "holds" not in out[1]
    em2 = _prepared(tmp_path, "emblem-2", _emblem())
    gray, box = _photo(_emblem())
    same = [_found("emblem", box), _found("emblem-2", box)]
    assert [m["name"] for m in part_claims(gray, [em, em2], same, ON)] == ["emblem", "emblem-2"]


def test_the_image_analysis_applies_the_rule_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """The photo's report passes its found marks (features and hash alike) through the rule, with the
    analysis options and the decode's scale."""
    seen: list[tuple[int, float, bool, bool]] = []

    def spy(gray: np.ndarray, logos: list[Any], found: list[dict[str, Any]], p: dict[str, Any], scale: float = 1.0,
            rgb: np.ndarray | None = None) -> list[dict[str, Any]]:
        seen.append((len(found), scale, bool(p.get("claim_parts")), rgb is not None and rgb.shape[:2] == gray.shape[:2]))
        return found[:1]

    class Matcher:
        def detect(self, gray: np.ndarray, rgb: np.ndarray) -> list[dict[str, Any]]:
            return [_found("a", [10, 10, 40, 40]), _found("b", [0, 0, 100, 60])]

    monkeypatch.setattr(I, "part_claims", spy)
    monkeypatch.setitem(I._STATE, "matcher", Matcher())
    monkeypatch.setitem(I._STATE, "logos", [])
    monkeypatch.setitem(I._STATE, "options", {**ON, "faces": False})
    from io import BytesIO

    buf = BytesIO()
    scene(300, 200).save(buf, "PNG")
    rep = I.analyse_bytes(buf.getvalue(), "x")
    assert seen == [(2, 1.0, True, True)] and [m["name"] for m in rep.logos] == ["a"], (seen, rep.logos)
