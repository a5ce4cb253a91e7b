"""Eleventh red team: a capture (a redacted copy of pages, meant to be sent to someone) redacted
attribute values but never attribute NAMES, so a data-* attribute named after a person
("data-jobloggs", "data-user-1234567") went out whole. Names are now redacted the way values
are: the HTML, ARIA and SVG names and the ones the readers look for stay; any other name is
redacted like text (platform words kept), the same name the same way in the page's style rules."""

from __future__ import annotations

from selfaudit.capture import Redactor, platform_words

PAGE = (
    "<html><head><style>[data-jobloggs]{display:none} div[data-user-1234567='Jo Bloggs']{color:red}</style></head>"
    '<body><div data-jobloggs="" data-user-1234567="Jo Bloggs" data-testid="UserAvatar-Container-jobloggs" '
    'aria-label="Jo Bloggs" class="x9k" id="main" hidden>hi</div>'
    '<a href="/jobloggs" rel="me" data-jo-bloggs-uk="1">a</a>'
    '<img src="/a.png" alt="Jo" width="10" height="10" loading="lazy" data-src="/b.png" srcset="/c.png 2x">'
    '<svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><path d="M0 0" fill="red"></path></svg>'
    "</body></html>"
)


def _red(platform: str = "x") -> Redactor:
    return Redactor(platform_words(platform), salt=b"1" * 16)


def test_attribute_names_naming_a_person_are_redacted():
    out = _red().html(PAGE, "https://x.com")
    assert "jobloggs" not in out.lower() and "1234567" not in out and "bloggs" not in out.lower(), out


def test_a_redacted_name_is_the_same_in_the_markup_and_in_the_style_rules():
    red = _red()
    out = red.html(PAGE, "https://x.com")
    name = red.attr_name("data-jobloggs")
    assert name != "data-jobloggs" and f"[{name}]{{display:none}}" in out and f'{name}=""' in out, out
    other = red.attr_name("data-user-1234567")
    assert f"div[{other}=" in out and f"{other}=" in out.split("<body>")[1], out


def test_standard_and_reader_names_stay():
    out = _red().html(PAGE, "https://x.com")
    for name in ("data-testid=", "aria-label=", "class=", "id=", "hidden", "href=", "rel=", "src=", "alt=", "width=",
                 "loading=", "data-src=", "srcset=", "viewbox=", "xmlns=", " d=", "fill="):
        assert name in out, (name, out)


def test_a_page_whose_names_are_all_standard_is_unchanged_in_its_names():
    page = '<html><body><div role="main" aria-hidden="true" data-testid="primaryColumn"><a href="/a">x</a></div></body></html>'
    out = _red().html(page, "")
    assert '<div aria-hidden="true" data-testid="primaryColumn" role="main">' in out or (
        'role="main"' in out and 'aria-hidden="true"' in out and 'data-testid="primaryColumn"' in out), out
