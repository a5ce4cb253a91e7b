"""The seams: console output outside cli.py, explicit command registration, account sources."""

from __future__ import annotations

import ast
from pathlib import Path

from selfaudit import cli, console
from selfaudit.seams import AccountSource
from selfaudit.sources import ExportSource, LiveSource, PublicSource
from tests.export import builders as b

COMMANDS = Path(__file__).resolve().parents[1] / "src" / "selfaudit" / "commands"


def test_console_names_are_still_importable_from_cli():
    for name in ("err", "out", "fail", "stopped", "print_outcome", "EXIT_OK", "EXIT_ACTION", "EXIT_ERROR", "EXIT_STOPPED"):
        assert getattr(cli, name) is getattr(console, name)
    assert (console.EXIT_OK, console.EXIT_ACTION, console.EXIT_ERROR) == (0, 1, 2)


def test_command_modules_do_not_import_cli_back():
    """cli imports the commands; a command importing cli hides an import cycle."""
    offenders = []
    for path in COMMANDS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module == "cli":
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_registration_is_explicit_and_registers_every_area():
    source = (COMMANDS / "__init__.py").read_text(encoding="utf-8")
    assert "ModuleNotFoundError" not in source and "importlib" not in source
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in cli.app.registered_commands}
    groups = {g.name for g in cli.app.registered_groups}
    assert {"audit", "demo", "report", "doctor", "answer", "forget"} <= names
    assert {"check", "logos", "places", "policy"} <= groups


def test_every_source_fits_the_seam():
    sources = [ExportSource([]), LiveSource(["x"]), PublicSource("https://x.com/someone", "x", browser=object())]  # type: ignore[arg-type]  # a stand-in: nothing is collected
    assert all(isinstance(s, AccountSource) for s in sources)
    assert [s.kind for s in sources] == ["export", "live", "public"]
    assert "storage_states" not in repr(LiveSource(["x"], storage_states={"x": {"cookies": []}}))


def test_export_source_reads_what_read_exports_reads(tmp_path):
    from selfaudit.adapters.export import read_exports

    z = b.write_zip(tmp_path / "m.zip", b.mastodon_files(locked=True))
    lines: list[str] = []
    via_source = ExportSource([z]).collect(tmp_path / "a", progress=lines.append)
    direct = read_exports([z], out_dir=tmp_path / "b")
    assert [a.account.handle for a in via_source] == [a.account.handle for a in direct]
    assert [len(a.posts or []) for a in via_source] == [len(a.posts or []) for a in direct]
    assert any("Mastodon" in ln for ln in lines)  # "reading the Mastodon export"
