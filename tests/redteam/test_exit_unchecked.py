"""Second red team, exit codes: 0 means "done, nothing needs action". A `check` in which nothing
at all could be checked (a truncated photo, a post in a language with no analysis) used to exit
0 like a clean result, so a script gating on it would post. It now exits 2, as `audit` does, and
says why; one item checked among unreadable ones keeps its normal code."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from typer.testing import CliRunner

from selfaudit.cli import app

runner = CliRunner()
VIETNAMESE = "Mong lần cuối sẽ được tự tay đki được tín chỉ"


def _jpeg(path: Path, truncate: bool = False) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (200, 150), (120, 160, 90)).save(buf, "JPEG")
    data = buf.getvalue()
    path.write_bytes(data[: len(data) // 2] if truncate else data)
    return path


def test_check_image_with_nothing_readable_exits_2(tmp_path: Path):
    r = runner.invoke(app, ["check", "image", "--json", str(_jpeg(tmp_path / "cut.jpg", truncate=True))])
    assert r.exit_code == 2, r.output
    assert "Nothing could be checked" in r.stderr


def test_check_image_with_one_readable_photo_keeps_its_code(tmp_path: Path):
    r = runner.invoke(app, ["check", "image", str(_jpeg(tmp_path / "ok.jpg")), str(_jpeg(tmp_path / "cut.jpg", truncate=True))])
    assert r.exit_code == 0, r.output


def test_check_text_in_a_language_without_analysis_exits_2():
    r = runner.invoke(app, ["check", "text", VIETNAMESE])
    assert r.exit_code == 2, r.output
    assert "Nothing could be checked" in r.stderr


def test_check_text_with_one_text_checked_keeps_its_code():
    assert runner.invoke(app, ["check", "text", VIETNAMESE, "Bake sale on Saturday"]).exit_code == 0
