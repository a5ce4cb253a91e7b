"""Assertions on a post's possible-offence verdict, shared by the pattern and red-team tests."""

from __future__ import annotations

from typing import Any


def offence_reviewed(analyser: Any, text: str, category: str | None = None, *, or_model: bool = False) -> None:
    """The post is reviewed in the possible-offence area (in ``category`` when given; with
    ``or_model``, the post head's finding counts for any category)."""
    off = analyser.analyse(text).offence
    assert off.status == "review", (text, off)
    if category is not None:
        assert category in off.categories or (or_model and "offence_model" in off.categories), (text, off)


def offence_nothing(analyser: Any, text: str) -> None:
    """No possible-offence finding at all."""
    off = analyser.analyse(text).offence
    assert off.status is None, (text, off)
