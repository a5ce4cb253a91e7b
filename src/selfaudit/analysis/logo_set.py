"""The logo set: which organisation logos are looked for (shipped stand-ins, the person's own
files, ``--logo`` extras) and their names. Matching them is logos.py's job."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import SelfauditError

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "data" / "logos"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


@dataclass
class Logo:
    name: str
    label: str
    path: Path
    builtin: bool


def builtin_logos() -> list[Logo]:
    out = []
    for p in sorted(BUILTIN_DIR.glob("*.png")):
        acr = p.stem.split("-")[0].upper()
        out.append(Logo(p.stem, f"{acr} logo (stand-in mark)", p, True))
    return out


def user_logos() -> list[Logo]:
    d = paths.logos_dir()
    if not d.is_dir():
        return []
    return [Logo(p.stem, p.stem, p, False) for p in sorted(d.glob("*.png"))]


def check_name(name: str) -> str:
    n = name.strip().lower().replace(" ", "-")
    if not NAME_RE.match(n):
        raise SelfauditError(
            f"{name!r} is not a usable logo name.",
            "Use letters, digits, '-', '_' or '.', e.g. --name chscp-official.",
        )
    return n


def all_logos(disabled: list[str] | None = None, extra: list[Path] | None = None) -> list[Logo]:
    disabled_set = set(disabled or ())
    logos = [lg for lg in builtin_logos() + user_logos() if lg.name not in disabled_set]
    for p in extra or ():
        p = Path(p)
        logos.append(Logo(f"{p.stem}", f"{p.name} (given with --logo)", p, False))
    return logos
