"""A fixed small sample of bench/bench_faults.py: changes to the X replica's markup or to the
locator data never turn a verdict into a pass (the full sweep is the bench)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_faults.py"


@pytest.fixture(scope="module")
def faults():
    spec = importlib.util.spec_from_file_location("bench_faults", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def x_replica(replicas_mod):
    with replicas_mod.ReplicaServer(persona="high-risk") as srv:
        yield srv


def test_article_renamed_to_section_on_x_adds_no_pass(faults, x_replica, browser, tmp_path):
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.public import collect_public
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import login_with_credentials

    srv = x_replica
    login, password = srv.credentials("x")
    state = login_with_credentials(browser, "x", srv.base_url("x"), login, password)

    def run():
        a = LiveAdapter(browser, load_spec("x"), srv.base_url("x"), storage_state=state, out_dir=tmp_path, max_posts=3, max_photos=0)
        return faults.verdicts([a.collect()]), faults.verdicts([collect_public(srv.profile_url("x"), "x", browser, tmp_path)])

    base_in, base_out = run()
    srv.override_text("x", "<article", "<section")
    srv.override_text("x", "</article>", "</section>")
    try:
        got_in, got_out = run()
    finally:
        srv.clear_overrides("x")
    assert faults.new_passes(base_in, got_in) == []
    assert faults.new_passes(base_out, got_out) == []
    assert got_out[("stranger_view_exposure", "x")] == "fail"  # the test ids still show the posts


@pytest.mark.parametrize("path", [
    ("stranger", "items", "posts", 1),          # data-testid=tweet
    ("stranger", "kinds", "closed_profile", 1),  # "These posts are protected"
    ("stranger", "kinds", "platform", 1),
    ("stranger", "items", "headline", 2),
])
def test_locator_entry_changes_add_no_pass(faults, x_replica, browser, path):
    runs = list(_runs_for(faults, browser, x_replica, [path]))
    assert len(runs) == 3
    assert all(passes == [] for _, passes in runs), runs


def _runs_for(faults, browser, srv, paths):
    """bench_faults.stranger_runs restricted to the given entries."""
    orig = faults.entries
    faults.entries = lambda d, path=(): iter(paths)
    try:
        yield from faults.stranger_runs(browser, srv, "x", None)
    finally:
        faults.entries = orig


def test_entries_cover_every_platform_locator_file(faults):
    from selfaudit.adapters.live.spec import LIVE_PLATFORMS, load_spec

    for p in LIVE_PLATFORMS:
        paths = list(faults.entries(load_spec(p).model_dump()))
        assert any(x[0] == "stranger" for x in paths) and any(x[0] == "settings" for x in paths)
        assert ("posts", "element") in paths
