"""Commands about the person's own local state: the shareable summary, and forgetting it all."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import typer

from .. import paths
from ..errors import SelfauditError
from ..privacy import write_private


def _latest_report() -> Path:
    """Your latest real audit: from the history, else the newest report folder. Never a demo."""
    from ..history import entries

    for e in reversed(entries()):
        p = Path(e.get("report", ""))
        if p.is_file():
            return p
    reports = sorted(paths.reports_dir().glob("*/report.json")) if paths.reports_dir().is_dir() else []
    for p in reversed(reports):
        try:
            if not json.loads(p.read_text(encoding="utf-8")).get("demo"):
                return p
        except (ValueError, OSError):
            continue
    raise SelfauditError("No audit of your own found.", "Run `selfaudit audit` first, or give the path of a report.json.")


SUMMARY_HELP = """Write a summary you can choose to share in supervision: no posts, names, photos or addresses.

It says how each row of the policy stands, counts findings about other people's content
(comments others left) apart, and shows progress since your previous audit. It prints
well in black and white.

Examples:

  selfaudit summary

  selfaudit summary --hide-platforms

  selfaudit summary ~/reports/2026-11-29/report.json --out ~/Desktop
"""

ACCEPT_HELP = """Record that a finding is fine for you, with your reason; later reports show it as accepted.

The FINGERPRINT is in the report, under "Details for your records" on each finding.
With --until the acceptance ends on that date and the finding counts again.
Without a FINGERPRINT, lists what you have accepted.

Examples:

  selfaudit accept 3f2a9c0d1e --reason "charity run photo, agreed in supervision"

  selfaudit accept 3f2a9c0d1e --reason "until the event is over" --until 2027-01-31

  selfaudit accept 3f2a9c0d1e --remove

  selfaudit accept
"""

HISTORY_HELP = """List your past audits, newest first: when, which platforms, what needed action and what changed.

Demo audits are not listed: they are about a fictional person.

Examples:

  selfaudit history

  selfaudit history --json
"""


def register(app: typer.Typer, check_app: typer.Typer) -> None:
    from ..console import err, fail, out

    @app.command("summary", help=SUMMARY_HELP)
    def summary_cmd(
        report: Path | None = typer.Argument(None, help="A report.json (default: your latest audit).", metavar="REPORT.json"),
        out_dir: Path | None = typer.Option(None, "--out", help="Folder for summary.html, summary.txt and summary.json (default: the report's folder).", metavar="FOLDER"),
        hide_platforms: bool = typer.Option(False, "--hide-platforms", help="Leave out which platforms you use."),
        as_json: bool = typer.Option(False, "--json", help="Also print the summary as JSON."),
    ) -> None:
        from ..render.summary import load_report, render_summary_html, render_summary_text, summary_dict

        try:
            path = report or _latest_report()
            summary = summary_dict(load_report(path), hide_platforms=hide_platforms)
            target = out_dir or path.parent
            j = write_private(target / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
            h = write_private(target / "summary.html", render_summary_html(summary))
            t = write_private(target / "summary.txt", render_summary_text(summary))
        except SelfauditError as exc:
            raise fail(exc) from exc
        if as_json:
            out.print_json(data=summary)
        out.print(f"summary: {h}\nplain text: {t}\nsummary json: {j}", soft_wrap=True, markup=False)
        out.print(f"{summary['rows_needing_action']} of {len(summary['rows'])} policy rows need action. The summary holds no content.", markup=False)

    @app.command("accept", help=ACCEPT_HELP)
    def accept_cmd(
        fingerprint: str | None = typer.Argument(None, help="The finding's fingerprint, from the report.", metavar="FINGERPRINT"),
        reason: str | None = typer.Option(None, "--reason", help="Why this is fine for you (needed to accept).", metavar="TEXT"),
        until: str | None = typer.Option(None, "--until", help="The last day the acceptance holds, as YYYY-MM-DD (today or later).", metavar="DATE"),
        remove: bool = typer.Option(False, "--remove", help="Withdraw an acceptance."),
    ) -> None:
        from datetime import date

        from ..config import Config
        from ..history import is_expired, load_acceptances, parse_until, save_acceptances

        try:
            cfg = Config.load()
            acc = load_acceptances()
            if fingerprint is None:
                again = "  (accepted before selfaudit recorded what it covers: shown in your reports until you accept it again)"
                for fp, why in sorted(cfg.accepted.items()):
                    out.print(f"{fp}  {why}{again}", soft_wrap=True, markup=False)
                for fp, e in sorted(acc.items()):
                    when = ""
                    if e.get("until"):
                        when = f"  (ended {e['until']}: counts again)" if is_expired(e) else f"  (until {e['until']})"
                    if not all(e.get(k) for k in ("status", "kind", "content")):
                        when += again
                    out.print(f"{fp}  {e['reason']}{when}", soft_wrap=True, markup=False)
                if not cfg.accepted and not acc:
                    out.print("You have not accepted any findings.")
                return
            fingerprint = fingerprint.strip().lower()
            if not remove and not re.fullmatch(r"[0-9a-f]{8,64}", fingerprint):
                raise SelfauditError(f"{fingerprint!r} is not a fingerprint.",
                                     'Copy it from "Details for your records" under the finding in your report.')
            if remove:
                gone = cfg.accepted.pop(fingerprint, None) is not None
                gone = acc.pop(fingerprint, None) is not None or gone
                if not gone:
                    raise SelfauditError(f"No acceptance of {fingerprint}.", "List them with: selfaudit accept")
                cfg.save()
                save_acceptances(acc)
                out.print(f"Withdrawn: {fingerprint}. It counts again in your next report.", markup=False)
                return
            if not reason or not reason.strip():
                raise SelfauditError("An acceptance needs a reason.", 'Add --reason "…", e.g. --reason "agreed in supervision".')
            ends = parse_until(until) if until else None
            if ends is not None and ends < date.today():  # recorded, it would count again at once
                raise SelfauditError(f"--until {ends.isoformat()}: that date has passed; give a future date or leave --until out.",
                                     "Nothing was recorded.")
            from ..history import entries

            past = entries()
            if not past:
                raise SelfauditError("There is no audit yet to accept a finding from.", "Run an audit first: selfaudit audit …")
            if fingerprint not in (past[-1].get("findings") or {}):
                raise SelfauditError(f"{fingerprint} is not a finding of your last audit ({str(past[-1]['generated_at'])[:10]}).",
                                     'Copy the fingerprint from "Details for your records" under the finding in that report.')
            entry = {"reason": reason.strip(), "at": date.today().isoformat()}
            seen = (past[-1]["findings"] or {}).get(fingerprint)
            before = acc.get(fingerprint) or {}
            if isinstance(seen, list) and seen and seen[0] not in ("fail", "review", "accepted"):
                said = {"not-checked": "was not checked", "error": "could not be checked", "pass": "found no problem",
                        "manual": "is a question only you can answer", "answered": "is your own answer"}.get(str(seen[0]), str(seen[0]))
                raise SelfauditError(f"{fingerprint} {said} in your last audit: there is no problem to accept.",
                                     "An acceptance covers a problem that was found (needs action or to judge). "
                                     "For 'not checked', the report says what to do so it can be checked.")
            if isinstance(seen, list) and seen and seen[0] == "accepted":
                # accepted again (a new reason or date): it still covers what was first accepted
                if "status" not in before and fingerprint not in cfg.accepted:
                    raise SelfauditError(f"{fingerprint} was accepted in your last audit, but that acceptance is gone, "
                                         "so selfaudit cannot tell what it covered.",
                                         "Run the audit again, then accept the finding from that report.")
                if not all(before.get(k) for k in ("status", "kind", "content")):
                    raise SelfauditError(f"{fingerprint} was accepted in your last audit before selfaudit recorded what an "
                                         "acceptance covers, so it cannot tell what to record now.",
                                         "Run the audit again (the finding is shown there), then accept it from that report.")
                entry.update({k: before[k] for k in ("status", "kind", "content") if k in before})
            elif isinstance(seen, list) and seen and isinstance(seen[0], str):
                entry["status"] = seen[0]  # what was accepted: a later, worse finding is not covered
                if len(seen) > 3 and isinstance(seen[3], str):
                    entry["kind"] = seen[3]  # ... nor one that says something else about the same item
                if len(seen) > 4 and isinstance(seen[4], str):
                    entry["content"] = seen[4]  # ... nor the item's words changed since
            if ends is not None:
                entry["until"] = ends.isoformat()
            earlier = str(before.get("reason") or cfg.accepted.get(fingerprint) or "").strip()
            acc[fingerprint] = entry
            cfg.accepted.pop(fingerprint, None)  # one place for it from now on
            cfg.save()
            save_acceptances(acc)
        except SelfauditError as exc:
            raise fail(exc) from exc
        note = f" Until {entry['until']}." if entry.get("until") else ""  # a passed date is refused above
        out.print(f"Accepted: {fingerprint}.{note} It shows as accepted, with your reason, in your next report.", markup=False)
        if earlier and earlier != entry["reason"]:  # one reason per finding: say which one went
            out.print(f"This replaces your earlier reason: {earlier}", markup=False, soft_wrap=True)
        snap = Path(str(past[-1].get("report") or "")).parent / "snapshot.json"
        if past[-1].get("report") and snap.is_file():  # no need to audit again just to see it
            out.print(f"To see it in that report now: selfaudit report {snap}", markup=False, soft_wrap=True)

    @app.command("history", help=HISTORY_HELP)
    def history_cmd(as_json: bool = typer.Option(False, "--json", help="Print the list as JSON.")) -> None:
        from ..history import entries, gone_between
        from ..render.coverage import not_checked_words

        rows = []
        prev = None
        prev_open: set[str] = set()
        for e in entries():
            counts = e.get("counts", {})
            now_open = {fp for fp, v in e.get("findings", {}).items() if v[0] in ("fail", "review")}
            row = {"date": e["generated_at"], "platforms": e.get("platforms", []), "needs_action": counts.get("fail", 0) + counts.get("review", 0),
                   "not_checked": counts.get("not-checked", 0), "report": e.get("report")}
            if prev is not None:
                row["new"] = len(now_open - prev_open)
                # gone only if looked at again (its check ran on that account); else unknown
                row["gone"], row["unknown"] = gone_between(prev, e)
            prev, prev_open = e, now_open
            rows.append(row)
        rows.reverse()
        if as_json:
            out.print_json(data=rows)
            return
        if not rows:
            out.print("No audits yet. Run `selfaudit audit` (demo audits are not kept in your history).", markup=False)
            return
        for r in rows:
            unknown = f", {r['unknown']} not looked at again" if r.get("unknown") else ""
            change = f", {r['gone']} gone, {r['new']} new{unknown} since the one before" if "new" in r else ""
            out.print(f"{r['date'][:16].replace('T', ' ')}  {', '.join(r['platforms']) or '-'}: {r['needs_action']} need action, "
                      f"{not_checked_words(r['not_checked'])}{change}\n    {r['report']}", soft_wrap=True, markup=False)

    @app.command("forget")
    def forget_cmd(yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation.")) -> None:
        """Remove all local state: saved logins (and their key), reports, history, caches, logos, places and settings."""
        try:
            items = forget_plan()
        except SelfauditError as exc:
            raise fail(exc) from exc
        if not items:
            out.print(f"Nothing to remove ({paths.home()} does not exist).", markup=False)
            return
        if not yes:
            out.print("This deletes:", markup=False)
            for _, what in items:
                out.print(f"  {what}", markup=False, soft_wrap=True)
            try:
                sure = typer.confirm("Delete all of it?")
            except typer.Abort:  # no answer (not a terminal, or Ctrl-D): not "Aborted!"
                sure = None
            if not sure:  # exit 2, "not done": 1 would mean "findings need action"
                err.print("Nothing was deleted." + ("" if sure is False else
                          " To delete without being asked, add --yes: selfaudit forget --yes"), markup=False, soft_wrap=True)
                raise typer.Exit(2)
        removed = forget_all(items)
        for what in removed:
            out.print(f"Removed {what}.", markup=False, soft_wrap=True)
        for _, what in items:
            if what.startswith("(left in place"):
                out.print(f"Not removed {what.strip('()')}.", markup=False, soft_wrap=True)
        out.print("Reports you saved elsewhere with --out are not touched; delete those folders yourself.", markup=False)


# What each entry of the data folder is, in the person's words (unknown ones keep their name).
_KINDS = {
    "sessions": "saved logins",
    "reports": "reports",
    "cache": "caches (image analysis, demo photos)",
    "config.yaml": "settings (accepted exceptions, places, options)",
    "logos": "your logos",
    "history": "audit history",
    "demo-reports": "demo reports",
    "accepted.yaml": "accepted exceptions",
    "answers.yaml": "your answers to guided questions",
    "history.json": "audit history",
    "history.jsonl": "audit history",
    "locators": "locator overrides",
    "answers.json": "your answers to guided questions",
}
# A temp file a crash left mid-write (privacy._temp_beside): ".NAME.<16 hex>.tmp".
_TEMP = re.compile(r"^\..+\.[0-9a-f]{16}\.tmp$")


def _selfaudits(name: str) -> bool:
    """Whether selfaudit makes an entry of this name in its folder: anything else is the person's."""
    return name in _KINDS or bool(_TEMP.match(name))


def _count(p: Path) -> int:
    if p.is_symlink() or not p.is_dir():
        return 1
    return sum(1 for f in p.rglob("*") if not f.is_dir() or f.is_symlink())


def forget_plan() -> list[tuple[Path | None, str]]:
    """Everything `forget` would remove: (path, description); path None is the keyring key."""
    from ..adapters.sessions import KEYRING_SERVICE, _session_key

    home = paths.home()
    items: list[tuple[Path | None, str]] = []
    if home.is_symlink():
        raise SelfauditError(f"{home} is a symbolic link to {os.readlink(home)}; selfaudit does not delete through links.",
                             "Delete that folder yourself, or remove the link.")
    if home.is_dir():
        foreign = []
        for entry in sorted(home.iterdir()):
            if not _selfaudits(entry.name):  # SELFAUDIT_HOME may be a folder with the person's own files
                foreign.append(entry.name)
                continue
            n = _count(entry)
            kind = _KINDS.get(entry.name, entry.name)
            items.append((entry, f"{kind}: {entry} ({n} file{'s' if n != 1 else ''})"))
        if foreign:
            items.append((None, f"(left in place, not selfaudit's: {', '.join(foreign)} in {home})"))
        else:
            items.append((home, f"the selfaudit folder {home}"))
    elif home.exists():
        items.append((home, f"{home}"))
    for old in paths.legacy_paths():  # older versions' demo photo cache in the shared temp folder
        try:
            st = old.lstat()
        except OSError:
            continue
        if not hasattr(os, "geteuid") or st.st_uid == os.geteuid():
            items.append((old, f"an old demo photo cache: {old} ({_count(old)} files)"))
    key, _ = _session_key(create=False)
    if key is not None:
        items.append((None, f"the key for saved logins in your system keyring ({KEYRING_SERVICE})"))
    return items


def forget_all(items: list[tuple[Path | None, str]]) -> list[str]:
    """Remove what :func:`forget_plan` listed; links are removed, never followed."""
    from ..adapters.sessions import forget_session_key
    from ..privacy import remove_tree

    removed = []
    for path, what in items:
        if path is None:
            if what.startswith("(left in place"):
                continue
            if forget_session_key():
                removed.append(what)
            continue
        try:
            remove_tree(path)
        except FileNotFoundError:
            continue
        removed.append(what)
    return removed
