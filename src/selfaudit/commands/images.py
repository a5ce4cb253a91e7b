"""`check image`, `logos …` and `places …`: the image area's commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from ..console import check_exit_code, fail, out

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic"}
IMAGE_CHECKS = ("photo_contains_logo", "photo_shows_people", "photo_location_at_workplace", "photo_location_metadata")


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES))
        else:
            out.append(p)
    return out


def check_images(files: list[Path], extra_logos: list[Path], config: Any) -> list[dict[str, Any]]:
    """Run the photo checks on local files as if each were about to be posted publicly.

    Each file becomes a one-photo account run through the audit's own check runner, so
    ``check image`` and an audit always agree on the same photo.
    """
    from ..analysis import Analysis
    from ..analysis.images import ImageAnalyser
    from ..evaluate import run_checks
    from ..policy import load_policy
    from ..render.json import finding_json
    from ..snapshot import Account, AccountSnapshot, Audience, Media, Provenance

    analyser = ImageAnalyser(config, extra_logos)
    _ = analyser.logos  # a bad --logo file is a usage error (raised here), before any work
    reports = analyser.analyse_files(files)
    pol = load_policy(None)
    analysis = Analysis(None, config)
    analysis.images = analyser
    out = []
    for path, rep in zip(files, reports, strict=False):
        media = Media(id=str(path), kind="photo", url=str(path), audience=Audience.PUBLIC)
        analyser.remember(media, rep)
        acct = AccountSnapshot(account=Account(platform="local", handle="you"), photos=[media], provenance=Provenance(source="fixture", adapter="check image"))
        entry: dict[str, Any] = {"path": str(path), "findings": []}
        for f in run_checks(acct, IMAGE_CHECKS, pol, analysis):
            if f.status.value == "pass" and f.evidence is not None:
                f.evidence.image = str(path)
            d = finding_json(f)
            d.pop("platform", None)
            d.pop("account", None)
            entry["findings"].append(d)
        out.append(entry)
    return out


def register(app: typer.Typer, check_app: typer.Typer) -> None:

    @check_app.command("image")
    def check_image(
        paths: list[Path] = typer.Argument(..., help="Image files (or folders of images) to check before posting."),
        logo: list[Path] | None = typer.Option(None, "--logo", metavar="FILE", help="Also look for this logo file (this run only). Repeatable."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON: a list of {path, findings}."),
    ) -> None:
        """Check photos before posting: organisation logo, faces, GPS location, workplace."""
        from ..config import Config
        from ..errors import SelfauditError

        try:
            config = Config.load()
            for lg in logo or []:
                if not lg.is_file():
                    raise SelfauditError(f"--logo {lg}: no such file.", "Give the path of a PNG, JPEG or SVG of the logo.")
            missing = [str(p) for p in paths if not p.exists()]
            if missing:  # a typo in a path is a usage error, not a photo that "could not be checked"
                raise SelfauditError(f"No such file or folder: {', '.join(missing)}.", "Check the path and try again.")
            files = _expand(paths)
            if not files:
                raise SelfauditError("No images found in the folder(s) given.", "Give image files (JPEG, PNG, WebP…) or folders that hold them.")
            results = check_images(files, list(logo or []), config)
        except SelfauditError as exc:
            raise fail(exc) from exc
        needs = any(f["status"] in ("fail", "review") for r in results for f in r["findings"])
        if as_json:
            sys.stdout.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        else:
            _print_results(results)
        raise typer.Exit(check_exit_code(results, needs))

    logos_app = typer.Typer(help="The organisation logos selfaudit looks for in photos.", no_args_is_help=True)
    places_app = typer.Typer(help="Workplaces and partner premises: photos taken there are flagged.", no_args_is_help=True)
    app.add_typer(logos_app, name="logos")
    app.add_typer(places_app, name="places")
    _register_logos(logos_app)
    _register_places(places_app)


def _print_results(results: list[dict[str, Any]]) -> None:
    """Each image, then each finding with where in the photo it was seen. A "not checked" that is
    the same for every photo (no logo of yours, no workplace registered) is said once, at the end."""
    from rich.markup import escape

    colours = {"pass": "green", "fail": "red", "review": "yellow", "not-checked": "magenta", "error": "red"}

    def key(f: dict[str, Any]) -> tuple[str, str, str]:
        return f["check"], f["title"], f.get("reason") or ""

    def line(f: dict[str, Any]) -> None:
        s = f["status"]
        extra = f" — {f['reason']}" if f.get("reason") else ""
        box = (f.get("evidence") or {}).get("box")
        where = ""
        if box and s != "pass" and len(box) == 4:
            x, y, w, h = box
            where = f" (in the photo: {w}×{h} pixels, {x} from the left, {y} from the top)"
        out.print(f"  [{colours.get(s, 'white')}]{s:<12}[/] " + escape(f"{f['title']}{where}{extra}"), markup=True, highlight=False)

    shared: list[dict[str, Any]] = []
    if len(results) > 1:
        common = set.intersection(*({key(f) for f in r["findings"] if f["status"] == "not-checked"} for r in results))
        shared = [f for f in results[0]["findings"] if f["status"] == "not-checked" and key(f) in common]
    said = {key(f) for f in shared}
    for r in results:
        out.print(f"[bold]{escape(r['path'])}[/]")
        for f in r["findings"]:
            if not (f["status"] == "not-checked" and key(f) in said):
                line(f)
    if shared:
        out.print(f"[bold]For every photo ({len(results)}):[/]")
        for f in shared:
            line(f)


def _register_logos(logos_app: typer.Typer) -> None:
    @logos_app.command("add")
    def logos_add(
        file: Path = typer.Argument(..., help="A PNG, JPEG or SVG of the logo (the real artwork, as large as you have it)."),
        name: str = typer.Option(..., "--name", metavar="NAME", help="A short name, e.g. chscp-official."),
    ) -> None:
        """Add a logo to look for in every audit and check."""
        from .. import paths
        from ..analysis.logo_set import Logo, builtin_logos, check_name
        from ..analysis.logos import prepare_logo, read_logo
        from ..config import Config
        from ..errors import SelfauditError
        from ..privacy import private_dir, write_private

        try:
            n = check_name(name)
            if n in {lg.name for lg in builtin_logos()}:
                raise SelfauditError(f"{n!r} is the name of a shipped stand-in mark.", "Choose another name.")
            target = paths.logos_dir() / f"{n}.png"
            if target.exists():
                raise SelfauditError(f"A logo named {n!r} already exists.", f"Remove it first: selfaudit logos remove {n}")
            if not file.is_file():
                raise SelfauditError(f"{file}: no such file.", "Give the path of a PNG, JPEG or SVG of the logo.")
            import io

            from PIL import Image

            from ..analysis.image_decode import decode_image
            from ..analysis.logo_file import logo_rgba, white_on_transparent
            from ..analysis.logos import DEFAULTS as LOGO_DEFAULTS

            logo = Logo(n, n, file, False)
            data = read_logo(logo)  # read once (an SVG drawn once): validated, saved and looked at below
            images_cfg = Config.load().images
            feats = prepare_logo(logo, {**LOGO_DEFAULTS, **images_cfg}, data)  # validates: decodes, has detail
            buf = io.BytesIO()
            # Saved with its transparency when it has some (a reversed logo's white lettering is
            # only there); decoding lays it on white as before, so older saved logos read the same.
            rgba = logo_rgba(data)
            Image.fromarray(decode_image(data, max_side=4096).rgb if rgba is None else rgba).save(buf, "PNG")
            private_dir(paths.logos_dir())
            write_private(target, buf.getvalue())
        except SelfauditError as exc:
            raise fail(exc) from exc
        out.print(f"Added logo {n!r} ({len(feats.points)} features) — it will be looked for in every audit.")
        hidden = white_on_transparent(rgba)
        reversed_from = float(images_cfg.get("logo_reversed_from", LOGO_DEFAULTS["logo_reversed_from"]) or 0.0)
        if hidden >= 0.2 and (reversed_from <= 0 or hidden < reversed_from):
            # flattened onto white like every picture, white parts of a reversed logo vanish
            out.print(f"Note: {hidden:.0%} of this logo is white on a transparent background, which cannot be seen once it is "
                      "placed on white, so those parts (often the lettering) will not be looked for. If you have the version "
                      f"for light backgrounds, add it too: selfaudit logos add FILE --name {n}-light", markup=False)
        elif hidden >= 0.2:
            out.print(f"Note: {hidden:.0%} of this logo is white on a transparent background; it is looked for as it would "
                      "show on white and on a dark background (where its white parts, often the lettering, show).", markup=False)

    @logos_app.command("list")
    def logos_list(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """List the logos selfaudit looks for."""
        from ..analysis.logo_set import builtin_logos, user_logos
        from ..config import Config
        from ..errors import SelfauditError

        try:
            disabled = set(Config.load().images.get("disabled_logos") or [])
        except SelfauditError as exc:
            raise fail(exc) from exc
        rows = [
            {"name": lg.name, "label": lg.label, "kind": "stand-in" if lg.builtin else "yours", "path": str(lg.path), "enabled": lg.name not in disabled}
            for lg in builtin_logos() + user_logos()
        ]
        if as_json:
            sys.stdout.write(json.dumps(rows, indent=2) + "\n")
            return
        for r in rows:
            state = "" if r["enabled"] else " (switched off)"
            out.print(f"{r['name']:<24} {r['kind']:<9} {r['label']}{state}", markup=False)

    @logos_app.command("remove")
    def logos_remove(name: str = typer.Argument(..., help="The logo's name (see: selfaudit logos list).")) -> None:
        """Stop looking for a logo (your own is deleted; a shipped stand-in is switched off)."""
        from .. import paths
        from ..analysis.logo_set import builtin_logos, check_name
        from ..config import Config
        from ..errors import SelfauditError

        try:
            n = check_name(name)  # a name, never a path: '../x' must not reach unlink()
            target = paths.logos_dir() / f"{n}.png"
            if target.is_file():
                target.unlink()
                target.with_suffix(".print.npz").unlink(missing_ok=True)  # a model stored beside it by older versions
                out.print(f"Removed logo {n!r}.")
                return
            if n in {lg.name for lg in builtin_logos()}:
                cfg = Config.load()
                disabled = list(cfg.images.get("disabled_logos") or [])
                if n not in disabled:
                    disabled.append(n)
                cfg.images["disabled_logos"] = disabled
                cfg.save()
                out.print(f"Switched off the shipped stand-in {n!r}.")
                return
            raise SelfauditError(f"No logo named {n!r}.", "See the names with: selfaudit logos list")
        except SelfauditError as exc:
            raise fail(exc) from exc


def _register_places(places_app: typer.Typer) -> None:
    @places_app.command("add")
    def places_add(
        name: str = typer.Argument(..., help="e.g. 'Hackney office' or 'Homerton hospital'."),
        lat: float | None = typer.Option(None, "--lat", metavar="DEGREES", help="Latitude in decimal degrees, e.g. 51.5450."),
        lon: float | None = typer.Option(None, "--lon", metavar="DEGREES", help="Longitude in decimal degrees, e.g. -0.0553."),
        radius: float = typer.Option(200.0, "--radius", metavar="METRES", help="Radius in metres (default 200)."),
        address: str | None = typer.Option(None, "--address", metavar="TEXT", help="Not supported offline: see the message."),
    ) -> None:
        """Register a workplace or partner premises by its coordinates."""
        from ..analysis.places import load_places, validate
        from ..config import Config
        from ..errors import SelfauditError

        try:
            if lat is None or lon is None:
                raise SelfauditError(
                    "selfaudit needs the place's coordinates (--lat and --lon)"
                    + (f"; it cannot look up the address {address!r}." if address else "."),
                    "Turning an address into coordinates needs an online geocoding service, and selfaudit sends nothing "
                    "off your machine. Find the place on a map (most map apps show the latitude and longitude when you "
                    "press and hold or right-click), then: selfaudit places add NAME --lat 51.545 --lon -0.055 --radius 200",
                )
            place = validate(name, lat, lon, radius)
            cfg = Config.load()
            existing = load_places(cfg.images)
            if any(p.name.lower() == place.name.lower() for p in existing):
                raise SelfauditError(f"A place named {place.name!r} already exists.", f"Remove it first: selfaudit places remove '{place.name}'")
            cfg.images["places"] = [*(cfg.images.get("places") or []), {"name": place.name, "lat": place.lat, "lon": place.lon, "radius": place.radius}]
            cfg.save()
        except SelfauditError as exc:
            raise fail(exc) from exc
        out.print(f"Added {place.name!r}: photos taken within {place.radius:.0f} m of {place.lat}, {place.lon} will be flagged.", markup=False)

    @places_app.command("list")
    def places_list(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """List registered workplaces and partner premises."""
        from ..analysis.places import load_places
        from ..config import Config
        from ..errors import SelfauditError

        try:
            places = load_places(Config.load().images)
        except SelfauditError as exc:
            raise fail(exc) from exc
        if as_json:
            sys.stdout.write(json.dumps([p.__dict__ for p in places], indent=2) + "\n")
            return
        if not places:
            out.print("No places registered. Add one with: selfaudit places add NAME --lat LAT --lon LON --radius METRES", markup=False)
        for p in places:
            out.print(f"{p.name:<28} {p.lat:.6f}, {p.lon:.6f}  radius {p.radius:.0f} m", markup=False)

    @places_app.command("remove")
    def places_remove(name: str = typer.Argument(..., help="The place's name.")) -> None:
        """Remove a registered place."""
        from ..config import Config
        from ..errors import SelfauditError

        try:
            cfg = Config.load()
            places = list(cfg.images.get("places") or [])
            keep = [p for p in places if str(p.get("name", "")).lower() != name.strip().lower()]
            if len(keep) == len(places):
                raise SelfauditError(f"No place named {name!r}.", "See the names with: selfaudit places list")
            cfg.images["places"] = keep
            cfg.save()
        except SelfauditError as exc:
            raise fail(exc) from exc
        out.print(f"Removed {name!r}.", markup=False)
