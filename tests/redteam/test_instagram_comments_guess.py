"""An Instagram export without the comments settings file (older exports: settings.json's
"allow_comments_from") took any value but "Everyone" as followers-only or narrower: a value in
another language, or one Instagram added later, was guessed narrower and could pass "who can
comment". Now the value goes through the labels data's options (labels/meta.yaml wall_posts);
one not listed is an audience selfaudit could not recognise (not-checked), never narrower."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.snapshot import Audience
from tests.export import builders as b


@pytest.mark.parametrize(("value", "private", "audience"), [
    ("Everyone", False, Audience.PUBLIC),
    ("Todo el mundo", False, Audience.PUBLIC),  # labels data
    ("Quelques-uns", False, Audience.UNKNOWN),  # not in the labels data: never guessed narrower
    ("Jeder", True, Audience.UNKNOWN),
    ("People you follow", False, Audience.FRIENDS),
    ("Your followers", True, Audience.FRIENDS),  # a private account's followers are approved (as before)
    ("Your followers", False, Audience.FRIENDS_OF_FRIENDS),
    ("Off", False, Audience.ONLY_ME),
])
def test_an_unknown_comments_value_is_not_guessed_narrower(tmp_path, out_dir, value, private, audience):
    files = b.instagram_files(variant="older", private=private)
    files["settings/settings.json"] = json.dumps({"allow_comments_from": value})
    [acct] = read_exports([b.write_zip(tmp_path / "ig.zip", files)], out_dir=out_dir)
    s = acct.setting("wall_posts")
    assert (s.option, s.audience) == (value, audience)
