"""An X post whose text field is not full_text/text (a renamed key), or a post skipped for an odd
shape, was left out silently: the text checks passed "1 examined, none flagged" though its words —
here abusive ones — were never read. Such posts now mark the posts partly read (not-checked)."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b
from tests.export.helpers import by_check

TOP = "twitter-2024-01-01-abc/"
ABUSE = "I hate those idiots, f*** them all"


def _offensive(tmp_path, tweets):  # type: ignore[no-untyped-def]
    files = b.x_files(protected=["protect"])
    files[f"{TOP}data/tweets.js"] = b.ytd("tweets", [{"tweet": t} for t in tweets])
    [acct] = read_exports([b.write_tree(tmp_path / "x", files)], out_dir=tmp_path / "out")
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path / "out", Config()))
    return {f.status.value for f in by_check(ev, "post_offensive_language")}, by_check(ev, "post_offensive_language")


def test_a_post_whose_text_field_is_renamed_is_no_pass(tmp_path):
    renamed = b.x_tweet(5)
    renamed["fullText"] = renamed.pop("full_text") and ABUSE
    statuses, [f] = _offensive(tmp_path, [b.x_tweet(1), renamed])
    assert statuses == {"not-checked"} and "no text field" in (f.reason or "")


def test_a_post_skipped_for_its_shape_is_no_pass(tmp_path):
    odd = b.x_tweet(6, text=ABUSE)
    odd["extended_entities"] = {"media": [{"id_str": "1", "media_url_https": "https://pbs.twimg.com/media/p.jpg", "ext_alt_text": {"odd": 1}}]}
    statuses, [f] = _offensive(tmp_path, [b.x_tweet(1), odd])
    assert statuses == {"not-checked"} and "unexpected shape" in (f.reason or "")


def test_a_photo_post_with_empty_text_is_still_a_read_post(tmp_path):
    photo_only = b.x_tweet(7, media=True)
    photo_only["full_text"] = ""
    statuses, _ = _offensive(tmp_path, [b.x_tweet(1), photo_only])
    assert statuses == {"pass"}
