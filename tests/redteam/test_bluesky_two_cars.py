"""Bluesky: a folder holding two repository files (repo-2025.car beside an older repo-2024.car,
two downloads kept together): the first one in sort order was read and the other silently
ignored — an old repository standing for today's posts. Two differing CARs are refused, naming
both; an identical copy is read once."""

from __future__ import annotations

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b


def test_two_differing_cars_are_refused(tmp_path, out_dir):
    older, _ = b.bluesky_car(posts=2, with_image=False)
    newer, _ = b.bluesky_car(posts=3, with_image=False)
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "bsky", {"repo-2024.car": older, "repo-2025.car": newer})], out_dir=out_dir)
    assert "repo-2024.car" in err.value.message and "repo-2025.car" in err.value.message


def test_an_identical_copy_is_read_once(tmp_path, out_dir):
    car, _ = b.bluesky_car(posts=3, with_image=False)
    [acct] = read_exports([b.write_tree(tmp_path / "bsky", {"repo.car": car, "repo (1).car": car})], out_dir=out_dir)
    assert len(acct.posts) == 3
