"""Fifth red team, logged-in posts (real Chromium, local pages): a post's photo that selfaudit
could not load was dropped without a word, so the photo checks (logo, faces, location) passed on
the post's other photos — or said nothing of it.

Two real lazy-loading shapes: lazysizes and many themes copy ``data-src`` into ``src`` and keep
the ``data-src`` attribute, so the loaded photo was still taken for a placeholder and never read;
and a photo whose loader never runs (scrolled past, blocked) has no address to read at all. The
first is now read once its own address has loaded; the second is kept as a photo not examined,
with the reason, so the checks say it was not looked at.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.redteam.conftest import opened_page

PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
# lazysizes' way: src from data-src once in view, data-src left in place
LOADER = """<script>
new IntersectionObserver((es, o) => es.forEach(e => { if (e.isIntersecting) { e.target.src = e.target.dataset.src;
  e.target.classList.add('lazyloaded'); o.unobserve(e.target); } }))
  .observe(document.querySelector('img.lazyload'));
</script>"""


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def site(page_server):  # type: ignore[no-untyped-def]
    """The shared page server with the photos these pages show."""
    base, pages = page_server
    for path in ("/team.jpg", "/dms/image/A1/feedshare-shrink_800/0/1700000000000?e=1",
                 "/dms/image/B2/feedshare-shrink_800/0/1700000000000?e=2", *(f"/team.jpg?n={i}" for i in range(12))):
        pages[path] = ("image/jpeg", _jpeg())
    return base, pages


def _post(site, browser, tmp_path: Path, path: str, img: str, script: str = ""):  # type: ignore[no-untyped-def]
    html = (f"<!doctype html><html><body><main><div style='height:3000px'></div><article><h3>Jo Bloggs</h3>"
            f"<span aria-label='Shared with Public'>🌐</span><p>Team day!</p>{img}</article></main>{script}</body></html>")
    with opened_page(site, browser, tmp_path, "facebook", path, html) as (lp, adapter):
        [post] = [p for p in adapter._parse_article(lp, lp.page.locator("article").first, 0, page_comments=False)
                  if p.kind == "post"]
    return post


def test_a_lazysizes_photo_is_read_once_loaded(site, browser, tmp_path):
    img = f'<img class="lazyload" src="{PLACEHOLDER}" data-src="/team.jpg" alt="Team day">'
    post = _post(site, browser, tmp_path, "/lazysizes", img, LOADER)
    assert [m.path is not None for m in post.media] == [True], post.media


def test_a_photo_that_never_loads_is_kept_as_not_examined(site, browser, tmp_path):
    img = f'<img class="lazyload" src="{PLACEHOLDER}" data-src="/team.jpg" alt="Team day">'  # no loader runs
    post = _post(site, browser, tmp_path, "/never", img)
    assert len(post.media) == 1 and post.media[0].path is None and post.media[0].skipped, post.media


def test_an_eager_photo_is_read(site, browser, tmp_path):
    post = _post(site, browser, tmp_path, "/eager", '<img src="/team.jpg" alt="Team day">')
    assert [m.path is not None for m in post.media] == [True], post.media


def test_two_photos_whose_addresses_end_alike_are_both_kept(site, browser, tmp_path):
    """LinkedIn's image addresses end in the same segment (…/feedshare-shrink_800/0/<time>): the second
    photo of a post was taken for the first and dropped, never examined."""
    imgs = ('<img src="/dms/image/A1/feedshare-shrink_800/0/1700000000000?e=1" alt="one">'
            '<img src="/dms/image/B2/feedshare-shrink_800/0/1700000000000?e=2" alt="two">')
    post = _post(site, browser, tmp_path, "/two", imgs)
    assert len(post.media) == 2 and len({m.id for m in post.media}) == 2, post.media


@pytest.mark.parametrize(("imgs", "more"), [
    # Facebook's album tile: five photos shown, "+7" over the last, the seven not on the page at all
    ("".join(f'<img src="/team.jpg?n={i}" alt="p{i}">' for i in range(5)) + "<div><span>+7</span></div>", 7),
    ("".join(f'<img src="/team.jpg?n={i}" alt="p{i}">' for i in range(12)), 2),  # more than the ten read per post
    ("".join(f'<img src="/team.jpg?n={i}" alt="p{i}">' for i in range(2)), 0),
])
def test_photos_of_a_post_not_on_the_page_are_said(site, browser, tmp_path, imgs, more):
    """A post's photos beyond those shown ('+7') or beyond the ten read were never examined and
    nothing said so: the photo checks passed on the first few."""
    html = (f"<!doctype html><html><body><main><article><h3>Jo Bloggs</h3><span aria-label='Shared with Public'>🌐</span>"
            f"<p>Team day!</p>{imgs}</article></main></body></html>")
    with opened_page(site, browser, tmp_path, "facebook", f"/album{more}", html) as (lp, adapter):
        adapter._photos_unread(adapter._parse_article(lp, lp.page.locator("article").first, 0, page_comments=False))
    reasons = [m.reason for m in adapter.missing if m.fact == "photos.unshown"]
    assert (f"{more} photo" in reasons[0]) if more else not reasons, adapter.missing


def test_a_carousels_hidden_photos_are_said(site, browser, tmp_path):
    """Instagram shows a carousel one photo at a time: the photos behind "Next" were never examined."""
    html = ("<!doctype html><html><body><main><div role='article' aria-label='Post by jo'><h1>Team day</h1>"
            "<ul><li><img src='/team.jpg' alt='1'></li></ul><button aria-label='Next'>›</button></div></main></body></html>")
    with opened_page(site, browser, tmp_path, "instagram", "/carousel", html) as (lp, adapter):
        adapter._photos_unread(adapter._parse_article(lp, lp.page.locator("[role=article]").first, 0, page_comments=True))
    assert "“Next” in 1 post" in next(m.reason for m in adapter.missing if m.fact == "photos.unshown")


def test_photos_not_on_the_page_keep_the_photo_checks_from_passing(tmp_path):
    """The evaluation side: one clean photo read, 'photos.unshown' recorded: no photo check passes."""
    from PIL import Image

    from selfaudit.analysis import build_analysis
    from selfaudit.config import Config
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Account, AccountSnapshot, Media, Missing, Post, Provenance, Snapshot

    (tmp_path / "media").mkdir()
    Image.new("RGB", (64, 48), (120, 160, 200)).save(tmp_path / "media" / "a.jpg")
    post = Post(id="1", text="Team day", media=[Media(id="a", path="media/a.jpg", role="post")])

    def photo_results(missing: list) -> dict:  # type: ignore[type-arg]
        acct = AccountSnapshot(account=Account(platform="facebook", handle="jo"), posts=[post], photos=[],
                               provenance=Provenance(source="live", missing=missing))
        ev = evaluate(Snapshot(accounts=[acct]), load_policy(), build_analysis(tmp_path, Config()))
        return {r.check: r.status.value for r in ev.results if r.check in ("photo_shows_people", "photo_location_metadata")}

    assert "pass" in photo_results([]).values()
    got = photo_results([Missing(fact="photos.unshown", reason="7 photo(s) in posts were not examined")])
    assert "pass" not in got.values(), got
