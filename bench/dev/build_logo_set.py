"""Define a held-out logo set by file path only (no picture is opened): the rule of sets 8-10.

    python bench/dev/build_logo_set.py --seed set11: --work /tmp/h11 --out bench/logos-heldout11.tsv

Candidates: Debian packages in sections kde/gnome/games/graphics/sound/video/education
(`apt-cache dumpavail`), less every package of every bench/logos-*.tsv and any package sharing
their first word (a package downloaded for an earlier set without an icon by the rule below
still has none, so it can add nothing), libraries, -dev/-doc/-data/-common, plugins, and
browser, programming-language and runtime names (reserved for the independent check).
Ordered by sha256(seed + name), one package a first word, the first --download are fetched with `apt-get download` and
unpacked; each package's icon: its largest 512/256/128 px hicolor app icon, else its scalable
SVG, else a pixmap whose file name contains the package's first word; '-symbolic' glyphs out,
'.Devel' variants after the release icon, a name containing the package's first word preferred.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import re
import subprocess
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
SECTIONS = {"kde", "gnome", "games", "graphics", "sound", "video", "education"}
RESERVED = re.compile(r"firefox|chrom|browser|webkit|epiphany|falkon|konqueror|midori|qutebrowser|python|perl|ruby|php|java|"
                      r"node|deno|bun\b|lua|love|rust|golang|julia|haskell|ghc|ocaml|erlang|elixir|scala|kotlin|swift|"
                      r"tcl|guile|racket|scheme|clojure|mono|dotnet|r-base|octave|\bjs\b|javascript|typescript")
SKIP = re.compile(r"^lib|-dev$|-doc$|-data$|-common$|-dbg$|plugin|-l10n|-i18n|-locale|-theme|-themes$|-dbgsym$")


def candidates() -> list[str]:
    out = subprocess.run(["apt-cache", "dumpavail"], capture_output=True, text=True, check=True).stdout
    names = []
    for block in out.split("\n\n"):
        f = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(" "))
        if f.get("Section") in SECTIONS and "Package" in f:
            names.append(f["Package"])
    return sorted(set(names))


def used(skip: Path) -> tuple[set[str], set[str]]:
    pkgs: set[str] = set()
    for tsv in BENCH.glob("logos-*.tsv"):
        if tsv.resolve() == skip.resolve():
            continue  # the set being (re)built
        for line in tsv.read_text().splitlines():
            if line and not line.startswith("#"):
                pkgs.add(line.split("\t")[1])
    return pkgs, {p.split("-")[0] for p in pkgs}


def icon(root: Path, pkg: str) -> str | None:
    first = pkg.split("-")[0].lower()

    def rank(p: str) -> tuple[int, int]:
        name = Path(p).name.lower()
        return (0 if first in name else 1, 1 if ".devel" in name else 0)

    for size in ("512x512", "256x256", "128x128", "scalable"):
        found = [p for p in glob.glob(str(root / f"usr/share/icons/hicolor/{size}/apps/*")) if "-symbolic" not in p]
        if found:
            return str(Path(sorted(found, key=lambda p: (*rank(p), p))[0]).relative_to(root))
    pix = [p for p in glob.glob(str(root / "usr/share/pixmaps/*")) if first in Path(p).name.lower() and Path(p).is_file()]
    return str(Path(sorted(pix)[0]).relative_to(root)) if pix else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--download", type=int, default=160)
    args = ap.parse_args()
    pkgs, firsts = used(args.out)
    cands = [n for n in candidates() if n not in pkgs and n.split("-")[0] not in firsts
             and not SKIP.search(n) and not RESERVED.search(n)]
    cands.sort(key=lambda n: hashlib.sha256((args.seed + n).encode()).hexdigest())
    chosen, seen_first = [], set()
    for n in cands:  # one package a first word, in hash order
        if n.split("-")[0] not in seen_first:
            seen_first.add(n.split("-")[0])
            chosen.append(n)
        if len(chosen) == args.download:
            break
    print(f"{len(cands)} candidates; downloading {len(chosen)}")
    rows = []
    for n in chosen:
        d = args.work / "d" / n
        d.mkdir(parents=True, exist_ok=True)
        if not any(d.glob("*.deb")):
            subprocess.run(["apt-get", "download", n], cwd=d, capture_output=True)
        root = args.work / "pk" / n
        root.mkdir(parents=True, exist_ok=True)
        (args.work / "x").mkdir(exist_ok=True)
        for deb in d.glob("*.deb"):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
            subprocess.run(["dpkg-deb", "-x", str(deb), str(args.work / "x")], check=True)
        path = icon(root, n) if any(root.iterdir()) else None
        if path:
            rows.append(f"{n}\t{n}\t{path}")
    header = (f"# Held-out logo set by bench/dev/build_logo_set.py --seed {args.seed} (see its docstring for the rule); "
              f"{len(chosen)} downloaded, {len(rows)} had an icon. Defined by file path only; no picture viewed.\n"
              "# name, Debian package, path under --root.\n")
    args.out.write_text(header + "\n".join(rows) + "\n")
    print(f"{len(rows)} logos -> {args.out}")


if __name__ == "__main__":
    main()
