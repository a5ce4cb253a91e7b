"""The report on a 390 px phone and printed: no sideways scroll, folds print open, statuses readable in black and white."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report.helpers import report, snapshot

pytestmark = pytest.mark.browser


def test_phone_width_and_print(tmp_path: Path, browser):
    report(snapshot(tmp_path, public_posts=30), tmp_path / "out")
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    page = ctx.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    for name in ("report.html", "report-failures.html", "report-facebook.html"):
        page.goto((tmp_path / "out" / name).as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, name
    assert all(u.startswith("file://") for u in requests)
    # A long public list shows 20 on the first page and points to the full list.
    import re

    assert re.search(r"And 1\d more: see <a href=\"report-facebook.html\">", (tmp_path / "out" / "report.html").read_text())
    page.goto((tmp_path / "out" / "report.html").as_uri())
    folded = page.locator("details.ids table").first.bounding_box()
    assert folded is None or folded["height"] == 0  # folded on screen
    page.emulate_media(media="print")
    box = page.locator("details.ids table").first.bounding_box()
    assert box and box["height"] > 0  # printed open
    # Statuses do not depend on background colour when printed.
    colour = page.evaluate("getComputedStyle(document.querySelector('.pill.s-fail')).color")
    border = page.evaluate("getComputedStyle(document.querySelector('.pill.s-fail')).borderTopStyle")
    assert colour == "rgb(0, 0, 0)" and border != "none"
    ctx.close()
