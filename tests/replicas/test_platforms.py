"""Instagram, X and LinkedIn replicas (and all four together) in a real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from selfaudit.replicas import SPECS, ReplicaServer

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("platform", ["instagram", "x", "linkedin"])
def test_login_form_sets_session(platform, high_risk, visit):
    v = visit()
    v.login(high_risk, platform)
    spec = SPECS[platform]
    assert v.page.url == high_risk.base_url(platform) + spec.home_path
    cookie = next(c for c in v.context.cookies() if c["name"] == spec.session_cookie)
    assert cookie["httpOnly"] and cookie["path"] == f"/{platform}"


SETTINGS = {
    # platform: (settings path, role, label, high-risk value, compliant value)
    "instagram": [
        ("/accounts/who_can_see_your_content/", "switch", "Private account", False, True),
        ("/accounts/tags_and_mentions/", "combobox", "Who can tag you", "Allow tags from everyone", "Allow tags from people you follow"),
    ],
    "x": [
        ("/settings/audience_and_tagging", "checkbox", "Protect your posts", False, True),
        ("/settings/tagging", "combobox", "Photo tagging", "Anyone can tag you", "Off"),
    ],
    "linkedin": [
        ("/public-profile/settings", "switch", "Your profile's public visibility", True, False),
        ("/public-profile/settings", "combobox", "Profile photo", "Public", "Your connections"),
        ("/mypreferences/d/categories/privacy", "combobox", "Who can see or download your email address", "Anyone on LinkedIn", "Only visible to me"),
    ],
}


@pytest.mark.parametrize("platform", list(SETTINGS))
@pytest.mark.parametrize("persona", ["high_risk", "compliant"])
def test_settings_by_role(platform, persona, request, visit):
    srv = request.getfixturevalue(persona)
    v = visit()
    v.as_owner(srv, platform)
    current = None
    for path, role, label, hr_value, comp_value in SETTINGS[platform]:
        want = hr_value if persona == "high_risk" else comp_value
        if path != current:
            v.page.goto(srv.base_url(platform) + path)
            current = path
        control = v.page.get_by_role(role, name=label, exact=True)
        if role == "combobox":
            assert control.input_value() == want, label
        else:
            assert control.is_checked() is want, label


def test_stranger_views_high_risk(high_risk, visit):
    v = visit()
    page = v.page
    # Instagram: header and grid, then the login prompt
    page.goto(high_risk.profile_url("instagram"))
    v.accept_cookies()
    assert page.get_by_role("link", name="Halloween carnage", exact=False).count() == 1
    assert page.get_by_text("This account is private").count() == 0
    assert page.get_by_role("dialog", name="Log in to Instagram").is_visible()
    # X: public posts and the bottom bar
    page.goto(high_risk.profile_url("x"))
    v.accept_cookies()
    assert page.get_by_role("article").count() == 3
    assert page.get_by_text("Don’t miss what’s happening").is_visible()
    assert page.get_by_text("These posts are protected").count() == 0
    # LinkedIn: the public profile with only "Anyone" posts
    page.goto(high_risk.profile_url("linkedin"))
    v.accept_cookies()
    assert page.get_by_role("heading", name="Sam Okafor").is_visible()
    assert page.get_by_role("dialog", name="Sign in to view more content").is_visible()
    # logged out, activity is list items in a section (as on the real public profile), only "Anyone" posts
    assert page.locator("section[data-section=posts] li").count() == 3
    assert page.get_by_role("img", name="Connections only", exact=True).count() == 0
    assert "Hackney Council" in page.get_by_role("region", name="About").inner_text() or \
        "Hackney Council" in page.inner_text("main")


def test_stranger_views_compliant(compliant, visit):
    v = visit()
    page = v.page
    page.goto(compliant.profile_url("instagram"))
    v.accept_cookies()
    assert page.get_by_text("This account is private").is_visible()
    assert page.get_by_text("Already follow priya.grows? Switch to the app or log in to see their photos and videos.").is_visible()
    assert page.locator("a[href*='/p/']").count() == 0
    page.goto(compliant.profile_url("x"))
    v.accept_cookies()
    assert page.get_by_text("These posts are protected").is_visible()
    assert page.get_by_text("Only approved followers can see @priyareads’s posts.", exact=False).is_visible()
    assert page.get_by_role("img", name="Protected account").count() >= 1
    assert page.get_by_role("article").count() == 0
    assert page.get_by_role("tablist").count() == 0
    page.goto(compliant.profile_url("linkedin"))
    v.accept_cookies()
    assert "/linkedin/authwall" in page.url
    assert page.get_by_role("heading", name="Join LinkedIn").is_visible()
    assert "Priya" not in page.inner_text("body")


def test_typical_mixed_stranger_view(typical, visit):
    v = visit()
    page = v.page
    page.goto(typical.profile_url("facebook"))
    v.accept_cookies()
    arts = page.get_by_role("article")
    assert arts.count() == 1 and "Family BBQ" in arts.first.inner_text()
    assert page.get_by_role("link", name="344 friends").count() == 1
    page.goto(typical.profile_url("x"))
    assert page.get_by_text("These posts are protected").is_visible()
    page.goto(typical.profile_url("instagram"))
    assert page.get_by_text("This account is private").count() == 0


def test_pagination_and_comments(high_risk, visit):
    v = visit()
    page = v.page
    v.as_owner(high_risk, "x")
    page.goto(high_risk.profile_url("x"))
    tweets = page.get_by_role("article")
    assert tweets.count() == 3
    page.get_by_role("button", name="Show more").click()
    expect(tweets).to_have_count(6)
    expect(page.get_by_role("button", name="Show more")).to_have_count(0)
    page.get_by_role("link", name="Oct 12, 2026").click()
    comments = page.get_by_role("list", name="Comments")
    assert "nobody gives a fuck" in comments.inner_text() and "Dean Harper" in comments.inner_text()
    v.as_owner(high_risk, "linkedin")
    page.goto(high_risk.base_url("linkedin") + "/in/sam-okafor-family-support/recent-activity/all/")
    posts = page.get_by_role("article")
    assert posts.count() == 3
    page.get_by_role("button", name="Show more results").click()
    expect(posts).to_have_count(4)
    assert posts.get_by_role("img", name="Connections only", exact=True).count() == 1
    v.as_owner(high_risk, "instagram")
    page.goto(high_risk.profile_url("instagram"))
    grid = page.locator("a[href*='/instagram/p/']")
    assert grid.count() == 6
    page.get_by_role("button", name="Show more posts from sam.okafor91").click()
    expect(grid).to_have_count(7)
    grid.first.click()
    art = page.get_by_role("article")
    assert "Halloween carnage" in art.inner_text()
    assert "deanh_88" in art.get_by_role("list", name="Comments").inner_text()


def test_save_button_posts_and_changes_stranger_view(browser, visit):
    with ReplicaServer("high-risk") as srv:
        v = visit()
        v.as_owner(srv, "instagram")
        v.page.goto(srv.base_url("instagram") + "/accounts/who_can_see_your_content/")
        switch = v.page.get_by_role("switch", name="Private account")
        switch.check()  # changing a control alone sends nothing
        assert srv.posts_after(0) == []
        v.page.get_by_role("button", name="Save").click()
        expect(v.page.get_by_role("status")).to_be_visible()  # waits for the page the save led to
        assert [r.path for r in srv.posts_after(0)] == ["/instagram/settings/save"]
        s = visit()
        s.page.goto(srv.profile_url("instagram"))
        assert s.page.get_by_text("This account is private").is_visible()


def test_override_text_on_x(visit):
    with ReplicaServer("compliant") as srv:
        srv.override_text("x", "Protect your posts", "Keep your posts private")
        v = visit()
        v.as_owner(srv, "x")
        v.page.goto(srv.base_url("x") + "/settings/audience_and_tagging")
        assert v.page.get_by_role("checkbox", name="Protect your posts").count() == 0
        assert v.page.get_by_role("checkbox", name="Keep your posts private").is_checked()


def test_every_request_stays_on_loopback(high_risk, visit):
    """Owner and stranger visits of every platform load nothing from outside 127.0.0.1."""
    owner, stranger = visit(), visit()
    for platform in ("facebook", "instagram", "x", "linkedin"):
        owner.as_owner(high_risk, platform)
        for url in [high_risk.profile_url(platform), *high_risk.settings_urls(platform)[:1]]:
            owner.page.goto(url)
            owner.page.mouse.wheel(0, 5000)
        stranger.page.goto(high_risk.profile_url(platform))
        stranger.page.mouse.wheel(0, 5000)
    owner.page.wait_for_timeout(200)
    urls = [u for _, u in owner.requests + stranger.requests]
    assert len(urls) > 20
    outside = [u for u in urls if not (u.startswith(high_risk.origin + "/") or u.startswith("data:"))]
    assert outside == []
    assert {m for m, _ in owner.requests + stranger.requests} == {"GET"}
