"""Text, JSON and JavaScript members of an export: decoding, bounded nesting, lenient JS literals.

Split from safe.py (which opens archives and bounds their members); these parse one member's
bytes once it has been read within those bounds.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from ...errors import SelfauditError
from .textio import Prepended, sniff_encoding


class MemberError(SelfauditError):
    """One member of an archive cannot be read (damaged, too big, invalid); skip it."""


def decode_text(data: bytes, name: str = "", notes: list[str] | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, else a detected legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    enc = sniff_encoding(data[:4096])
    if enc is not None:
        text = data.decode(enc, errors="replace").lstrip("\ufeff")
        if notes is not None and "\ufffd" in text:
            notes.append(f"{name}: read as {enc}; some unreadable characters were replaced")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, ["utf-8", "windows-1252"])
    if dammit.unicode_markup is None:
        if notes is not None:
            notes.append(f"{name}: unknown text encoding; unreadable characters were replaced")
        return data.decode("utf-8", errors="replace")
    if notes is not None and dammit.original_encoding not in ("utf-8", "utf-16le", "utf-16be", "utf-16", "utf-32"):
        notes.append(f"{name}: not UTF-8; read as {dammit.original_encoding}")
    return dammit.unicode_markup


MAX_NESTING = 256  # real exports nest a dozen levels; far deeper is hostile or damaged


def _too_deep(name: str) -> MemberError:
    return MemberError(f"{name}: nested more than {MAX_NESTING} levels deep; skipped (damaged or hostile file)")


def _check_nesting(events: Iterator[tuple[str, Any]], name: str) -> None:
    depth = 0
    for event, _ in events:
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_NESTING:
                raise _too_deep(name)
        elif event in ("end_map", "end_array"):
            depth -= 1


# A string literal, or an unterminated one up to the end: every quote is consumed by one match,
# so a file of unbalanced quotes ('"\\"\\"…') costs linear time, not a rescan from each quote.
_STRINGS = re.compile(r'"(?:[^"\\]|\\.|\\\Z)*+(?:"|\Z)|\'(?:[^\'\\]|\\.|\\\Z)*+(?:\'|\Z)', re.S)


def _guard_depth(text: str, name: str) -> None:
    """Refuse text whose brackets (outside strings) nest deeper than MAX_NESTING."""
    depth = 0
    for ch in _STRINGS.sub("", text):
        if ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise _too_deep(name)
        elif ch in "]}":
            depth -= 1


def _loads(data: str | bytes, name: str) -> Any:
    try:
        return json.loads(data)
    except (RecursionError, MemoryError):
        raise _too_deep(name) from None


def parse_json_text(text: str, name: str) -> Any:
    try:
        return _loads(text, name)
    except ValueError:
        pass
    return _lenient(text, name)


def parse_json_bytes(data: bytes, name: str, notes: list[str] | None = None) -> Any:
    try:
        return _loads(data, name)
    except (ValueError, UnicodeDecodeError):
        pass
    return parse_json_text(decode_text(data, name, notes), name)


_JS_ASSIGN = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[\w.$]+\s*=\s*")


def js_assignment_name(text_head: str) -> str | None:
    """For ``window.YTD.tweets.part0 = [`` returns ``tweets``."""
    m = re.match(r"^\s*window\.YTD\.([\w$]+)\.part\d+\s*=", text_head)
    return m.group(1) if m else None


def parse_js_assignment(text: str, name: str) -> Any:
    m = _JS_ASSIGN.match(text)
    body = text[m.end():] if m else text
    body = body.strip().rstrip(";").strip()
    if not body:
        raise MemberError(f"{name}: empty")
    try:
        return _loads(body, name)
    except ValueError:
        return _lenient(body, name)


def _lenient(text: str, name: str) -> Any:
    """JavaScript object-literal syntax (unquoted keys, single quotes, trailing commas)."""
    import chompjs

    stripped = text.lstrip()
    if not stripped or stripped[0] not in "[{":
        raise MemberError(f"{name}: not valid JSON or a JavaScript object")
    _guard_depth(stripped, name)  # the lenient parser is only reached for hand-edited files
    try:
        return chompjs.parse_js_object(stripped, loader_kwargs={"strict": False})
    except Exception as exc:
        raise MemberError(f"{name}: invalid JSON ({type(exc).__name__}: {str(exc)[:120]})") from None


def _at_prefix(value: Any, prefix: str) -> list[Any]:
    cur = value
    for part in prefix.split("."):
        if part == "item":
            break
        if not isinstance(cur, dict):
            return []
        cur = cur.get(part)
    return cur if isinstance(cur, list) else []


def _skip_js_assignment(fh: IO[bytes]) -> IO[bytes]:
    head = fh.read(4096)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    m = re.match(rb"^\s*(?:(?:var|let|const)\s+)?[\w.$]+\s*=\s*", head)
    if m:
        head = head[m.end():]
    return io.BufferedReader(Prepended(head, fh), 1 << 16)


