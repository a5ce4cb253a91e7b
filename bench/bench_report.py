"""Report at scale: a generated 100,000-post snapshot evaluated and rendered.

Prints the size of each page, the time to evaluate and to render, the peak memory of the
process, and the time Chromium takes to load the first page, against the issue's limits:
first page <= 5 MB and interactive in < 2 s, memory <= 1 GB while rendering.

    .venv/bin/python bench/bench_report.py [--posts 100000] [--public-every 10] [--no-browser]

The snapshot is generated from a fixed seed (the same every run): Facebook and X, one post
in ``--public-every`` public (about 10,000 findings for 100,000 posts), 200 photos drawn
from 5 image files (so thumbnails must be made and embedded once each).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

LIMIT_FIRST_PAGE = 5 * 1024 * 1024
LIMIT_MEMORY = 1024 * 1024 * 1024
LIMIT_LOAD_S = 2.0
WORDS = ("weekend", "park", "coffee", "family", "football", "garden", "book", "film", "holiday", "dinner", "rain", "sunshine")


def rss_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def build(root: Path, posts: int, public_every: int):  # type: ignore[no-untyped-def]
    from PIL import Image

    from selfaudit.snapshot import (Account, AccountSnapshot, Audience, AudienceSetting, Media, Post, Profile,
                                    Provenance, Snapshot, StrangerItem, StrangerView)

    rnd = random.Random(20261129)
    media = root / "media"
    media.mkdir(parents=True)
    files = []
    for i in range(5):
        p = media / f"img{i}.jpg"
        exif = Image.Exif()
        # GPS in the file: every photo gets a "carries GPS coordinates" finding with its thumbnail.
        exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 32.0, 10.0 + i), 3: "W", 4: (0.0, 3.0, 20.0)})
        Image.new("RGB", (640, 480), (40 * i, 120, 200 - 30 * i)).save(p, "JPEG", exif=exif)
        files.append(f"media/{p.name}")
    start = datetime(2012, 1, 1, tzinfo=timezone.utc)
    accounts = []
    split = {"facebook": posts * 6 // 10, "x": posts - posts * 6 // 10}
    for platform, n in split.items():
        items = []
        for i in range(n):
            aud = Audience.PUBLIC if i % public_every == 0 else Audience.FRIENDS
            text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 30)))
            m = []
            step = n // 100 or 1
            if i % step == 0:
                m = [Media(id=f"{platform}-m{i}", path=files[(i // step) % 5], url=f"https://example.invalid/{platform}/m{i}.jpg")]
            items.append(Post(id=f"{i}", url=f"https://example.invalid/{platform}/posts/{i}", text=text, audience=aud,
                              created_at=start + timedelta(hours=i), media=m))
        accounts.append(AccountSnapshot(
            account=Account(platform=platform, handle=f"bench_{platform}", url=f"https://example.invalid/{platform}/bench"),
            profile=Profile(name="Bench Person", bio="Personal account, views my own."),
            settings=[AudienceSetting(key="account_privacy", label="Private account", option="Off", audience=Audience.PUBLIC)],
            posts=items, photos=[],
            stranger_view=StrangerView(url=f"https://example.invalid/{platform}/bench", recognised_as="profile", wall="none",
                                       items=[StrangerItem(what="name", state="shown", text="Bench Person"),
                                              StrangerItem(what="posts", state="shown", count=n // public_every)]),
            provenance=Provenance(source="fixture"),
        ))
    return Snapshot(subject="Bench", accounts=accounts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--public-every", type=int, default=10)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SELFAUDIT_HOME"] = str(Path(tmp) / "home")
        from selfaudit.analysis import build_analysis
        from selfaudit.config import Config
        from selfaudit.evaluate import evaluate
        from selfaudit.policy import load_policy
        from selfaudit.render.html import render_pages
        from selfaudit.render.json import render_json

        root = Path(tmp) / "out"
        t0 = time.perf_counter()
        snap = build(root, args.posts, args.public_every)
        t1 = time.perf_counter()
        ev = evaluate(snap, load_policy(None), build_analysis(root, Config()))
        t2 = time.perf_counter()
        rss_eval = rss_peak()
        findings = len(ev.findings)
        flagged = sum(1 for f in ev.findings if f.status.value in ("fail", "review"))
        rj = render_json(ev)
        pages = render_pages(ev, media_root=root)
        t3 = time.perf_counter()
        rss_render = rss_peak()
        for name, html in pages.items():
            (root / name).write_text(html, encoding="utf-8")
        first = len(pages["report.html"].encode())
        imgs = pages["report.html"].count("data:image/")
        print(f"snapshot: {args.posts:,} posts ({', '.join(f'{a.account.platform} {len(a.posts):,}' for a in snap.accounts)}), "
              f"{findings:,} findings, {flagged:,} need action; generated in {t1 - t0:.1f} s")
        print(f"evaluate: {t2 - t1:.1f} s; render report.json + {len(pages)} pages: {t3 - t2:.1f} s")
        print(f"report.json: {len(rj.encode()) / 1e6:.1f} MB")
        for name, html in pages.items():
            print(f"  {name}: {len(html.encode()) / 1e6:.2f} MB, {html.count('data:image/')} embedded images")
        ok_size = first <= LIMIT_FIRST_PAGE
        ok_mem = rss_render <= LIMIT_MEMORY
        print(f"first page: {first / 1e6:.2f} MB (limit {LIMIT_FIRST_PAGE / 1e6:.2f} MB): {'met' if ok_size else 'NOT MET'}; "
              f"{imgs} embedded images")
        print(f"peak memory (RSS, whole process): {rss_eval / 1e6:.0f} MB after evaluating, {rss_render / 1e6:.0f} MB after "
              f"rendering (limit {LIMIT_MEMORY / 1e6:.0f} MB): {'met' if ok_mem else 'NOT MET'}")
        ok_load = True
        if not args.no_browser:
            from selfaudit.adapters.browser import find_browser, launch_args
            from playwright.sync_api import sync_playwright

            with sync_playwright() as pw:
                b = pw.chromium.launch(executable_path=str(find_browser()), args=launch_args())
                page = b.new_page()
                times = []
                for _ in range(3):
                    s = time.perf_counter()
                    page.goto((root / "report.html").as_uri(), wait_until="load")
                    page.evaluate("document.body.scrollHeight")
                    times.append(time.perf_counter() - s)
                s = time.perf_counter()
                page.goto((root / "report-failures.html").as_uri(), wait_until="load")
                page.evaluate("document.body.scrollHeight")
                print(f"Chromium load of report-failures.html (the full list, once): {time.perf_counter() - s:.2f} s")
                b.close()
            times.sort()
            ok_load = times[1] < LIMIT_LOAD_S
            print(f"Chromium load of report.html (3 runs, median; min-max): {times[1]:.2f} s ({times[0]:.2f}-{times[2]:.2f}) "
                  f"(limit {LIMIT_LOAD_S} s): {'met' if ok_load else 'NOT MET'}")
        return 0 if ok_size and ok_mem and ok_load else 1


if __name__ == "__main__":
    sys.exit(main())
