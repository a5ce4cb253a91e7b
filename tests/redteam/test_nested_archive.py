"""A zip that holds the export zip (downloaded, then zipped again) says so and what to give instead."""

from __future__ import annotations

import zipfile

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b


def test_an_export_zipped_again_names_the_inner_archive(tmp_path, out_dir):
    inner = b.write_zip(tmp_path / "twitter-2024.zip", b.x_files())
    outer = tmp_path / "backup.zip"
    with zipfile.ZipFile(outer, "w") as z:
        z.write(inner, "downloads/twitter-2024.zip")
    with pytest.raises(ExportFormatError) as err:
        read_exports([outer], out_dir=out_dir)
    assert "downloads/twitter-2024.zip" in err.value.message
    assert "unzip" in (err.value.hint or "").lower()
