"""``python -m selfaudit.replicas --persona NAME [--port N]``: serve the replicas until Ctrl-C."""

from __future__ import annotations

import argparse
import sys

from .persona import PERSONAS, PersonaError
from .server import ReplicaServer
from .spec import PLATFORMS, SPECS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m selfaudit.replicas", description=__doc__)
    ap.add_argument("--persona", default="high-risk", help=f"one of: {', '.join(PERSONAS)} (or a YAML file)")
    ap.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    args = ap.parse_args(argv)
    try:
        srv = ReplicaServer(persona=args.persona, port=args.port)
        srv.start()
    except PersonaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    p = srv.persona
    print(f"Replicas for persona '{p.id}' ({p.name}, {p.occupation}) at {srv.origin}/")
    for platform in PLATFORMS:
        if platform not in srv.sites:
            continue
        login, password = srv.credentials(platform)
        print(f"  {SPECS[platform].title:<9} profile {srv.profile_url(platform)}")
        print(f"  {'':<9} log in   {srv.login_url(platform)}   as {login} / {password}")
    print("Press Ctrl-C to stop.", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
