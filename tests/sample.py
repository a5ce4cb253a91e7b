"""A small, realistic snapshot built in code: two accounts, settings, posts, a photo.

Used by the foundation tests and written to tests/data/sample-snapshot/ by
`python -m tests.sample` so people can try `selfaudit report` on it.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from selfaudit.snapshot import (
    Account,
    AccountSnapshot,
    AudienceSetting,
    Connections,
    Media,
    Missing,
    Post,
    Profile,
    Provenance,
    Snapshot,
    StrangerView,
)

WHEN = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)


def _photo(media_dir: Path) -> Media:
    """A photo with the stand-in logo on a poster, saved under media/<sha256>.jpg."""
    from selfaudit.resources import data_path  # noqa: F401  (ensures package data resolves)

    logo = Image.open(Path(__file__).resolve().parents[1] / "src/selfaudit/data/logos/chscb-standin.png").convert("RGB")
    img = Image.new("RGB", (800, 600), (180, 200, 220))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 420, 800, 600], fill=(90, 110, 90))
    logo = logo.resize((240, 120))
    img.paste(logo, (480, 150))
    tmp = media_dir / "tmp.jpg"
    media_dir.mkdir(parents=True, exist_ok=True)
    img.save(tmp, "JPEG", quality=88)
    sha = hashlib.sha256(tmp.read_bytes()).hexdigest()
    final = media_dir / f"{sha}.jpg"
    shutil.move(tmp, final)
    return Media(id="ph-1001", url="https://www.facebook.com/photo/?fbid=1001", path=f"media/{final.name}", sha256=sha,
                 caption="Team away day!", audience="public", audience_label="Public")


def _screenshot(media_dir: Path) -> str:
    """A stand-in for the stranger-view screenshot an adapter would save."""
    img = Image.new("RGB", (640, 400), (240, 242, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 640, 50], fill=(24, 119, 242))
    d.text((20, 18), "Sam Okafor", fill=(255, 255, 255))
    d.rectangle([40, 80, 600, 200], fill=(255, 255, 255))
    d.text((60, 100), "Team away day! Great to see everyone.", fill=(20, 20, 20))
    d.rectangle([120, 250, 520, 360], fill=(255, 255, 255), outline=(200, 200, 200))
    d.text((200, 295), "See more on Facebook  [Log in]", fill=(24, 119, 242))
    name = "stranger-facebook.png"
    img.save(media_dir / name)
    return f"media/{name}"


def build(out: Path) -> Snapshot:
    media_dir = out / "media"
    photo = _photo(media_dir)
    shot = _screenshot(media_dir)
    fb = AccountSnapshot(
        account=Account(platform="facebook", handle="sam.okafor.demo", url="https://www.facebook.com/sam.okafor.demo", display_name="Sam Okafor"),
        profile=Profile(name="Sam Okafor", handle="sam.okafor.demo", bio="Family support worker. Dad of two. Hackney born and bred.", location="London"),
        settings=[
            AudienceSetting(key="future_posts", label="Who can see your future posts?", option="Public", audience="public",
                            url="https://www.facebook.com/settings/?tab=privacy"),
            AudienceSetting(key="friends_list", label="Who can see your friends list?", option="Friends", audience="friends"),
            AudienceSetting(key="search_engines", label="Do you want search engines outside Facebook to link to your profile?",
                            option="Yes", audience="public"),
            AudienceSetting(key="friend_requests", label="Who can send you friend requests?", option="Everyone", audience="public"),
        ],
        posts=[
            Post(id="1001", url="https://www.facebook.com/sam.okafor.demo/posts/1001", created_at=WHEN, text="Team away day! Great to see everyone.",
                 audience="public", audience_label="Public", media=[photo]),
            Post(id="1002", created_at=WHEN, text="Quiet weekend with the kids.", audience="friends", audience_label="Friends"),
            Post(id="1002-c1", kind="comment", parent_id="1002", text="Lovely!", author="Alex Friend", third_party=True),
        ],
        photos=[photo],
        connections=Connections(count=312),
        stranger_view=StrangerView(url="https://www.facebook.com/sam.okafor.demo", wall="login_wall", posts_visible=1,
                                   wall_text="See more on Facebook", text="Sam Okafor · Team away day!",
                                   screenshot=shot),
        provenance=Provenance(source="fixture", collected_at=WHEN, adapter="tests.sample",
                              missing=[Missing(fact="settings.past_posts", reason="the 'Limit past posts' page did not load")]),
    )
    x = AccountSnapshot(
        account=Account(platform="x", handle="@samokafor_demo", url="https://x.com/samokafor_demo"),
        profile=Profile(name="Sam O", handle="samokafor_demo", bio="Views my own. Football, food, family."),
        settings=[AudienceSetting(key="account_privacy", label="Protect your posts", option="On", audience="friends",
                                  url="https://x.com/settings/audience_and_tagging")],
        posts=[],
        provenance=Provenance(source="fixture", collected_at=WHEN, adapter="tests.sample",
                              missing=[Missing(fact="stranger_view", reason="the logged-out page timed out")]),
    )
    return Snapshot(created_at=WHEN, subject="Sam Okafor (sample)", accounts=[fb, x])


if __name__ == "__main__":
    from selfaudit.snapshot import write_snapshot

    target = Path(__file__).resolve().parent / "data" / "sample-snapshot"
    shutil.rmtree(target, ignore_errors=True)
    snap = build(target)
    write_snapshot(snap, target / "snapshot.json")
    print(target)
