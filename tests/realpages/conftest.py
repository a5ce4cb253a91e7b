"""Real pages saved by other projects (../shared/real-pages), served unchanged on 127.0.0.1.

They stay outside the package (third-party data, provenance in SOURCES.md); the tests skip
with a reason when the shared folder is absent. SELFAUDIT_SHARED overrides its place.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    return Path(os.environ.get("SELFAUDIT_SHARED") or REPO.parent / "shared")


def real_pages() -> tuple[Path, list[dict[str, Any]]]:
    root = shared_dir() / "real-pages"
    exp = root / "expected.json"
    if not exp.is_file():
        return root, []
    return root, json.loads(exp.read_text(encoding="utf-8"))["pages"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a: Any) -> None:
        pass


@pytest.fixture(scope="session")
def real_server() -> Iterator[str]:
    """Serves files (the real pages, unchanged) and odd pages the adapters have never seen."""
    root, pages = real_pages()
    if not pages:
        pytest.skip(f"no real pages: {root}/expected.json is absent (set SELFAUDIT_SHARED to the shared folder)")

    class Handler(_Quiet):
        def do_GET(self) -> None:
            odd = {"/odd/empty": b"", "/odd/other-site": b"<!doctype html><title>Recipes</title><h1>Lentil soup</h1>"
                   b"<p>Soak the lentils overnight. Serves four.</p><article>Comments are closed.</article>"}
            if self.path in odd:
                body = odd[self.path]
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="session")
def browser():
    from selfaudit.adapters.browser import Browser

    br = Browser().start()
    yield br
    br.close()
