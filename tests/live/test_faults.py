"""A fixed small sample of bench/bench_faults.py: changes to the X replica's markup or to the
locator data never turn a verdict into a pass (the full sweep is the bench)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_faults.py"


@pytest.fixture(scope="module")
def faults():
    spec = importlib.util.spec_from_file_location("bench_faults", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def x_replica(replicas_mod):
    with replicas_mod.ReplicaServer(persona="high-risk") as srv:
        yield srv


def test_article_renamed_to_section_on_x_adds_no_pass(faults, x_replica, browser, tmp_path):
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.public import collect_public
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import login_with_credentials

    srv = x_replica
    login, password = srv.credentials("x")
    state = login_with_credentials(browser, "x", srv.base_url("x"), login, password)

    def run():
        a = LiveAdapter(browser, load_spec("x"), srv.base_url("x"), storage_state=state, out_dir=tmp_path, max_posts=3, max_photos=0)
        return faults.verdicts([a.collect()]), faults.verdicts([collect_public(srv.profile_url("x"), "x", browser, tmp_path)])

    base_in, base_out = run()
    srv.override_text("x", "<article", "<section")
    srv.override_text("x", "</article>", "</section>")
    try:
        got_in, got_out = run()
    finally:
        srv.clear_overrides("x")
    assert faults.new_passes(base_in, got_in) == []
    assert faults.new_passes(base_out, got_out) == []
    assert got_out[("stranger_view_exposure", "x")] == "fail"  # the test ids still show the posts


@pytest.mark.parametrize("path", [
    ("stranger", "items", "posts", 1),          # data-testid=tweet
    ("stranger", "kinds", "closed_profile", 1),  # "These posts are protected"
    ("stranger", "kinds", "platform", 1),
    ("stranger", "items", "headline", 2),
])
def test_locator_entry_changes_add_no_pass(faults, x_replica, browser, path):
    runs = list(_runs_for(faults, browser, x_replica, [path]))
    assert len(runs) == 3
    assert all(passes == [] for _, passes in runs), runs


def _runs_for(faults, browser, srv, paths):
    """bench_faults.stranger_runs restricted to the given entries."""
    orig = faults.entries
    faults.entries = lambda d, path=(): iter(paths)
    try:
        yield from faults.stranger_runs(browser, srv, "x", None)
    finally:
        faults.entries = orig


def test_entries_cover_every_platform_locator_file(faults):
    from selfaudit.adapters.live.spec import LIVE_PLATFORMS, load_spec

    for p in LIVE_PLATFORMS:
        paths = list(faults.entries(load_spec(p).model_dump()))
        assert any(x[0] == "stranger" for x in paths) and any(x[0] == "settings" for x in paths)
        assert ("posts", "element") in paths


# -- the logged-in audit: each hole the full sweep (bench_faults.py --scope loggedin) found once --------------
@pytest.fixture(scope="module")
def loggedin_audit(faults, x_replica, browser, tmp_path_factory):
    """Run the high-risk persona's logged-in audit of one platform with (a mutation of) its locator data."""
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.spec import PlatformSpec, load_spec
    from selfaudit.adapters.sessions import login_with_credentials
    from selfaudit.errors import SelfauditError

    class PostsFirst(LiveAdapter):
        """The audit as shipped, minus the settings and stranger pages these holes do not touch (for speed)."""

        def _settings(self, lp):
            return []

        def _stranger(self):
            raise SelfauditError("not read in this test")

    srv, states, out = x_replica, {}, tmp_path_factory.mktemp("faults")
    unchanged: dict = {}

    def run(platform, path=None, how=None, fresh=False):
        if platform not in states:
            states[platform] = login_with_credentials(browser, platform, srv.base_url(platform), *srv.credentials(platform))
        if path is None and platform in unchanged and not fresh:
            return unchanged[platform]
        spec = load_spec(platform)
        if path:
            spec = PlatformSpec.model_validate(faults.mutate(spec.model_dump(), path, how))
        # Facebook: past the posts with comments, to posts whose own count says 0 (read, with that evidence)
        a = PostsFirst(browser, spec, srv.base_url(platform), storage_state=states[platform], out_dir=out,
                       max_posts=6 if platform == "facebook" else 3, max_photos=0)
        acct = a.collect()
        if path is None and not fresh:
            unchanged[platform] = faults.verdicts([acct]), acct
        return faults.verdicts([acct]), acct

    return run


@pytest.mark.parametrize(("platform", "path", "how", "fact"), [
    # Instagram reads others' comments on each post's own page: the list not found is not "no comments"
    ("instagram", ("posts", "comments_name", 0), "removed", "posts.comments"),
    # Instagram's caption is a heading the whole-post fallback leaves out: the text not found is recorded
    ("instagram", ("posts", "text", 0), "removed", "posts.text"),
    # Facebook shows comments under each post: a post whose count says 2 comments, none found, is unread
    ("facebook", ("posts", "comments_name", 0), "renamed", "posts.comments"),
    # a post with no comments shows no count: without its count in the page's own data it is unread
    ("facebook", ("posts", "comments_data", "count", 0), "removed", "posts.comments"),
    ("linkedin", ("posts", "comments_data", "post_id", 0), "renamed", "posts.comments"),
])
def test_loggedin_locator_fault_adds_no_pass(loggedin_audit, faults, platform, path, how, fact):
    base, base_acct = loggedin_audit(platform)
    assert base_acct.provenance.missing_reason(fact) is None  # the unchanged data reads it, with evidence
    got, acct = loggedin_audit(platform, path, how)
    assert faults.new_passes(base, got) == []
    why = acct.provenance.missing_reason(fact)
    assert why and "looked for" in why  # recorded unread, saying what was looked for
    assert got[("post_offensive_language", platform)] != "pass"


def test_fewer_comments_read_than_the_post_counts_is_not_a_full_read(loggedin_audit, faults, x_replica):
    """Facebook shows one or two comments under a post and hides the rest behind "View more comments":
    an abusive comment among the hidden ones must not let the post pass."""
    base, base_acct = loggedin_audit("facebook")
    assert base_acct.provenance.missing_reason("posts.comments") is None  # every count matches what was read
    srv = x_replica
    try:
        for n in range(1, 10):  # each post now says it has ten more comments than it shows
            srv.override_text("facebook", f"<span>{n} comment{'' if n == 1 else 's'}</span>", f"<span>{n + 10} comments</span>")
        got, acct = loggedin_audit("facebook", fresh=True)
    finally:
        srv.clear_overrides("facebook")
    why = acct.provenance.missing_reason("posts.comments")
    assert why and "only some of the comments were read" in why and " of 1" in why
    assert faults.new_passes(base, got) == []
    assert got[("post_offensive_language", "facebook")] != "pass"


def test_a_post_without_a_caption_leaves_the_text_read(loggedin_audit, x_replica):
    """A photo posted on its own has no caption element: the others' captions show the locator works,
    so the account's text is still read (a locator that finds no caption anywhere is the broken case,
    test_loggedin_locator_fault_adds_no_pass)."""
    _, base_acct = loggedin_audit("facebook")
    post = next(p for p in base_acct.posts if p.kind == "post" and p.text and "&" not in p.text and "<" not in p.text
                and "'" not in p.text and '"' not in p.text)
    srv = x_replica
    try:
        srv.override_text("facebook", f'data-ad-preview="message">{post.text}</div>', 'data-x="no caption"></div>')
        _, acct = loggedin_audit("facebook", fresh=True)
    finally:
        srv.clear_overrides("facebook")
    assert acct.provenance.missing_reason("posts.text") is None
    assert any("showed no text of their own" in n for n in acct.provenance.notes)


# -- each post's comment count in the page's own data (locator posts.comments_data) ---------------------------
# The replicas, like the real pages, show no count under a post with no comments; the count is in the page's
# data: Facebook's MLiveData script entries (comment_count), LinkedIn's embedded JSON (numComments).
_DATA_COUNT = {"facebook": ("comment_count:{n},", "comment_total:{n},"),
               "linkedin": ("&#34;numComments&#34;:{n},", "&#34;numCommentz&#34;:{n},")}


@pytest.mark.parametrize("platform", ["facebook", "linkedin"])
def test_a_post_whose_own_data_says_0_comments_is_read_with_that_evidence(loggedin_audit, platform):
    _, acct = loggedin_audit(platform)
    own = [p for p in acct.posts if p.kind == "post"]
    bare = [p for p in own if not any(c.parent_id == p.id for c in acct.posts)]
    assert bare  # posts with no comments list and, as on the platform, no count shown
    assert acct.provenance.missing_reason("posts.comments") is None
    said = acct.provenance.empty_evidence("posts.comments")
    assert said and "page's own data says 0" in said and f"{len(bare)} of {len(own)}" in said


def _audit_with_page_changed(loggedin_audit, x_replica, platform, old, new):
    """(the unchanged run's verdicts, the verdicts and account with ``old`` served as ``new``)."""
    base, _ = loggedin_audit(platform)
    try:
        x_replica.override_text(platform, old, new)
        got, acct = loggedin_audit(platform, fresh=True)
    finally:
        x_replica.clear_overrides(platform)
    return base, got, acct


@pytest.mark.parametrize("platform", ["facebook", "linkedin"])
def test_a_post_whose_own_data_counts_more_comments_than_were_read_is_not_all_read(loggedin_audit, faults, x_replica, platform):
    said, _ = _DATA_COUNT[platform]
    # the data of each post with one comment shown now counts three
    base, got, acct = _audit_with_page_changed(loggedin_audit, x_replica, platform, said.format(n=1), said.format(n=3))
    why = acct.provenance.missing_reason("posts.comments")
    assert why and "only some of the comments were read" in why and "1 of 3" in why
    assert faults.new_passes(base, got) == []
    assert got[("post_offensive_language", platform)] != "pass"


@pytest.mark.parametrize("platform", ["facebook", "linkedin"])
def test_a_post_whose_data_has_no_count_is_not_read(loggedin_audit, faults, x_replica, platform):
    """The key renamed: no count of 0 anywhere, so a post with no comments shown is unread (could not tell)."""
    said, other = _DATA_COUNT[platform]
    base, got, acct = _audit_with_page_changed(loggedin_audit, x_replica, platform, said.format(n=0), other.format(n=0))
    why = acct.provenance.missing_reason("posts.comments")
    assert why and "not recognised as 0" in why and "page's own data" in why
    assert acct.provenance.empty_evidence("posts.comments") is None
    assert faults.new_passes(base, got) == []
    assert got[("post_offensive_language", platform)] != "pass"


def _no_post_named(d: dict) -> None:
    """Facebook: the script regex no longer names the post ({id} → any number): another post's count is no evidence."""
    f = d["posts"]["comments_data"]["count"][0]
    f["script_regex"] = f["script_regex"].replace("{id}", r"\d+")


def _no_where(d: dict) -> None:
    """LinkedIn: the JSON probes no longer say which object is the post's: any numComments would do."""
    for f in d["posts"]["comments_data"]["count"]:
        f.pop("where", None)


def _id_regex_off(d: dict) -> None:
    d["posts"]["comments_data"]["post_id"][0]["regex"] = "^(urn:li:nothing:\\d+)$"


def _no_entry(d: dict) -> None:
    """Facebook: without where each of the post's entries begins, an entry the count regex cannot read would go unseen."""
    d["posts"]["comments_data"]["count"][0].pop("entry_regex")


def _entry_elsewhere(d: dict) -> None:
    """Facebook: the entries found are not where the count regex reads: no count is taken from anywhere else."""
    f = d["posts"]["comments_data"]["count"][0]
    f["entry_regex"] = f["entry_regex"].replace("MLiveData", "MLiveDatum")


@pytest.mark.parametrize(("platform", "change"), [("facebook", _no_post_named), ("linkedin", _no_where),
                                                  ("linkedin", _id_regex_off), ("facebook", _no_entry),
                                                  ("facebook", _entry_elsewhere)])
def test_a_data_probe_that_does_not_name_the_post_gives_no_count(faults, x_replica, browser, tmp_path, platform, change):
    """The modifiers the sweep does not mutate: a count is only ever read for the post it names."""
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.spec import PlatformSpec, load_spec
    from selfaudit.adapters.sessions import login_with_credentials
    from selfaudit.errors import SelfauditError

    class PostsOnly(LiveAdapter):
        def _settings(self, lp):
            return []

        def _stranger(self):
            raise SelfauditError("not read in this test")

    d = load_spec(platform).model_dump()
    change(d)
    state = login_with_credentials(browser, platform, x_replica.base_url(platform), *x_replica.credentials(platform))
    a = PostsOnly(browser, PlatformSpec.model_validate(d), x_replica.base_url(platform), storage_state=state,
                  out_dir=tmp_path, max_posts=6 if platform == "facebook" else 3, max_photos=0)
    acct = a.collect()
    assert a._data_count == {}
    why = acct.provenance.missing_reason("posts.comments")
    assert why and "not recognised as 0" in why
    assert faults.verdicts([acct])[("post_offensive_language", platform)] != "pass"
