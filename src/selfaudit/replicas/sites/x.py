"""X replica: login, profile header and timeline, status pages, media tab, settings.

A protected account shows strangers its header with a lock and "These posts are
protected"; a public one shows its posts with the "Don’t miss what’s happening" bottom bar.
"""

from __future__ import annotations

from typing import Any

from ..persona import Post
from ..server import Request, Response
from .base import Site, num_id


class XSite(Site):
    name = "x"  # its login form, page sizes and cookie dialog are data: sites.yaml

    def ld_profile(self) -> dict[str, Any]:
        """schema.org ProfilePage as X embeds it in a profile page (name = display name, additionalName = handle)."""
        a = self.acct
        person: dict[str, Any] = {"@type": "Person", "additionalName": a.handle, "name": a.name, "description": a.bio or "",
                        "identifier": num_id(self.persona.id, "x", "user", digits=10), "url": f"{self.base}/{a.handle}",
                        "interactionStatistic": [
                            {"@type": "InteractionCounter", "interactionType": "https://schema.org/FollowAction",
                             "name": "Follows", "userInteractionCount": a.followers},
                            {"@type": "InteractionCounter", "interactionType": "https://schema.org/WriteAction",
                             "name": "Tweets", "userInteractionCount": len(a.posts)}]}
        if a.location:
            person["homeLocation"] = {"@type": "Place", "name": a.location}
        if a.profile_photo:
            person["image"] = {"@type": "ImageObject", "contentUrl": self.media_url(a.profile_photo)}
        return {"@context": "http://schema.org", "@type": "ProfilePage", "mainEntity": person, "relatedLink": list(a.links)}

    def user_by_screen_name(self, req: Request) -> Response:
        """The GraphQL user the profile page loads (shape of X's UserByScreenName: ``legacy``
        holds the profile; ``protected`` is present and true only for a protected account)."""
        import json

        try:
            name = json.loads(req.query.get("variables") or "{}").get("screen_name")
        except ValueError:
            name = None
        if name != self.acct.handle:
            return Response(200, json.dumps({"data": {"user": {"result": {"__typename": "UserUnavailable"}}}}), "application/json")
        a = self.acct
        legacy: dict[str, Any] = {"name": a.name, "screen_name": a.handle, "description": a.bio or "", "location": a.location or "",
                        "followers_count": a.followers, "friends_count": a.following, "statuses_count": len(a.posts),
                        "entities": {"url": {"urls": [{"expanded_url": u} for u in a.links]}}}
        if a.profile_photo:
            legacy["profile_image_url_https"] = self.media_url(a.profile_photo)
        if self.closed:
            legacy["protected"] = True
        result = {"__typename": "User", "rest_id": num_id(self.persona.id, "x", "user", digits=10), "legacy": legacy}
        return Response(200, json.dumps({"data": {"user": {"result": result}}}), "application/json")

    def route(self, req: Request) -> Response:
        p = req.path
        if p in ("/", "/home"):
            if not req.logged_in:
                return self.to_login(req) if p == "/home" else Response.redirect(self.base + self.spec.login_path)
            return self.render("x/home.html", req, posts=self.posts()[:3])
        if p == "/settings" or p == "/settings/":
            return Response.redirect(self.base + "/settings/privacy_and_safety")
        if p == "/settings/privacy_and_safety":
            if not req.logged_in:
                return self.to_login(req)
            return self.render("x/settings_hub.html", req, pages=self.spec.settings_pages)
        if p.startswith("/i/api/graphql/") and p.endswith("/UserByScreenName"):
            return self.user_by_screen_name(req)
        if p == "/i/api/timeline":
            return self.timeline_fragment(req)
        segs = [s for s in p.split("/") if s]
        if not segs or segs[0] != self.acct.handle:
            return self.render("x/missing.html", req)
        rest = segs[1:]
        if not rest:
            return self.profile(req, "posts")
        if rest[0] in ("with_replies", "media"):
            return self.profile(req, rest[0])
        if rest[0] == "status" and len(rest) >= 2:
            return self.status(req, rest[1])
        if rest[0] in ("photo", "header_photo"):
            return self.render("x/photo.html", req, which=rest[0])
        if rest[0] in ("followers", "following", "verified_followers"):
            return self.profile(req, "posts")
        return self.render("x/missing.html", req)

    def visible(self, req: Request) -> list[Post]:
        return self.posts() if self.stranger_ok(req) else []

    def profile(self, req: Request, tab: str) -> Response:
        posts = self.visible(req)
        if tab == "media":
            posts = [x for x in posts if x.images]
        elif tab == "with_replies":
            posts = posts
        first, nxt = self.page_slice(posts, req, req.logged_in)
        return self.render("x/profile.html", req, tab=tab, posts=first, next_url=self.more_url(nxt, tab=tab))

    def timeline_fragment(self, req: Request) -> Response:
        tab = req.q("tab", "posts")
        posts = self.visible(req)
        if tab == "media":
            posts = [x for x in posts if x.images]
        return self.fragment(req, "x/_tweets.html", posts, req.logged_in, tab=tab)

    def status(self, req: Request, sid: str) -> Response:
        post = self.post_by_id(sid)
        if post is None:
            return self.render("x/missing.html", req)
        if not self.stranger_ok(req):
            return self.profile(req, "posts")
        return self.render("x/status.html", req, post=post)


__all__ = ["XSite"]
