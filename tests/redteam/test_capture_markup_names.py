"""A capture (a redacted copy of pages, meant to be sent to someone) kept class, rel and type
values as they were: a class naming the account ("avatar-jobloggs", "user-1234567") went out
whole, and so did any word in rel or type. Now class names are redacted like text (and the same
names in the page's style rules the same way, so a rule still hides what it hid); rel and type
keep only their standard words (the readers look for script[type="application/ld+json"] and
a[rel~=me]). ids in style rules are redacted as the id attribute is."""

from __future__ import annotations

from selfaudit.capture import Redactor, platform_words

PAGE = (
    "<html><head><style>div.avatar-jobloggs{display:none} #user-1234567 .x9k{color:#fff;margin:0.5em}</style>"
    '<link rel="me jobloggs" href="/jobloggs"><script type="application/ld+json">{"name": "Jo"}</script></head>'
    '<body><div id="user-1234567" class="avatar-jobloggs x9k">hi</div>'
    '<input type="email jobloggs"><a rel="nofollow noopener me" href="/a">a</a></body></html>'
)


def _red() -> Redactor:
    return Redactor(platform_words("facebook"), salt=b"1" * 16)


def test_class_rel_and_type_values_naming_the_account_are_redacted():
    out = _red().html(PAGE, "https://www.facebook.com")
    assert "jobloggs" not in out and "1234567" not in out, out


def test_class_and_id_names_match_their_style_rules_after_redaction():
    red = _red()
    out = red.html(PAGE, "https://www.facebook.com")
    cls, ident = red.text("avatar-jobloggs"), red.text("user-1234567")
    assert f"div.{cls}{{display:none}}" in out and f'class="{cls} ' in out, out
    assert f"#{ident} " in out and f'id="{ident}"' in out, out
    assert "color:#fff;margin:0.5em" in out  # a colour and a number are not names


def test_standard_rel_and_type_words_stay_for_the_readers():
    out = _red().html(PAGE, "https://www.facebook.com")
    assert 'type="application/ld+json"' in out and 'rel="nofollow noopener me"' in out
    assert 'type="email ' in out and 'rel="me ' in out


def test_a_page_without_names_keeps_its_markup():
    page = '<html><body><a rel="noopener" href="/a">x</a><input type="checkbox"></body></html>'
    out = _red().html(page, "")
    assert 'rel="noopener"' in out and 'type="checkbox"' in out
