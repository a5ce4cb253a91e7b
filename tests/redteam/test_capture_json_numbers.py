"""A capture redacted every string in a page's JSON but kept numbers as they were: a numeric
account id ("pk": 1234567890, X's "id": 1550000000000000000) or a place ("lat": 51.5074) went
out whole. Now numbers of two digits or more, and every digit of a decimal, are redacted with
the same salted placeholder digits (the same id in a string and as a number still match); one
digit alone (a count, a flag) stays, and so do true/false/null."""

from __future__ import annotations

import json

from selfaudit.capture import Redactor


def test_numbers_in_json_are_redacted_consistently():
    red = Redactor({"pk", "lat", "lon", "id", "str", "count", "private", "x", "neg"}, salt=b"2" * 16)
    got = red.json_value({"pk": 1234567890, "id_str": "1234567890", "lat": 51.5074, "lon": -0.1278,
                          "count": 3, "private": True, "x": None, "neg": -4567}, "https://x.com")
    flat = json.dumps(got)
    assert "1234567890" not in flat and "51.5074" not in flat and "1278" not in flat and "4567" not in flat, flat
    assert isinstance(got["pk"], int) and str(got["pk"]) == got["id_str"]  # same id, same placeholder
    assert isinstance(got["lat"], float) and got["lon"] < 0 and got["neg"] < 0
    assert got["count"] == 3 and got["private"] is True and got["x"] is None
