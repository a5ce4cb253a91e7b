"""One module per platform replica; ``build_sites`` makes them for a server."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..server import ReplicaServer
    from .base import Site


def build_sites(server: ReplicaServer) -> dict[str, Site]:
    from .facebook import FacebookSite
    from .instagram import InstagramSite
    from .linkedin import LinkedInSite
    from .x import XSite

    return {cls.name: cls(server) for cls in (FacebookSite, InstagramSite, XSite, LinkedInSite)}
