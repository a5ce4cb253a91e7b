"""Saved logins encrypted at rest under a key in the OS keyring (an in-memory keyring here)."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from selfaudit.adapters.sessions import KEYRING_ENTRY, KEYRING_SERVICE, SessionStore, keyring_status
from selfaudit.errors import SessionExpiredError

BASE = "http://127.0.0.1:5000/facebook"
STATE = {"cookies": [{"name": "c_user", "value": "SECRET-COOKIE-123", "domain": "127.0.0.1", "path": "/"}], "origins": []}


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only (never the person's real one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    try:
        yield kr
    finally:
        keyring.set_keyring(fail.Keyring())


def test_round_trip_is_encrypted_on_disk(memory_keyring: MemoryKeyring):
    st = SessionStore()
    p = st.save("facebook", BASE, STATE)
    raw = p.read_text()
    assert "SECRET-COOKIE-123" not in raw and "c_user" not in raw
    doc = json.loads(raw)
    assert doc["format"] == "fernet-v1" and "storage_state" not in doc
    assert stat.S_IMODE(p.stat().st_mode) == 0o600 and st.unencrypted_because is None
    assert memory_keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
    got = st.find("facebook", BASE)
    assert got is not None and got.storage_state == STATE and got.encrypted
    assert keyring_status() is None


def test_old_unencrypted_session_still_loads_and_is_encrypted_on_use(memory_keyring: MemoryKeyring):
    st = SessionStore()
    p = st.path("facebook", BASE)
    p.parent.mkdir(parents=True)
    p.write_text(json.dumps({"platform": "facebook", "base_url": BASE, "saved_at": 1.0, "storage_state": STATE}))
    got = st.find("facebook", BASE)
    assert got is not None and got.storage_state == STATE
    assert "SECRET-COOKIE-123" not in p.read_text()  # migrated
    assert st.find("facebook", BASE).storage_state == STATE


def test_a_lost_key_asks_to_log_in_again_and_logout_still_works(memory_keyring: MemoryKeyring):
    st = SessionStore()
    st.save("facebook", BASE, STATE)
    memory_keyring.entries.clear()
    with pytest.raises(SessionExpiredError) as e:
        st.find("facebook", BASE)
    assert "no longer in your system keyring" in e.value.message and "selfaudit login facebook" in (e.value.hint or "")
    assert [s.platform for s in st.delete("facebook")] == ["facebook"] and st.all() == []


def test_a_session_file_swapped_for_another_is_refused(memory_keyring: MemoryKeyring):
    st = SessionStore()
    other = st.save("x", "http://127.0.0.1:5000/x", STATE)
    mine = st.save("facebook", BASE, {"cookies": [], "origins": []})
    doc = json.loads(mine.read_text())
    doc["sealed"] = json.loads(other.read_text())["sealed"]
    mine.write_text(json.dumps(doc))
    with pytest.raises(SessionExpiredError, match="another platform"):
        st.find("facebook", BASE)


def test_without_a_keyring_the_session_is_owner_only_and_says_so():
    assert "no system keyring" in (keyring_status() or "")  # the conftest sets the 'fail' backend
    st = SessionStore()
    p = st.save("facebook", BASE, STATE)
    assert st.unencrypted_because and "keyring" in st.unencrypted_because
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    got = st.find("facebook", BASE)
    assert got.storage_state == STATE and not got.encrypted


def test_security_md_describes_the_no_keyring_case():
    text = (Path(__file__).resolve().parents[2] / "SECURITY.md").read_text(encoding="utf-8")
    assert "keyring" in text and "not encrypted" in text.lower()
