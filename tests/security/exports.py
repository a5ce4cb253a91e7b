"""An X export with many small photos, drawn fast with Pillow (for the Ctrl-C test)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from PIL import Image

from tests.export.builders import x_tweet, ytd


def _jpeg(i: int) -> bytes:
    im = Image.new("RGB", (48, 48), (i % 251, (i * 7) % 253, (i * 13) % 255))
    im.putpixel((i % 48, (i // 48) % 48), (255, 255, 255))  # every photo distinct
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def x_export_with_photos(path: Path, n: int = 1500) -> Path:
    top = "twitter-2024-01-01-abc/"
    tweets = [x_tweet(i, media=True) for i in range(n)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(f"{top}data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"userName": "alice"}}')
        zf.writestr(f"{top}data/account.js", ytd("account", [{"account": {"username": "alice_sw", "accountId": "42"}}]))
        zf.writestr(f"{top}data/profile.js", ytd("profile", [{"profile": {"description": {"bio": "Dog person."}}}]))
        zf.writestr(f"{top}data/tweets.js", ytd("tweets", [{"tweet": t} for t in tweets]))
        for i in range(n):
            zf.writestr(f"{top}data/tweets_media/{1000 + i}-Pic{i}.jpg", _jpeg(i))
    return path
