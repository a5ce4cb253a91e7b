"""Fault injection: no change to a platform's pages or to selfaudit's locator data may turn a
verdict into a pass.

Over every locator entry and data path of every platform (each find/probe, each label or
wording string, each regex, each option word), in turn: removed, renamed, emptied. And over
the replica pages: each literal the locators rely on (test ids, wording, labels) renamed and
removed, plus structural changes (<article> → <section>, role=article dropped, ld+json
dropped). Each variant runs the high-risk persona on the replicas and counts the checks that
pass where the unchanged run did not pass. The goal is 0.

    .venv/bin/python bench/bench_faults.py [--scope stranger|pages|loggedin|all] [--platform x] [--limit N] [--match RE]

`stranger` re-reads the loaded logged-out page with each mutated locator file (fast);
`pages` serves each changed page and runs the public audit; `loggedin` runs the logged-in
audit of one platform per mutated locator entry (slow: minutes per platform).
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator

LOCATING = ("role", "label", "text", "alt", "testid", "css", "ldjson", "json", "api", "meta", "title", "wording",
            "page_regex", "title_regex", "script_regex", "attr")
_REGEX_KEYS = ("element", "marker_regex", "link_regex", "permalink_regex", "post_link_regex", "open_when_regex",
               "handle_regex", "comments_count_regex")
_SKIP_TOP = ("platform", "display", "default_base_url", "hosts", "login_hosts", "pacing_s", "max_pages")

Path_ = tuple[Any, ...]


# -- locator entries -----------------------------------------------------------------------
def entries(d: Any, path: Path_ = ()) -> Iterator[Path_]:
    """Paths of every locator entry in a dumped PlatformSpec."""
    if isinstance(d, dict):
        if path and any(isinstance(d.get(k), str) for k in LOCATING):
            yield path
            return
        for k, v in d.items():
            if not path and k in _SKIP_TOP:
                continue
            if k == "options" and isinstance(v, dict):
                for opt in v:
                    yield path + ("options", ("key", opt))
                continue
            if isinstance(v, str) and k in _REGEX_KEYS:
                yield path + (k,)
            elif isinstance(v, (dict, list)):
                yield from entries(v, path + (k,))
    elif isinstance(d, list):
        for i, x in enumerate(d):
            if isinstance(x, str):
                yield path + (i,)
            else:
                yield from entries(x, path + (i,))


def _primary(probe: dict) -> str:
    return next(k for k in LOCATING if isinstance(probe.get(k), str))


def _rename(value: str, key: str = "") -> str:
    if key in ("ldjson", "json") or (key == "api"):
        return value + "_renamed"
    if key in ("title", "page_regex", "title_regex") or key.endswith("regex") or key == "element":
        return "zzq" + value
    return value + " zz"


def mutate(spec_d: dict, path: Path_, how: str) -> dict | None:
    """A copy of the dumped spec with the entry at ``path`` removed, renamed or emptied."""
    d = copy.deepcopy(spec_d)
    parent = d
    for seg in path[:-1]:
        parent = parent[seg]
    last = path[-1]
    if isinstance(last, tuple) and last[0] == "key":  # an option word
        opt = last[1]
        val = parent.pop(opt)
        if how == "renamed":
            parent[_rename(opt)] = val
        elif how == "emptied":
            parent[""] = val
        return d
    target = parent[last]
    if how == "removed":
        if isinstance(parent, list):
            parent.pop(last)
        else:
            parent[last] = None if last != "element" else ""
        return d
    if isinstance(target, dict):
        k = _primary(target)
        target[k] = _rename(str(target[k]), k) if how == "renamed" else ""
    elif isinstance(target, str):
        parent[last] = _rename(target, str(last)) if how == "renamed" else ""
    return d


def describe(path: Path_) -> str:
    return ".".join(str(p[1]) if isinstance(p, tuple) else str(p) for p in path)


# -- verdicts ------------------------------------------------------------------------------
_POLICY: list[Any] = []


def verdicts(accounts: list[Any]) -> dict[tuple[str, str], str]:
    """Every check's status per platform, with the analysers this installation has."""
    from selfaudit.analysis import build_analysis
    from selfaudit.evaluate import evaluate
    from selfaudit.policy import load_policy
    from selfaudit.snapshot import Snapshot

    if not _POLICY:
        _POLICY.append(load_policy(None))
    ev = evaluate(Snapshot(accounts=accounts), _POLICY[0], build_analysis(None))
    return {(r.check, r.platform): r.status.value for r in ev.results}


def new_passes(base: dict, got: dict) -> list[str]:
    return [f"{c}@{p}" for (c, p), s in got.items() if s == "pass" and base.get((c, p)) != "pass"]


MATCH = [""]  # --match: only entries whose dotted path matches this regex
OUTCOMES: dict[str, int] = {}  # "fail→not-checked" etc., over every check of every variant


def tally(base: dict, got: dict) -> None:
    for k, s in got.items():
        b = base.get(k)
        if b != s:
            OUTCOMES[f"{b}→{s}"] = OUTCOMES.get(f"{b}→{s}", 0) + 1


# -- runs ----------------------------------------------------------------------------------
def stranger_runs(br: Any, srv: Any, platform: str, limit: int | None) -> Iterator[tuple[str, list[str]]]:
    """Each mutated stranger locator entry, read on the same loaded logged-out page."""
    from selfaudit.adapters.browser import Allowlist, origin
    from selfaudit.adapters.live.page import LivePage
    from selfaudit.adapters.live.public import snapshot_from_view
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.live.stranger import StrangerReader

    spec = load_spec(platform)
    url = srv.profile_url(platform)
    ctx = br.new_context(Allowlist.for_base_url(origin(url), spec.hosts), storage_state=None, read_only=True)
    try:
        lp = LivePage(ctx, spec, url)
        lp.goto(url)

        def run(s: Any) -> dict:
            r = StrangerReader(lp, s.stranger)
            view = r.read(url)
            posts = r.visible_posts(20) if view.recognised_as == "profile" else []
            return verdicts([snapshot_from_view(url, platform, view, posts)])

        yield from sweep(platform, spec, run, lambda p: p[0] == "stranger", limit)
    finally:
        ctx.close()


def page_literals(platform: str) -> list[str]:
    """What the locator data expects to find on the pages: test ids, wording, labels, names."""
    from selfaudit.adapters.live.spec import load_spec

    d = load_spec(platform).model_dump()
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for k in ("testid", "wording", "label", "name", "alt"):
                if isinstance(x.get(k), str) and len(x[k]) > 2:
                    out.append(f'data-testid="{x[k]}"' if k == "testid" else x[k])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(d.get("stranger"))
    for s in d.get("settings") or []:
        out += [l for l in s.get("label", []) if len(l) > 2]
    return list(dict.fromkeys(out))


STRUCTURAL = [("<article", "<section"), ("</article>", "</section>"), ('role="article"', 'role="region"'),
              ("application/ld+json", "application/x-dropped"), ('data-testid="tweet"', 'data-testid="post"')]


def page_runs(br: Any, srv: Any, platform: str, limit: int | None) -> Iterator[tuple[str, list[str]]]:
    """Each changed replica page, through the public audit (what a stranger sees)."""
    from selfaudit.adapters.live.public import collect_public

    url = srv.profile_url(platform)
    out = Path(tempfile.mkdtemp(prefix="faults-"))
    base = verdicts([collect_public(url, platform, br, out)])
    changes = list(STRUCTURAL)
    for lit in page_literals(platform):
        changes.append((lit, lit[:1] + "\u200b" + lit[1:]))  # renamed: looks the same, reads differently
        changes.append((lit, ""))  # removed
    for old, new in changes[:limit]:
        srv.clear_overrides(platform)
        srv.override_text(platform, old, new)
        try:
            got = verdicts([collect_public(url, platform, br, out)])
        finally:
            srv.clear_overrides(platform)
        how = "removed" if not new else "renamed"
        tally(base, got)
        yield f"{platform} page {old!r} {how}", new_passes(base, got)


def loggedin_runs(br: Any, srv: Any, platform: str, limit: int | None) -> Iterator[tuple[str, list[str]]]:
    """Each mutated locator entry (outside the stranger section), through the logged-in audit."""
    from selfaudit.adapters.live.adapter import LiveAdapter
    from selfaudit.adapters.live.spec import load_spec
    from selfaudit.adapters.sessions import login_with_credentials

    spec = load_spec(platform)
    login, password = srv.credentials(platform)
    state = login_with_credentials(br, platform, srv.base_url(platform), login, password)
    out = Path(tempfile.mkdtemp(prefix="faults-"))

    def run(s: Any) -> dict:
        a = LiveAdapter(br, s, srv.base_url(platform), storage_state=state, out_dir=out, max_posts=10, max_photos=5)
        try:
            return verdicts([a.collect()])
        except Exception as exc:  # an expired-looking session etc.: the audit stops, nothing passes
            return {("audit", platform): f"stopped: {type(exc).__name__}"}

    yield from sweep(platform, spec, run, lambda p: p[0] not in ("stranger", "login"), limit)


def sweep(platform: str, spec: Any, run: Callable[[Any], dict], keep: Callable[[tuple], bool], limit: int | None) -> Iterator[tuple[str, list]]:
    """Each kept locator entry removed, renamed and emptied in turn; every variant's verdicts against the unchanged run."""
    from selfaudit.adapters.live.spec import PlatformSpec

    base = run(spec)
    d = spec.model_dump()
    paths = [p for p in entries(d) if keep(p) and re.search(MATCH[0], describe(p))][:limit]
    for path in paths:
        for how in ("removed", "renamed", "emptied"):
            try:
                s = PlatformSpec.model_validate(mutate(d, path, how))
            except Exception:
                yield f"{platform} {describe(path)} {how}: refused at load", []
                continue
            got = run(s)
            tally(base, got)
            yield f"{platform} {describe(path)} {how}", new_passes(base, got)


def main(argv: list[str] | None = None) -> int:
    from selfaudit.adapters.browser import Browser
    from selfaudit.adapters.live.spec import LIVE_PLATFORMS
    from selfaudit.replicas import ReplicaServer

    ap = argparse.ArgumentParser()
    ap.add_argument("--scope", default="stranger", choices=["stranger", "pages", "loggedin", "all"])
    ap.add_argument("--platform", action="append", default=[])
    ap.add_argument("--persona", default="high-risk")
    ap.add_argument("--limit", type=int, default=None, help="entries per platform (default: all)")
    ap.add_argument("--match", default="", help="only locator entries whose dotted path matches this regex")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    MATCH[0] = args.match
    platforms = args.platform or list(LIVE_PLATFORMS)
    scopes = ["stranger", "pages", "loggedin"] if args.scope == "all" else [args.scope]
    runners = {"stranger": stranger_runs, "pages": page_runs, "loggedin": loggedin_runs}
    totals: dict[str, list[int]] = {}
    bad: list[str] = []
    t0 = time.perf_counter()
    with ReplicaServer(persona=args.persona) as srv, Browser() as br:
        for scope in scopes:
            for p in platforms:
                n = refused = 0
                for label, passes in runners[scope](br, srv, p, args.limit):
                    n += 1
                    refused += label.endswith("refused at load")
                    if passes:
                        bad.append(f"{label}: NEW PASS {', '.join(passes)}")
                    if not args.quiet:
                        print(("NEW PASS " if passes else "ok       ") + label + (f" → {passes}" if passes else ""), flush=True)
                totals[f"{scope}/{p}"] = [n, refused, sum(1 for b in bad if b.startswith(p) or f" {p} " in b)]
    print(f"\npersona {args.persona}; {time.perf_counter() - t0:.0f} s")
    print(f"{'scope/platform':<22}{'variants':>9}{'refused':>9}")
    for k, (n, r, _) in totals.items():
        print(f"{k:<22}{n:>9}{r:>9}")
    print(f"variants run: {sum(v[0] for v in totals.values())}; new passes: {len(bad)}")
    print("verdict changes over all checks (baseline→variant): "
          + (", ".join(f"{k} {v}" for k, v in sorted(OUTCOMES.items(), key=lambda kv: -kv[1])) or "none"))
    for b in bad:
        print("  " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
