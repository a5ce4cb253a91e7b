"""LinkedIn: a Profile.csv without its Summary column (renamed in a newer export: "About") left
the About section unread, and the disclaimer was judged on the headline alone — a FAIL for a
statement that may be in the About text. The column's absence is now said (the about was not
read) and the check is not-checked; an empty Summary is still read as no statement."""

from __future__ import annotations

from tests.export import builders as b
from tests.export.helpers import read_and_evaluate, statuses

HEADER = "First Name,Last Name,Headline,{col},Industry,Geo Location\n"


def _disclaimer(tmp_path, col: str, about: str):  # type: ignore[no-untyped-def]
    files = b.linkedin_files()
    files["Profile.csv"] = HEADER.format(col=col) + f'Alice,Smith,Social worker,"{about}",Social Services,"London, England"\n'
    acct, ev = read_and_evaluate(b.write_tree(tmp_path / "li", files), tmp_path)
    return acct, statuses(ev, "bio_disclaimer_missing")


def test_a_renamed_summary_column_is_not_a_fail(tmp_path):
    acct, got = _disclaimer(tmp_path, "About", "Working with families. Views are my own.")
    assert acct.profile.about is None and "Summary" in (acct.provenance.missing_reason("profile.bio") or "")
    assert got == ["not-checked"]


def test_an_empty_summary_is_still_no_statement(tmp_path):
    _, got = _disclaimer(tmp_path, "Summary", "")
    assert got == ["fail"]


def test_the_summary_is_read(tmp_path):
    _, got = _disclaimer(tmp_path, "Summary", "Working with families. Personal account, views are my own.")
    assert got == ["pass"]
