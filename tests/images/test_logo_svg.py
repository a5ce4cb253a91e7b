"""SVG logos: drawn locally (logo_file.py) and then looked for like any logo picture."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from selfaudit.analysis import logo_file
from selfaudit.cli import app
from selfaudit.errors import ImageError

from .conftest import jpeg_bytes, scene

runner = CliRunner()

# The same mark as test_images_cli._custom_logo, written as SVG: a red square with a yellow
# disc and a blue triangle, and six bars.
MARK = """<?xml version="1.0" encoding="UTF-8"?>
<!-- an organisation's mark -->
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
  <rect width="400" height="200" fill="#fff"/>
  <rect x="10" y="10" width="180" height="180" fill="#c81e1e"/>
  <circle cx="100" cy="100" r="60" fill="#ffdc00"/>
  <polygon points="100,50 150,150 50,150" fill="#141478"/>
  {bars}
</svg>"""
BARS = "".join(f'<rect x="{210 + i * 30}" y="{30 + (i % 3) * 20}" width="20" height="{140 - (i % 3) * 20 - (i % 2) * 30}" fill="rgb({20 * i},80,{160 - 20 * i})"/>' for i in range(6))


def svg_mark() -> str:
    return MARK.format(bars=BARS)


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_an_svg_logo_is_drawn_fitted_in_its_box() -> None:
    png = logo_file.logo_bytes_from(svg_mark().encode())
    with Image.open(io.BytesIO(png)) as im:
        assert im.format == "PNG" and im.size == (logo_file.SVG_BOX, logo_file.SVG_BOX // 2)
        assert im.convert("RGB").getpixel((100 * 1024 // 400, 30 * 1024 // 400)) == (200, 30, 30)


def test_svgz_is_unpacked_and_png_bytes_pass_through(tmp_path: Path) -> None:
    p = tmp_path / "mark.svgz"
    p.write_bytes(gzip.compress(svg_mark().encode()))
    assert logo_file.logo_bytes(p).startswith(b"\x89PNG")
    png = tmp_path / "mark.png"
    Image.new("RGB", (20, 10), "red").save(png)
    assert logo_file.logo_bytes(png) == png.read_bytes()
    assert logo_file.svg_text(b"<html><svg></svg></html>") is None  # an HTML page is not an SVG file


def test_a_huge_declared_canvas_is_fitted_not_allocated() -> None:
    # resvg aborts the process when asked for gigabytes; fitting both sides bounds the canvas
    thin = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="100000"><rect width="1" height="100000" fill="#00c"/></svg>'
    with Image.open(io.BytesIO(logo_file.logo_bytes_from(thin))) as im:
        assert max(im.size) == logo_file.SVG_BOX


def test_a_broken_svg_and_a_renderer_that_stops_are_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImageError, match="could not draw"):
        logo_file.logo_bytes_from(b'<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>')
    monkeypatch.setattr(logo_file, "_CHILD", "import os; os.abort()")  # what an allocation failure does
    with pytest.raises(ImageError, match="stopped"):
        logo_file.logo_bytes_from(svg_mark().encode())


def test_check_image_finds_an_svg_logo_and_logos_add_keeps_a_png(tmp_path: Path) -> None:
    logo = tmp_path / "ourteam.svg"
    logo.write_text(svg_mark(), encoding="utf-8")
    img = scene()
    with Image.open(io.BytesIO(logo_file.logo_bytes(logo))) as drawn:
        img.paste(drawn.convert("RGB").resize((240, 120)), (500, 300))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(img))
    clean = tmp_path / "clean.jpg"
    clean.write_bytes(jpeg_bytes(scene()))
    r = run("check", "image", "--json", "--logo", str(logo), str(photo), str(clean))
    found = {Path(e["path"]).name: e["findings"][0] for e in json.loads(r.stdout)}
    assert found["photo.jpg"]["status"] == "fail" and found["photo.jpg"]["evidence"]["matched"] == ["ourteam"]
    assert found["clean.jpg"]["status"] == "pass"
    r = run("logos", "add", str(logo), "--name", "our-team")
    assert r.exit_code == 0, r.output
    listed = json.loads(run("logos", "list", "--json").stdout)
    mine = [lg for lg in listed if lg["name"] == "our-team"]
    assert mine and Path(mine[0]["path"]).read_bytes().startswith(b"\x89PNG")


def test_an_unreadable_svg_logo_is_refused_saying_what_to_give(tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>', encoding="utf-8")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(scene()))
    r = runner.invoke(app, ["check", "image", "--logo", str(bad), str(photo)])
    assert r.exit_code == 2 and "could not draw" in r.output and "PNG, JPEG or SVG" in r.output
    r = runner.invoke(app, ["logos", "add", str(bad), "--name", "bad"])
    assert r.exit_code == 2 and "could not draw" in r.output
