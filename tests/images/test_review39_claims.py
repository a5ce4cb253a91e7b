"""review39: the decision end (logo_claims.part_claims) on degenerate boxes — zero area, reaching outside the photo,
equal boxes, a chain of marks each inside the next — never raises and never leaves a photo with no found mark when
one was found (a photo with a found mark stays a finding; the marks folded in are named in ``holds``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from selfaudit.analysis.logo_claims import part_claims

from .test_logo_claims import EMBLEM_SIDE, ON, _emblem, _found, _photo, _prepared, _wordmark


def test_degenerate_boxes_never_raise_and_never_empty(tmp_path: Path) -> None:
    em, wm = _prepared(tmp_path, "emblem", _emblem()), _prepared(tmp_path, "wordmark", _wordmark())
    gray, box = _photo(_wordmark())
    h, w = gray.shape
    cases = [
        [_found("emblem", [box[0], box[1], 0, 0]), _found("wordmark", box)],  # zero area inside
        [_found("emblem", [box[0], box[1], EMBLEM_SIDE, EMBLEM_SIDE]), _found("wordmark", [box[0], box[1], 0, 50])],  # zero-width outer
        [_found("emblem", [w - 10, h - 10, EMBLEM_SIDE, EMBLEM_SIDE]), _found("wordmark", [w - 20, h - 20, 4000, 3000])],  # outside
        [_found("emblem", [-500, -500, 100, 100]), _found("wordmark", [-900, -900, 2000, 2000])],  # before the photo
        [_found("emblem", box), _found("wordmark", list(box))],  # equal boxes
        [_found("emblem", [0, 0, 0, 0]), _found("wordmark", [0, 0, 0, 0])],  # both empty
    ]
    for found in cases:
        out = part_claims(gray, [em, wm], [dict(m) for m in found], ON, 1.0)
        assert out and {m["name"] for m in out} | {n for m in out for n in m.get("holds", [])} == {"emblem", "wordmark"}, (found, out)


def test_a_chain_of_parts_keeps_the_outermost_and_names_every_part(tmp_path: Path) -> None:
    """Each mark inside the next: at least one stays, and every folded mark is named by a mark that was found."""
    em, wm = _prepared(tmp_path, "emblem", _emblem()), _prepared(tmp_path, "wordmark", _wordmark())
    big = _prepared(tmp_path, "banner", _wordmark())
    gray, box = _photo(_wordmark())
    found = [_found("emblem", [box[0], box[1], EMBLEM_SIDE, EMBLEM_SIDE]), _found("wordmark", box),
             _found("banner", [box[0] - 200, box[1] - 150, box[2] + 400, box[3] + 300])]
    out = part_claims(gray, [em, wm, big], found, ON, 1.0)
    assert out
    assert np.all([isinstance(m.get("holds", []), list) for m in out])
