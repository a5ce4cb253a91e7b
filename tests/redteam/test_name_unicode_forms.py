"""A name or handle can reach selfaudit in two Unicode forms: "Zoë" composed (U+00EB) on the profile
and decomposed ("e" + U+0308) in a post's heading, a comment's author or a percent-encoded address
(/in/zoe%CC%88-…). Compared letter by letter they differed, so the person's own post, comment or
shared original became someone else's: their words left out of the text checks (a false pass).
Both sides are now compared NFC-normalised and casefolded."""

from __future__ import annotations

from pathlib import Path

from selfaudit.adapters.live.spec import load_spec

COMPOSED, DECOMPOSED = "Zo\u00eb Bloggs", "Zoe\u0308 Bloggs"


def _adapter(platform: str, tmp_path: Path, *, name: str | None = None, handle: str | None = None):  # type: ignore[no-untyped-def]
    from selfaudit.adapters.live.adapter import LiveAdapter

    a = LiveAdapter(None, load_spec(platform), "http://127.0.0.1:1", storage_state=None, out_dir=tmp_path)  # type: ignore[arg-type]
    a.owner_name, a.handle = name, handle
    return a


def test_a_decomposed_name_in_a_facebook_heading_is_the_persons(tmp_path):
    a = _adapter("facebook", tmp_path, name=COMPOSED, handle="zoe")
    assert a._other_author([{"text": DECOMPOSED, "href": "/zoe", "heading": DECOMPOSED}]) == (None, "post")
    # another person still is another (a friend's post on the timeline)
    assert a._other_author([{"text": "Kim Lee", "href": "/kim", "heading": f"Kim Lee ▶ {DECOMPOSED}"}]) == ("Kim Lee", "wall_post")


def test_a_decomposed_handle_in_an_address_is_the_persons(tmp_path):
    a = _adapter("linkedin", tmp_path, handle="zo%C3%AB-bloggs")
    assert a._other_author([{"text": "", "href": "https://www.linkedin.com/in/zoe%CC%88-bloggs", "heading": ""}]) == (None, "post")
    assert a._other_author([{"text": "", "href": "https://www.linkedin.com/in/kim-lee", "heading": ""}])[1] == "share"


def test_a_public_shared_original_by_the_person_in_the_other_form_is_theirs():
    from selfaudit.adapters.live.public import _posts
    from selfaudit.snapshot import StrangerItem, StrangerView

    view = StrangerView(url="http://127.0.0.1:1/zoe", reachable=True, recognised_as="profile",
                        items=[StrangerItem(what="name", state="shown", text=COMPOSED)])
    posts = _posts(view, [{"text": "look at this", "shared": [{"text": "my old post", "author": DECOMPOSED}]}], [], [], "Facebook")
    assert posts is not None
    assert [(p.kind, p.third_party) for p in posts] == [("post", False), ("share", False)]


def test_the_comparison_helpers_fold_both_forms():
    from selfaudit.adapters.live.authors import same_name as _same_name
    from selfaudit.adapters.live.page import norm
    from selfaudit.adapters.live.stranger import _bare_handle

    assert norm(DECOMPOSED) == norm(COMPOSED)
    assert _same_name(DECOMPOSED, COMPOSED) and _same_name(COMPOSED.upper(), DECOMPOSED)
    assert _same_name("STRASSE", "Straße")  # casefolded, not only lowered
    assert not _same_name("Zoe Bloggs", COMPOSED)  # a different letter stays different
    assert _bare_handle("@zoe\u0308") == _bare_handle("zo\u00eb")
