"""Instagram replica: login, profile header and grid, post pages, settings.

Posts have no per-post audience: the account is public or private. A stranger sees a public
account's header and grid, then a login prompt; a private account's header and "This
account is private".
"""

from __future__ import annotations

from ..persona import Post
from ..server import Request, Response
from .base import Site


class InstagramSite(Site):
    name = "instagram"  # its login form, page sizes and cookie dialog are data: sites.yaml

    def alt(self, post: Post) -> str:
        img = self.image(post.images[0]) if post.images else None
        what = f" May be an image of {img.alt[0].lower() + img.alt[1:]}." if img and img.alt else ""
        return f"Photo by {self.acct.name} on {post.created:%B} {post.created.day}, {post.created.year}.{what}"

    def web_profile_info(self, req: Request) -> Response:
        """The JSON the profile page loads (shape of Instagram's web_profile_info): the grid is
        empty for a stranger when the account is private, as on the real site."""
        import json

        if req.query.get("username") != self.acct.handle:
            return Response(404, json.dumps({"message": "User not found", "status": "fail"}), "application/json")
        a = self.acct
        posts = self.posts() if self.stranger_ok(req) else []
        edges = [{"node": {"shortcode": self.post_id(p), "accessibility_caption": self.alt(p),
                           "edge_media_to_caption": {"edges": [{"node": {"text": p.text}}]}}} for p in posts[:12]]
        user = {"full_name": a.name, "username": a.handle, "biography": a.bio or "", "is_private": self.closed,
                "external_url": a.links[0] if a.links else None,
                "profile_pic_url": self.media_url(a.profile_photo) if a.profile_photo else None,
                "edge_followed_by": {"count": a.followers}, "edge_follow": {"count": a.following},
                "edge_owner_to_timeline_media": {"count": len(a.posts), "edges": edges}}
        return Response(200, json.dumps({"data": {"user": user}, "status": "ok"}), "application/json")

    def route(self, req: Request) -> Response:
        p = req.path
        if p == "/api/v1/users/web_profile_info/":
            return self.web_profile_info(req)
        if p == "/":
            if not req.logged_in:
                return self.to_login(req)
            return self.render("instagram/home.html", req, posts=self.posts()[:3])
        segs = [s for s in p.split("/") if s]
        if len(segs) == 2 and segs[0] == "p":
            return self.post_page(req, segs[1])
        if segs and segs[0] == "api" and p.rstrip("/") == "/api/profile/grid":
            return self.grid_fragment(req)
        if not segs or segs[0] != self.acct.handle:
            return self.unavailable(req)
        tab = segs[1] if len(segs) > 1 else ""
        if tab in ("", "reels", "tagged"):
            return self.profile(req, tab or "posts")
        if tab in ("followers", "following"):
            return self.profile(req, "posts", dialog=tab)
        return self.unavailable(req)

    def unavailable(self, req: Request) -> Response:
        return self.render("instagram/unavailable.html", req)

    def profile(self, req: Request, tab: str, dialog: str | None = None) -> Response:
        posts = self.posts() if self.stranger_ok(req) else []
        if tab == "tagged" or tab == "reels":
            posts = []
        first, nxt = self.page_slice(posts, req, req.logged_in)
        return self.render("instagram/profile.html", req, tab=tab, posts=first, next_url=self.more_url(nxt),
                           dialog=dialog if (dialog and self.stranger_ok(req)) else None)

    def grid_fragment(self, req: Request) -> Response:
        return self.fragment(req, "instagram/_grid.html", self.posts() if self.stranger_ok(req) else [], req.logged_in)

    def post_page(self, req: Request, code: str) -> Response:
        post = self.post_by_id(code)
        if post is None:
            return self.unavailable(req)
        if not self.stranger_ok(req):
            return self.to_login(req)
        return self.render("instagram/post.html", req, post=post)


__all__ = ["InstagramSite"]
