"""Facebook replica: login, home, profile (posts, about, friends, photos), photo pages, settings.

Logged in, the persona sees everything with each item's audience. Logged out ("stranger"),
the profile follows the persona's settings: a locked profile shows "{Name} locked their
profile"; otherwise only Public items show, with a "See more on Facebook" login prompt; an
item that is not public shows "This content isn't available right now".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ..persona import Comment, Field_, Post
from ..server import Request, Response
from ..wording import locator_setting
from .base import Site, num_id

if TYPE_CHECKING:
    from ..server import ReplicaServer

# The contact section's name is the region the adapters read audience markers in (locator data).
ABOUT_SECTIONS = [
    ("about_overview", "Overview", None),
    ("about_work_and_education", "Work and education", "work"),
    ("about_places", "Places lived", "places"),
    ("about_contact_and_basic_info", locator_setting("facebook", "contact_details").within[0], "contact"),
    ("about_family_and_relationships", "Family and relationships", "family"),
    ("about_details", "Details about you", "details"),
]


@dataclass
class PhotoView:
    fbid: str
    image: str
    caption: str
    audience: str
    created: datetime | None
    role: str = "photo"  # photo | profile | cover
    tags: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)


class FacebookSite(Site):
    name = "facebook"  # its login form, page sizes and cookie dialog are data: sites.yaml

    def __init__(self, server: ReplicaServer) -> None:
        super().__init__(server)
        self.vanity = self.acct.handle
        self.user_id = num_id(self.persona.id, "facebook-user")
        self.photos = self._photo_index()

    def address_fields(self) -> dict[str, str]:
        return {**super().address_fields(), "user_id": self.user_id}

    # ------------------------------------------------------------------ data views
    def _photo_index(self) -> dict[str, PhotoView]:
        out: dict[str, PhotoView] = {}
        seen: set[str] = set()
        for ph in self.acct.photos:
            fid = num_id(self.persona.id, "fb-photo", ph.image)
            out[fid] = PhotoView(fid, ph.image, ph.caption, ph.audience or "Public", ph.created, "photo", ph.tags, ph.comments)
            seen.add(ph.image)
        for post in self.acct.posts:
            for img in post.images:
                if img not in seen:
                    fid = num_id(self.persona.id, "fb-photo", img)
                    out[fid] = PhotoView(fid, img, post.text, post.audience or "Public", post.created, "photo", post.tags)
                    seen.add(img)
        for role, ref in (("profile", self.acct.profile_photo), ("cover", self.acct.cover_photo)):
            if ref:
                fid = num_id(self.persona.id, "fb-photo", role, ref)
                out[fid] = PhotoView(fid, ref, "", "Public", None, role)
        return out

    def photo_id(self, image: str, role: str = "photo") -> str:
        if role in ("profile", "cover"):
            return num_id(self.persona.id, "fb-photo", role, image)
        return num_id(self.persona.id, "fb-photo", image)

    def effective(self, audience: str) -> str:
        """Locking a profile turns public posts into friends-only for non-friends."""
        if self.closed and audience in ("Public", "Friends of friends"):
            return "Friends"
        return audience

    def stranger_can_see(self, audience: str | None) -> bool:
        return not self.closed and (audience or "Public") == "Public"

    def visible_posts(self, req: Request) -> list[Post]:
        posts = self.posts()
        if req.logged_in:
            return posts
        return [p for p in posts if self.stranger_can_see(p.audience)]

    def visible_photos(self, req: Request) -> list[PhotoView]:
        items = [p for p in self.photos.values() if p.role == "photo"]
        items.sort(key=lambda p: p.created.timestamp() if p.created else 0, reverse=True)
        if req.logged_in:
            return items
        return [p for p in items if self.stranger_can_see(p.audience)]

    def visible_fields(self, req: Request, section: str | None = None) -> list[Field_]:
        fields = [f for f in self.acct.fields if section is None or f.section == section]
        if req.logged_in:
            return fields
        if self.closed:
            return []
        return [f for f in fields if f.audience == "Public"]

    def friends_visible(self, req: Request) -> bool:
        return req.logged_in or (not self.closed and self.setting("friends_list") == "Public")

    # ------------------------------------------------------------------ routing
    def route(self, req: Request) -> Response:
        p = req.path
        if p in ("/", "/home.php"):
            if not req.logged_in:
                return self.to_login(req)
            return self.render("facebook/home.html", req, posts=self.posts()[:2])
        if p == "/profile.php":
            if req.q("id") != self.user_id:
                return self.unavailable(req)
            sk = req.q("sk")
            return self.route(Request(**{**req.__dict__, "path": f"/{self.vanity}" + (f"/{sk}" if sk else "")}))
        if p in ("/photo/", "/photo.php", "/photo"):
            return self.photo_page(req)
        if p == "/ajax/profile/posts":
            return self.posts_fragment(req)
        segs = [s for s in p.split("/") if s]
        if not segs:
            return Response.not_found()
        if segs[0] != self.vanity:
            return self.unavailable(req)
        rest = segs[1:]
        if not rest:
            return self.profile(req)
        tab = rest[0]
        if tab == "posts" and len(rest) == 2:
            return self.permalink(req, rest[1])
        if tab == "about" or tab.startswith("about_"):
            return self.about(req, tab)
        if tab.startswith("friends") or tab in ("followers", "following"):
            return self.friends(req, tab)
        if tab in ("photos", "photos_by", "photos_of", "photos_albums"):
            return self.photos_page(req, tab)
        return self.unavailable(req)

    def unavailable(self, req: Request) -> Response:
        return self.render("facebook/unavailable.html", req, status=200)

    # ------------------------------------------------------------------ pages
    def profile(self, req: Request) -> Response:
        posts = self.visible_posts(req)
        first, nxt = self.page_slice(posts, req, req.logged_in)
        return self.render(
            "facebook/profile.html",
            req,
            tab="posts",
            posts=first,
            next_url=self.more_url(nxt),
            intro_fields=[f for f in self.visible_fields(req) if f.section in ("work", "places")],
            photos=self.visible_photos(req)[:9],
            show_friends=self.friends_visible(req),
            any_public=bool(posts),
        )

    def posts_fragment(self, req: Request) -> Response:
        return self.fragment(req, "facebook/_posts.html", self.visible_posts(req), req.logged_in)

    def permalink(self, req: Request, pid: str) -> Response:
        post = self.post_by_id(pid)
        if post is None or not (req.logged_in or self.stranger_can_see(post.audience)):
            return self.unavailable(req)
        return self.render("facebook/post.html", req, post=post)

    def about(self, req: Request, tab: str) -> Response:
        if tab == "about":
            tab = "about_overview"
        section = next((s for s in ABOUT_SECTIONS if s[0] == tab), None)
        if section is None:
            return self.unavailable(req)
        sections = [s for s in ABOUT_SECTIONS[1:] if section[2] is None or s[2] == section[2]]
        groups = [(title, self.visible_fields(req, key)) for _, title, key in sections]
        return self.render("facebook/about.html", req, tab="about", about_tab=tab, sections=ABOUT_SECTIONS, groups=groups)

    def friends(self, req: Request, tab: str) -> Response:
        return self.render("facebook/friends.html", req, tab="friends", show_friends=self.friends_visible(req))

    def photos_page(self, req: Request, tab: str) -> Response:
        photos = self.visible_photos(req)
        if tab == "photos_of":
            photos = [p for p in photos if p.tags]
        return self.render("facebook/photos.html", req, tab="photos", photos=photos, photos_tab=tab)

    def photo_page(self, req: Request) -> Response:
        ph = self.photos.get(req.q("fbid"))
        if ph is None:
            return self.unavailable(req)
        if not req.logged_in and ph.role == "photo" and not self.stranger_can_see(ph.audience):
            return self.unavailable(req)
        return self.render("facebook/photo.html", req, photo=ph)


__all__ = ["FacebookSite"]
