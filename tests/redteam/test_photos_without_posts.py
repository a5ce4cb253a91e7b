"""An export with a profile but no posts file at all (outbox.json, tweets.js, posts_1.json left
out): the photo checks looked at the profile photo alone and passed ("No GPS location or place
name in the file (1 examined)") — the photos of every post were never seen. The posts not read
are now named, and the photo checks are not-checked instead of passing on the profile photo."""

from __future__ import annotations

import re

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import statuses

PHOTO_CHECKS = ("photo_location_metadata", "photo_shows_people")
CASES = {
    "mastodon": (b.mastodon_files, r"outbox\.json$"),
    "x": (b.x_files, r"tweets\.js$|tweets_media/"),
    "instagram": (b.instagram_files, r"posts_1\.json$"),
}


def _evaluate(tmp_path, files):  # type: ignore[no-untyped-def]
    [acct] = read_exports([b.write_tree(tmp_path / "a", files)], out_dir=tmp_path / "out")
    return acct, evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))


@pytest.mark.parametrize("platform", sorted(CASES))
def test_the_profile_photo_alone_is_no_pass_when_no_post_was_read(tmp_path, platform):
    make, posts_file = CASES[platform]
    acct, ev = _evaluate(tmp_path, {k: v for k, v in make().items() if not re.search(posts_file, k)})
    assert acct.posts is None and acct.profile.profile_photo is not None
    for check in PHOTO_CHECKS:
        assert statuses(ev, check) == ["not-checked"], (check, [(f.status, f.title, f.reason) for f in ev.findings if f.check == check])


@pytest.mark.parametrize("platform", sorted(CASES))
def test_with_the_posts_read_the_photos_still_pass(tmp_path, platform):
    make, _ = CASES[platform]
    _, ev = _evaluate(tmp_path, make())
    # The Instagram builder's first post records GPS in its JSON (exif_data): that photo carries
    # its location, so never a pass (probe 29, F3); the others still pass.
    assert ("review" if platform == "instagram" else "pass") in statuses(ev, "photo_location_metadata")
