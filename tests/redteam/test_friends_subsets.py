"""Facebook's "Specific friends" (only the friends chosen) and "Friends except…" (all friends but
some) are friends or narrower by Facebook's own definition: every member is a friend. They were
mapped to "custom" (review: "check it holds only friends") as if they could reach friends of
friends. Now they are friends (a data edit in the locator and labels data); "Custom" (lists whose
reach the page does not show) stays custom, a review."""

from __future__ import annotations

import pytest

from selfaudit.adapters.export.meta_labels import LabelValue, label_map
from selfaudit.adapters.live.adapter import _map_option
from selfaudit.adapters.live.spec import shipped_spec
from selfaudit.findings import Status
from selfaudit.snapshot import Audience
from tests.test_evaluate import account, findings_of, run, setting

CASES = [("Specific friends", Audience.FRIENDS), ("Friends except...", Audience.FRIENDS), ("Friends except…", Audience.FRIENDS),
         ("Custom", Audience.CUSTOM), ("Friends of friends", Audience.FRIENDS_OF_FRIENDS), ("Some list", Audience.UNKNOWN)]


@pytest.mark.parametrize(("value", "audience"), CASES)
def test_live_facebook_options(value, audience):
    [future] = [s for s in shipped_spec("facebook").settings if s.key == "future_posts"]
    assert _map_option(future.options, value) == audience


@pytest.mark.parametrize(("value", "audience"), CASES)
def test_export_facebook_options(value, audience):
    s, _ = label_map("facebook").setting(LabelValue("Who can see your future posts?", value, (), None, None, "f.json"))
    assert s is not None and s.audience == audience


def test_a_friends_subset_passes_and_custom_stays_review():
    [f] = findings_of(run(account(settings=[setting("future_posts", "friends", "Specific friends")])), "future_posts_audience")
    assert f.status == Status.PASS
    [c] = findings_of(run(account(settings=[setting("future_posts", "custom", "Custom")])), "future_posts_audience")
    assert c.status == Status.REVIEW
