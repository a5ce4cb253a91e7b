"""The text checks run over a snapshot through the real evaluation."""

from selfaudit.analysis import build_analysis
from selfaudit.config import Config
from selfaudit.evaluate import evaluate
from selfaudit.findings import Status
from selfaudit.policy import load_policy
from selfaudit.snapshot import Account, AccountSnapshot, Missing, Post, Profile, Provenance, Snapshot

TEXT_CHECKS = {"bio_disclaimer_missing", "post_offensive_language", "post_possible_offence", "post_confidential_info", "post_names_organisation"}


def _snap(profile=None, posts=None, missing=()):
    acct = AccountSnapshot(
        account=Account(platform="x", handle="jo"),
        profile=profile,
        posts=posts,
        provenance=Provenance(source="fixture", missing=[Missing(fact=f, reason=r) for f, r in missing]),
    )
    return Snapshot(accounts=[acct])


def _run(snap, config=None):
    config = config or Config()
    ev = evaluate(snap, load_policy(), build_analysis(None, config))
    return {r.check: r for r in ev.results if r.check in TEXT_CHECKS}


def test_clean_account_passes_every_text_check():
    res = _run(_snap(Profile(bio="Social worker. Personal account, views my own."), [Post(id="1", text="Lovely walk by the canal"), Post(id="2", text="Bake sale on Saturday")]))
    assert {c: r.status for c, r in res.items()} == {c: Status.PASS for c in TEXT_CHECKS}
    assert res["post_offensive_language"].examined == 2


def test_flagged_posts_one_finding_each_with_evidence():
    posts = [
        Post(id="a", text="You are a fucking idiot", url="https://x.test/a"),
        Post(id="b", text="So drunk last night lol"),
        Post(id="c", text="Case conference for Jayden (7) on Mare Street"),
        Post(id="d", text="Hackney Council are a shambles"),
        Post(id="e", text="Nice weather"),
    ]
    res = _run(_snap(Profile(bio="Views my own"), posts))
    off = res["post_offensive_language"]
    assert off.status == Status.FAIL and off.examined == 5
    [f] = off.findings
    assert f.item == "post:a" and f.evidence.text == "You are a fucking idiot" and f.evidence.matched
    assert f.evidence.url == "https://x.test/a"
    assert [f.item for f in res["post_possible_offence"].findings] == ["post:b"]
    assert res["post_possible_offence"].status == Status.REVIEW
    assert [f.item for f in res["post_confidential_info"].findings] == ["post:c"]
    assert res["post_confidential_info"].status == Status.FAIL
    assert [f.item for f in res["post_names_organisation"].findings] == ["post:d"]


def test_third_party_comment_is_checked_and_marked():
    posts = [Post(id="c1", kind="comment", text="You're a pathetic loser", third_party=True, author="Dave")]
    res = _run(_snap(Profile(bio="Views my own"), posts))
    [f] = res["post_offensive_language"].findings
    assert f.third_party and f.status == Status.FAIL
    assert "Dave" in f.title and "hide or delete" in f.fix.lower()


def test_employer_in_profile_raises_severity():
    post = [Post(id="1", text="So drunk last night lol")]
    plain = _run(_snap(Profile(bio="Views my own"), post))["post_possible_offence"].findings[0]
    linked = _run(_snap(Profile(bio="Social worker at Hackney Council. Views my own"), post))["post_possible_offence"].findings[0]
    assert plain.severity.value == "medium" and linked.severity.value == "high"
    assert linked.evidence.details["employer_identified"] == ["Hackney Council"]


def test_disclaimer_missing_fails_and_names_employer():
    res = _run(_snap(Profile(bio="Social worker at Hackney Council", headline=""), []))
    f = res["bio_disclaimer_missing"].findings[0]
    assert f.status == Status.FAIL and f.severity.value == "high"


def test_disclaimer_in_pinned_post_or_location_passes():
    res = _run(_snap(Profile(bio="Dad of two"), [Post(id="p", text="Pinned: personal account, all views expressed here are my own", pinned=True)]))
    assert res["bio_disclaimer_missing"].status == Status.PASS
    res = _run(_snap(Profile(bio="Dad of two", location="London | personal account | views mine"), []))
    assert res["bio_disclaimer_missing"].status == Status.PASS


def test_disclaimer_unclear_is_review():
    res = _run(_snap(Profile(bio="My views on social work"), []))
    assert res["bio_disclaimer_missing"].status == Status.REVIEW


def test_not_collected_is_not_checked_never_pass():
    res = _run(_snap(None, None, missing=[("profile", "login wall"), ("posts", "export had no posts")]))
    for c in TEXT_CHECKS:
        assert res[c].status == Status.NOT_CHECKED, c
    assert res["bio_disclaimer_missing"].findings[0].reason == "login wall"


def test_profile_with_no_fields_collected_is_not_checked():
    res = _run(_snap(Profile(name="Jo"), []))
    assert res["bio_disclaimer_missing"].status == Status.NOT_CHECKED


def test_switched_off_category_and_disclaimer():
    cfg = Config(text={"disabled": ["alcohol", "disclaimer"]})
    res = _run(_snap(Profile(bio="nothing"), [Post(id="1", text="So drunk last night lol")]), cfg)
    # the post is not flagged, and the report says alcohol was not looked for: never a clean pass
    offence = res["post_possible_offence"]
    assert offence.status == Status.NOT_CHECKED and offence.flagged == 0
    assert "alcohol" in offence.findings[0].reason
    assert res["bio_disclaimer_missing"].status == Status.NOT_CHECKED


def test_every_category_of_a_check_switched_off_is_not_checked():
    from selfaudit.analysis.text import OFFENSIVE_CATEGORIES

    cfg = Config(text={"disabled": list(OFFENSIVE_CATEGORIES)})
    res = _run(_snap(Profile(bio="x"), [Post(id="1", text="You are a fucking idiot, I will kill you")]), cfg)
    r = res["post_offensive_language"]
    assert r.status == Status.NOT_CHECKED and "switched off" in r.findings[0].reason


def test_media_captions_are_checked():
    from selfaudit.snapshot import Media

    post = Post(id="m", text="", media=[Media(id="i1", caption="Hammered at the Christmas party")])
    res = _run(_snap(Profile(bio="Views my own"), [post]))
    assert res["post_possible_offence"].status == Status.REVIEW


def test_naming_the_organisation_next_to_a_risky_post_raises_its_severity():
    posts = [Post(id="1", text="Hackney Council Christmas party, absolutely hammered"), Post(id="2", text="Proud to work for Hackney Council")]
    res = _run(_snap(Profile(bio="Views my own"), posts))
    sev = {f.item: f.severity.value for f in res["post_names_organisation"].findings}
    assert sev == {"post:1": "medium", "post:2": "low"}


def test_prepare_batches_every_text_and_reports_progress():
    from selfaudit.analysis.text import TextAnalyser, post_text

    snap = _snap(Profile(bio="Views my own", headline="Nurse"), [Post(id="1", text="So drunk lol"), Post(id="2", text="Hi", pinned=True)])
    a = TextAnalyser(Config())
    calls = []
    a.prepare(snap, None, progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls[0] == (0, 5, "texts") and calls[-1] == (5, 5, "texts")
    posts = snap.accounts[0].posts
    assert (post_text(posts[0]), False) in a._cache and ("Views my own", True) in a._cache


def test_album_photo_captions_are_checked_once():
    from selfaudit.snapshot import Media

    shared = Media(id="m1", caption="Nice view")
    acct_posts = [Post(id="p", text="Holiday", media=[shared])]
    photos = [shared, Media(id="m2", caption="Got arrested at the match lol", author="Kev", third_party=True)]
    snap = _snap(Profile(bio="Views my own"), acct_posts)
    snap.accounts[0].photos = photos
    res = _run(snap)
    off = res["post_possible_offence"]
    assert off.examined == 2  # the post (with its photo's caption) and the album-only photo
    [f] = off.findings
    assert f.item == "photo:m2" and f.third_party and "Kev" in f.title
