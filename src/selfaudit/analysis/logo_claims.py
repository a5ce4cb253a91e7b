"""The decision end of the logo search: which of the found marks are claims of their own.

Two registered marks of one organisation often share a part: an emblem is drawn inside its wordmark
or its theme mark (an app icon inside the wordmark beside the name, a swirl inside a coloured disk).
Where the bigger mark is in a photo, every detector can also find the smaller one inside it, and
each stage's own arbitration lets it (a box inside another overlaps it little). That is a second
claim at the place of one mark: the bench counts it as a wrong-logo claim.

``part_claims``: a found mark lying inside another logo's found mark (``_part_of``: two thirds of
its box inside, at most ``claim_part_share`` of the bigger box's area) is reported as a part of the
bigger mark (its name in the bigger mark's ``holds``), not as a claim of its own — **only when the
bigger mark is evidenced outside the smaller one**: the photo's correlation with the bigger logo
over the bigger logo's own edges outside the smaller mark's place (the box mapped onto the logo's
frame, cell by cell as a print's varying background asks) reaches ``claim_part_evidence``. Without
that evidence the two cannot be told apart (an emblem alone on white paper looks exactly like its
wordmark whose white letters vanish on white): both are kept, as before. Nothing is ever added.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .logo_math import cell_correlation, zncc

CLAIM_DEFAULTS: dict[str, Any] = {
    # The rule above (off: every found mark is a claim, as before stop 39). ON since stop 39 (logoclaim39, the
    # lead's rule on the dev draws, TUNED: the bar 0.4 read off them): wrong-logo claims 42 -> 31 on seeds 7 / 9 /
    # 11 / 73 (every one removed an emblem inside its own organisation's wordmark or theme mark), hits and
    # false pairs unchanged (bench/README-images.md, stop 39).
    "claim_parts": True,
    "claim_part_share": 0.6,  # the smaller box covers at most this share of the bigger box's area
    "claim_part_evidence": 0.4,  # the bigger mark's correlation outside the smaller one's place
    "claim_part_min_edges": 0.15,  # of the bigger logo's edge mask, the share that must lie outside (else: cannot tell)
    # The bigger mark's log-chroma outside the smaller one also counts (a coloured disk around an emblem
    # printed into a scene keeps its colour edge where its grey-level edge is gone).
    "claim_part_colour": True,
}


def _frame_model(box: list[int], lg: Any) -> np.ndarray:
    """The reference frame -> photo model of a found box (upright: the box is the mark's extent)."""
    x, y, w, h = box
    return np.array([[w / lg.width, 0.0, x], [0.0, h / lg.height, y], [0.0, 0.0, 1.0]])


def _outside(inner: list[int], outer: list[int], lg: Any, grow: float = 0.1) -> np.ndarray:
    """The bigger logo's verify frame with the smaller mark's place (grown by ``grow`` of its size) False."""
    vh, vw = lg.verify_gray.shape
    x, y, w, h = inner
    gx, gy = grow * w, grow * h
    x0 = int(np.floor((x - gx - outer[0]) / max(1, outer[2]) * vw))
    x1 = int(np.ceil((x + w + gx - outer[0]) / max(1, outer[2]) * vw))
    y0 = int(np.floor((y - gy - outer[1]) / max(1, outer[3]) * vh))
    y1 = int(np.ceil((y + h + gy - outer[1]) / max(1, outer[3]) * vh))
    keep = np.ones((vh, vw), bool)
    keep[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = False
    return keep


def _outside_colour(rgb: np.ndarray, inner: list[int], outer: list[int], lg: Any, p: dict[str, Any]) -> float | None:
    """The log-chroma correlation (``logos._print_colour`` with its coloured axes) of the bigger logo with the
    photo over the logo's colour mask outside the smaller mark's place (None: no colour pattern there)."""
    from .logos import _colour_mask, _to_logo_frame

    cm = _colour_mask(lg)
    m = cm & _outside(inner, outer, lg)
    if not cm.any() or m.sum() < float(p["claim_part_min_edges"]) * cm.sum():
        return None
    warped = _to_logo_frame(rgb, _frame_model(outer, lg), lg)

    def log_opponent(x: np.ndarray) -> list[np.ndarray]:
        f = np.log(x.astype(np.float32)[m] + 8.0)
        return [f[:, 0] - f[:, 1], (f[:, 0] + f[:, 1]) / 2 - f[:, 2]]

    scores = [zncc(a, b) for a, b in zip(log_opponent(warped), log_opponent(lg.verify_rgb), strict=True) if float(b.std()) >= 0.1]
    return float(np.mean(scores)) if scores else None


def outside_evidence(gray: np.ndarray, inner: list[int], outer: list[int], lg: Any, p: dict[str, Any],
                     rgb: np.ndarray | None = None) -> float | None:
    """How well the photo shows the bigger logo ``lg`` (found at ``outer``) outside the smaller mark's
    place ``inner``: the best of its references (as registered, and on dark paper for a reversed logo,
    over its white parts' edges); None when no reference has enough of its edges there (cannot tell)."""
    from .logos import _to_logo_frame

    best: float | None = None
    for ref in (lg, getattr(lg, "dark", None)):
        if ref is None:
            continue
        edges = ref.verify_mask if getattr(ref, "letters_mask", None) is None else ref.letters_mask
        if not edges.any():
            continue
        m = edges & _outside(inner, outer, ref)
        if m.sum() < float(p["claim_part_min_edges"]) * edges.sum():
            continue
        v = cell_correlation(_to_logo_frame(gray, _frame_model(outer, ref), ref), ref.verify_gray, m)
        if v is not None and (best is None or v > best):
            best = v
    if rgb is not None and rgb.ndim == 3 and p.get("claim_part_colour"):
        c = _outside_colour(rgb, inner, outer, lg, p)
        if c is not None and (best is None or c > best):
            best = c
    return best


def part_claims(gray: np.ndarray, logos: list[Any], found: list[dict[str, Any]], p: dict[str, Any],
                scale: float = 1.0, rgb: np.ndarray | None = None) -> list[dict[str, Any]]:
    """``found`` without the marks that are evidenced parts of another found mark (see the module);
    a box times ``scale`` is in ``gray``'s pixels. The bigger mark names the parts it holds (``holds``)."""
    from .logo_second_look import _part_of

    if not p.get("claim_parts") or len(found) < 2:
        return found
    p = {**CLAIM_DEFAULTS, **p}
    by_name: dict[str, Any] = {}
    for lg in logos:
        by_name.setdefault(lg.name, lg)
    share = float(p["claim_part_share"])
    bar = float(p["claim_part_evidence"])
    gone: set[int] = set()
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if i == j or j in gone or a["name"] == b["name"] or not _part_of(a["box"], b["box"], share):
                continue
            lg = by_name.get(b["name"])
            if lg is None:
                continue
            ev = outside_evidence(gray, [round(v * scale) for v in a["box"]], [round(v * scale) for v in b["box"]], lg, p, rgb)
            if ev is not None and ev >= bar:
                gone.add(i)
                b.setdefault("holds", []).append(a["name"])
                break
    return [m for i, m in enumerate(found) if i not in gone]
