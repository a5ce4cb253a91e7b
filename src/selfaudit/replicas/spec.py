"""What each replica platform offers: settings (exact labels and option words), pages, login.

The labels and option words follow the design notes' platform-settings.md (shared/design/ beside the project). Personas set
values by the short ``key`` of a setting (e.g. ``future_posts: Friends``); the pages show the
platform's own label. Everything here is data: the page templates render it generically.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PLATFORMS = ("facebook", "instagram", "x", "linkedin")

FB_AUDIENCE = ["Public", "Friends of friends", "Friends", "Friends except...", "Specific friends", "Only me", "Custom"]
FB_FUTURE = ["Public", "Friends", "Friends except...", "Specific friends", "Only me", "Custom"]
FB_SUGGEST = ["Everyone", "Friends of friends", "Friends", "No one"]
X_BIRTH = ["Public", "Your followers", "People you follow", "You follow each other", "Only you"]


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    kind: str  # "select" | "switch" | "checkbox"
    options: tuple[str, ...] = ()
    default: str | bool = False
    help: str = ""

    def valid(self, value: object) -> bool:
        if self.kind == "select":
            return isinstance(value, str) and value in self.options
        return isinstance(value, bool)


@dataclass(frozen=True)
class Section:
    heading: str
    settings: tuple[Setting, ...]
    intro: str = ""
    actions: tuple[tuple[str, str], ...] = ()  # (text, button) rows that are actions, not values


@dataclass(frozen=True)
class SettingsPage:
    path: str  # path under the platform base, may include a query (?tab=privacy)
    title: str
    nav: str  # left-nav label
    sections: tuple[Section, ...]
    aliases: tuple[str, ...] = ()  # other paths that render the same page


@dataclass(frozen=True)
class PlatformSpec:
    name: str
    title: str
    login_path: str
    home_path: str
    login_label: str
    password_label: str
    login_button: str
    session_cookie: str
    settings_pages: tuple[SettingsPage, ...] = field(default_factory=tuple)

    def settings(self) -> dict[str, Setting]:
        return {s.key: s for p in self.settings_pages for sec in p.sections for s in sec.settings}

    def page_of(self, key: str) -> SettingsPage:
        for p in self.settings_pages:
            for sec in p.sections:
                if any(s.key == key for s in sec.settings):
                    return p
        raise KeyError(key)


def _sel(key: str, label: str, options: list[str], default: str, help: str = "") -> Setting:
    return Setting(key, label, "select", tuple(options), default, help)


def _sw(key: str, label: str, default: bool = False, help: str = "") -> Setting:
    return Setting(key, label, "switch", (), default, help)


def _cb(key: str, label: str, default: bool = False, help: str = "") -> Setting:
    return Setting(key, label, "checkbox", (), default, help)


FACEBOOK = PlatformSpec(
    name="facebook",
    title="Facebook",
    login_path="/login/",
    home_path="/",
    login_label="Email address or phone number",
    password_label="Password",
    login_button="Log in",
    session_cookie="xs",
    settings_pages=(
        SettingsPage(
            "/settings/?tab=privacy",
            "Privacy settings and tools",
            "Audience and visibility",
            (
                Section(
                    "Your activity",
                    (
                        _sel("future_posts", "Who can see your future posts?", FB_FUTURE, "Friends"),
                    ),
                    actions=(("Limit who can see past posts", "Limit Past Posts"),),
                ),
                Section(
                    "Profile locking",
                    (
                        _sw(
                            "lock_profile",
                            "Lock your profile",
                            False,
                            "Only your friends will see the photos and posts on your profile.",
                        ),
                    ),
                ),
                Section(
                    "How people find and contact you",
                    (
                        _sel("friend_requests", "Who can send you friend requests?", ["Everyone", "Friends of friends"], "Everyone"),
                        _sel("friends_list", "Who can see your friends list?", FB_AUDIENCE, "Public"),
                        _sel("lookup_email", "People with your email address", FB_SUGGEST, "Everyone"),
                        _sel("lookup_phone", "People with your phone number", FB_SUGGEST, "Everyone"),
                        _sw("search_engines", "Do you want search engines outside Facebook to link to your profile?", True),
                    ),
                    intro="Who can Facebook suggest your profile to based on your phone number or email address?",
                ),
            ),
            aliases=("/settings/", "/settings/privacy/"),
        ),
        SettingsPage(
            "/settings/?tab=profile_and_tagging",
            "Profile and tagging",
            "Profile and tagging",
            (
                Section(
                    "Viewing and sharing",
                    (
                        _sel("wall_posts", "Who can post on your profile?", ["Friends", "Only me"], "Friends"),
                        _sel("wall_visibility", "Who can see what others post on your profile?", FB_AUDIENCE, "Friends of friends"),
                        _sw("share_to_story", "Allow others to share your posts to their story?", True),
                    ),
                ),
                Section(
                    "Tagging",
                    (
                        _sel("tagged_posts", "Who can see posts that you're tagged in on your profile?", FB_AUDIENCE, "Friends of friends"),
                        _sel(
                            "tag_audience",
                            "When you're tagged in a post, who do you want to add to the audience of the post if they can't already see it?",
                            ["Friends", "Specific friends", "Only me", "Custom"],
                            "Friends",
                        ),
                    ),
                ),
                Section(
                    "Reviewing",
                    (
                        _sw("review_tags", "Review tags that friends add to your posts before the tags appear on Facebook?", False),
                        _sw("review_tagged_posts", "Review posts that you're tagged in before the post appears on your profile?", False),
                    ),
                ),
            ),
        ),
        SettingsPage(
            "/settings/?tab=public_posts",
            "Followers and public content",
            "Followers and public content",
            (
                Section(
                    "Followers and public content",
                    (
                        _sel("who_can_follow", "Who can follow me", ["Public", "Friends"], "Public"),
                        _sel("followers_visibility", "Who can see your followers on your timeline?", ["Public", "Friends", "Only me"], "Public"),
                        _sel("public_comments", "Who can comment on your public posts?", ["Public", "Friends of friends", "Friends"], "Public"),
                    ),
                ),
            ),
        ),
    ),
)

INSTAGRAM = PlatformSpec(
    name="instagram",
    title="Instagram",
    login_path="/accounts/login/",
    home_path="/",
    login_label="Phone number, username or email address",
    password_label="Password",
    login_button="Log in",
    session_cookie="sessionid",
    settings_pages=(
        SettingsPage(
            "/accounts/who_can_see_your_content/",
            "Account privacy",
            "Account privacy",
            (
                Section(
                    "Account privacy",
                    (
                        _sw(
                            "private_account",
                            "Private account",
                            False,
                            "When your account is public, your profile and posts can be seen by anyone, on or off "
                            "Instagram, even if they don't have an Instagram account. When your account is private, "
                            "only the followers you approve can see what you share.",
                        ),
                    ),
                ),
            ),
            aliases=("/accounts/privacy_and_security/",),
        ),
        SettingsPage(
            "/accounts/tags_and_mentions/",
            "Tags and mentions",
            "Tags and mentions",
            (
                Section(
                    "Tags",
                    (
                        _sel(
                            "tags",
                            "Who can tag you",
                            ["Allow tags from everyone", "Allow tags from people you follow", "Don't allow tags"],
                            "Allow tags from everyone",
                        ),
                        _sw("manual_tags", "Manually approve tags", False),
                    ),
                ),
                Section(
                    "Mentions",
                    (
                        _sel(
                            "mentions",
                            "Who can @mention you",
                            ["Allow mentions from everyone", "Allow mentions from people you follow", "Don't allow mentions"],
                            "Allow mentions from everyone",
                        ),
                    ),
                ),
            ),
        ),
        SettingsPage(
            "/accounts/messages_and_story_replies/",
            "Messages and story replies",
            "Messages and story replies",
            (
                Section(
                    "Message requests",
                    (
                        _sel("messages_followers", "Your followers on Instagram", ["Chats", "Message requests", "Don't receive requests"], "Chats"),
                        _sel("messages_others", "Others on Instagram", ["Message requests", "Don't receive requests"], "Message requests"),
                        _sel(
                            "group_chats",
                            "Who can add you to group chats",
                            ["Everyone on Instagram", "Only people you follow on Instagram"],
                            "Everyone on Instagram",
                        ),
                    ),
                ),
                Section("Story replies", (_sw("story_replies", "Allow replies from followers you follow back", True),)),
                Section("Activity status", (_sw("activity_status", "Show activity status", True),)),
            ),
        ),
        SettingsPage(
            "/accounts/edit/",
            "Edit profile",
            "Edit profile",
            (
                Section(
                    "Edit profile",
                    (
                        _cb("threads_badge", "Show Threads badge", False),
                        _cb("account_suggestions", "Show account suggestions on profiles", True),
                    ),
                ),
            ),
        ),
    ),
)

X = PlatformSpec(
    name="x",
    title="X",
    login_path="/i/flow/login",
    home_path="/home",
    login_label="Phone, email, or username",
    password_label="Password",
    login_button="Log in",
    session_cookie="auth_token",
    settings_pages=(
        SettingsPage(
            "/settings/audience_and_tagging",
            "Audience, media and tagging",
            "Audience, media and tagging",
            (
                Section(
                    "Audience, media and tagging",
                    (
                        _cb(
                            "protect_posts",
                            "Protect your posts",
                            False,
                            "When selected, your posts and other account information are only visible to people who follow you.",
                        ),
                        _cb(
                            "protect_videos",
                            "Protect your videos",
                            False,
                            "If selected, videos in your posts won't be downloadable by default.",
                        ),
                    ),
                    intro="Manage what information you allow other people on X to see.",
                ),
            ),
        ),
        SettingsPage(
            "/settings/tagging",
            "Photo tagging",
            "Photo tagging",
            (
                Section(
                    "Photo tagging",
                    (
                        _sel(
                            "photo_tagging",
                            "Photo tagging",
                            ["Anyone can tag you", "Only people you follow can tag you", "Off"],
                            "Anyone can tag you",
                        ),
                        _sel(
                            "mentions",
                            "Allow others to mention you",
                            ["Anyone can mention you", "Only people you follow can mention you"],
                            "Anyone can mention you",
                        ),
                    ),
                ),
            ),
        ),
        SettingsPage(
            "/settings/your_tweets",
            "Your posts",
            "Your posts",
            (Section("Your posts", (_cb("post_location", "Add location information to your posts", False),)),),
        ),
        SettingsPage(
            "/settings/contacts",
            "Discoverability and contacts",
            "Discoverability and contacts",
            (
                Section(
                    "Discoverability",
                    (
                        _cb("find_by_email", "Let people who have your email find you on X", True),
                        _cb("find_by_phone", "Let people who have your phone number find you on X", True),
                    ),
                ),
            ),
        ),
        SettingsPage(
            "/settings/direct_messages",
            "Chat",
            "Direct messages",
            (
                Section(
                    "Direct messages",
                    (
                        _sel("dm_requests", "Allow message requests from:", ["No one", "Verified users", "Everyone"], "Verified users",
                             "People you follow will always be able to message you."),
                    ),
                ),
            ),
        ),
        SettingsPage(
            "/settings/location_information",
            "Location information",
            "Location information",
            (Section("Location information", (_cb("personalize_places", "Personalize based on places you’ve been", True),)),),
        ),
        SettingsPage(
            "/settings/profile",
            "Edit profile",
            "Edit profile",
            (
                Section(
                    "Birth date — Who sees this?",
                    (
                        _sel("birth_month_day", "Month and day", X_BIRTH, "You follow each other"),
                        _sel("birth_year", "Year", X_BIRTH, "Only you"),
                    ),
                ),
            ),
        ),
    ),
)

LINKEDIN = PlatformSpec(
    name="linkedin",
    title="LinkedIn",
    login_path="/login",
    home_path="/feed/",
    login_label="Email or phone",
    password_label="Password",
    login_button="Sign in",
    session_cookie="li_at",
    settings_pages=(
        SettingsPage(
            "/public-profile/settings",
            "Public profile settings",
            "Edit your public profile",
            (
                Section(
                    "Edit visibility",
                    (
                        _sw(
                            "public_profile",
                            "Your profile's public visibility",
                            True,
                            "Your profile will be visible to anyone on the web, including search engines.",
                        ),
                        _sel("public_photo", "Profile photo", ["Your connections", "Your network", "All LinkedIn members", "Public"], "Public"),
                        _sw("show_headline", "Headline", True),
                        _sw("show_websites", "Websites", True),
                        _sw("show_about", "About", True),
                        _sw("show_experience", "Experience", True),
                        _sw("show_education", "Education", True),
                        _sw("show_activity", "Articles & Activity", True),
                    ),
                    intro="Your name, number of connections and region always show.",
                ),
            ),
        ),
        SettingsPage(
            "/mypreferences/d/categories/privacy",
            "Visibility",
            "Visibility",
            (
                Section(
                    "Visibility of your profile & network",
                    (
                        _sel(
                            "profile_viewing",
                            "Profile viewing options",
                            ["Your name and headline", "Private profile characteristics", "Private mode"],
                            "Your name and headline",
                        ),
                        _sel(
                            "email_visibility",
                            "Who can see or download your email address",
                            ["Only visible to me", "1st-degree connections", "1st and 2nd-degree connections", "Anyone on LinkedIn"],
                            "1st-degree connections",
                        ),
                        _sw("email_download", "Allow your connections to download your email address in an export of their connections", False),
                        _sw("connection_visibility", "Connection visibility", True,
                            "Allow your connections to see your connections list. 1st-degree connections always see shared connections."),
                        _sel("follows_visibility", "Who can see members you follow", ["Your connections", "Anyone on LinkedIn", "Only you"], "Anyone on LinkedIn"),
                        _sel("discovery_email", "Profile discovery using email address", ["Everyone", "2nd-degree connections", "1st-degree connections", "Nobody"], "Everyone"),
                        _sel("discovery_phone", "Profile discovery using phone number", ["Everyone", "2nd-degree connections", "1st-degree connections", "Nobody"], "Everyone"),
                        _sw("mentions", "Choose whether other members can mention or tag you", True),
                    ),
                ),
            ),
            aliases=("/mypreferences/d/categories/account", "/mypreferences/d/profile-viewing-options",
                     "/mypreferences/d/connections-visibility", "/psettings/privacy/email"),
        ),
    ),
)

SPECS: dict[str, PlatformSpec] = {s.name: s for s in (FACEBOOK, INSTAGRAM, X, LINKEDIN)}

# Audience words a post may carry, per platform (Instagram and X posts follow the account).
POST_AUDIENCES: dict[str, tuple[str, ...]] = {
    "facebook": ("Public", "Friends of friends", "Friends", "Only me", "Custom"),
    "linkedin": ("Anyone", "Connections only"),
    "instagram": (),
    "x": (),
}
