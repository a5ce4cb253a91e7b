"""Live-audit speed against the floor: the same pages loaded bare in the same browser.

For each platform of a replica persona: the time the audit takes (logged-in pages, settings,
posts with "see more", lazy images and their bytes, the stranger view and its screenshot)
next to the time to load exactly the documents it loaded, one after another, with nothing
else done. Goal: the audit within 2x of the floor.

    .venv/bin/python bench/bench_live.py [--persona high-risk] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    from playwright.sync_api import Error as PlaywrightError

    from selfaudit.adapters.browser import Allowlist, Browser
    from selfaudit.adapters.live import LIVE_PLATFORMS, collect_live, load_spec
    from selfaudit.adapters.sessions import login_with_credentials
    from selfaudit.pipeline import evaluate_and_render
    from selfaudit.replicas import ReplicaServer
    from selfaudit.snapshot import Snapshot

    ap = argparse.ArgumentParser()
    ap.add_argument("--persona", default="high-risk")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--browser", default=None)
    args = ap.parse_args()

    rows: dict[str, dict[str, list[float]]] = {p: {"audit": [], "floor": [], "pages": []} for p in LIVE_PLATFORMS}
    steps: dict[str, dict[str, list[float]]] = {p: {} for p in LIVE_PLATFORMS}
    totals: list[float] = []
    login_t: list[float] = []
    render_t: list[float] = []
    skipped: dict[str, int] = {}
    with ReplicaServer(persona=args.persona, host="127.0.0.1", port=0) as srv, Browser(args.browser) as br:
        for _run in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp)
                t_start = time.perf_counter()
                states = {p: login_with_credentials(br, p, srv.base_url(p), *srv.credentials(p)) for p in LIVE_PLATFORMS}
                login_t.append(time.perf_counter() - t_start)
                accounts = []
                adapters_by: dict[str, object] = {}
                for p in LIVE_PLATFORMS:
                    adapters: list = []
                    t0 = time.perf_counter()
                    accounts += collect_live([p], base_urls={p: srv.base_url(p)}, out_dir=out, browser=br,
                                             storage_states={p: states[p]}, adapters_out=adapters)
                    rows[p]["audit"].append(time.perf_counter() - t0)
                    adapters_by[p] = adapters[0]
                    for k, v in adapters[0].timings.items():
                        steps[p].setdefault(k, []).append(v)
                t1 = time.perf_counter()
                evaluate_and_render(Snapshot(subject=srv.persona.name, accounts=accounts), out)
                render_t.append(time.perf_counter() - t1)
                totals.append(time.perf_counter() - t_start)
                # the floor: the same documents, bare (nothing read, clicked or scrolled), in the same browser
                for p in LIVE_PLATFORMS:
                    ad = adapters_by[p]
                    spec = load_spec(p)
                    allow = Allowlist.for_base_url(srv.base_url(p), spec.hosts)
                    t0 = time.perf_counter()
                    n = 0
                    for i, gctx in enumerate(ad.contexts):  # type: ignore[attr-defined]
                        docs = [r.url for r in gctx.log if r.resource_type == "document" and not r.blocked]
                        # through the browser's guard like the audit (Chromium-level interception
                        # refuses every request no open guarded context allows: a raw context's too)
                        ctx = br.new_context(allow, storage_state=states[p] if i == 0 else None)
                        page = ctx.new_page()
                        for url in docs:
                            try:
                                ctx.navigate(page, url, wait_until="load")
                            except PlaywrightError:
                                # a document the audit saw aborted (a redirect hop, a download):
                                # not a page to load bare, so not part of the floor
                                skipped[p] = skipped.get(p, 0) + 1
                                continue
                            n += 1
                        ctx.close()
                    rows[p]["floor"].append(time.perf_counter() - t0)
                    rows[p]["pages"].append(n)
    print(f"persona {args.persona}, {args.runs} run(s), medians; browser {br.executable}")
    print(f"{'platform':<10} {'pages':>5} {'audit s':>8} {'floor s':>8} {'ratio':>6}")
    ta = tf = 0.0
    for p in LIVE_PLATFORMS:
        a, f = statistics.median(rows[p]["audit"]), statistics.median(rows[p]["floor"])
        ta, tf = ta + a, tf + f
        print(f"{p:<10} {int(statistics.median(rows[p]['pages'])):>5} {a:>8.2f} {f:>8.2f} {a / f:>6.2f}")
    for p in LIVE_PLATFORMS:
        print(f"  {p} steps (s): " + ", ".join(f"{k} {statistics.median(v):.2f}" for k, v in steps[p].items()))
    if skipped:
        print("  documents the audit saw that abort when loaded bare (left out of the floor): "
              + ", ".join(f"{p} {n}" for p, n in skipped.items()))
    print(f"{'all four':<10} {'':>5} {ta:>8.2f} {tf:>8.2f} {ta / tf:>6.2f}   (goal: within 2x)")
    print(f"demo total (login x4 + audit + evaluate/render): {statistics.median(totals):.2f} s; "
          f"login {statistics.median(login_t):.2f} s, evaluate/render {statistics.median(render_t):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
