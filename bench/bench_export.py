"""Benchmark: read a generated X archive of 100,000 posts and 5,000 photos.

Prints wall time, posts/s, photos/s and the reader's peak memory (max RSS of a fresh child
process that only reads). Goal: under 5 minutes and 500 MB on a 2-core machine.

    python bench/bench_export.py [--posts 100000] [--photos 5000] [--keep DIR]

Not a test: run it by hand and compare the figures.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def _jpeg(i: int) -> bytes:
    from PIL import Image

    rnd = random.Random(i)
    im = Image.new("RGB", (96, 72), (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    px = im.load()
    for _ in range(40):  # a few pixels so every file differs
        px[rnd.randrange(96), rnd.randrange(72)] = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _tweet(i: int, photo: int | None) -> dict:
    tid = str(1_500_000_000_000_000_000 + i)
    t = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "2022-01-01T00:00:00.000Z", "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", "80"],
        "favorite_count": str(i % 17),
        "id_str": tid,
        "truncated": False,
        "retweet_count": str(i % 5),
        "id": tid,
        "created_at": "Wed Oct 10 20:19:24 +0000 2018",
        "favorited": False,
        "full_text": f"Post {i}: a day out in the park with the family, lovely weather #{i % 100}",
        "lang": "en",
    }
    if photo is not None:
        m = {"id_str": str(9_000_000 + photo), "media_url_https": f"https://pbs.twimg.com/media/P{photo}.jpg", "type": "photo", "sizes": {}}
        t["entities"]["media"] = [m]
        t["extended_entities"] = {"media": [m]}
    return {"tweet": t}


def generate(path: Path, posts: int, photos: int) -> None:
    step = max(posts // max(photos, 1), 1)
    top = "twitter-2025-01-01-bench/data/"
    with zipfile.ZipFile(path, "w") as zf:
        def js(name: str, ds: str, recs: list, part: int = 0) -> None:
            zf.writestr(zipfile.ZipInfo(top + name), f"window.YTD.{ds}.part{part} = " + json.dumps(recs, indent=2), compress_type=zipfile.ZIP_DEFLATED)

        js("account.js", "account", [{"account": {"username": "bench", "accountId": "1", "accountDisplayName": "Bench"}}])
        js("profile.js", "profile", [{"profile": {"description": {"bio": "Personal account; views my own.", "website": "", "location": "London"}}}])
        js("protected-history.js", "protected_history", [{"protectedHistory": {"protectedAt": "2020-01-01T00:00:00.000Z", "action": "Protect"}}])
        half = posts // 2
        for part, (lo, hi) in enumerate(((0, half), (half, posts))):
            recs = []
            for i in range(lo, hi):
                photo = i // step if i % step == 0 and i // step < photos else None
                recs.append(_tweet(i, photo))
            js("tweets.js" if part == 0 else f"tweets-part{part}.js", "tweets", recs, part)
            del recs
        for p in range(photos):
            i = p * step
            tid = str(1_500_000_000_000_000_000 + i)
            zf.writestr(zipfile.ZipInfo(f"{top}tweets_media/{tid}-P{p}.jpg"), _jpeg(p), compress_type=zipfile.ZIP_STORED)


def generate_instagram(path: Path, posts: int, photos: int) -> None:
    """The current Instagram layout: personal_information + your_instagram_activity/content/posts_1.json."""
    step = max(posts // max(photos, 1), 1)
    with zipfile.ZipFile(path, "w") as zf:
        pi = {"profile_user": [{"media_map_data": {}, "string_map_data": {"Username": {"value": "bench"}, "Bio": {"value": "Views my own."}, "Private Account": {"value": "True"}}}]}
        zf.writestr("personal_information/personal_information/personal_information.json", json.dumps(pi), compress_type=zipfile.ZIP_DEFLATED)
        recs = []
        for i in range(posts):
            photo = i // step if i % step == 0 and i // step < photos else None
            media = []
            if photo is not None:
                media = [{"uri": f"media/posts/202401/p{photo}.jpg", "creation_timestamp": 1704100000 + i, "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 51.5, "longitude": -0.1}]}}, "title": ""}]
            recs.append({"media": media, "title": f"Post {i}: a day out in the park \u00f0\u009f\u0098\u0080", "creation_timestamp": 1704100000 + i})
        zf.writestr("your_instagram_activity/content/posts_1.json", json.dumps(recs, indent=2), compress_type=zipfile.ZIP_DEFLATED)
        del recs
        for p in range(photos):
            zf.writestr(zipfile.ZipInfo(f"media/posts/202401/p{p}.jpg"), _jpeg(p), compress_type=zipfile.ZIP_STORED)


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the current address space; ru_maxrss
    on Linux also carries the parent's peak across fork+exec, which would blame the generator."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_child(archive: str, out: str) -> None:
    from selfaudit.adapters.export import read_exports

    t0 = time.perf_counter()
    [acct] = read_exports([Path(archive)], out_dir=Path(out))
    t1 = time.perf_counter()
    read_rss = peak_rss_mb()
    photos = sum(1 for m in acct.all_media() if m.path)
    from selfaudit.snapshot import Snapshot, write_snapshot

    write_snapshot(Snapshot(accounts=[acct]), Path(out) / "snapshot.json")
    t2 = time.perf_counter()
    rss = peak_rss_mb()
    print(json.dumps({"read_s": t1 - t0, "snapshot_write_s": t2 - t1, "posts": len(acct.posts or ()), "photos": photos, "peak_rss_mb": rss, "read_peak_rss_mb": read_rss}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--photos", type=int, default=5_000)
    ap.add_argument("--platform", choices=["x", "instagram"], default="x")
    ap.add_argument("--keep", type=Path, help="folder to keep the archive and output in")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        read_child(*args.child)
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="selfaudit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    archive = work / f"{args.platform}-bench.zip"
    t0 = time.perf_counter()
    (generate if args.platform == "x" else generate_instagram)(archive, args.posts, args.photos)
    gen = time.perf_counter() - t0
    print(f"generated {archive.name}: {archive.stat().st_size / 2**20:.1f} MiB in {gen:.1f}s ({args.posts:,} posts, {args.photos:,} photos)")
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, __file__, "--child", str(archive), str(out)], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    r = json.loads(res.stdout.strip().splitlines()[-1])
    print(f"wall time (process, read + snapshot.json): {wall:.1f} s")
    print(f"read_exports: {r['read_s']:.1f} s; snapshot.json write: {r['snapshot_write_s']:.1f} s")
    print(f"posts: {r['posts']:,} -> {r['posts'] / r['read_s']:,.0f} posts/s")
    print(f"photos: {r['photos']:,} -> {r['photos'] / r['read_s']:,.0f} photos/s (read + hash + header check + copy, within the same pass)")
    print(f"peak memory while reading (VmHWM): {r['read_peak_rss_mb']:.0f} MB")
    print(f"peak memory including the snapshot.json write (VmHWM): {r['peak_rss_mb']:.0f} MB")
    print(f"cpu count: {os.cpu_count()}")
    ok = wall < 300 and r["peak_rss_mb"] < 500
    print("goal (< 5 min, < 500 MB):", "met" if ok else "NOT met")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
