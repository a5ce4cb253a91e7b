"""A second download unzipped into the first one's folder: the system keeps both copies of each
file, the new one renamed ("outbox (1).json", "Shares (1).csv"). Readers look for the usual
names, so the renamed copy — perhaps the newer — was silently ignored. A renamed copy that
differs from its original is refused, naming both; an identical copy changes nothing."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b


def _mastodon_with_copy(locked_copy: bool) -> dict:
    files = b.mastodon_files()
    actor = json.loads(files["actor.json"])
    actor["manuallyApprovesFollowers"] = locked_copy
    files["actor (1).json"] = json.dumps(actor)
    return files


def test_a_renamed_copy_that_differs_is_refused(tmp_path, out_dir):
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "m", _mastodon_with_copy(True))], out_dir=out_dir)
    assert "actor (1).json" in err.value.message and "actor.json" in err.value.message


@pytest.mark.parametrize("copy", ["Shares (1).csv", "Shares copy.csv", "Shares - Copy.csv"])
def test_a_renamed_copy_in_a_zip_is_refused(tmp_path, out_dir, copy):
    files = b.linkedin_files()
    files[copy] = files["Shares.csv"].replace("CONNECTIONS_ONLY", "PUBLIC")
    with pytest.raises(ExportFormatError):
        read_exports([b.write_zip(tmp_path / "li.zip", files)], out_dir=out_dir)


def test_an_identical_renamed_copy_is_read(tmp_path, out_dir):
    files = b.mastodon_files()
    files["actor (1).json"] = files["actor.json"]
    [acct] = read_exports([b.write_tree(tmp_path / "m", files)], out_dir=out_dir)
    assert acct.account.platform == "mastodon"


@pytest.mark.parametrize("maker", ["folder", "zip"])
def test_a_renamed_copy_that_differs_only_after_64_kb_is_refused(tmp_path, out_dir, maker):
    # Same size, same first 64 KB: an edit near the end of a long file used to pass as identical.
    files = b.mastodon_files()
    actor = json.loads(files["actor.json"])
    actor["summary"] = "x" * 70_000 + "A"
    files["actor.json"] = json.dumps(actor)
    actor["summary"] = "x" * 70_000 + "B"
    files["actor (1).json"] = json.dumps(actor)
    write = b.write_tree if maker == "folder" else b.write_zip
    with pytest.raises(ExportFormatError) as err:
        read_exports([write(tmp_path / ("m" if maker == "folder" else "m.zip"), files)], out_dir=out_dir)
    assert "actor (1).json" in err.value.message
