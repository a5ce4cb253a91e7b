"""Benchmark of the logo detector on a labelled set built from real photos that ship in packages.

    pip install -r bench/requirements-images.txt      # scikit-image, matplotlib (bench only)
    python bench/bench_images.py [--per-kind 60] [--negatives 400] [--faces] [--workers 2]

Positives: a real photo (scikit-image and matplotlib sample data; random crop, 800–1280 px
wide) with one of the shipped logos composited at 7–45 % of the photo's width, as a card
(poster, slide) or as ink only (print on a lanyard, sign), under one transformation per
kind — scale only, rotation ±20°, perspective, brightness/saturation, blur, low JPEG
quality — and all of them combined. Every picture is saved as JPEG at quality 55–92
(55–65 for the "jpeg" kind).
Negatives: real photos with other graphics pasted in the same way (other logos, text in the
logos' own font with words like SAFEGUARDING / CHILDREN / BOARD, a look-alike shield).

Prints recall per kind (a hit is the right logo with IoU ≥ 0.5 against the true box),
false-positive rate on negatives, stray detections on positives, and photos/s through the
real ImageAnalyser (process pool over all cores, no cache). Deterministic with --seed.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selfaudit.data.logos.make_standins import font  # noqa: E402  (the stand-ins' own font loader)

KINDS = ("scale", "rotation", "perspective", "colour", "blur", "jpeg", "combined")


def base_photos() -> list[tuple[str, np.ndarray]]:
    import matplotlib.cbook as cbook
    import skimage.data as sd

    out = []
    for name in ("astronaut", "coffee", "chelsea", "rocket", "hubble_deep_field", "immunohistochemistry", "retina", "camera", "coins", "moon", "brick", "grass", "gravel", "clock", "cell"):
        a = getattr(sd, name)()
        if a.ndim == 2:
            a = np.stack([a] * 3, axis=-1)
        out.append((name, a[..., :3].astype(np.uint8)))
    left, right, _ = sd.stereo_motorcycle()
    out += [("motorcycle_left", left), ("motorcycle_right", right)]
    for fname in ("grace_hopper.jpg", "Minduka_Present_Blue_Pack.png"):
        with cbook.get_sample_data(fname) as fh:
            out.append((fname, np.asarray(Image.open(fh).convert("RGB"))))
    return out


def distractors(rng: random.Random) -> list[Image.Image]:
    """Other graphics (RGBA) for the negatives."""
    import matplotlib.cbook as cbook
    import skimage.data as sd

    out = [Image.fromarray(sd.logo()).convert("RGBA")]
    with cbook.get_sample_data("logo2.png") as fh:
        out.append(Image.open(fh).convert("RGBA"))
    for a in (sd.text(), sd.page()):
        out.append(Image.fromarray(a).convert("RGBA"))
    words = ["SAFEGUARDING", "CHILDREN", "BOARD", "HACKNEY", "COUNCIL", "PARTNERSHIP", "NHS TRUST", "POLICE", "SCHOOL", "CHS", "HSCB", "CAMHS"]
    for i in range(8):
        img = Image.new("RGBA", (640, 320), (255, 255, 255, 255))
        d = ImageDraw.Draw(img)
        c = (rng.randrange(0, 160), rng.randrange(0, 160), rng.randrange(0, 200), 255)
        d.text((20, 40), rng.choice(words), font=font(96 if i % 2 else 64), fill=c)
        d.text((24, 200), " ".join(rng.sample(words, 3)).title(), font=font(27), fill=(40, 40, 40, 255))
        out.append(img)
    for colour, accent, acr in (((120, 0, 40), (0, 150, 200), "NHSFT"), ((30, 30, 30), (230, 180, 0), "HCSP")):
        # A look-alike: a shield and an acronym in the same font, but not the registered logo.
        img = Image.new("RGBA", (640, 320), (255, 255, 255, 255))
        d = ImageDraw.Draw(img)
        d.polygon([(30, 40), (170, 40), (170, 170), (100, 280), (30, 170)], fill=colour)
        d.ellipse([60, 70, 140, 150], fill=accent)
        d.text((195, 55), acr, font=font(104), fill=colour)
        d.rectangle([195, 190, 610, 198], fill=accent)
        d.text((197, 212), "Working together for families", font=font(27), fill=(40, 40, 40))
        out.append(img)
    return out


def logo_rgba(path: Path, ink: bool) -> Image.Image:
    rgb = np.asarray(Image.open(path).convert("RGB")).astype(np.int32)
    alpha = np.full(rgb.shape[:2], 255, np.int32)
    if ink:  # the mark printed on something else: white becomes transparent
        alpha = np.clip((255 - rgb.min(axis=2)) * 4, 0, 255)
    return Image.fromarray(np.dstack([rgb, alpha]).astype(np.uint8), "RGBA")


def composite(photo: Image.Image, mark: Image.Image, rng: random.Random, kind: str) -> tuple[Image.Image, list[int]]:
    """Paste ``mark`` under the kind's transformation; return the picture and the true box."""
    import cv2

    W, H = photo.size
    frac = rng.uniform(0.07, 0.45)
    w = frac * W
    h = w * mark.height / mark.width
    if h > 0.8 * H:
        h = 0.8 * H
        w = h * mark.width / mark.height
    angle = rng.uniform(-20, 20) if kind in ("rotation", "combined") else 0.0
    src = np.float32([[0, 0], [mark.width, 0], [mark.width, mark.height], [0, mark.height]])
    dst = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if kind in ("perspective", "combined"):
        j = 0.15
        dst = dst + np.float32([[rng.uniform(-j, j) * w, rng.uniform(-j, j) * h] for _ in range(4)])
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    dst = dst @ np.float32([[c, s], [-s, c]])
    span = dst.max(axis=0) - dst.min(axis=0)
    ox = rng.uniform(0, max(1.0, W - span[0])) - dst[:, 0].min()
    oy = rng.uniform(0, max(1.0, H - span[1])) - dst[:, 1].min()
    dst = dst + np.float32([ox, oy])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(mark), M, (W, H), flags=cv2.INTER_AREA if frac < 0.3 else cv2.INTER_LINEAR)
    a = warped[..., 3:4].astype(np.float32) / 255.0
    base = np.asarray(photo).astype(np.float32)
    out = base * (1 - a) + warped[..., :3].astype(np.float32) * a
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    x0, y0 = np.clip(dst.min(axis=0), 0, [W, H])
    x1, y1 = np.clip(dst.max(axis=0), 0, [W, H])
    return img, [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def finish(img: Image.Image, rng: random.Random, kind: str) -> bytes:
    if kind in ("colour", "combined"):
        img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.6, 1.4))
        img = ImageEnhance.Color(img).enhance(rng.uniform(0.3, 1.6))
    if kind in ("blur", "combined"):
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.8)))
    q = rng.randint(55, 65) if kind in ("jpeg", "combined") else rng.randint(55, 92)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    return buf.getvalue()


def random_photo(photos: list[tuple[str, np.ndarray]], rng: random.Random) -> Image.Image:
    name, a = rng.choice(photos)
    h, w = a.shape[:2]
    cw, ch = int(w * rng.uniform(0.7, 1.0)), int(h * rng.uniform(0.7, 1.0))
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    img = Image.fromarray(a[y : y + ch, x : x + cw])
    if rng.random() < 0.5:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    W = rng.randint(800, 1280)
    return img.resize((W, max(64, round(W * ch / cw))), Image.Resampling.BICUBIC)


def build(out_dir: Path, per_kind: int, negatives: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    photos = base_photos()
    others = distractors(rng)
    logo_files = sorted((ROOT / "src/selfaudit/data/logos").glob("*.png"))
    items = []
    n = 0
    for kind in KINDS:
        for _ in range(per_kind):
            lf = rng.choice(logo_files)
            ink = rng.random() < 0.5
            img, box = composite(random_photo(photos, rng), logo_rgba(lf, ink=ink), rng, kind)
            p = out_dir / f"{n:05d}-{kind}.jpg"
            p.write_bytes(finish(img, rng, kind))
            items.append({"path": p, "kind": kind, "logo": lf.stem, "box": box, "mode": "ink" if ink else "card"})
            n += 1
    for _ in range(negatives):
        img = random_photo(photos, rng)
        for _ in range(rng.randint(1, 3)):
            img, _box = composite(img, rng.choice(others), rng, rng.choice(KINDS))
        p = out_dir / f"{n:05d}-negative.jpg"
        p.write_bytes(finish(img, rng, rng.choice(KINDS)))
        items.append({"path": p, "kind": "negative", "logo": None, "box": None, "mode": None})
        n += 1
    return items


def iou(a: list[int], b: list[int]) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / max(1, a[2] * a[3] + b[2] * b[3] - inter)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=60)
    ap.add_argument("--negatives", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--faces", action="store_true", help="Also run face detection (the full analysis)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="Detector parameter, e.g. feature_side=1024")
    ap.add_argument("--keep", type=Path, help="Keep the generated pictures in this folder")
    args = ap.parse_args()

    os.environ.setdefault("SELFAUDIT_HOME", tempfile.mkdtemp(prefix="sa-bench-home-"))
    from selfaudit.analysis.images import ImageAnalyser
    from selfaudit.config import Config

    opts: dict = {"workers": args.workers, "faces": args.faces, "cache": False}
    for kv in args.set:
        k, _, v = kv.partition("=")
        try:
            opts[k] = float(v) if "." in v else int(v)
        except ValueError:
            opts[k] = v

    with tempfile.TemporaryDirectory(prefix="sa-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        items = build(folder, args.per_kind, args.negatives, args.seed)
        if args.keep:
            import json

            (folder / "labels.json").write_text(json.dumps([{**it, "path": str(it["path"])} for it in items]))
        print(f"built {len(items)} pictures in {time.perf_counter() - t:.1f}s "
              f"({args.per_kind} per kind x {len(KINDS)} kinds, {args.negatives} negatives)")
        analyser = ImageAnalyser(Config(images=opts), cache=False)
        _ = analyser.logos
        t = time.perf_counter()
        reports = analyser.analyse_files([it["path"] for it in items])
        dt = time.perf_counter() - t

    hits: dict[str, list[int]] = defaultdict(list)
    by_mode: dict[str, list[int]] = defaultdict(list)
    by_size: dict[str, list[int]] = defaultdict(list)
    stray_pos = 0
    fp = 0
    errors = 0
    misses = []
    for it, rep in zip(items, reports):
        if rep.error:
            errors += 1
        found = rep.logos
        if it["kind"] == "negative":
            fp += bool(found)
            continue
        ok = any(m["name"] == it["logo"] and iou(m["box"], it["box"]) >= 0.5 for m in found)
        hits[it["kind"]].append(int(ok))
        by_mode[it["mode"]].append(int(ok))
        frac = it["box"][2] / max(1, rep.width or 1)
        by_size["7-15%" if frac < 0.15 else "15-25%" if frac < 0.25 else "25-45%+"].append(int(ok))
        stray_pos += sum(1 for m in found if iou(m["box"], it["box"]) < 0.5)
        if not ok:
            misses.append(it["path"].name)
    total_pos = sum(len(v) for v in hits.values())
    print(f"\nparameters: {', '.join(f'{k}={v}' for k, v in sorted(analyser.options.items()) if k not in ('logo_pyramid',))}")
    print(f"{'kind':<12} {'recall':>8}  n")
    for kind in KINDS:
        v = hits[kind]
        print(f"{kind:<12} {100 * sum(v) / max(1, len(v)):7.1f}%  {len(v)}")
    print(f"{'all':<12} {100 * sum(sum(v) for v in hits.values()) / max(1, total_pos):7.1f}%  {total_pos}")
    for label, group in (("card (poster, slide: the mark on its own white)", by_mode["card"]), ("ink (the mark printed straight onto the scene)", by_mode["ink"])):
        print(f"{label:<50} {100 * sum(group) / max(1, len(group)):5.1f}%  {len(group)}")
    for label in ("7-15%", "15-25%", "25-45%+"):
        group = by_size[label]
        print(f"{'width ' + label + ' of the photo':<50} {100 * sum(group) / max(1, len(group)):5.1f}%  {len(group)}")
    print(f"false positives on negatives: {fp}/{args.negatives} = {100 * fp / max(1, args.negatives):.2f}%")
    print(f"stray detections on positives (wrong place): {stray_pos}")
    print(f"undecodable: {errors}")
    print(f"throughput: {len(items) / dt:.1f} photos/s with {args.workers} worker(s) "
          f"({'logos + faces + hashes + EXIF' if args.faces else 'logos + hashes + EXIF, faces off'}), {dt:.1f}s for {len(items)}")
    if misses and args.keep:
        print("missed:", " ".join(misses[:40]))


if __name__ == "__main__":
    main()
