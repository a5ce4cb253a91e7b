"""LinkedIn replica: login, profile top card and sections, activity, contact info, settings.

Strangers see the public profile as the "Edit your public profile" switches allow, with a
"Sign in to view more content" prompt; with the public profile off (or on deeper pages)
they land on the auth wall.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from ..persona import Post
from ..server import Request, Response
from .base import Site, num_id


class LinkedInSite(Site):
    name = "linkedin"  # its login form, page sizes and cookie dialog are data: sites.yaml

    def show(self, req: Request, section: str) -> bool:
        """Whether a profile section shows in this view (owner: always)."""
        if req.logged_in:
            return True
        if self.closed:
            return False
        if section == "photo":
            return bool(self.setting("public_photo") == "Public")
        return bool(self.setting(f"show_{section}"))

    def ld_person(self, req: Request) -> dict[str, Any]:
        """schema.org Person as LinkedIn embeds it in a public profile: only what the view shows."""
        a = self.acct
        p: dict[str, Any] = {"@type": "Person", "name": a.name, "url": f"{self.base}/in/{a.handle}/",
                   "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/FollowAction",
                                            "name": "Follows", "userInteractionCount": a.followers}}
        if a.headline and self.show(req, "headline"):
            p["jobTitle"] = [a.headline]
        if a.location:
            p["address"] = {"@type": "PostalAddress", "addressLocality": a.location}
        if a.experience and self.show(req, "experience"):
            p["worksFor"] = [{"@type": "Organization", "name": e.org} for e in a.experience[:1]]
        if a.education and self.show(req, "education"):
            p["alumniOf"] = [{"@type": "EducationalOrganization", "name": e.org} for e in a.education]
        if a.profile_photo and self.show(req, "photo"):
            p["image"] = {"@type": "ImageObject", "contentUrl": self.media_url(a.profile_photo)}
        return {"@context": "http://schema.org", "@graph": [p]}

    # -- the API's JSON the page embeds (<code id="bpr-guid-…">), as LinkedIn's logged-in pages carry it --
    def bpr_guid(self, posts: list[Post]) -> str:
        return num_id(self.persona.id, "bpr", *(p.id for p in posts), digits=8)

    def datalet(self, guid: str) -> str:
        me = num_id(self.persona.id, "li-member", digits=9)
        return json.dumps({"request": "/voyager/api/graphql?includeWebMetadata=true&variables=(count:20,start:0,"
                           f"profileUrn:urn%3Ali%3Afsd_profile%3AACoAA{me})&queryId=voyagerFeedDashProfileUpdates",
                           "status": 200, "body": f"bpr-guid-{guid}", "method": "GET"}, separators=(",", ":"))

    def feed_data(self, posts: list[Post]) -> str:
        """Each post's update, social detail and counts (numComments), linked by URN as in LinkedIn's normalised JSON."""
        included: list[dict[str, Any]] = []
        updates = []
        for post in posts:
            act = f"urn:li:activity:{self.post_id(post)}"
            update = f"urn:li:fsd_update:({act},MEMBER_SHARES,EMPTY,DEFAULT,false)"
            detail = f"urn:li:fsd_socialDetail:({act},{act},urn:li:highlightedReply:-)"
            counts = f"urn:li:fsd_socialActivityCounts:{act}"
            updates.append(update)
            included += [
                {"$type": "com.linkedin.voyager.dash.feed.Update", "entityUrn": update, "metadata": {"backendUrn": act},
                 "*socialDetail": detail},
                {"$type": "com.linkedin.voyager.dash.social.SocialDetail", "entityUrn": detail,
                 "*totalSocialActivityCounts": counts},
                {"$type": "com.linkedin.voyager.dash.feed.SocialActivityCounts", "entityUrn": counts,
                 "numComments": len(post.comments), "numLikes": post.likes, "numShares": 0, "liked": False},
            ]
        return json.dumps({"data": {"data": {"feedDashProfileUpdatesByMemberShareFeed": {"*elements": updates}}},
                           "included": included}, separators=(",", ":"))

    def visible_posts(self, req: Request) -> list[Post]:
        if req.logged_in:
            return self.posts()
        if not self.show(req, "activity"):
            return []
        return [p for p in self.posts() if p.audience == "Anyone"]

    def authwall(self, req: Request) -> Response:
        dest = self.base + req.path
        return Response.redirect(f"{self.base}/authwall?trk=public_profile&sessionRedirect={quote(dest, safe='')}")

    def route(self, req: Request) -> Response:
        p = req.path
        if p in ("/", "/feed/", "/feed"):
            if not req.logged_in:
                return self.to_login(req)
            return self.render("linkedin/home.html", req, posts=self.posts()[:2])
        if p == "/authwall":
            return self.render("linkedin/authwall.html", req)
        if p.startswith("/feed/update/"):
            urn = p.rstrip("/").rsplit(":", 1)[-1]
            post = self.post_by_id(urn)
            if post is None:
                return self.render("linkedin/unavailable.html", req)
            if not req.logged_in and post not in self.visible_posts(req):
                return self.authwall(req)
            return self.render("linkedin/post.html", req, post=post)
        if p == "/voyager/activity":
            return self.activity_fragment(req)
        segs = [s for s in p.split("/") if s]
        if len(segs) < 2 or segs[0] != "in":
            return self.render("linkedin/unavailable.html", req)
        if segs[1] != self.acct.handle:
            return self.render("linkedin/unavailable.html", req) if req.logged_in else self.authwall(req)
        rest = segs[2:]
        if not rest:
            if not req.logged_in and self.closed:
                return self.authwall(req)
            posts = self.visible_posts(req)[:3]
            return self.render("linkedin/profile.html", req, posts=posts)
        if not req.logged_in:
            return self.authwall(req)  # deeper pages are behind the wall for strangers
        if rest[:2] == ["recent-activity", "all"] or rest[0] == "recent-activity":
            first, nxt = self.page_slice(self.posts(), req, True)
            return self.render("linkedin/activity.html", req, posts=first, next_url=self.more_url(nxt))
        if rest[:2] == ["overlay", "contact-info"]:
            posts = self.visible_posts(req)[:3]
            return self.render("linkedin/profile.html", req, posts=posts, contact=True)
        if rest[0] == "details":
            return self.render("linkedin/profile.html", req, posts=[])
        return self.render("linkedin/unavailable.html", req)

    def activity_fragment(self, req: Request) -> Response:
        if not req.logged_in:
            return Response(401, "", "text/html; charset=utf-8")
        return self.fragment(req, "linkedin/_posts.html", self.posts(), True)


__all__ = ["LinkedInSite"]
