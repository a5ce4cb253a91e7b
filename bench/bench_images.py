"""Benchmark of logo and face detection on real logos and real photographs that ship in packages.

    pip install -r bench/requirements-images.txt     # scikit-image, matplotlib, cairosvg
    python bench/bench_images.py logos --set dev      [--per-kind 24] [--negatives 60]
    python bench/bench_images.py logos --set heldout  # other photos, other seed: run once, untuned
    python bench/bench_images.py faces --set dev
    # a new logo set without code changes: other photographs, other logos, another seed
    python bench/bench_images.py logos --set heldout --photos 'DIR|GLOB|*.deb' --logos LIST.tsv --seed N

Nothing third-party is copied into the repository: the logos are application marks that
Debian packages install (found under --root, "/" by default: install the packages, or
`apt-get download` them and `dpkg-deb -x` into one folder), the photographs come from
scikit-image / matplotlib sample data (set "dev") and from Debian's mate-backgrounds
photographs (set "heldout"). Each run prints where every source came from and the set's
fingerprint: sha256 of (every source file's sha256, the seed, the generator's source code);
bench/README-images.md records the fingerprints of the runs it reports.

Logos: each of the 24 marks is registered (the stand-ins are disabled). Positives put one
mark into a photo as a *card* (on its own white: poster, slide) or as *ink* (printed into the
scene: alpha over the scene, half the time multiplied into it like ink on paper/cloth, which
removes the mark's own grey-level contrast), at 7–45 % of the photo's width, under one
transformation per kind (scale only, rotation ±25°, perspective, tone (brightness/contrast/
saturation), blur, JPEG 40–60, all combined), and a *copy* kind (the picture is the logo,
re-encoded). Negatives are photos with other graphics pasted in the same ways (icons of the
Adwaita theme, scikit-image/matplotlib logos, text); every negative photo is one
photo–logo pair per registered logo. Intervals are Wilson 95 %.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from benchstats import iou, wilson  # noqa: E402

KINDS = ("scale", "rotation", "perspective", "tone", "blur", "jpeg", "combined", "copy")

# The dev logo list: bench/logos-dev.tsv (name, Debian package, path under --root). Application
# and project marks of other organisations; browsers, programming languages and JavaScript
# runtimes are left out on purpose (reserved for an independent check). --logos FILE gives
# another list in the same format for a new set.
DEV_LOGOS = Path(__file__).resolve().parent / "logos-dev.tsv"


def read_logo_list(path: Path) -> list[tuple[str, str, str]]:
    """Lines "name<TAB>package<TAB>path" (path absolute or under a --root); '#' starts a comment."""
    out = []
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [x.strip() for x in re.split(r"\t+|\s{2,}", line)]
        if len(parts) != 3:
            raise SystemExit(f"{path}:{n}: expected 'name<TAB>package<TAB>path', got {line!r}")
        out.append((parts[0], parts[1], parts[2]))
    return out


HELDOUT_PHOTOS = ("mate-backgrounds", "usr/share/backgrounds/mate/nature")
DISTRACTOR_DIRS = ("usr/share/icons/Adwaita/512x512/devices", "usr/share/icons/Adwaita/512x512/places", "usr/share/icons/Adwaita/512x512/mimetypes")




def fmt(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{100 * k / max(1, n):6.1f} %  [{100 * lo:5.1f}–{100 * hi:5.1f}]  {k}/{n}"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def render(path: Path, side: int = 512) -> Image.Image:
    if path.suffix == ".svg":
        import cairosvg

        return Image.open(io.BytesIO(cairosvg.svg2png(url=str(path), output_width=side))).convert("RGBA")
    return Image.open(path).convert("RGBA")


REGISTER_FLAT = os.environ.get("SA_BENCH_REGISTER_FLAT") == "1"  # register the logos flattened on white (before logoink3)


def _library_versions() -> str:
    import platform

    import cv2
    import PIL

    return f"OpenCV {cv2.__version__}, numpy {np.__version__}, Pillow {PIL.__version__}, Python {platform.python_version()}, {platform.machine()}"


def _unpacked_svgz(path: Path, out: Path) -> Path:
    import gzip

    svg = out / "svgz" / (path.stem + ".svg")
    svg.parent.mkdir(parents=True, exist_ok=True)
    svg.write_bytes(gzip.decompress(path.read_bytes()))
    return svg


def gather_logos(roots: list[Path], out: Path, listing: list[tuple[str, str, str]] | None = None) -> list[dict]:
    """Render every logo found under a root to a PNG in ``out``; the provenance of each."""
    found = []
    for name, pkg, rel in listing if listing is not None else read_logo_list(DEV_LOGOS):
        for r in ([Path("/")] if Path(rel).is_absolute() and Path(rel).is_file() else roots):
            p = r / rel.lstrip("/")
            if p.is_file():
                png = out / f"{name}.png"
                try:
                    # A gzipped SVG (.svgz, as some packages ship their icon; stop 36's set 17 lost one): unpacked
                    # here, not in render(), whose source is part of every set's fingerprint.
                    img = render(_unpacked_svgz(p, out) if p.suffix == ".svgz" else p)
                except Exception as e:  # a broken file in a package: left out by rule, said aloud
                    print(f"logo {name} left out: {p} cannot be rendered ({type(e).__name__}: {e})")
                    break
                flat = Image.new("RGBA", img.size, (255, 255, 255, 255))
                flat.alpha_composite(img)
                flat.convert("RGB").save(png)  # the mark on white (the copy kind's picture)
                # What a person registers: the file as published, transparency kept (`logos add`
                # keeps it; the analyser lays it on white as before). REGISTER_FLAT: the old way.
                file = png
                if not REGISTER_FLAT:
                    file = out / "file" / f"{name}.png"
                    file.parent.mkdir(exist_ok=True)
                    img.save(file)
                lic = r / "usr/share/doc" / pkg / "copyright"
                found.append({"name": name, "package": pkg, "source": str(p), "sha256": sha(p), "png": png, "file": file, "rgba": img,
                              "licence": str(lic) if lic.is_file() else "see the package's copyright file"})
                break
    return found


def dev_photos() -> list[tuple[str, np.ndarray]]:
    import matplotlib.cbook as cbook
    import skimage.data as sd

    out = []
    for name in ("astronaut", "coffee", "chelsea", "rocket", "hubble_deep_field", "immunohistochemistry", "camera", "coins", "moon", "brick", "grass", "gravel", "clock", "cell", "retina"):
        a = getattr(sd, name)()
        out.append((f"skimage:{name}", (np.stack([a] * 3, -1) if a.ndim == 2 else a[..., :3]).astype(np.uint8)))
    left, right, _ = sd.stereo_motorcycle()
    out += [("skimage:motorcycle_left", left), ("skimage:motorcycle_right", right)]
    for fname in ("grace_hopper.jpg",):
        with cbook.get_sample_data(fname) as fh:
            out.append((f"matplotlib:{fname}", np.asarray(Image.open(fh).convert("RGB"))))
    return out


def heldout_photos(roots: list[Path]) -> list[tuple[str, np.ndarray]]:
    for r in roots:
        d = r / HELDOUT_PHOTOS[1]
        if d.is_dir():
            out = []
            for p in sorted(d.glob("*.jpg")):
                im = Image.open(p).convert("RGB")
                im.thumbnail((1600, 1600))
                out.append((f"{HELDOUT_PHOTOS[0]}:{p.name}", np.asarray(im)))
            return out
    raise SystemExit(f"the held-out photographs ({HELDOUT_PHOTOS[0]}) were not found under {roots}")


PHOTO_EXT = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")


def folder_photos(spec: str, roots: list[Path]) -> list[tuple[str, np.ndarray]]:
    """Real photographs for a new set: a folder (searched recursively), a glob of picture files,
    or a glob of Debian packages (.deb, unpacked to a temporary folder). Pictures smaller than
    400 px on the long side (icons, thumbnails) are skipped; the rest are shrunk to 1600 px."""
    import glob

    hits = sorted(glob.glob(spec, recursive=True)) or sorted(glob.glob(str(Path(roots[0]) / spec.lstrip("/")), recursive=True))
    files: list[Path] = []
    for h in map(Path, hits):
        if h.suffix == ".deb":
            dest = Path(tempfile.mkdtemp(prefix="sa-bench-deb-"))
            subprocess.run(["dpkg-deb", "-x", str(h), str(dest)], check=True)
            files += sorted(p for p in dest.rglob("*") if p.suffix.lower() in PHOTO_EXT)
        elif h.is_dir():
            files += sorted(p for p in h.rglob("*") if p.suffix.lower() in PHOTO_EXT)
        elif h.suffix.lower() in PHOTO_EXT:
            files.append(h)
    out, seen = [], set()
    for p in files:
        try:
            im = Image.open(p)
            if max(im.size) < 400:
                continue
            im = im.convert("RGB")
        except Exception:  # not a picture Pillow reads: skip it
            continue
        im.thumbnail((1600, 1600))
        a = np.asarray(im)
        key = hashlib.sha256(a.tobytes()).hexdigest()
        if key not in seen:  # the same picture at two paths counts once
            seen.add(key)
            out.append((f"{p.parent.name}/{p.name}", a))
    if not out:
        raise SystemExit(f"no photographs (>= 400 px) found for --photos {spec!r}")
    return out


def distractors(roots: list[Path], rng: random.Random) -> list[Image.Image]:
    """Graphics that are not registered logos (RGBA)."""
    import matplotlib.cbook as cbook
    import skimage.data as sd

    out = [Image.fromarray(sd.logo()).convert("RGBA")]
    with cbook.get_sample_data("logo2.png") as fh:
        out.append(Image.open(fh).convert("RGBA"))
    out += [Image.fromarray(a).convert("RGBA") for a in (sd.text(), sd.page())]
    for r in roots:
        for d in DISTRACTOR_DIRS:
            out += [Image.open(p).convert("RGBA") for p in sorted((r / d).glob("*.png"))[:12]]
    return out


def logo_layer(img: Image.Image, mode: str, rng: random.Random) -> Image.Image:
    """The mark as pasted: on a white card, or as ink (its own alpha, partly transparent)."""
    if mode == "card":
        m = int(0.12 * max(img.size))
        card = Image.new("RGBA", (img.width + 2 * m, img.height + 2 * m), (255, 255, 255, 255))
        card.alpha_composite(img, (m, m))
        return card
    a = np.asarray(img).astype(np.float32)
    if a[..., 3].min() > 250:  # no transparency: the white around the mark becomes the scene
        a[..., 3] = np.clip((255 - a[..., :3].min(axis=2)) * 4, 0, 255)
    a[..., 3] *= rng.uniform(0.75, 1.0)
    return Image.fromarray(a.astype(np.uint8), "RGBA")


def composite(photo: Image.Image, mark: Image.Image, rng: random.Random, kind: str, multiply: bool, inner: int = 0) -> tuple[Image.Image, list[int]]:
    """Paste ``mark`` under the kind's geometric transformation; the picture and the true box
    (of the layer less an ``inner`` margin: the mark on its card, not the card)."""
    import cv2

    W, H = photo.size
    w = rng.uniform(0.07, 0.45) * W
    h = w * mark.height / mark.width
    if h > 0.8 * H:
        h = 0.8 * H
        w = h * mark.width / mark.height
    angle = rng.uniform(-25, 25) if kind in ("rotation", "combined") else 0.0
    src = np.float32([[0, 0], [mark.width, 0], [mark.width, mark.height], [0, mark.height]])
    dst = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if kind in ("perspective", "combined"):
        j = 0.15
        dst = dst + np.float32([[rng.uniform(-j, j) * w, rng.uniform(-j, j) * h] for _ in range(4)])
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    dst = dst @ np.float32([[c, s], [-s, c]])
    span = dst.max(axis=0) - dst.min(axis=0)
    dst = dst + np.float32([rng.uniform(0, max(1.0, W - span[0])) - dst[:, 0].min(), rng.uniform(0, max(1.0, H - span[1])) - dst[:, 1].min()])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(mark), M, (W, H), flags=cv2.INTER_AREA if w < mark.width else cv2.INTER_LINEAR)
    a = warped[..., 3:4].astype(np.float32) / 255.0
    base = np.asarray(photo).astype(np.float32)
    ink = warped[..., :3].astype(np.float32)
    if multiply:  # ink on paper or cloth: the scene's light and texture show through
        ink = base * ink / 255.0
    out = base * (1 - a) + ink * a
    mk = cv2.perspectiveTransform(np.float32([[[inner, inner], [mark.width - inner, inner], [mark.width - inner, mark.height - inner], [inner, mark.height - inner]]]), M)[0]
    x0, y0 = np.clip(mk.min(axis=0), 0, [W, H])
    x1, y1 = np.clip(mk.max(axis=0), 0, [W, H])
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def finish(img: Image.Image, rng: random.Random, kind: str) -> bytes:
    if kind in ("tone", "combined"):
        img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.55, 1.4))
        img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.6, 1.3))
        img = ImageEnhance.Color(img).enhance(rng.uniform(0.3, 1.6))
    if kind in ("blur", "combined"):
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 2.0)))
    q = rng.randint(40, 60) if kind in ("jpeg", "combined") else rng.randint(60, 92)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    return buf.getvalue()


def random_photo(photos: list[tuple[str, np.ndarray]], rng: random.Random) -> Image.Image:
    _name, a = rng.choice(photos)
    h, w = a.shape[:2]
    cw, ch = int(w * rng.uniform(0.6, 1.0)), int(h * rng.uniform(0.6, 1.0))
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    img = Image.fromarray(np.ascontiguousarray(a[y:y + ch, x:x + cw]))
    if rng.random() < 0.5:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    W = rng.randint(800, 1280)
    return img.resize((W, max(64, round(W * ch / cw))), Image.Resampling.BICUBIC)


def build_logo_set(out: Path, logos: list[dict], photos: list, others: list, per_kind: int, negatives: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    items, n = [], 0
    for kind in KINDS:
        for i in range(per_kind):
            lg = logos[(i + KINDS.index(kind)) % len(logos)]  # every logo in every kind
            mode = "card" if i % 2 == 0 else "ink"
            if kind == "copy":  # the picture is the logo: another size, re-encoded
                img = Image.open(lg["png"]).convert("RGB")
                k = rng.uniform(0.4, 1.5)
                img = img.resize((max(48, round(img.width * k)), max(48, round(img.height * k))), Image.Resampling.BICUBIC)
                box, mode = [0, 0, img.width, img.height], "copy"
                data = finish(img, rng, rng.choice(("scale", "jpeg", "tone")))
            else:
                # The true box is the mark's, not its card's (a wide wordmark's card margins alone
                # would push a perfect detection below IoU 0.5).
                margin = int(0.12 * max(lg["rgba"].size)) if mode == "card" else 0
                img, box = composite(random_photo(photos, rng), logo_layer(lg["rgba"], mode, rng), rng, kind, multiply=mode == "ink" and rng.random() < 0.5, inner=margin)
                data = finish(img, rng, kind)
            p = out / f"{n:05d}-{kind}.jpg"
            p.write_bytes(data)
            items.append({"path": p, "kind": kind, "logo": lg["name"], "box": box, "mode": mode})
            n += 1
    for _ in range(negatives):
        img = random_photo(photos, rng)
        for _ in range(rng.randint(1, 3)):
            mode = rng.choice(("card", "ink"))
            img, _ = composite(img, logo_layer(rng.choice(others), mode, rng), rng, rng.choice(KINDS[:-1]), multiply=mode == "ink" and rng.random() < 0.5)
        p = out / f"{n:05d}-negative.jpg"
        p.write_bytes(finish(img, rng, rng.choice(KINDS[:-1])))
        items.append({"path": p, "kind": "negative", "logo": None, "box": None, "mode": None})
        n += 1
    return items


def generator_hash() -> str:
    src = "".join(inspect.getsource(f) for f in (logo_layer, composite, finish, random_photo, build_logo_set, build_face_set, render))
    return hashlib.sha256(src.encode()).hexdigest()


def fingerprint(sources: list[str], seed: int, extra: str = "") -> str:
    key = json.dumps({"sources": sorted(sources), "seed": seed, "generator": generator_hash(), "extra": extra}, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def photo_sources(photos: list[tuple[str, np.ndarray]]) -> list[str]:
    return [f"{n}:{hashlib.sha256(a.tobytes()).hexdigest()[:16]}" for n, a in photos]




def parse_sets(pairs: list[str]) -> dict:
    opts: dict = {}
    for kv in pairs:
        k, _, v = kv.partition("=")
        try:
            opts[k] = json.loads(v)
        except ValueError:
            opts[k] = v
    return opts


def run_logos(args: argparse.Namespace) -> None:
    from selfaudit.analysis.images import ImageAnalyser
    from selfaudit.analysis.logo_set import builtin_logos
    from selfaudit.config import Config

    roots = [Path(r) for r in args.root]
    tmp = Path(tempfile.mkdtemp(prefix="sa-bench-logos-"))
    listing = read_logo_list(args.logos or DEV_LOGOS)
    logos = gather_logos(roots, tmp, listing)
    missing = sorted({n for n, _, _ in listing} - {lg["name"] for lg in logos})
    if len(logos) < 2:
        raise SystemExit(f"only {len(logos)} of the listed logos were found under {[str(r) for r in roots]}")
    photos = folder_photos(args.photos, roots) if args.photos else dev_photos() if args.set == "dev" else heldout_photos(roots)
    seed = args.seed if args.seed is not None else (7 if args.set == "dev" else 20261129)
    rng = random.Random(seed)
    others = distractors(roots, rng)
    fp_ = fingerprint([f"{lg['name']}:{lg['sha256']}" for lg in logos] + photo_sources(photos), seed, f"{args.per_kind}/{args.negatives}")
    print(f"set {args.set} ({'TUNED: parameters were chosen on it' if args.set == 'dev' else 'held-out: not tuned on'}), seed {seed}, fingerprint {fp_}")
    print(f"libraries: {_library_versions()} (not in the fingerprint: the same pictures can score a little differently "
          "under other builds; stop 36's new machine moved three dev marks)")
    print(f"{len(logos)} logos from Debian packages" + (f"; NOT FOUND: {', '.join(missing)}" if missing else ""))
    for lg in logos:
        print(f"  {lg['name']:<20} {lg['package']:<20} {lg['source']}  sha256 {lg['sha256'][:12]}  licence: {lg['licence']}")
    print(f"{len(photos)} photographs (name:sha256 of the pixels): {', '.join(photo_sources(photos))}")
    folder = args.keep or tmp / "set"
    folder.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    labels = folder / f"labels-{fp_}.json"
    if labels.is_file():  # the same fingerprint: the same pictures, already written
        items = [{**it, "path": Path(it["path"])} for it in json.loads(labels.read_text())]
    else:
        items = build_logo_set(folder, logos, photos, others, args.per_kind, args.negatives, seed)
        labels.write_text(json.dumps([{**it, "path": str(it["path"])} for it in items]))
    print(f"{len(items)} pictures ready in {time.perf_counter() - t:.0f}s")
    if args.build_only:
        return
    opts = {"workers": args.workers, "faces": False, "cache": False, "disabled_logos": [lg.name for lg in builtin_logos()], **parse_sets(args.param)}
    analyser = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos], cache=False)
    t = time.perf_counter()
    _ = analyser.logos
    prep = time.perf_counter() - t
    t = time.perf_counter()
    reports = analyser.analyse_files([it["path"] for it in items])
    dt = time.perf_counter() - t

    hits: dict = defaultdict(list)
    strays: Counter = Counter()
    fp_pairs = fp_photos = stray = errors = 0
    misses = []
    n_neg = 0
    for it, rep in zip(items, reports, strict=True):
        errors += bool(rep.error)
        found = rep.logos
        if it["kind"] == "negative":
            n_neg += 1
            fp_pairs += len({m["name"] for m in found})
            fp_photos += bool(found)
            continue
        ok = any(m["name"] == it["logo"] and (it["kind"] == "copy" or iou(m["box"], it["box"]) >= 0.5) for m in found)
        hits[it["kind"]].append(ok)
        hits["mode:" + it["mode"]].append(ok)
        if it["kind"] != "copy":
            frac = it["box"][2] / max(1, rep.width or 1)
            hits["size:" + ("07-15 %" if frac < 0.15 else "15-25 %" if frac < 0.25 else "25-45 %")].append(ok)
        hits["logo:" + it["logo"]].append(ok)
        wrong = [m["name"] for m in found if m["name"] != it["logo"]]
        stray += len(wrong)
        for name in wrong:
            strays[f"{name} claimed on {it['logo']} ({it['mode']})"] += 1
        if not ok:
            misses.append(it["path"].name)
    print(f"\nlogo set prepared in {prep:.1f}s; parameters: {json.dumps({k: v for k, v in analyser.options.items() if k != 'logo_pyramid'}, default=str)}")
    print(f"\nrecall (right logo, IoU >= 0.5), Wilson 95 % interval — set {args.set}{' (TUNED)' if args.set == 'dev' else ' (held-out)'}")
    for kind in KINDS:
        print(f"  {kind:<14} {fmt(sum(hits[kind]), len(hits[kind]))}")
    pos = [v for k in KINDS for v in hits[k]]
    print(f"  {'ALL':<14} {fmt(sum(pos), len(pos))}")
    for key in sorted(k for k in hits if ":" in k and not k.startswith("logo:")):
        print(f"  {key:<14} {fmt(sum(hits[key]), len(hits[key]))}")
    print("  per logo: " + ", ".join(f"{k[5:]} {sum(v)}/{len(v)}" for k, v in sorted(hits.items()) if k.startswith("logo:")))
    pairs = n_neg * len(logos)
    print(f"false positives: {fp_pairs} of {pairs} negative photo–logo pairs = {fmt(fp_pairs, pairs)}")
    print(f"                 {fp_photos} of {n_neg} negative photos flagged = {fmt(fp_photos, n_neg)}")
    print(f"wrong-logo detections on positive photos: {stray}; undecodable: {errors}")
    if args.show_stray:  # which mark was claimed where another was placed (names only; makes a held-out set tuned)
        for what, n in strays.most_common():
            print(f"  {n:3d}  {what}")
    print(f"throughput: {len(items) / dt:.1f} photos/s with {args.workers} worker process(es) on {os.cpu_count()} cores "
          f"(decode + logos + hashes + EXIF, faces off; {len(logos)} logos), {dt:.1f}s for {len(items)}")
    # The machine is shared: wall-clock photos/s depends on the load, so also measure CPU
    # seconds per photo in this process and project what 2 otherwise idle cores would do.
    from selfaudit.analysis import images as I

    I._init_worker(analyser.logos, analyser.options)
    sample = items[:: max(1, len(items) // 24)]
    c = time.process_time()
    for it in sample:
        I._analyse_path(str(it["path"]), "x")
    cpu = (time.process_time() - c) / len(sample)
    print(f"CPU time: {cpu * 1000:.0f} ms a photo (one core, {len(sample)} photos) -> {2 / cpu:.1f} photos/s on 2 idle cores; "
          f"load average during the run {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    # An organisation checks its own one to three marks, not dozens: the same photographs against
    # the first K logos of the set (answers not scored; speed only).
    for k in args.speed_logos:
        few = ImageAnalyser(Config(images=opts), extra_logos=[lg["file"] for lg in logos[:k]], cache=False)
        I._init_worker(few.logos, few.options)
        c = time.process_time()
        for it in sample:
            I._analyse_path(str(it["path"]), "x")
        cpu_k = (time.process_time() - c) / len(sample)
        print(f"CPU time with {k} logo(s): {cpu_k * 1000:.0f} ms a photo (one core, {len(sample)} photos) -> {2 / cpu_k:.1f} photos/s on 2 idle cores")
    if args.show_misses:
        print("missed:", " ".join(misses))


# --- faces ------------------------------------------------------------------------------


def build_face_set(photos: list, faces: list, nonfaces: list, per_kind: int, negatives: int, seed: int) -> list[dict]:
    """Real face photos under transformations, and photos without faces (in-memory RGB)."""
    import cv2

    rng = random.Random(seed)
    items = []
    big = [(n, a, b) for n, a, b in faces if b is not None]
    crops = [(n, a, None) for n, a, b in faces if b is None]
    for kind in ("frontal", "rotated", "small", "group", "lfw"):
        for _ in range(per_kind):
            if kind in ("frontal", "rotated"):
                name, a, (bx, by, bw, bh) = rng.choice(big)
                k = rng.uniform(0.6, 1.6)
                img = cv2.resize(a, None, fx=k, fy=k, interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR)
                boxes = [[bx * k, by * k, bw * k, bh * k]]
                if kind == "rotated":
                    ang = rng.choice((rng.uniform(-45, 45), 90.0, -90.0))
                    h, w = img.shape[:2]
                    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
                    cos, sin = abs(M[0, 0]), abs(M[0, 1])
                    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
                    M[0, 2] += nw / 2 - w / 2
                    M[1, 2] += nh / 2 - h / 2
                    img = cv2.warpAffine(img, M, (nw, nh), borderMode=cv2.BORDER_REFLECT)
                    x, y, bw2, bh2 = boxes[0]
                    pts = cv2.transform(np.float32([[[x, y], [x + bw2, y], [x, y + bh2], [x + bw2, y + bh2]]]), M)[0]
                    boxes = [[*pts.min(axis=0), *(pts.max(axis=0) - pts.min(axis=0))]]
            else:  # faces pasted into a scene photo at 24–60 px (small) or several at 40–120 px (group)
                img = np.asarray(random_photo(photos, rng)).copy()
                boxes = []
                for _ in range(1 if kind in ("small", "lfw") else rng.randint(3, 6)):
                    _n, f, _ = rng.choice(crops if kind == "lfw" else big)
                    if _ is not None:
                        bx, by, bw, bh = _
                        m = int(0.4 * bw)
                        f = f[max(0, by - m):by + bh + m, max(0, bx - m):bx + bw + m]
                    # the head with some context at 40–80 px (small), several at 60–160 (group); LFW's
                    # tight 25-px face crops at 48–120 px
                    s = rng.randint(40, 80) if kind == "small" else rng.randint(60, 160) if kind == "group" else rng.randint(48, 120)
                    f = cv2.resize(f, (s, s), interpolation=cv2.INTER_AREA if s < f.shape[0] else cv2.INTER_CUBIC)
                    H, W = img.shape[:2]
                    x, y = rng.randint(0, W - s), rng.randint(0, H - s)
                    if any(iou([x, y, s, s], b) > 0 for b in boxes):
                        continue
                    img[y:y + s, x:x + s] = f
                    inner = 0.15 * s if _ is not None else 0.0
                    boxes.append([x + (s * 0.4 / 1.8 if _ is not None else inner), y + (s * 0.4 / 1.8 if _ is not None else inner), s / 1.8 if _ is not None else s, s / 1.8 if _ is not None else s])
            items.append({"kind": kind, "rgb": img, "boxes": boxes})
    for i in range(negatives):
        img = np.asarray(random_photo(photos, rng)).copy()
        if i % 2:  # non-face crops of the same face data set, pasted like the faces
            for _ in range(rng.randint(2, 5)):
                f = rng.choice(nonfaces)
                s = rng.randint(40, 120)
                f = cv2.resize(f, (s, s), interpolation=cv2.INTER_CUBIC)
                H, W = img.shape[:2]
                x, y = rng.randint(0, W - s), rng.randint(0, H - s)
                img[y:y + s, x:x + s] = f
        items.append({"kind": "negative", "rgb": img, "boxes": []})
    return items


def run_faces(args: argparse.Namespace) -> None:
    import matplotlib.cbook as cbook
    import skimage.data as sd

    from selfaudit.analysis import faces as F

    lfw = sd.lfw_subset()  # 200 grey 25x25 crops: 100 faces, then 100 non-faces (Labeled Faces in the Wild)
    to_rgb = lambda a: np.stack([(a * 255).astype(np.uint8)] * 3, -1)  # noqa: E731
    half = slice(0, 50) if args.set == "dev" else slice(50, 100)
    crops = [(f"lfw:{i}", to_rgb(lfw[i]), None) for i in range(100)[half]]
    nonfaces = [to_rgb(lfw[100 + i]) for i in range(100)[half]]
    with cbook.get_sample_data("grace_hopper.jpg") as fh:
        hopper = np.asarray(Image.open(fh).convert("RGB"))
    # The face boxes of the two portrait photographs (drawn by hand, x, y, w, h).
    big = [("skimage:astronaut", sd.astronaut(), (170, 65, 115, 115)), ("matplotlib:grace_hopper", hopper, (170, 145, 195, 195))]
    # skimage's "camera" is a photograph of a man: never a photo without faces (it was, until 2026-11-29).
    photos = [(n, a) for n, a in dev_photos() if n not in ("skimage:astronaut", "skimage:camera", "matplotlib:grace_hopper.jpg")]
    if args.set == "heldout":
        photos = heldout_photos([Path(r) for r in args.root])
    seed = args.seed if args.seed is not None else (11 if args.set == "dev" else 20261130)
    items = build_face_set(photos, crops + big, nonfaces, args.per_kind, args.negatives, seed)
    fp_ = fingerprint(photo_sources(photos) + [n for n, _, _ in crops + big], seed, f"faces {args.per_kind}/{args.negatives}")
    print(f"face set {args.set} ({'TUNED' if args.set == 'dev' else 'held-out'}), seed {seed}, fingerprint {fp_}; model: {F.kind()}")
    print("synthetic set (two portraits and LFW crops pasted); real photographs of people: bench/bench_faces.py")
    params = parse_sets(args.param)
    hits: dict = defaultdict(list)
    fp_neg = extra = 0
    t, c = time.perf_counter(), time.process_time()
    for it in items:
        found = [[b[0], b[1], b[2] - b[0], b[3] - b[1]] for b, _s in F.find_faces(it["rgb"], params)]
        if it["kind"] == "negative":
            fp_neg += bool(found)
            continue
        for b in it["boxes"]:
            hits[it["kind"]].append(any(iou(b, f) >= 0.3 for f in found))
        extra += sum(1 for f in found if all(iou(b, f) < 0.3 for b in it["boxes"]))
    dt = time.perf_counter() - t
    cpu = (time.process_time() - c) / len(items)
    n_neg = sum(1 for it in items if it["kind"] == "negative")
    print(f"recall per face (IoU >= 0.3), Wilson 95 %:")
    for k in ("frontal", "rotated", "small", "group", "lfw"):
        print(f"  {k:<10} {fmt(sum(hits[k]), len(hits[k]))}")
    allh = [v for k in hits for v in hits[k]]
    print(f"  {'ALL':<10} {fmt(sum(allh), len(allh))}")
    print(f"photos without faces with a false face: {fmt(fp_neg, n_neg)}")
    print(f"false boxes on photos with faces: {extra} (on {len(items) - n_neg} photos)")
    print(f"speed: {cpu * 1000:.0f} ms CPU a photo (800–1600 px) on one core; wall {len(items) / dt:.1f} photos/s, load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("logos", "faces"))
    ap.add_argument("--set", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--root", action="append", default=None, help="where the Debian packages' files are (default /)")
    ap.add_argument("--per-kind", type=int, default=24)
    ap.add_argument("--negatives", type=int, default=60)
    ap.add_argument("--seed", type=int, help="generator seed (default 7 for dev, 20261129 for heldout)")
    ap.add_argument("--photos", help="logos: photographs for a new set: a folder, a glob of pictures, or a glob of .deb packages")
    ap.add_argument("--logos", type=Path, help="logos: a list of logo files, 'name<TAB>package<TAB>path' a line (default bench/logos-dev.tsv)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="detector parameter (JSON value)")
    ap.add_argument("--keep", type=Path, help="keep the generated pictures in this folder")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--show-stray", action="store_true", help="logos: list wrong-logo detections by claimed and placed logo")
    ap.add_argument("--speed-logos", type=lambda v: [int(x) for x in v.split(",") if x], default=[], metavar="K,...",
                    help="logos: also time the photographs against only the first K logos (an organisation's own few marks)")
    ap.add_argument("--build-only", action="store_true", help="write the set into --keep and stop")
    args = ap.parse_args()
    args.root = args.root or ["/"]
    os.environ.setdefault("SELFAUDIT_HOME", tempfile.mkdtemp(prefix="sa-bench-home-"))
    (run_logos if args.what == "logos" else run_faces)(args)


if __name__ == "__main__":
    main()
