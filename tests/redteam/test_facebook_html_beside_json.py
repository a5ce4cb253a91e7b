"""Facebook: ``profile_information.html`` beside ``profile_information.json`` (an HTML download and
a JSON one unpacked into one folder). The HTML sorted first and silently stood for the account, so
an old bio carrying the disclaimer passed a profile whose JSON no longer says it. Two downloads in
two formats are now refused, naming both files; each download on its own is read as before."""

from __future__ import annotations

import json

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b

TOP = "facebook-alice-2024/"
JSON_PROFILE = TOP + "profile_information/profile_information.json"
HTML_PROFILE = TOP + "profile_information/profile_information.html"
HTML = (
    "<html><body><main><table><tr><td>Name</td><td>Alice Smith</td></tr>"
    "<tr><td>Bio</td><td>Personal account. Views my own.</td></tr></table></main></body></html>"
)


def _json_download() -> dict:
    files = b.facebook_files(variant="v2")
    data = json.loads(files[JSON_PROFILE])
    data["profile_v2"]["intro_bio"] = "Social worker at Hackney Council"
    files[JSON_PROFILE] = json.dumps(data)
    return files


@pytest.mark.parametrize("html_path", [HTML_PROFILE, TOP + "personal_information/profile_information/profile_information.html"])
def test_html_and_json_profile_files_are_refused_naming_both(tmp_path, out_dir, html_path):
    files = {**_json_download(), html_path: HTML}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "fb", files)], out_dir=out_dir)
    assert "profile_information.json" in err.value.message and "profile_information.html" in err.value.message


def test_the_json_download_alone_is_read(tmp_path, out_dir):
    [acct] = read_exports([b.write_tree(tmp_path / "fb", _json_download())], out_dir=out_dir)
    assert acct.profile.bio == "Social worker at Hackney Council"


def test_the_html_download_alone_is_read(tmp_path, out_dir):
    files = b.facebook_files(variant="html")
    files[HTML_PROFILE] = HTML
    [acct] = read_exports([b.write_tree(tmp_path / "fb", files)], out_dir=out_dir)
    assert acct.profile.bio == "Personal account. Views my own."


def test_html_posts_beside_json_posts_are_refused_even_without_an_html_profile(tmp_path, out_dir):
    # One download's profile file was deleted or never unpacked: its posts still make two copies,
    # and reading the JSON alone left the HTML's posts unread without a word.
    html_posts = {k: v for k, v in b.facebook_files(variant="html").items() if k.endswith("posts/your_posts_1.html")}
    files = {**_json_download(), **html_posts}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "fb", files)], out_dir=out_dir)
    assert "your_posts_1.json" in err.value.message and "your_posts_1.html" in err.value.message
