"""Visibility: who can see the account, its posts, friends, photos and contact details.

The rules (which audiences fail, which need review) are data in the catalogue's params,
so a stricter or looser policy is a data edit.
"""

from __future__ import annotations

from ..findings import Confidence, Status
from ..snapshot import AccountSnapshot, Audience
from .registry import CheckContext, register

_LABELS = {
    Audience.PUBLIC: "anyone, including people who are not logged in",
    Audience.LOGGED_IN: "anyone with an account on the platform",
    Audience.FRIENDS_OF_FRIENDS: "friends of friends / all followers (your extended network)",
    Audience.FRIENDS: "friends only (approved people)",
    Audience.ONLY_ME: "only you",
    Audience.CUSTOM: "a custom list of people",
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
        ctx.not_checked(item, f"{shown}, which selfaudit could not map to an audience")
    elif status == Status.ANSWERED:
        ctx.emit(status, item, f"{ctx.meta.title}: {audience_words(setting.audience)}", evidence=evidence)
    elif status == Status.PASS:
        ctx.passed(item, f"{ctx.meta.title}: {audience_words(setting.audience)}", evidence=evidence)
    else:
        ctx.emit(status, item, f"{ctx.meta.title}: {audience_words(setting.audience)}", evidence=evidence)


@register("post_audience_public")
def post_audience_public(acct: AccountSnapshot, ctx: CheckContext) -> None:
    """Each of the person's own posts whose audience is wider than the policy allows."""
    fail = set(ctx.params.get("fail", ["public", "logged_in"]))
    review = set(ctx.params.get("review", []))
    unknown = 0
    for post in acct.posts or ():
        if post.third_party:
            continue
        ctx.examined()
        if post.audience is None or post.audience == Audience.UNKNOWN:
            unknown += 1
            continue
        if post.audience.value in fail or post.audience.value in review:
            status = Status.FAIL if post.audience.value in fail else Status.REVIEW
            ctx.emit(
                status,
                f"post:{post.id}",
                f"Post visible to {audience_words(post.audience)}",
                evidence={"text": post.text[:280], "url": post.url, "details": {"audience": post.audience.value, "label": post.audience_label}},
            )
    if unknown:
        recorded = acct.provenance.missing_reason("posts.audience")
        if unknown == ctx.examined_count:
            ctx.findings.clear()
            ctx.not_checked("posts", recorded or f"the audience of {unknown} post(s) was not available from this source")
        else:  # the posts whose audience is unknown were not checked: say so beside the rest
            ctx.not_checked("posts", recorded or f"the audience of {unknown} of {ctx.examined_count} posts could not be read")


@register("stranger_view_exposure")
def stranger_view_exposure(acct: AccountSnapshot, ctx: CheckContext) -> None:
    """What a logged-out stranger can see: posts or photos beyond the bare profile header."""
    view = acct.stranger_view
    if view is None:  # guarded by requires, kept for direct callers
        ctx.not_checked("stranger_view", "the stranger view was not collected")
        return
    ctx.examined()
    evidence = {
        "text": (view.wall_text or view.text[:400]) or None,
        "image": view.screenshot,
        "url": view.url,
        "details": {"wall": view.wall, "posts_visible": view.posts_visible, "images": len(view.images)},
    }
    # Order matters: a page that did not load, or showed no profile, proves nothing; visible
    # posts outrank any wall wording.
    if not view.reachable:
        ctx.not_checked("stranger_view", view.wall_text or "the logged-out page could not be loaded")
    elif view.wall == "not_found":
        ctx.not_checked("stranger_view", f"a logged-out visitor was told the profile does not exist at {view.url}")
    elif view.posts_visible:
        ctx.emit(
            Status.FAIL,
            "stranger_view",
            f"A logged-out stranger can see {view.posts_visible} of your posts",
            evidence=evidence,
        )
    elif view.wall in ("private", "protected", "locked"):
        ctx.passed("stranger_view", "A logged-out stranger sees only a closed profile", evidence=evidence)
    elif view.wall == "unknown":
        ctx.not_checked("stranger_view", "selfaudit could not recognise what the logged-out page shows")
    elif view.wall == "login_wall" or view.posts_visible == 0:
        confidence = Confidence.MEDIUM if view.images else Confidence.HIGH
        ctx.passed("stranger_view", "A logged-out stranger sees no posts", evidence=evidence, confidence=confidence)
    else:
        ctx.not_checked("stranger_view", "the logged-out page was reachable but its posts could not be counted")
