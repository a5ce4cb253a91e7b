"""Red team 9: a capture redacted an element's inline style as text, so a replay lost what it hid:
style="display:none" became two placeholders and a hidden "Only me" marker or a hidden post showed
again (a replay reading what the real page never showed). CSS that only hides or shows (display,
visibility, opacity, … with plain keywords and numbers) is kept; the rest is redacted as before."""

from __future__ import annotations

from selfaudit.capture import Redactor, platform_words


def _out(markup: str) -> str:
    return Redactor(platform_words("facebook"), salt=b"0" * 16).html(markup, "https://www.facebook.com")


def test_display_none_is_kept():
    out = _out('<div style="display:none">Sam</div><span style="visibility: hidden; opacity:0">x</span>')
    assert 'style="display:none"' in out and "visibility: hidden" in out and "opacity:0" in out and "Sam" not in out


def test_what_is_not_hiding_is_redacted_beside_it():
    out = _out('<div style="background-image:url(https://x.example/jo-bloggs.jpg); display:none">a</div>'
               "<div style=\"--who:'Jo Bloggs 07700900461'; visibility:hidden\">b</div>"
               '<div style="display: var(--jo-bloggs)">c</div>')
    assert "bloggs" not in out.lower() and "07700900461" not in out
    assert "display:none" in out and "visibility:hidden" in out


def test_an_offscreen_hide_keeps_its_numbers():
    out = _out('<h2 style="position:absolute; left:-9999px; width:1px; height:1px; overflow:hidden">Sam</h2>')
    assert "position:absolute" in out and "left:-9999px" in out and "overflow:hidden" in out and "Sam" not in out
