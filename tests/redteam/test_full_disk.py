"""A full (or read-only) output disk is named as such, not blamed on the export's format."""

from __future__ import annotations

import errno

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_output_disk_full_while_copying_media_says_so(tmp_path, out_dir, monkeypatch, code):
    from selfaudit.adapters.export import safe

    def full(self, name, out):  # type: ignore[no-untyped-def]
        raise OSError(code, "No space left on device" if code == errno.ENOSPC else "Read-only file system")

    for cls in vars(safe).values():
        if isinstance(cls, type) and "copy_media" in vars(cls):
            monkeypatch.setattr(cls, "copy_media", full)
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_zip(tmp_path / "x.zip", b.x_files())], out_dir=out_dir)
    text = str(err.value) + " " + (getattr(err.value, "hint", "") or "")
    assert str(out_dir) in text and "format may have changed" not in text


def test_a_report_file_that_cannot_be_written_names_its_path(tmp_path, monkeypatch):
    from selfaudit import privacy

    class Full:
        def __init__(self, fd: int, mode: str) -> None:
            import os

            os.close(fd)

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *a: object) -> None:
            pass

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(privacy.os, "fdopen", Full)
    with pytest.raises(OSError) as err:
        privacy.write_private(tmp_path / "report.json", "{}")
    assert err.value.filename == str(tmp_path / "report.json") and err.value.errno == errno.ENOSPC
    assert not list(tmp_path.iterdir())  # no half-written file left behind
