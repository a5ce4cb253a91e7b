"""Second red team, photo checks: a video is never looked at (selfaudit reads photos only), so
an account whose posts are videos — "Team day", "At work" — used to pass "no faces found" and
"no GPS location" on its profile photo alone ("1 examined"), silent about the videos."""

from __future__ import annotations

from selfaudit.adapters.export import read_exports
from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.policy import load_policy
from selfaudit.snapshot import Snapshot
from tests.export import builders as b

TOP = "twitter-2024-01-01-abc/"
CHECKS = ("photo_shows_people", "photo_location_metadata")


def _x(videos: bool) -> dict:
    files = b.x_files(protected=["Unprotect"])
    tweets = [b.x_tweet(0, media=True, text="Team day"), b.x_tweet(2, media=True, text="At work")]
    if videos:
        for t in tweets:
            for m in t["extended_entities"]["media"]:
                m["type"], m["media_url_https"] = "video", m["media_url_https"].replace(".jpg", ".mp4")
        for i in (0, 2):
            del files[f"{TOP}data/tweets_media/100{i}-Pic{i}.jpg"]
            files[f"{TOP}data/tweets_media/100{i}-Pic{i}.mp4"] = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64
    files[TOP + "data/tweets.js"] = b.ytd("tweets", [{"tweet": t} for t in tweets])
    return files


def _results(tmp_path, videos: bool) -> dict:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    [acct] = read_exports([b.write_zip(tmp_path / "x.zip", _x(videos))], out_dir=out)
    ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(out, Config()))
    return {r.check: r for r in ev.results}


def test_videos_make_the_photo_checks_say_they_were_not_examined(tmp_path):
    res = _results(tmp_path, videos=True)
    for check in CHECKS:
        assert res[check].status.value == "not-checked", check
        [f] = [f for f in res[check].findings if f.item == "videos"]
        assert "2 video" in (f.reason or "")


def test_photos_alone_still_pass(tmp_path):
    res = _results(tmp_path, videos=False)
    for check in CHECKS:
        assert res[check].status.value == "pass", check
