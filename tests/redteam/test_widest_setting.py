"""An unlocked Facebook profile is as open as its widest audience setting: a setting that could
not be read may be the widest, so it makes the derived audience unknown (never a guessed pass)."""

from __future__ import annotations

from selfaudit.adapters.live.adapter import widest_of
from selfaudit.snapshot import Audience as A

KEYS = ["future_posts", "friends_list", "photos", "wall_posts"]


def test_one_public_setting_makes_the_profile_public_whatever_else_is_unread():
    assert widest_of({"future_posts": A.PUBLIC, "friends_list": A.UNKNOWN}, KEYS) == A.PUBLIC


def test_all_read_and_narrow_gives_the_widest_of_them():
    found = {"future_posts": A.FRIENDS, "friends_list": A.ONLY_ME, "photos": A.FRIENDS_OF_FRIENDS, "wall_posts": A.FRIENDS}
    assert widest_of(found, KEYS) == A.FRIENDS_OF_FRIENDS


def test_an_unread_or_unrecognised_setting_makes_it_unknown():
    # "Öffentlich" not recognised for future posts: the others being "friends" proves nothing
    found = {"future_posts": A.UNKNOWN, "friends_list": A.FRIENDS, "photos": A.FRIENDS, "wall_posts": A.FRIENDS}
    assert widest_of(found, KEYS) == A.UNKNOWN
    assert widest_of({"friends_list": A.FRIENDS}, KEYS) == A.UNKNOWN  # the others were not found at all


def test_custom_lists_are_read_but_never_taken_as_friends():
    # a Custom list may hold friends of friends: the answer is custom (review), see test_custom_audience
    found = {"future_posts": A.CUSTOM, "friends_list": A.FRIENDS, "photos": A.FRIENDS, "wall_posts": A.ONLY_ME}
    assert widest_of(found, KEYS) == A.CUSTOM
