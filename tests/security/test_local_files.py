"""Local files like a password manager's: a link planted where selfaudit writes is replaced or
refused, never followed; folders are owner-only; another user's loose folder is refused."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.privacy import UnsafeLocationError, copy_private, private_dir, write_private
from tests.export.builders import jpeg, write_zip, x_files

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-snapshot" / "snapshot.json"


def mode(p: Path) -> int:
    return stat.S_IMODE(os.lstat(p).st_mode)


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file an attacker wants selfaudit to overwrite (or to write a private report into)."""
    v = tmp_path / "victim" / "precious.txt"
    v.parent.mkdir()
    v.write_text("do not touch")
    return v


def plant(link: Path, target: Path) -> Path:
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target)
    return link


def untouched(victim: Path) -> bool:
    return victim.read_text() == "do not touch" and sorted(p.name for p in victim.parent.iterdir()) == ["precious.txt"]


def test_write_private_replaces_a_planted_link(tmp_path: Path, victim: Path):
    p = plant(tmp_path / "out" / "report.json", victim)
    write_private(p, "{}")
    assert untouched(victim) and not p.is_symlink() and p.read_text() == "{}" and mode(p) == 0o600
    assert [x.name for x in p.parent.iterdir()] == ["report.json"]  # no temp file left


def test_write_private_replaces_a_dangling_link(tmp_path: Path):
    target = tmp_path / "elsewhere" / "new.txt"
    target.parent.mkdir()
    p = plant(tmp_path / "out" / "report.json", target)
    write_private(p, "{}")
    assert not target.exists() and not p.is_symlink()


def test_copy_private_replaces_a_planted_link(tmp_path: Path, victim: Path):
    src = tmp_path / "a.jpg"
    src.write_bytes(b"jpeg")
    dst = plant(tmp_path / "out" / "media" / "a.jpg", victim)
    copy_private(src, dst)
    assert untouched(victim) and dst.read_bytes() == b"jpeg" and mode(dst) == 0o600


def test_a_linked_folder_is_refused(tmp_path: Path, victim: Path):
    link = plant(tmp_path / "out", victim.parent)
    with pytest.raises(UnsafeLocationError, match="symbolic link"):
        write_private(link / "report.json", "{}")
    assert untouched(victim)


def test_a_linked_folder_inside_the_data_folder_is_refused(selfaudit_home: Path, victim: Path):
    from selfaudit.adapters.sessions import SessionStore

    plant(selfaudit_home / "sessions", victim.parent)
    with pytest.raises(UnsafeLocationError):
        SessionStore().save("x", "http://127.0.0.1:5000/x", {"cookies": [], "origins": []})
    assert untouched(victim)


def test_a_loose_folder_of_ours_is_tightened(tmp_path: Path, selfaudit_home: Path):
    out = tmp_path / "shared-out"
    out.mkdir()
    os.chmod(out, 0o777)
    write_private(out / "report.json", "{}")
    assert mode(out) == 0o700
    os.chmod(selfaudit_home, 0o755)  # the data folder: exactly 0700, even when only readable
    (selfaudit_home / "reports").mkdir()
    os.chmod(selfaudit_home / "reports", 0o777)
    private_dir(selfaudit_home / "reports" / "2024-01-01")
    assert mode(selfaudit_home) == mode(selfaudit_home / "reports") == mode(selfaudit_home / "reports" / "2024-01-01") == 0o700


def test_the_persons_own_readable_folder_is_left_alone(tmp_path: Path):
    docs = tmp_path / "documents"
    docs.mkdir()
    os.chmod(docs, 0o755)
    write_private(docs / "report.json", "{}")
    assert mode(docs) == 0o755


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to make a folder owned by another user")
def test_another_users_loose_folder_is_refused(tmp_path: Path):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    os.chmod(theirs, 0o777)
    os.chown(theirs, 65534, 65534)
    with pytest.raises(UnsafeLocationError, match="not yours"):
        write_private(theirs / "report.json", "{}")
    with pytest.raises(UnsafeLocationError, match="not yours"):
        write_private(theirs / "new" / "report.json", "{}")  # nor a folder of ours inside it
    assert list(theirs.iterdir()) == []


# --- every place selfaudit writes, end to end ------------------------------------------------


def test_settings_session_and_logo_replace_planted_links(selfaudit_home: Path, victim: Path, tmp_path: Path):
    from selfaudit.adapters.sessions import SessionStore
    from selfaudit.config import Config

    cfg = plant(selfaudit_home / "config.yaml", victim)
    Config().save()
    assert untouched(victim) and not cfg.is_symlink()

    store = SessionStore()
    sess = plant(store.path("x", "http://127.0.0.1:5000/x"), victim)
    store.save("x", "http://127.0.0.1:5000/x", {"cookies": [], "origins": []})
    assert untouched(victim) and not sess.is_symlink() and mode(sess) == 0o600

    logo_src = tmp_path / "mark.png"
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (200, 200), "white")
    d = ImageDraw.Draw(im)
    for i in range(0, 200, 20):
        d.rectangle([i, i // 2, i + 12, i // 2 + 30], fill=(i, 0, 200 - i))
        d.ellipse([200 - i - 15, i, 200 - i, i + 15], fill=(0, i, 0))
    im.save(logo_src)
    dangling = selfaudit_home / "logos" / "mark.png"
    plant(dangling, tmp_path / "victim" / "not-yet.png")
    r = runner.invoke(app, ["logos", "add", str(logo_src), "--name", "mark"])
    if r.exit_code == 0:
        assert not dangling.is_symlink() and mode(dangling) == 0o600
    assert untouched(victim)


def test_image_analysis_cache_replaces_a_planted_link(selfaudit_home: Path, victim: Path, tmp_path: Path):
    from selfaudit.analysis.images import ImageAnalyser
    from selfaudit.config import Config

    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg((10, 120, 30), size=(64, 64)))
    a = ImageAnalyser(Config())
    cached = plant(a._cache_dir() / f"{hashlib.sha256(photo.read_bytes()).hexdigest()}.json", victim)
    a.analyse_files([photo])
    assert untouched(victim) and not cached.is_symlink()


def test_demo_photo_cache_lives_in_the_data_folder_and_never_trusts_a_link(selfaudit_home: Path, victim: Path, monkeypatch):
    from selfaudit.replicas import media
    from selfaudit.replicas.persona import load_persona

    monkeypatch.delenv("SELFAUDIT_REPLICA_CACHE", raising=False)
    media._memory.clear()
    assert media.cache_dir() == selfaudit_home / "cache" / "replica-media"
    persona = load_persona("typical")
    image_id = next(iter(persona.images)) if isinstance(persona.images, dict) else persona.images[0].id
    key = media._key(persona, persona.image(image_id))
    planted = plant(media.cache_dir() / f"{key}.jpg", victim)
    os.chmod(media.cache_dir(), 0o700)
    data = media.image_bytes(persona, image_id)
    assert data != victim.read_bytes() and data[:2] == b"\xff\xd8"  # drawn, not read through the link
    assert untouched(victim) and not planted.is_symlink()
    media._memory.clear()


def test_demo_photo_cache_folder_as_a_link_is_not_used(selfaudit_home: Path, victim: Path, monkeypatch):
    from selfaudit.replicas import media
    from selfaudit.replicas.persona import load_persona

    monkeypatch.delenv("SELFAUDIT_REPLICA_CACHE", raising=False)
    media._memory.clear()
    persona = load_persona("typical")
    image_id = next(iter(persona.images)) if isinstance(persona.images, dict) else persona.images[0].id
    key = media._key(persona, persona.image(image_id))
    (victim.parent / f"{key}.jpg").write_bytes(b"attacker's picture")
    plant(media.cache_dir(), victim.parent)
    data = media.image_bytes(persona, image_id)
    assert data[:2] == b"\xff\xd8" and (victim.parent / f"{key}.jpg").read_bytes() == b"attacker's picture"
    media._memory.clear()


def test_report_outputs_replace_planted_links(tmp_path: Path, victim: Path):
    out = tmp_path / "D"
    links = [plant(out / n, victim) for n in ("report.json", "report.html", "snapshot.json", "summary.json", "summary.html")]
    r = runner.invoke(app, ["report", str(SAMPLE), "--out", str(out), "--force"])
    assert r.exit_code in (0, 1), r.output
    r = runner.invoke(app, ["summary", str(out / "report.json")])
    assert r.exit_code == 0, r.output
    assert untouched(victim)
    for p in links:
        assert p.is_file() and not p.is_symlink() and mode(p) == 0o600, p


def test_a_linked_media_folder_is_refused(tmp_path: Path, victim: Path):
    out = tmp_path / "D"
    plant(out / "media", victim.parent)
    r = runner.invoke(app, ["report", str(SAMPLE), "--out", str(out), "--force"])
    assert r.exit_code == 2 and "symbolic link" in r.output
    assert untouched(victim)


def test_export_media_replace_planted_links(tmp_path: Path, victim: Path):
    files = x_files()
    archive = write_zip(tmp_path / "x.zip", files)
    out = tmp_path / "D"
    shas = [hashlib.sha256(v).hexdigest() for k, v in files.items() if k.endswith(".jpg") and isinstance(v, bytes)]
    planted = [plant(out / "media" / f"{s}.jpg", victim) for s in shas]
    os.chmod(out / "media", 0o700)
    r = runner.invoke(app, ["audit", "--export", str(archive), "--out", str(out), "--force", "--no-open"])
    assert r.exit_code in (0, 1), r.output
    assert untouched(victim)
    assert all(not p.is_symlink() for p in planted)
    assert json.loads((out / "report.json").read_text())["accounts"]
