"""Platform wording lives once, in the locator data: the replicas' settings pages, login form
and cookie dialog show the words the live adapters look for, drawn from
adapters/live/locators/<platform>.yaml (issue 9). Read from the rendered pages in Chromium,
by accessible name, as the adapters read them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from selfaudit.adapters.live.spec import LIVE_PLATFORMS, SettingSpec
from selfaudit.replicas import SPECS
from selfaudit.replicas.wording import label_variants

pytestmark = pytest.mark.browser

LOCATORS = Path(__file__).resolve().parents[2] / "src" / "selfaudit" / "adapters" / "live" / "locators"
REPLICAS = Path(__file__).resolve().parents[2] / "src" / "selfaudit" / "replicas"
READ_FROM_PAGE = ("auto", "select", "toggle", "radio")  # kinds the adapters read from a settings page


def _locator_settings(platform: str) -> list[SettingSpec]:
    """The shipped locator file, loaded here on its own (not through the code under test)."""
    raw = yaml.safe_load((LOCATORS / f"{platform}.yaml").read_text(encoding="utf-8"))
    return [SettingSpec.model_validate(s) for s in raw.get("settings", [])]


def _on_replica(platform: str) -> list[SettingSpec]:
    """The locator settings the adapters read from a settings page the replica serves."""
    pages = {p.path for p in SPECS[platform].settings_pages}
    return [s for s in _locator_settings(platform) if s.kind in READ_FROM_PAGE and s.page in pages]


@pytest.mark.parametrize("platform", LIVE_PLATFORMS)
def test_every_replica_label_the_adapters_read_comes_from_the_locator_data(platform):
    settings = SPECS[platform].settings()
    by_key = {s.key: s for s in _locator_settings(platform)}
    drawn = {by_key[s.locator].label[0] for s in settings.values() if s.locator}  # two entries may share one control
    missing = {s.label[0] for s in _on_replica(platform)} - drawn
    assert not missing, f"{platform}: settings the adapters read but the replica does not draw from the locator data: {missing}"
    every_label = {label for s in by_key.values() for label in s.label}
    for s in settings.values():
        if s.locator:
            assert s.label == by_key[s.locator].label[0]
            if s.kind == "select":
                assert set(s.options) <= set(by_key[s.locator].options), s.key
        else:  # a label only the replica shows is never a copy of a locator label
            assert s.label not in every_label, f"{platform}.{s.key}: {s.label!r} is in the locator data; use `locator:`"


def test_no_locator_label_is_written_again_in_the_replica_data():
    """settings.yaml spells only the words the adapters do not read: a label or an option list
    the locator data holds is named there by ``locator:`` / ``options_from:``, never copied."""
    data = yaml.safe_load((REPLICAS / "settings.yaml").read_text(encoding="utf-8"))
    for platform in LIVE_PLATFORMS:
        locator = _locator_settings(platform)
        labels = {label for s in locator for label in s.label}
        option_lists = [list(s.options) for s in locator if s.options]
        for page in data[platform]["pages"]:
            for sec in page["sections"]:
                for entry in [*sec["settings"], *sec.get("actions", [])]:
                    for word in (entry.get("label"), entry.get("text")):
                        assert word not in labels, f"{platform}: {word!r} is copied from the locator data"
                    assert entry.get("options") not in option_lists, f"{platform}.{entry.get('key')}: options copied"


@pytest.mark.parametrize("platform", LIVE_PLATFORMS)
def test_rendered_settings_pages_show_the_locator_labels_and_options(platform, typical, visit):
    v = visit()
    v.as_owner(typical, platform)
    shown: set[str] = set()
    for s in _on_replica(platform):
        v.page.goto(typical.base_url(platform) + s.page)
        control = v.page.get_by_label(s.label[0], exact=True)
        assert control.count() >= 1, f"{platform}: {s.label[0]!r} not on {s.page}"
        shown.add(s.key)
        if control.first.evaluate("e => e.tagName") == "SELECT":
            words = control.first.locator("option").all_inner_texts()
            assert words and set(words) <= set(s.options), f"{platform}.{s.key}: {words} not the locator's option words"
    assert shown, f"{platform}: no locator setting on any replica settings page"


@pytest.mark.parametrize("platform", LIVE_PLATFORMS)
def test_label_variant_serves_the_other_wording_the_locators_list(platform, typical, visit):
    variants = [s for s in _on_replica(platform) if len(s.label) > 1 and s.label[1] != s.label[0]]
    assert len(label_variants(platform)) >= len(variants)
    if not variants:
        pytest.skip(f"{platform}: no settings label with an alternative in the locator data")
    typical.bad_day(platform, "label_b")
    try:
        v = visit()
        v.as_owner(typical, platform)
        for s in variants:
            v.page.goto(typical.base_url(platform) + s.page)
            assert v.page.get_by_label(s.label[1], exact=True).count() >= 1, f"{platform}: {s.label[1]!r} not served"
            assert v.page.get_by_label(s.label[0], exact=True).count() == 0
    finally:
        typical.bad_day(platform, None)


@pytest.mark.parametrize("platform", LIVE_PLATFORMS)
def test_login_form_and_cookie_button_use_the_locator_words(platform, typical, visit):
    raw = yaml.safe_load((LOCATORS / f"{platform}.yaml").read_text(encoding="utf-8"))
    v = visit()
    v.page.goto(typical.login_url(platform))
    assert typical.login_url(platform).endswith(raw["paths"]["login"])
    essential = raw["cookie_essential"][0]
    assert v.page.get_by_role("dialog").get_by_role("button", name=essential, exact=True).count() == 1
    v.accept_cookies()
    assert v.page.get_by_label(raw["login"]["username"][0], exact=True).count() == 1
    assert v.page.get_by_label(raw["login"]["password"][0], exact=True).count() == 1
    assert v.page.get_by_role("button", name=raw["login"]["submit"][0], exact=True).count() == 1
