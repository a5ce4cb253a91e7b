"""What the browser guard's Chromium-level layer costs: page loads with and without it.

Serves a page with N images on 127.0.0.1, loads it R times per run in a guarded context with
the network interceptor (every request and redirect hop paused and checked) and without it,
alternating runs so machine load hits both alike. Prints medians and ranges per page and the
cost per request. Usage: .venv/bin/python bench/bench_guard.py [--images 60] [--pages 5] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import selfaudit.adapters.browser as bmod
from selfaudit.adapters.browser import Allowlist, Browser
from selfaudit.adapters.guard import NetworkInterceptor

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
                    "53de0000000c4944415408d763f8ffff3f0005fe02fea7d6a5c50000000049454e44ae426082")


class _Off:
    def __init__(self, *a: object) -> None:
        pass

    def close(self) -> None:
        pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--images", type=int, default=60)
    ap.add_argument("--pages", type=int, default=5)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            if self.path.startswith("/i"):
                body, ctype = PNG, "image/png"
            else:  # fresh image URLs each page: nothing from the cache
                stamp = time.time_ns()
                body = ("<html><body>" + "".join(f"<img src='/i{k}-{stamp}.png'>" for k in range(args.images))
                        + "</body></html>").encode()
                ctype = "text/html"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a: object) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/"
    per_page: dict[str, list[float]] = {"with": [], "without": []}
    try:
        for _ in range(args.runs):
            for mode in ("with", "without"):
                bmod.NetworkInterceptor = NetworkInterceptor if mode == "with" else _Off  # type: ignore[misc]
                with Browser() as br:
                    ctx = br.new_context(Allowlist.for_base_url(url, ()))
                    page = ctx.new_page()
                    ctx.navigate(page, url + "warm-up", wait_until="load")
                    t0 = time.perf_counter()
                    for k in range(args.pages):
                        ctx.navigate(page, url + f"p{k}", wait_until="load")
                    per_page[mode].append((time.perf_counter() - t0) / args.pages)
                    ctx.close()
    finally:
        bmod.NetworkInterceptor = NetworkInterceptor  # type: ignore[misc]
        srv.shutdown()
    reqs = args.images + 1
    print(f"{args.runs} runs x {args.pages} pages of {reqs} requests each; load average {os.getloadavg()[0]:.1f}")
    for mode, v in per_page.items():
        print(f"  {mode:>7} the interceptor: median {statistics.median(v):.3f} s/page (range {min(v):.3f}–{max(v):.3f})")
    extra = statistics.median(per_page["with"]) - statistics.median(per_page["without"])
    print(f"  cost: {extra:+.3f} s/page, {1000 * extra / reqs:+.1f} ms per request")


if __name__ == "__main__":
    main()
