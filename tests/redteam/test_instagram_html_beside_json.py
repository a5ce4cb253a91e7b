"""Instagram: ``personal_information.html`` beside ``personal_information.json`` (an HTML download
and a JSON one unpacked into one folder): the JSON silently stood for the account and the other
download was ignored, whichever was newer. Meta gives one format per download, so both are
refused, naming both files (as for Facebook); each download alone is read as before."""

from __future__ import annotations

import pytest

from selfaudit.adapters.export import read_exports
from selfaudit.errors import ExportFormatError
from tests.export import builders as b


def test_html_and_json_profile_files_are_refused_naming_both(tmp_path, out_dir):
    html = b.instagram_files(variant="html")
    files = {**b.instagram_files(), **{k: v for k, v in html.items() if k.endswith("personal_information.html")}}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "i", files)], out_dir=out_dir)
    assert "personal_information.json" in err.value.message and "personal_information.html" in err.value.message


@pytest.mark.parametrize("variant", ["current", "html"])
def test_each_download_alone_is_read(tmp_path, out_dir, variant):
    [acct] = read_exports([b.write_tree(tmp_path / "i", b.instagram_files(variant=variant))], out_dir=out_dir)
    assert acct.profile.bio == b.IG_BIO


def test_html_posts_beside_json_posts_are_refused_even_without_an_html_profile(tmp_path, out_dir):
    html = b.instagram_files(variant="html")
    files = {**b.instagram_files(), **{k: v for k, v in html.items() if k.endswith("posts_1.html")}}
    with pytest.raises(ExportFormatError) as err:
        read_exports([b.write_tree(tmp_path / "i", files)], out_dir=out_dir)
    assert "posts_1.json" in err.value.message and "posts_1.html" in err.value.message
