"""One error family. Each error carries a message and what the person should do about it.

Only the CLI turns these into exit codes; library code raises them.
"""

from __future__ import annotations


class SelfauditError(Exception):
    """Base class: something selfaudit could not do, with a hint for the person."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class PolicyPackError(SelfauditError):
    """A policy pack or the check catalogue is malformed (names the file and the field)."""


class SnapshotError(SelfauditError):
    """A snapshot file cannot be read (not JSON, wrong shape, newer schema)."""


class BrowserNotFoundError(SelfauditError):
    """No usable Chromium-family browser was found."""


class SessionExpiredError(SelfauditError):
    """The saved login for a platform no longer works: log in again."""

    def __init__(self, platform: str, message: str | None = None):
        super().__init__(
            message or f"Your {platform} session has expired or was signed out.",
            f"Log in again with: selfaudit login {platform}",
        )
        self.platform = platform


class PageChangedError(SelfauditError):
    """A page no longer has something an adapter looks for (the platform changed)."""

    def __init__(self, platform: str, what: str, page: str | None = None):
        where = f" on {page}" if page else ""
        super().__init__(
            f"{platform}: could not find {what}{where}; the page may have changed.",
            "Update the platform's locator data in selfaudit, or report the change.",
        )
        self.platform = platform
        self.what = what
        self.page = page


class ExportFormatError(SelfauditError):
    """A file or folder is not a recognised platform data export."""


class UnsafeArchiveError(SelfauditError):
    """An archive tries something hostile (path escape, bomb, links) and was refused."""


class ImageError(SelfauditError):
    """An image cannot be decoded safely (not an image, truncated, too large)."""
