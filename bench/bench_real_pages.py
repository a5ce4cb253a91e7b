"""The stranger-view audit on a folder of real saved platform pages: no pass where content shows.

    .venv/bin/python bench/bench_real_pages.py FOLDER [--expected FILE.json] [--no-charset] [--only RE]

FOLDER holds <platform>/<name>.html (platform: facebook, instagram, x, linkedin): real pages saved
by other projects, kept outside this repository with their provenance (the stop-29 probe's 41
pages and how they were taken: bench/data/real_pages_probe29.md; the four pages of
../shared/real-pages work too, with --expected ../shared/real-pages/expected.json). Each page is
served unchanged on 127.0.0.1 (labelled UTF-8, as the platforms' servers label them, unless
--no-charset) and audited with `selfaudit audit --public URL --platform P` in a fresh HOME. Prints
per page the pass / fail / review / not-checked counts, the exit code and every pass with its check
and evidence, then the totals: passes, pages without a report (a crash), and, with --expected,
pages whose stranger-view verdict differs from the expected one. Goal: no pass on a page that
shows content, no crash.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import sys
import threading
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_cli import audit

PLATFORMS = ("facebook", "instagram", "x", "linkedin")


def _serve(folder: Path, charset: bool) -> tuple[http.server.ThreadingHTTPServer, int]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".html": "text/html; charset=utf-8" if charset else "text/html"}

        def log_message(self, *a: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, srv.server_address[1]


def _audit(url: str, platform: str) -> tuple[int, dict | None, str]:
    return audit(["--public", url, "--platform", platform], timeout=300)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--expected", type=Path, help="expected.json of ../shared/real-pages (file, platform, stranger_view)")
    ap.add_argument("--no-charset", action="store_true", help="serve .html without a charset (plain http.server)")
    ap.add_argument("--only", default="", help="only pages whose path matches this regex")
    args = ap.parse_args()

    expected = {}
    if args.expected:
        expected = {e["file"]: e for e in json.loads(args.expected.read_text())["pages"]}
    pages = sorted(p for pl in PLATFORMS for p in (args.folder / pl).glob("*.html") if re.search(args.only, str(p)))
    if not pages:
        print(f"no <platform>/*.html pages under {args.folder}", file=sys.stderr)
        return 2
    srv, port = _serve(args.folder, not args.no_charset)
    totals: Counter[str] = Counter()
    crashes, passes, wrong = [], [], []
    print(f"{len(pages)} pages under {args.folder} (served {'as UTF-8' if not args.no_charset else 'without a charset'})")
    print(f"{'page':<70} {'pass':>4} {'fail':>4} {'rev':>4} {'n-c':>4} exit")
    try:
        for page in pages:
            rel = page.relative_to(args.folder).as_posix()
            platform = rel.split("/", 1)[0]
            code, data, err = _audit(f"http://127.0.0.1:{port}/{rel}", platform)
            if data is None:
                crashes.append((rel, code, err))
                print(f"{rel[:70]:<70} {'-':>4} {'-':>4} {'-':>4} {'-':>4} {code}  NO REPORT: {err[:100]}")
                continue
            c = Counter(f["status"] for f in data["findings"])
            totals.update(c)
            print(f"{rel[:70]:<70} {c['pass']:>4} {c['fail']:>4} {c['review']:>4} {c['not-checked']:>4} {code}")
            for f in data["findings"]:
                if f["status"] == "pass":
                    passes.append((rel, f["check"], json.dumps(f.get("evidence"))[:160]))
                    print(f"    PASS {f['check']}: {json.dumps(f.get('evidence'))[:160]}")
            want = expected.get(rel, {}).get("stranger_view")
            if want:
                got = [f["status"] for f in data["findings"] if f["check"] in ("stranger_view_exposure", "stranger_view")]
                if want not in got:
                    wrong.append((rel, want, got))
    finally:
        srv.shutdown()
    print(f"\nfindings: {dict(totals)}")
    print(f"pages with a pass: {len({p for p, _, _ in passes})} of {len(pages)} ({len(passes)} passes; each listed above, to be judged against the page)")
    print(f"pages without a report (crash): {len(crashes)}" + "".join(f"\n    {r} exit {c}: {e[:120]}" for r, c, e in crashes))
    if expected:
        print(f"stranger-view verdict not as expected: {len(wrong)}" + "".join(f"\n    {r}: expected {w}, got {g}" for r, w, g in wrong))
    return 1 if crashes or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
