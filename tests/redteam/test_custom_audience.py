"""Facebook's "Custom" audience can include Friends of friends or lists whose reach the page does
not show: what it includes is not evidence of "friends only". It was ranked narrower than Friends,
so an unlocked profile whose future posts were Custom (the rest Friends) passed account privacy,
a Custom contact detail beside an Only-me one passed, and a Custom post was silently fine."""

from __future__ import annotations

from selfaudit.adapters.live.adapter import widest_of
from selfaudit.findings import Status
from selfaudit.snapshot import Audience as A
from selfaudit.snapshot import Post
from tests.redteam.test_markers_other_wording import _PAGE, _read
from tests.test_evaluate import account, findings_of, run, setting

KEYS = ["future_posts", "friends_list", "photos", "wall_posts"]


def test_a_custom_setting_is_not_read_as_friends():
    found = {"future_posts": A.CUSTOM, "friends_list": A.FRIENDS, "photos": A.FRIENDS, "wall_posts": A.ONLY_ME}
    assert widest_of(found, KEYS) == A.CUSTOM  # review: who is on the list is not on the page


def test_a_wider_known_setting_still_outranks_custom():
    found = {"future_posts": A.CUSTOM, "friends_list": A.LOGGED_IN, "photos": A.FRIENDS, "wall_posts": A.ONLY_ME}
    assert widest_of(found, KEYS) == A.LOGGED_IN
    assert widest_of({**found, "photos": A.PUBLIC}, KEYS) == A.PUBLIC


def test_friends_settings_without_custom_still_pass():
    found = {"future_posts": A.FRIENDS, "friends_list": A.ONLY_ME, "photos": A.FRIENDS, "wall_posts": A.FRIENDS}
    assert widest_of(found, KEYS) == A.FRIENDS


def test_account_privacy_derived_as_custom_is_review_saying_what_to_check():
    [f] = findings_of(run(account(settings=[setting("account_privacy", "custom", "Off")])), "account_privacy_open")
    assert f.status == Status.REVIEW and "custom" in f.title.lower()


def test_a_custom_post_is_review_not_silently_fine():
    ev = run(account(posts=[Post(id="1", audience="custom", audience_label="Custom"), Post(id="2", audience="friends")]))
    fs = findings_of(ev, "post_audience_public")
    assert [(f.item, f.status) for f in fs] == [("post:1", Status.REVIEW)]
    assert "custom" in fs[0].title.lower()
    # a friends-only post alone still passes (the negative)
    [p] = findings_of(run(account(posts=[Post(id="2", audience="friends")])), "post_audience_public")
    assert p.status == Status.PASS


def test_a_custom_contact_detail_beside_only_me_is_custom(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/about"] = _PAGE.format(second="Shared with Custom")
    _, got = _read(browser, base, tmp_path)
    assert got is not None and got[0].audience == A.CUSTOM and got[0].option == "Custom"


def test_a_friends_of_friends_detail_outranks_custom(page_server, browser, tmp_path):
    base, pages = page_server
    pages["/about"] = _PAGE.format(second="Shared with Friends of friends")
    _, got = _read(browser, base, tmp_path)
    assert got is not None and got[0].audience == A.FRIENDS_OF_FRIENDS


def test_a_meta_export_giving_a_setting_as_friends_and_custom_is_custom():
    # the export side's ranking had Custom narrower than Friends: "Friends" beside "Custom" passed
    from selfaudit.adapters.export.meta_labels import LabelValue, _one
    from selfaudit.snapshot import AudienceSetting

    def s(option: str, audience: A) -> tuple[AudienceSetting, LabelValue]:
        return (AudienceSetting(key="future_posts", label="Who can see your future posts?", option=option, audience=audience),
                LabelValue(label="Who can see your future posts?", value=option))

    assert _one([s("Friends", A.FRIENDS), s("Custom", A.CUSTOM)]).audience == A.CUSTOM
    assert _one([s("Custom", A.CUSTOM), s("Public", A.PUBLIC)]).audience == A.PUBLIC
    assert _one([s("Friends", A.FRIENDS), s("Only me", A.ONLY_ME)]).audience == A.FRIENDS
