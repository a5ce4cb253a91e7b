"""Visibility: who can see the account, its posts, friends, photos and contact details.

The rules (which audiences fail, which need review) are data in the catalogue's params,
so a stricter or looser policy is a data edit.
"""

from __future__ import annotations

from typing import Any

from ..findings import Confidence, Evidence, Status
from ..snapshot import STRANGER_ITEMS, AccountSnapshot, Audience, StrangerView
from .registry import CheckContext, register

_LABELS = {
    Audience.PUBLIC: "anyone, including people who are not logged in",
    Audience.LOGGED_IN: "anyone with an account on the platform",
    Audience.FRIENDS_OF_FRIENDS: "friends of friends / all followers (your extended network)",
    Audience.FRIENDS: "friends only (approved people)",
    Audience.ONLY_ME: "only you",
    # the list's members are not on the page: it can include friends of friends or wider lists
    Audience.CUSTOM: "a custom list of people (selfaudit cannot see who is on it: check it holds only friends)",
    Audience.UNKNOWN: "an audience selfaudit could not recognise",
}


def audience_words(a: Audience | None) -> str:
    return _LABELS.get(a or Audience.UNKNOWN, str(a))


def _verdict(ctx: CheckContext, audience: Audience) -> Status:
    if audience.value in ctx.params.get("fail", []):
        return Status.FAIL
    if audience.value in ctx.params.get("review", []):
        return Status.REVIEW
    if audience == Audience.UNKNOWN:
        return Status.NOT_CHECKED
    if audience == Audience.CUSTOM:
        # a custom list: who is on it is not on the page ("Specific friends" and "Friends except…" are friends)
        return Status.REVIEW
    return Status.PASS


@register("setting_audience")
def setting_audience(acct: AccountSnapshot, ctx: CheckContext) -> None:
    """One platform setting (params.setting) judged by the audience it allows."""
    key = ctx.params["setting"]
    item = f"settings.{key}"
    setting = acct.setting(key)
    if setting is None:
        reason = acct.provenance.missing_reason(item) or f"{acct.account.platform} has no setting for this, or it was not found"
        ctx.not_checked(item, reason)
        return
    ctx.examined()
    status = _verdict(ctx, setting.audience)
    shown = f"“{setting.label}” is set to “{setting.option or setting.audience.value}”"
    evidence = {
        "text": shown,
        "url": setting.url,
        "details": {"audience": setting.audience.value, "option": setting.option, "label": setting.label},
    }
    if setting.answered_at is not None:  # the person told us what the page shows: theirs, never a pass
        shown += f" (answered by you on {setting.answered_at:%Y-%m-%d})"
        evidence["text"] = shown
        if status == Status.PASS:
            status = Status.ANSWERED
    if status == Status.NOT_CHECKED:
        # an audience the reader recorded why it could not tell (the stranger view contradicting it), else unmapped words
        ctx.not_checked(item, acct.provenance.missing_reason(item) or f"{shown}, which selfaudit could not map to an audience")
    elif status == Status.ANSWERED:
        ctx.emit(status, item, f"{ctx.meta.title}: {audience_words(setting.audience)}", evidence=evidence)
    elif status == Status.PASS:
        # a pass says what is fine and shows the platform's own words for it, not the fail phrasing
        title = f"{ctx.meta.pass_title} ({shown})" if ctx.meta.pass_title else f"{ctx.meta.title}: {audience_words(setting.audience)}"
        ctx.passed(item, title, evidence=evidence)
    else:
        ctx.emit(status, item, f"{ctx.meta.title}: {audience_words(setting.audience)}", evidence=evidence)


@register("post_audience_public")
def post_audience_public(acct: AccountSnapshot, ctx: CheckContext) -> None:
    """Each of the person's own posts whose audience is wider than the policy allows."""
    fail = set(ctx.params.get("fail", ["public", "logged_in"]))
    review = set(ctx.params.get("review", []))
    unknown = 0
    for post in acct.posts or ():
        if (post.third_party and post.kind != "share") or (post.kind == "share" and post.parent_id):
            continue  # others' comments and wall posts; a shared original inside a post is judged with that post
        # a repost on the person's timeline (a share of its own) is shown to the person's audience: judged; so is
        # a post under another name that could not be told apart from the person's (a nickname, a Page: author set)
        ctx.examined()
        if post.audience is None or post.audience == Audience.UNKNOWN:
            unknown += 1
            continue
        # a custom list is never silently fine: who is on it is not shown (as for settings)
        if post.audience.value in fail or post.audience.value in review or post.audience == Audience.CUSTOM:
            status = Status.FAIL if post.audience.value in fail else Status.REVIEW
            ctx.emit(
                status,
                f"post:{post.id}",
                f"Post visible to {audience_words(post.audience)}"
                + (f" (shown as by {post.author}: selfaudit could not tell whether it is yours)"
                   if not post.third_party and post.kind == "post" and post.author else ""),
                evidence={"text": post.text[:280], "url": post.url, "details": {"audience": post.audience.value, "label": post.audience_label}},
            )
    if unknown:
        recorded = acct.provenance.missing_reason("posts.audience")
        if unknown == ctx.examined_count:
            ctx.findings.clear()
            ctx.not_checked("posts", recorded or f"the audience of {unknown} post(s) was not available from this source")
        else:  # the posts whose audience is unknown were not checked: say so beside the rest
            ctx.not_checked("posts", recorded or f"the audience of {unknown} of {ctx.examined_count} posts could not be read")


_PAGE_WORDS = {
    "login_wall": "a login wall (the platform asked a visitor to log in, so what a stranger sees is unknown)",
    "bot_challenge": "a bot check (the platform asked to prove the visitor is human)",
    "not_found": "a “not found / not public” page (the address may be wrong, or the platform hides the profile)",
    "cookie_wall": "a cookie wall (nothing was shown before accepting cookies)",
    "rate_limit": "a “too many requests” page",
    "unrecognised": "a page selfaudit did not recognise as a profile",
    "not_profile": "not a profile page (the page's own data says it is another kind of page: an article, a company page)",
    "unreachable": "no page (it could not be loaded)",
}
_CONTENT = ("posts", "photos", "activity")
# Personal details that stop a pass even on a closed profile: they tell a stranger where you work,
# live or can be reached. A bio (where the "views are my own" statement belongs), links and
# follower counts are the header a closed profile keeps: they lower the pass's confidence instead.
_PERSONAL = ("employer", "location", "birthday", "contact")


def stranger_words(view: StrangerView) -> str:
    """The inventory in words: what a stranger sees, and what selfaudit could not tell."""
    shown = [f"{STRANGER_ITEMS.get(i.what, i.what)}" + (f" ({i.count})" if i.count else "") for i in view.items if i.state == "shown"]
    unknown = [STRANGER_ITEMS.get(i.what, i.what) for i in view.items if i.state == "not-recognised"]
    out = "A logged-out stranger sees " + (", ".join(shown) if shown else "nothing selfaudit recognised")
    if unknown:
        out += "; not recognised: " + ", ".join(unknown)
    return out


@register("stranger_view_exposure")
def stranger_view_exposure(acct: AccountSnapshot, ctx: CheckContext) -> None:
    """What a logged-out stranger learns, from the inventory of the logged-out page.

    Pass only on a positively recognised closed profile; fail when any post/photo/activity is
    visible, when an open profile shows details beyond name and photo, or when even a closed
    profile shows your birthday or contact details (where you work or live: review); anything else is not-checked, saying what
    was not recognised. Walls, bot checks, not-found and rate-limit pages never pass.
    """
    view = acct.stranger_view
    if view is None:  # guarded by requires, kept for direct callers
        ctx.not_checked("stranger_view", "the stranger view was not collected")
        return
    ctx.examined()
    shown = {i.what: i for i in view.items if i.state == "shown"}
    content = [w for w in _CONTENT if w in shown and (shown[w].count or 0) > 0]
    details = [w for w in shown if w not in ("name", "photo") and w not in _CONTENT]
    evidence: dict[str, Any] = {
        "text": stranger_words(view),
        "image": view.screenshot,
        "url": view.url,
        "details": {
            "recognised_as": view.recognised_as,
            "recognised_by": view.recognised_by,
            "posts_visible": view.posts_visible,
            "items": [i.model_dump(mode="json", exclude_none=True) for i in view.items],
        },
    }
    # Visible content outranks any wording on the page; details fail only on a profile that is
    # not closed (a closed profile's header is the platform's minimum).
    own_page = view.recognised_as in ("profile", "closed_profile")  # content elsewhere proves nothing about you
    if not view.items and view.reachable and view.posts_visible and view.wall not in ("not_found", "unknown"):
        # a snapshot saved before the inventory existed: its post count is still evidence of exposure
        ctx.emit(Status.FAIL, "stranger_view", f"A logged-out stranger can see {view.posts_visible} posts", evidence=evidence)
    elif content and own_page:
        what = ", ".join(f"{shown[w].count} {w}" for w in content)
        if details:
            what += "; and " + ", ".join(STRANGER_ITEMS.get(w, w) for w in details)
        ctx.emit(Status.FAIL, "stranger_view", f"A logged-out stranger can see {what}", evidence=evidence)
    elif view.recognised_as == "closed_profile" and (personal := [w for w in details if w in _PERSONAL]):
        # closed to posts, but the header still tells a stranger how to reach you, or where you
        # work or live: contact details and birthday fail; employer and place need the person's
        # judgement ("London" is not "Mare Street"), so review — never a pass
        words = ", ".join(STRANGER_ITEMS.get(w, w) for w in personal)
        status = Status.FAIL if {"contact", "birthday"} & set(personal) else Status.REVIEW
        ctx.emit(status, "stranger_view", f"The profile is closed, but a logged-out stranger can see {words}", evidence=evidence)
    elif view.recognised_as == "closed_profile":
        header = [STRANGER_ITEMS.get(w, w) for w in details]
        # the posts are closed (the platform says so), but a personal detail selfaudit could not
        # read may still be on the header: say which, and do not claim high confidence
        unread = [STRANGER_ITEMS.get(i.what, i.what) for i in view.items if i.state == "not-recognised" and i.what in _PERSONAL]
        title = "A logged-out stranger sees only a closed profile" + (f" (its header shows {', '.join(header)})" if header else "")
        if unread:
            title += f"; could not tell whether it shows {', '.join(unread)}"
        ctx.passed("stranger_view", title, evidence=evidence,
                   confidence=Confidence.MEDIUM if header or unread else Confidence.HIGH)
    elif view.recognised_as == "profile" and details:
        words = ", ".join(STRANGER_ITEMS.get(w, w) for w in details)
        ctx.emit(Status.FAIL, "stranger_view", f"A logged-out stranger can see {words}", evidence=evidence)
    else:
        if view.recognised_as in _PAGE_WORDS:
            reason = f"{view.url} showed a logged-out visitor {_PAGE_WORDS[view.recognised_as]}"
        else:
            unknown = [STRANGER_ITEMS.get(i.what, i.what) for i in view.items if i.state == "not-recognised"]
            reason = ("a profile page, but selfaudit could not recognise " + (", ".join(unknown) if unknown else "whether it is closed"))
        f = ctx.not_checked("stranger_view", reason)
        f.evidence = Evidence(**evidence)  # the inventory, so the report can say what was and was not seen
        f.outcome = "unrecognised"
