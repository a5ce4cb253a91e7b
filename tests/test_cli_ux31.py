"""What a newcomer sees at the terminal (ux review 31): the demo says it is fictional, errors
say what to do, and exit codes keep their documented meaning."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.errors import SelfauditError
from selfaudit.snapshot import read_snapshot

runner = CliRunner()


def test_demo_terminal_output_says_it_is_fictional(tmp_path: Path):
    # A trainer's projector shows the terminal too: the rows read "fail" about a real-looking name.
    r = runner.invoke(app, ["demo", "--export", "--persona", "typical", "--no-open", "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "Fictional demo" in r.output


def test_export_progress_names_the_platform_in_plain_words(tmp_path: Path):
    r = runner.invoke(app, ["demo", "--export", "--persona", "compliant", "--no-open", "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "reading a " not in r.output  # was "reading a instagram export", "reading a x export"
    assert "reading the Instagram export" in r.output and "reading the X export" in r.output


def test_unknown_persona_says_it_once_and_what_to_type():
    r = runner.invoke(app, ["demo", "--persona", "high-risky", "--no-open"])
    assert r.exit_code == 2
    assert r.output.lower().count("persona 'high-risky'") == 1, r.output
    assert "--persona typical" in r.output


def test_forget_declined_says_nothing_was_deleted_and_is_not_a_findings_exit(selfaudit_home: Path):
    (selfaudit_home / "reports").mkdir(parents=True, exist_ok=True)
    r = runner.invoke(app, ["forget"], input="n\n")
    assert "Nothing was deleted" in r.output
    assert r.exit_code == 2  # 1 means "findings need action"
    r = runner.invoke(app, ["forget"], input="")  # no answer (not a terminal): not "Aborted!"
    assert "Aborted" not in r.output and "--yes" in r.output and r.exit_code == 2


def test_missing_or_wrong_snapshot_says_what_to_give(tmp_path: Path):
    for p in (tmp_path / "nope.json", tmp_path / "notes.txt"):
        if p.suffix == ".txt":
            p.write_text("hello", encoding="utf-8")
        try:
            read_snapshot(p)
        except SelfauditError as exc:
            assert exc.hint and "snapshot.json" in exc.hint, (p, exc.message, exc.hint)
        else:  # pragma: no cover
            raise AssertionError("read_snapshot accepted " + str(p))
    r = runner.invoke(app, ["report", str(tmp_path / "nope.json")])
    assert r.exit_code == 2 and "snapshot.json" in r.output.split("\n", 1)[1]


def test_top_level_help_does_not_cut_a_command_mid_example():
    r = runner.invoke(app, ["--help"])
    line = next(ln for ln in r.output.splitlines() if ln.strip().startswith("answer"))
    assert not line.rstrip().endswith("(e.g."), line


def test_audit_with_no_login_does_not_offer_to_render_an_empty_snapshot(tmp_path: Path):
    # "What was read before this (facebook (live): 0 photos, posts not collected) is saved;
    # render it with: selfaudit report …" sent a newcomer off to render a report of nothing.
    r = runner.invoke(app, ["audit", "-p", "facebook", "--no-open", "--out", str(tmp_path / "out")])
    assert r.exit_code == 2
    assert "selfaudit login facebook" in r.output
    assert "selfaudit report" not in r.output and "What was read before this" not in r.output, r.output


def test_accept_says_how_to_see_it_in_the_report_now(tmp_path: Path):
    import json

    from selfaudit.replicas import load_persona
    from selfaudit.replicas.export_archive import write_archives

    [fb, *_] = write_archives(load_persona("high-risk"), tmp_path / "exports")
    out = tmp_path / "audit"
    r = runner.invoke(app, ["audit", "--export", str(fb), "--out", str(out), "--no-open"])
    assert r.exit_code == 1, r.output
    fp = next(f["fingerprint"] for f in json.loads((out / "report.json").read_text())["findings"] if f["status"] == "fail")
    r = runner.invoke(app, ["accept", fp, "--reason", "agreed in supervision"])
    assert r.exit_code == 0, r.output
    # "in your next report" alone left people re-running a whole audit to see it
    assert f"selfaudit report {out / 'snapshot.json'}" in r.output.replace("\n", "")


def test_help_texts_say_what_each_option_takes():
    r = runner.invoke(app, ["audit", "--help"], terminal_width=200)
    assert "tar" in r.output  # the README and the error message accept tar and .car too
    r = runner.invoke(app, ["demo", "--help"], terminal_width=200)
    line = next(ln for ln in r.output.splitlines() if "--max-posts" in ln)
    assert "posts" in line.split("--max-posts", 1)[1], line  # was only "[default: 20; x>=0]"


def test_check_image_says_a_shared_not_checked_once_and_the_place_in_words(tmp_path: Path):
    import shutil

    from tests.images.conftest import HOPPER, jpeg_bytes, scene

    paths = [str(shutil.copy(HOPPER, tmp_path / "face.jpg"))]  # a face: its place in the photo is said
    for i in range(2):
        p = tmp_path / f"photo{i}.jpg"
        p.write_bytes(jpeg_bytes(scene()))
        paths.append(str(p))
    r = runner.invoke(app, ["check", "image", *paths])
    text = " ".join(r.output.split())  # the console wraps at 80 columns
    # the same "no logo of yours registered" and "no workplace registered" were printed under every photo
    assert text.count("stand-in marks") == 1, r.output
    assert text.count("no workplace or partner premises are registered") == 1, r.output
    assert "for every photo" in text.lower()
    assert "[x,y,w,h]" not in text and "pixels" in text


def test_check_text_of_nothing_says_so_and_not_checked_says_why():
    r = runner.invoke(app, ["check", "text", "  "])
    assert r.exit_code == 2 and "No text to check" in r.output, r.output
    # a text in a language selfaudit does not analyse: "not checked", and the reason is printed
    r = runner.invoke(app, ["check", "text", "Hôm nay tôi đi chợ với mẹ và mua rất nhiều rau"])
    assert r.exit_code == 2
    lines = r.output.splitlines()
    i = next(i for i, ln in enumerate(lines) if "not-checked" in ln)
    assert lines[i + 1].strip().lower().startswith("why:"), r.output


def test_demo_without_a_desktop_browser_says_which_file_to_open(tmp_path: Path, monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: False)  # a machine with no desktop browser
    out = tmp_path / "out"
    r = runner.invoke(app, ["demo", "--export", "--persona", "compliant", "--out", str(out)])
    assert r.exit_code == 0, r.output
    text = " ".join(r.output.split())
    assert f"Open the report in your browser: {out / 'report.html'}" in text, r.output


def test_readme_says_how_to_type_selfaudit_after_setup():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    setup_part = readme[readme.index("## Set up and run"):readme.index("## Run the tests")]
    # later sections say `selfaudit login facebook`: "command not found" after setup.sh alone
    assert "source .venv/bin/activate" in setup_part
    assert "130" in readme  # Ctrl-C's exit code is documented with the others


def test_setup_ends_by_saying_what_to_run_next(tmp_path: Path):
    # ux review 31b: setup.sh ended on "--help"; the README's next step is the offline demo.
    import os
    import shutil
    import stat
    import subprocess

    shutil.copy(Path(__file__).resolve().parents[1] / "setup.sh", tmp_path / "setup.sh")
    # a stand-in python whose venv's python installs nothing, and a stand-in browser
    fake_py = tmp_path / "python"
    fake_py.write_text('#!/bin/sh\nmkdir -p .venv/bin && printf "#!/bin/sh\\nexit 0\\n" > .venv/bin/python '
                       '&& chmod +x .venv/bin/python\n', encoding="utf-8")
    fake_py.chmod(fake_py.stat().st_mode | stat.S_IXUSR)
    env = {**os.environ, "PYTHON": str(fake_py), "SELFAUDIT_BROWSER": shutil.which("true") or "/bin/true"}
    r = subprocess.run(["bash", str(tmp_path / "setup.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert ".venv/bin/selfaudit demo" in last, r.stdout
