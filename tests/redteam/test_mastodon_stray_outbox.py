"""Mastodon: ``mastodon/old/outbox.json`` beside a full export (``mastodon/actor.json``,
``mastodon/outbox.json``). One shared file alone is not taken for a second export, so the reader
read the shortest path and silently ignored the other outbox — which may be the newer one, with
public posts the audit never saw. A Mastodon archive has one outbox and one actor: a second one
that differs is refused, naming both; a byte-identical copy is read once."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b


def _with(extra: dict[str, str]) -> dict[str, str | bytes]:
    return {**{f"mastodon/{k}": v for k, v in b.mastodon_files().items()}, **extra}


@pytest.mark.parametrize("base", ["outbox", "actor"])
def test_a_second_differing_file_is_refused_naming_both(tmp_path, out_dir, base):
    data = json.loads(b.mastodon_files()[f"{base}.json"])
    if base == "outbox":
        data["orderedItems"] = data["orderedItems"][:1]
        data["totalItems"] = 1
    else:
        data["summary"] = "<p>Nurse at St Mary's ward 4</p>"
    files = _with({f"mastodon/old/{base}.json": json.dumps(data)})
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "m", files)], out_dir=out_dir)
    assert f"mastodon/{base}.json" in err.value.message and f"mastodon/old/{base}.json" in err.value.message


def test_an_identical_copy_is_read_once(tmp_path, out_dir):
    files = _with({"mastodon/old/outbox.json": b.mastodon_files()["outbox.json"]})
    [acct] = read_exports([b.write_tree(tmp_path / "m", files)], out_dir=out_dir)
    assert acct.account.platform == "mastodon" and len(acct.posts or []) >= 4


def test_the_full_export_alone_is_read(tmp_path, out_dir):
    [acct] = read_exports([b.write_tree(tmp_path / "m", _with({}))], out_dir=out_dir)
    assert acct.account.platform == "mastodon" and len(acct.posts or []) >= 4
