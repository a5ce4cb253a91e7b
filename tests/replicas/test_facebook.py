"""Facebook replica in a real Chromium: login, settings by role, stranger views, faults."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_login_sets_httponly_session_and_lands_on_home(high_risk, visit):
    v = visit()
    v.login(high_risk, "facebook")
    assert v.page.url == high_risk.base_url("facebook") + "/"
    cookies = {c["name"]: c for c in v.context.cookies()}
    assert cookies["xs"]["httpOnly"] is True
    assert cookies["xs"]["path"] == "/facebook"
    # the home feed is a logged-in page
    assert v.page.get_by_role("feed", name="News Feed").is_visible()
    posts = [r for r in high_risk.request_log if r.method == "POST"]
    assert posts and posts[-1].path == "/facebook/login/" and posts[-1].platform == "facebook"


def test_wrong_password_stays_on_login_form(high_risk, visit):
    v = visit()
    v.page.goto(high_risk.login_url("facebook"))
    v.accept_cookies()
    v.page.get_by_label("Email address or phone number").fill(high_risk.credentials("facebook")[0])
    v.page.get_by_label("Password", exact=True).fill("wrong")
    v.page.get_by_role("button", name="Log in", exact=True).click()
    assert v.page.get_by_role("alert").inner_text() == "The password that you've entered is incorrect."
    assert not [c for c in v.context.cookies() if c["name"] == "xs"]


@pytest.mark.parametrize(
    "persona,expected",
    [
        ("high_risk", {"Who can see your future posts?": "Public", "Who can see your friends list?": "Public",
                       "Lock your profile": False,
                       "Do you want search engines outside Facebook to link to your profile?": True}),
        ("compliant", {"Who can see your future posts?": "Friends", "Who can see your friends list?": "Only me",
                       "Lock your profile": True,
                       "Do you want search engines outside Facebook to link to your profile?": False}),
    ],
)
def test_settings_readable_by_role(persona, expected, request, visit):
    srv = request.getfixturevalue(persona)
    v = visit()
    v.as_owner(srv, "facebook")
    v.page.goto(srv.base_url("facebook") + "/settings/?tab=privacy")
    for label, want in expected.items():
        if isinstance(want, bool):
            assert v.page.get_by_role("switch", name=label).is_checked() is want, label
        else:
            box = v.page.get_by_role("combobox", name=label)
            assert box.input_value() == want, label
            assert box.locator("option:checked").inner_text() == want
    v.page.goto(srv.base_url("facebook") + "/settings/?tab=profile_and_tagging")
    tagged = v.page.get_by_role("combobox", name="Who can see posts that you're tagged in on your profile?")
    assert tagged.input_value() == srv.persona.setting("facebook", "tagged_posts")


def test_stranger_sees_high_risk_public_posts(high_risk, visit):
    v = visit()
    v.page.goto(high_risk.profile_url("facebook"))
    v.accept_cookies()
    page = v.page
    assert page.get_by_role("dialog", name="See more on Facebook").is_visible()
    articles = page.get_by_role("article")
    assert articles.count() == 3
    assert "Absolutely wasted" in articles.first.inner_text()
    assert articles.first.get_by_role("img", name="Shared with Public").count() == 1
    # "See more" loads the next page with a GET
    page.get_by_role("button", name="See more").click()
    expect_count(articles, 6)
    comments = page.get_by_role("list", name="Comments")
    texts = " ".join(comments.all_inner_texts())
    assert "nobody gives a fuck" in texts and "Dean Harper" in texts
    # the friends-only birthday post is not shown to a stranger
    page.get_by_role("button", name="See more").click()
    expect_count(articles, 7)
    assert "birthday wishes" not in page.inner_text("body")
    assert page.get_by_role("button", name="See more").count() == 0
    assert not page.get_by_text("locked their profile").count()


def test_stranger_sees_compliant_profile_locked(compliant, visit):
    v = visit()
    v.page.goto(compliant.profile_url("facebook"))
    v.accept_cookies()
    assert v.page.get_by_text("Priya Shah locked their profile").is_visible()
    assert v.page.get_by_role("article").count() == 0
    v.page.goto(compliant.base_url("facebook") + "/priya.shah.hv/friends")
    assert v.page.get_by_text("No friends to show").is_visible()
    # a post permalink is unavailable to strangers
    post = compliant.sites["facebook"].post_url(compliant.persona.facebook.posts[0])
    v.page.goto(compliant.origin + post)
    assert v.page.get_by_text("This content isn't available right now").is_visible()


def test_owner_sees_all_posts_with_audience(compliant, visit):
    v = visit()
    v.as_owner(compliant, "facebook")
    v.page.goto(compliant.profile_url("facebook"))
    arts = v.page.get_by_role("article")
    assert arts.count() == 3
    assert arts.first.get_by_role("img", name="Shared with Friends").count() == 1
    v.page.get_by_role("button", name="See more").click()
    expect_count(arts, 5)
    assert arts.nth(4).get_by_role("img", name="Shared with Only me").count() == 1


def test_lazy_images_load_when_scrolled(high_risk, visit):
    v = visit()
    v.page.goto(high_risk.profile_url("facebook"))
    v.accept_cookies()
    img = v.page.get_by_role("article").nth(2).get_by_role("img", name=re.compile("desk with a monitor"))
    assert img.get_attribute("src").startswith("data:")
    img.scroll_into_view_if_needed()
    v.page.wait_for_function("el => !el.src.startsWith('data:') && el.complete && el.naturalWidth > 0", arg=img.element_handle())
    assert "/facebook/media/high-risk-office.jpg" in img.get_attribute("src")


def test_expired_session_goes_to_login(high_risk, visit):
    v = visit()
    v.as_owner(high_risk, "facebook")
    settings = high_risk.base_url("facebook") + "/settings/?tab=privacy"
    v.page.goto(settings)
    assert v.page.get_by_role("combobox", name="Who can see your future posts?").count() == 1
    high_risk.expire_sessions("facebook")
    v.page.goto(settings)
    assert "/facebook/login/" in v.page.url
    assert v.page.get_by_label("Email address or phone number").count() == 1
    assert v.page.get_by_label("Password", exact=True).count() == 1


def test_override_text_renames_a_label(visit):
    from selfaudit.replicas import ReplicaServer

    with ReplicaServer("high-risk") as srv:
        srv.override_text("facebook", "Who can see your future posts?", "Who sees your next posts?")
        v = visit()
        v.as_owner(srv, "facebook")
        v.page.goto(srv.base_url("facebook") + "/settings/?tab=privacy")
        assert v.page.get_by_role("combobox", name="Who can see your future posts?").count() == 0
        assert v.page.get_by_role("combobox", name="Who sees your next posts?").input_value() == "Public"


def test_visit_stays_on_loopback_and_only_login_posts(high_risk, visit):
    v = visit()
    since = len(high_risk.request_log)
    v.login(high_risk, "facebook")
    base = high_risk.base_url("facebook")
    for path in ["/sam.okafor.91", "/sam.okafor.91/about", "/sam.okafor.91/photos", "/settings/?tab=privacy"]:
        v.page.goto(base + path)
        v.page.mouse.wheel(0, 4000)
    v.page.wait_for_timeout(200)
    assert v.requests
    for _method, url in v.requests:
        assert url.startswith("http://127.0.0.1:") or url.startswith("data:"), url
    log = high_risk.request_log[since:]
    assert {r.method for r in log} == {"GET", "POST"}
    assert [r.path for r in log if r.method == "POST"] == ["/facebook/login/"]
    assert all(r.session for r in log if r.method == "GET" and "/settings/" in r.path)


def expect_count(locator, n, timeout=3000):
    from playwright.sync_api import expect

    expect(locator).to_have_count(n, timeout=timeout)
