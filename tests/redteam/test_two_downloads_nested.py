"""Two downloads of one account side by side, one folder down (``Downloads/2023/`` and
``Downloads/2024/``) or one export unpacked into the folder of another (``./`` and ``old/``):
only top folders were compared, so the first export found was read and the other silently
ignored — an old private copy could pass an account that is public today. Both are refused,
named; one export with its usual nested folders is still read."""

from __future__ import annotations

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b

PLATFORMS = {
    "mastodon": b.mastodon_files,
    "linkedin": b.linkedin_files,
    "x": b.x_files,
    "instagram": b.instagram_files,
    "facebook": b.facebook_files,
}


def _under(files: dict, prefix: str) -> dict:
    return {prefix + k: v for k, v in files.items()}


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_two_copies_one_folder_down_are_refused(tmp_path, out_dir, platform):
    make = PLATFORMS[platform]
    files = {**_under(make(), "Downloads/export-2023/"), **_under(make(), "Downloads/export-2024/")}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "t", files)], out_dir=out_dir)
    assert "export-2023" in err.value.message and "export-2024" in err.value.message


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_a_copy_inside_the_export_folder_is_refused(tmp_path, out_dir, platform):
    make = PLATFORMS[platform]
    files = {**make(), **_under(make(), "older-copy/")}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "t", files)], out_dir=out_dir)
    assert "older-copy" in err.value.message


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_one_export_one_folder_down_is_still_read(tmp_path, out_dir, platform):
    [acct] = read_exports([b.write_tree(tmp_path / "t", _under(PLATFORMS[platform](), "Downloads/export-2024/"))], out_dir=out_dir)
    assert acct.account.platform == platform
