"""Saved logins (Playwright storage state), owner-only, keyed by platform and base URL.

selfaudit never sees a password for a real platform: ``interactive_login`` opens a visible
browser at the login page and waits for the person to log in themselves.
``login_with_credentials`` drives the login form headlessly; it exists for the local
replicas (tests, the demo), whose demo credentials are public.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import paths
from ..errors import SelfauditError, SessionExpiredError
from ..privacy import private_dir, read_private, write_private
from .browser import Allowlist, Browser
from .live.spec import PlatformSpec, load_spec


def normalise_base_url(url: str) -> str:
    s = urlsplit(url.strip())
    if s.scheme not in ("http", "https") or not s.netloc:
        raise SelfauditError(f"Not a web address: {url!r}.", "Give a base URL such as https://www.facebook.com")
    return f"{s.scheme}://{s.netloc.lower()}{s.path.rstrip('/')}"


def _key(platform: str, base_url: str) -> str:
    digest = hashlib.sha256(normalise_base_url(base_url).encode()).hexdigest()[:12]
    return f"{platform}-{digest}"


@dataclass
class SavedSession:
    platform: str
    base_url: str
    saved_at: float
    storage_state: dict[str, Any]
    path: Path
    encrypted: bool = False
    problem: str | None = None  # why storage_state could not be read (then it is empty)
    unencrypted_because: str | None = None  # set by a save that could not encrypt


# --- encryption at rest -------------------------------------------------------------------
# The session's cookies are encrypted with Fernet (AES-128-CBC + HMAC-SHA256) under a key kept
# in the OS keyring (macOS Keychain, Windows Credential Locker, Secret Service on Linux). With
# no keyring the file is stored owner-only but unencrypted, and `login` says so.

KEYRING_SERVICE = "selfaudit"
KEYRING_ENTRY = "session-key"
FORMAT = "fernet-v1"


def _keyring() -> tuple[Any, str | None]:
    """(the keyring module, None) when a real OS keyring is usable, else (None, why not)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except Exception:
        return None, "the keyring package is not installed"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return None, f"the system keyring could not be opened ({type(exc).__name__})"
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None, "no system keyring was found (on Linux: a Secret Service such as GNOME Keyring or KWallet)"
    return keyring, None


def keyring_status() -> str | None:
    """None when sessions are encrypted with a key in the OS keyring, else the reason they are not."""
    return _keyring()[1]


def _session_key(create: bool) -> tuple[bytes | None, str | None]:
    kr, why = _keyring()
    if kr is None:
        return None, why
    try:
        key = kr.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
        if key is None and create:
            from cryptography.fernet import Fernet

            key = Fernet.generate_key().decode("ascii")
            kr.set_password(KEYRING_SERVICE, KEYRING_ENTRY, key)
    except Exception as exc:
        return None, f"the system keyring refused access ({type(exc).__name__}: {str(exc)[:120]})"
    if key is None:
        return None, "the key for saved logins is no longer in your system keyring"
    return key.encode("ascii"), None


def forget_session_key() -> bool:
    """Delete the session key from the OS keyring (``forget``). True when one was removed."""
    kr, _ = _keyring()
    if kr is None:
        return False
    try:
        if kr.get_password(KEYRING_SERVICE, KEYRING_ENTRY) is None:
            return False
        kr.delete_password(KEYRING_SERVICE, KEYRING_ENTRY)
        return True
    except Exception:
        return False


def _seal(doc: dict[str, Any], key: bytes) -> str:
    from cryptography.fernet import Fernet

    # The platform and address are sealed with the cookies, so a file swapped for another is refused.
    inner = {"platform": doc["platform"], "base_url": doc["base_url"], "storage_state": doc["storage_state"]}
    return Fernet(key).encrypt(json.dumps(inner).encode("utf-8")).decode("ascii")


def _open_sealed(doc: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    from cryptography.fernet import Fernet, InvalidToken

    key, why = _session_key(create=False)
    if key is None:
        return {}, f"this saved login is encrypted and cannot be read: {why}"
    try:
        inner = json.loads(Fernet(key).decrypt(doc["sealed"].encode("ascii")))
    except (InvalidToken, ValueError, TypeError):
        return {}, "this saved login could not be decrypted with the key in your system keyring"
    if inner.get("platform") != doc["platform"] or inner.get("base_url") != doc["base_url"]:
        return {}, "this saved login belongs to another platform or address"
    return inner["storage_state"], None


class SessionStore:
    def __init__(self, root: Path | None = None):
        self.root = root or paths.sessions_dir()
        self.unencrypted_because: str | None = None  # after save(): why it was stored unencrypted
        self.unreadable_removed = 0  # after delete(): damaged files and crash leftovers removed

    def path(self, platform: str, base_url: str) -> Path:
        return self.root / f"{_key(platform, base_url)}.json"

    def save(self, platform: str, base_url: str, storage_state: dict[str, Any]) -> Path:
        """Save owner-only; encrypted when the OS has a keyring (see :func:`keyring_status`)."""
        private_dir(self.root)
        doc: dict[str, Any] = {"platform": platform, "base_url": normalise_base_url(base_url), "saved_at": time.time()}
        key, self.unencrypted_because = _session_key(create=True)
        if key is not None:
            doc.update(format=FORMAT, sealed=_seal({**doc, "storage_state": storage_state}, key))
        else:
            doc["storage_state"] = storage_state
        return write_private(self.path(platform, base_url), json.dumps(doc))

    def _read(self, p: Path) -> SavedSession | None:
        try:
            doc = json.loads(read_private(p).decode("utf-8"))
            platform, base_url, saved_at = doc["platform"], doc["base_url"], float(doc.get("saved_at", 0))
            if "sealed" in doc:
                state, problem = _open_sealed(doc)
                return SavedSession(platform, base_url, saved_at, state, p, encrypted=True, problem=problem)
            return SavedSession(platform, base_url, saved_at, doc["storage_state"], p)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def all(self) -> list[SavedSession]:
        if not self.root.is_dir():
            return []
        found = [s for p in sorted(self.root.glob("*.json")) if (s := self._read(p))]
        return sorted(found, key=lambda s: s.saved_at, reverse=True)

    def find(self, platform: str, base_url: str | None = None) -> SavedSession | None:
        """The session for ``base_url``; without one, the platform's default site, else the newest saved one.

        Raises SessionExpiredError when the session is there but cannot be decrypted. A session
        saved unencrypted by an older version is encrypted now, when a keyring is available.
        """
        found = self._find(platform, base_url)
        if found is None:
            return None
        if found.problem:
            raise SessionExpiredError(platform, f"Your saved login to {platform} cannot be used: {found.problem}.")
        if not found.encrypted and keyring_status() is None:
            try:
                self.save(found.platform, found.base_url, found.storage_state)
                found.encrypted = True
            except OSError:
                pass  # still usable as it is; the next login encrypts it
        return found

    def _find(self, platform: str, base_url: str | None) -> SavedSession | None:
        if base_url:
            p = self.path(platform, base_url)
            return self._read(p) if p.exists() else None
        mine = [s for s in self.all() if s.platform == platform]
        spec = load_spec(platform)
        for s in mine:
            if s.base_url == normalise_base_url(spec.default_base_url):
                return s
        return mine[0] if mine else None

    def delete(self, platform: str | None = None) -> list[SavedSession]:
        """Remove the saved logins of ``platform`` (all: None), with any temp file a crash left
        mid-save; for all, also the files that cannot be read (damaged, cut off), which may
        still hold cookies. ``self.unreadable_removed`` counts those."""
        gone = [s for s in self.all() if platform is None or s.platform == platform]
        for s in gone:
            s.path.unlink(missing_ok=True)
        self.unreadable_removed = 0
        if not self.root.is_dir():
            return gone
        names = {s.path.name for s in gone}
        for p in list(self.root.iterdir()):
            if p.is_dir() and not p.is_symlink():
                continue
            leftover = p.name.startswith(".") and p.name.endswith(".tmp")
            if platform is None or (leftover and any(p.name.startswith(f".{n}.") for n in names)):
                p.unlink(missing_ok=True)  # a link is removed, never followed
                self.unreadable_removed += 1
        return gone


def _label_re(text: str) -> re.Pattern[str]:
    from .live.page import text_regex

    return text_regex(text, exact=True)


def is_login_page(page: Any, spec: PlatformSpec) -> bool:
    """True when the page shows the platform's login form (its labelled fields)."""
    if not page.locator("input[type=password]").count():
        return False
    for label in spec.login.username:
        try:
            if page.get_by_label(_label_re(label)).count() > 0:
                return True
        except Exception:
            continue
    return False


def _logged_in(page: Any, spec: PlatformSpec, base_url: str) -> bool:
    login_url = spec.url(base_url, "login")
    return not page.url.startswith(login_url) and not is_login_page(page, spec)


def login_with_credentials(browser: Browser, platform: str, base_url: str, username: str, password: str) -> dict[str, Any]:
    """Log in through the platform's own form in a headless context; return the storage state.

    Only for the local replicas: refuses anything but a 127.0.0.1/localhost base URL, because
    selfaudit must never handle a real platform password.
    """
    from .browser import is_loopback

    if not is_loopback(base_url):
        raise SelfauditError("selfaudit never types passwords into real platforms.", f"Log in yourself with: selfaudit login {platform}")
    from playwright.sync_api import Error as PWError

    spec = load_spec(platform)
    ctx = browser.new_context(Allowlist.for_base_url(base_url, spec.hosts), read_only=False)
    try:
        return _fill_login(ctx, spec, base_url, username, password)
    except PWError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SelfauditError(f"{spec.display}: could not log in through the login page at {base_url} ({first}).") from None
    finally:
        ctx.close()


def _fill_login(ctx: Any, spec: PlatformSpec, base_url: str, username: str, password: str) -> dict[str, Any]:
    from .live.page import LivePage

    if True:
        lp = LivePage(ctx, spec, base_url)
        page = lp.page
        page.goto(spec.url(base_url, "login"), wait_until="domcontentloaded")
        lp.dismiss_cookie_dialog()
        page.get_by_label(_label_re(spec.login.username[0])).first.fill(username)
        pw = next((p for p in spec.login.password if page.get_by_label(_label_re(p)).count()), spec.login.password[0])
        page.get_by_label(_label_re(pw)).first.fill(password)
        button = lp.find_button(spec.login.submit)
        if button is None:
            raise SelfauditError(f"{spec.display}: the login page has no '{spec.login.submit[0]}' button.")
        with page.expect_navigation(wait_until="load"):
            button.click()
        if not _logged_in(page, spec, base_url):
            raise SelfauditError(f"{spec.display}: logging in as {username} did not work (still on the login page).")
        state: dict[str, Any] = ctx.context.storage_state()
        return state


def interactive_login(
    platform: str,
    base_url: str | None = None,
    *,
    browser_path: str | None = None,
    timeout_s: float = 600,
    out: Any = None,
    headless: bool = False,
    on_open: Any = None,
) -> SavedSession:
    """Open a visible browser at the login page; wait until the person has logged in; save the session.

    selfaudit only watches for the login form to go away; it never reads what is typed.
    ``on_open(page)`` lets a test play the person's part (with ``headless=True``).
    """
    spec = load_spec(platform)
    base = normalise_base_url(base_url or spec.default_base_url)
    with Browser(browser_path, headless=headless) as browser:
        ctx = browser.new_context(Allowlist.for_base_url(base, [*spec.hosts, *spec.login_hosts]), read_only=False,
                                  step_timeout_ms=30000)
        page = ctx.new_page()
        page.goto(spec.url(base, "login"), wait_until="domcontentloaded")
        if out:
            out(f"Log in to {spec.display} in the browser window that opened. selfaudit waits for you ({max(1, int(timeout_s // 60))} minutes at most).")
        if on_open is not None:
            on_open(page)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                if page.is_closed():
                    break
                page.wait_for_timeout(250 if on_open else 1000)
                if _logged_in(page, spec, base):
                    page.wait_for_load_state("load")
                    state = ctx.context.storage_state()
                    store = SessionStore()
                    path = store.save(platform, base, state)
                    ctx.close()
                    return SavedSession(platform, base, time.time(), state, path, encrypted=store.unencrypted_because is None,
                                        unencrypted_because=store.unencrypted_because)
            except Exception:
                break
        ctx.close()
    raise SessionExpiredError(platform, f"You did not finish logging in to {spec.display}; nothing was saved.")
