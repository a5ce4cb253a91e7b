"""One module per platform replica; ``build_sites`` makes them for a server."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..server import ReplicaServer


def build_sites(server: "ReplicaServer") -> dict:
    from .facebook import FacebookSite

    sites = {"facebook": FacebookSite(server)}
    try:
        from .instagram import InstagramSite

        sites["instagram"] = InstagramSite(server)
    except ImportError:
        pass
    try:
        from .x import XSite

        sites["x"] = XSite(server)
    except ImportError:
        pass
    try:
        from .linkedin import LinkedInSite

        sites["linkedin"] = LinkedInSite(server)
    except ImportError:
        pass
    return sites
