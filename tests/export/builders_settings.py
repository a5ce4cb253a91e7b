"""Our own fixtures for settings files, TikTok and Threads, modelled on the real layouts.

Layouts (file paths, field names and nesting) were read from public parsers of real archives
and the structures they document (e.g. the merged Facebook/Instagram/TikTok structure tables of
what-if-horizon/what-if-data-donation, a 2026 script reading privacy_settings.json's
label_values › dict › "Who can see your future posts?"); every value here is made up.
"""

from __future__ import annotations

import json
from typing import Any

from tests.export.builders import Files, facebook_files, instagram_files, jpeg, mojibake

SETTINGS_TS = 1788307200  # 2026-09-02: the export's date


def fb_privacy_settings(future: str = "Friends", *, extra: list[dict[str, Any]] | None = None, language: str = "en", flat: bool = False) -> str:
    """preferences/preferences/privacy_settings.json: label_values, sections as nested dicts."""
    if language == "de":
        your_activity = [{"label": "Wer kann deine zukünftigen Beiträge sehen?", "value": future}]
        find = [{"label": "Wer kann deine Freundesliste sehen?", "value": "Nur ich"}]
        sections = [{"label": "Deine Aktivität", "dict": your_activity}, {"label": "Wie Personen dich finden", "dict": find}]
    else:
        your_activity = [
            {"label": "Who can see your future posts?", "value": future},
            {"label": "Limit the audience for posts you've shared with friends of friends or Public?", "value": "Not limited"},
        ]
        find = [
            {"label": "Who can send you friend requests?", "value": "Friends of friends"},
            {"label": "Who can see your friends list?", "value": "Only me"},
            {"label": "Who can look you up using the email address you provided?", "value": "Friends"},
            {"label": "Do you want search engines outside of Facebook to link to your profile?", "value": "No"},
        ]
        tagging = [
            {"label": "Who can see what others post on your profile?", "value": "Friends"},
            {"label": "Who can see posts you're tagged in on your profile?", "value": "Friends"},
            {"label": "Review posts you're tagged in before the post appears on your profile?", "value": "On"},
        ]
        sections = [
            {"label": "Your activity", "dict": your_activity},
            {"label": "How people find and contact you", "dict": find},
            {"label": "Profile and tagging", "dict": tagging},
        ]
    label_values: list[dict[str, Any]] = [leaf for s in sections for leaf in s["dict"]] if flat else sections
    label_values += extra or []
    return json.dumps({"timestamp": SETTINGS_TS, "media": [], "label_values": label_values, "fbid": "1000000000001"})


def facebook_with_settings(future: str = "Friends", **kw: Any) -> Files:
    files = facebook_files()
    files["facebook-alice-2024/preferences/preferences/privacy_settings.json"] = fb_privacy_settings(future, **kw)
    return files


# -- Instagram settings files ----------------------------------------------------------------


def _sm(labels: dict[str, str], ts: int = SETTINGS_TS) -> dict[str, Any]:
    return {k: {"href": "", "value": v, "timestamp": ts} for k, v in labels.items()}


def instagram_with_settings(*, private: bool = False, comments: str = "Everyone", contact_sync: str = "Off") -> Files:
    files = instagram_files(variant="current", private=private)
    top = next(iter(files)).split("/", 1)[0] + "/"
    files[top + "preferences/settings/comments_allowed_from.json"] = json.dumps(
        {"settings_allow_comments_from": [{"title": "", "media_list_data": [], "string_map_data": _sm({"Comments Allowed From": comments})}]}
    )
    files[top + "personal_information/personal_information/instagram_profile_information.json"] = json.dumps(
        {"profile_account_insights": [{"title": "", "string_map_data": _sm({"Contact Syncing": contact_sync, "Last Login": "2026-09-01"})}]}
    )
    return files


# -- Threads -----------------------------------------------------------------------------------

THREADS_BIO = "Youth worker. Thoughts my own."


def _threads_profile(private: bool) -> str:
    return json.dumps(
        {
            "text_post_app_text_post_app_profile": [
                {
                    "title": "",
                    "media_map_data": {"Profile Photo": {"uri": "media/threads/profile.jpg", "creation_timestamp": 1700000000, "title": ""}},
                    "string_map_data": _sm(
                        {
                            "Username": "sam.youthwork",
                            "Name": mojibake("Sam Ridley"),
                            "Bio": THREADS_BIO,
                            "Private Account": "True" if private else "False",
                            "Links": "https://example.org/sam",
                            "Email": "sam@example.com",
                        }
                    ),
                }
            ]
        }
    )


def _threads_posts() -> str:
    return json.dumps(
        {
            "text_post_app_text_posts": [
                {"media": [{"uri": "", "creation_timestamp": 1761000000, "title": "First thread from the team away day", "text_app_post": {"reply_control": "everyone"}}], "title": "", "creation_timestamp": 1761000000},
                {"media": [{"uri": "media/threads/202510/pic.jpg", "creation_timestamp": 1761100000, "title": mojibake("Caf\u00e9 stop \u2615"), "text_app_post": {"reply_control": "accounts_you_follow"}}], "title": "", "creation_timestamp": 1761100000},
                {"media": [{"uri": "", "creation_timestamp": 1761200000, "title": "A reply to a friend", "text_app_post": {"reply_control": "everyone"}}], "title": "", "creation_timestamp": 1761200000},
            ]
        }
    )


def threads_files(*, private: bool = False, inside_instagram: bool = True, own_layout: str = "threads") -> Files:
    """Threads inside Instagram's export (your_instagram_activity/threads/…) or its own export.

    own_layout: "instagram-like" files a Threads-only export under your_instagram_activity/threads/
    as Meta's Accounts Center does; "threads" under a folder of its own.
    """
    if inside_instagram:
        files = instagram_files(variant="current")
        top = next(iter(files)).split("/", 1)[0] + "/"
        base = top + "your_instagram_activity/threads/"
    else:
        files = {}
        top = "threads-sam-2026-09-02/"
        base = top + ("your_instagram_activity/threads/" if own_layout == "instagram-like" else "your_threads_activity/threads/")
    files[base + "personal_information.json"] = _threads_profile(private)
    files[base + "threads_and_replies.json"] = _threads_posts()
    files[base + "followers.json"] = json.dumps({"text_post_app_text_post_app_followers": [{"title": "", "string_list_data": [{"href": "", "value": f"f{i}", "timestamp": 1}]} for i in range(4)]})
    files[top + "media/threads/202510/pic.jpg"] = jpeg((30, 30, 160))
    files[top + "media/threads/profile.jpg"] = jpeg((160, 30, 30))
    return files


# -- TikTok ------------------------------------------------------------------------------------

TT_BIO = "Teaching assistant | baking"


def tiktok_settings(*, private: str = "Off", comments: str = "Everyone") -> dict[str, Any]:
    return {
        "Allow DownLoad": "On",
        "Private Account": private,
        "Suggest your account to contacts": "enabled",
        "Suggest your account to Facebook friends": "disabled",
        "Suggest your account to people who open or send links to you": "enabled",
        "Who Can Duet With Me": "Everyone",
        "Who Can Post Comments": comments,
        "Who Can Send Me Message": "Friends",
        "Who Can Stitch with your videos": "Off",
        "Who Can View Videos I Liked": "Only Me",
        "Push Notification": {"New Fans": "On"},
    }


def _tt_videos() -> list[dict[str, Any]]:
    return [
        {"Date": "2026-03-01 10:00:00", "Link": "https://www.tiktokv.com/share/video/7000000000000000001/", "Likes": "12", "WhoCanView": "Everyone", "AllowComments": "Everyone", "Title": "Sourdough day #baking"},
        {"Date": "2026-04-01 10:00:00", "Link": "https://www.tiktokv.com/share/video/7000000000000000002/", "Likes": "3", "WhoCanView": "Friends", "AllowComments": "Friends", "Title": "Just for friends"},
        {"Date": "2026-05-01 10:00:00", "Link": "https://www.tiktokv.com/share/video/7000000000000000003/", "Likes": "0", "Title": "Old clip"},
    ]


def tiktok_json(*, layout: str = "current", private: str = "Off", comments: str = "Everyone") -> str:
    """user_data.json: current ("Profile And Settings", "Post") or older ("Profile", "App Settings", "Video")."""
    profile_map = {
        "userName": "bakes.ta",
        "displayName": "Jo Baker",
        "bioDescription": TT_BIO,
        "instagramLink": "",
        "youtubeLink": "https://youtube.com/@jobakes",
        "followerCount": 321,
        "followingCount": 45,
        "profilePhoto": "https://p16-sign.tiktokcdn.com/aweme/100x100/abc.jpeg",
        "emailAddress": "jo@example.com",
    }
    comments_list = {"CommentsList": [{"date": "2026-05-02 09:00:00", "comment": "Love this recipe!", "photo": "", "url": ""}]}
    if layout == "current":
        data: dict[str, Any] = {
            "Profile And Settings": {"Profile Info": {"ProfileMap": profile_map}, "Settings": {"SettingsMap": tiktok_settings(private=private, comments=comments)}},
            "Post": {"Posts": {"VideoList": _tt_videos()}},
            "Comment": {"Comments": comments_list},
            "Your Activity": {"Follower": {"FansList": [{"Date": "2026-01-01 00:00:00", "UserName": "x"}]}},
        }
    else:
        data = {
            "Profile": {"Profile Information": {"ProfileMap": {k: v for k, v in profile_map.items() if k not in ("followerCount", "followingCount", "displayName")}}},
            "App Settings": {"Settings": {"SettingsMap": tiktok_settings(private=private, comments=comments)}},
            "Video": {"Videos": {"VideoList": _tt_videos()}},
            "Comment": {"Comments": comments_list},
        }
    return json.dumps(data, indent=1)


def tiktok_files(*, layout: str = "current", private: str = "Off", comments: str = "Everyone") -> Files:
    if layout == "txt":
        return tiktok_txt(private=private, comments=comments)
    return {"user_data_tiktok.json": tiktok_json(layout=layout, private=private, comments=comments)}


def tiktok_txt(*, private: str = "Off", comments: str = "Everyone") -> Files:
    """The TXT download: one folder per section, 'Key: value' lines, blank line between records."""

    def records(items: list[dict[str, Any]]) -> str:
        return "\n\n".join("\n".join(f"{k}: {v}" for k, v in it.items()) for it in items) + "\n"

    settings = {k: v for k, v in tiktok_settings(private=private, comments=comments).items() if isinstance(v, str)}
    return {
        "TikTok_Data/Profile/Profile Info.txt": records([{"Username": "bakes.ta", "Bio Description": TT_BIO, "Email Address": "jo@example.com"}]),
        "TikTok_Data/App Settings/Settings.txt": records([settings]),
        "TikTok_Data/Post/Posts.txt": records([{"Date": v["Date"], "Link": v["Link"], "Likes": v["Likes"], **({"Who can view": v["WhoCanView"]} if "WhoCanView" in v else {}), "Title": v["Title"]} for v in _tt_videos()]),
        "TikTok_Data/Comment/Comments.txt": records([{"Date": "2026-05-02 09:00:00", "Comment": "Love this recipe!"}]),
    }
