"""A capture keeps a page's <style> rules (so what is hidden stays hidden), but the text in them
is content too: a CSS string (``content: "Sam Okafor 07700 900461"``, a badge's label) was saved
as it was, name and phone number included."""

from __future__ import annotations

from selfaudit.capture import Redactor, platform_words

PAGE = ('<html><head><style>.badge::after{content:"Sam Okafor 07700900461"} '
        ".hidden{display:none} [title='Sam']{color:red}</style></head>"
        '<body><div class="hidden">Sam</div></body></html>')


def test_text_in_style_rules_is_redacted_and_the_rules_stay():
    red = Redactor(platform_words("facebook"), salt=b"0" * 16)
    out = red.html(PAGE, "https://www.facebook.com")
    assert "Sam" not in out and "Okafor" not in out and "07700900461" not in out
    # class names are redacted too (red team 8), the same way in the rule and on the element
    hidden = red.text("hidden")
    assert f".{hidden}{{display:none}}" in out and f'class="{hidden}"' in out and "::after{content:" in out


def test_the_same_word_gets_the_same_placeholder_in_style_and_text():
    red = Redactor(platform_words("facebook"), salt=b"0" * 16)
    out = red.html(PAGE, "https://www.facebook.com")
    assert out.count(red.text("Sam")) >= 3


def test_a_style_without_strings_is_kept_as_it_was():
    css = "<style>.a{margin:0 12px}.b{display:none}</style>"
    assert css in Redactor(platform_words("facebook")).html(f"<html><head>{css}</head></html>", "")


def test_an_import_address_in_a_style_is_redacted_once_like_a_link():
    red = Redactor(platform_words("facebook"), salt=b"0" * 16)
    out = red.html('<html><head><style>@import "https://www.facebook.com/sam.okafor/x.css";'
                   '.a{background:url("https://www.facebook.com/sam.okafor/b.png")}</style></head>'
                   '<body><a href="https://www.facebook.com/sam.okafor/b.png">x</a></body></html>', "https://www.facebook.com")
    assert "sam" not in out.lower().replace("same", "")
    assert out.count(red.url("https://www.facebook.com/sam.okafor/b.png", "https://www.facebook.com")) == 2
