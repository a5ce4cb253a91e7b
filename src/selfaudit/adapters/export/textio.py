"""Text members of untrusted exports: which Unicode encoding, and CSV read record by record.

Both bound their work by the input's size: encodings are judged from the first bytes and
decoded in a stream; a CSV record that is broken (an unclosed quote, a field over the limit)
is skipped with its line number and reading resumes on the next line, with the total re-read
work capped at a small multiple of the file's size.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from typing import IO, Any

MAX_CSV_FIELD = 8 * 2**20  # one field (a long post); Python's default of 128 KiB rejects real ones
MAX_CSV_RECORD = 8 * 2**20  # one record, however many lines it spans
MAX_BROKEN_RECORDS = 1000  # past this, the file is damaged beyond repair: the rest is left unread

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_encoding(head: bytes) -> str | None:
    """UTF-16/32 (with or without a byte-order mark) from the first bytes, else None (UTF-8 or legacy).

    Without a mark, mostly-ASCII text (JSON, JavaScript, CSV all start so) shows its width in
    where the zero bytes fall.
    """
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    n = len(head) - len(head) % 4
    if n < 4:
        return None
    h = head[:n]

    def zeros(view: bytes) -> float:
        return view.count(0) / max(len(view), 1)

    if zeros(h[1::4]) > 0.9 and zeros(h[2::4]) > 0.9 and zeros(h[3::4]) > 0.9 and zeros(h[0::4]) < 0.5:
        return "utf-32-le"
    if zeros(h[0::4]) > 0.9 and zeros(h[1::4]) > 0.9 and zeros(h[2::4]) > 0.9 and zeros(h[3::4]) < 0.5:
        return "utf-32-be"
    if zeros(h[1::2]) > 0.9 and zeros(h[0::2]) < 0.5:
        return "utf-16-le"
    if zeros(h[0::2]) > 0.9 and zeros(h[1::2]) < 0.5:
        return "utf-16-be"
    return None


class _Transcoder(io.RawIOBase):
    """A UTF-16/32 byte stream delivered as UTF-8, chunk by chunk (memory bounded)."""

    def __init__(self, head: bytes, rest: IO[bytes], encoding: str):
        self._rest = rest
        self._dec = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._buf = self._dec.decode(head).lstrip("\ufeff").encode("utf-8")
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf and not self._eof:
            chunk = self._rest.read(1 << 16)
            self._eof = not chunk
            self._buf = self._dec.decode(chunk, final=self._eof).encode("utf-8")
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


class Prepended(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them), put back in front of the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def utf8_stream(fh: IO[bytes], name: str = "", notes: list[str] | None = None) -> IO[bytes]:
    """``fh`` as a UTF-8 byte stream (UTF-16/32 transcoded, a UTF-8 mark dropped), for ijson."""
    head = fh.read(4096)
    enc = sniff_encoding(head)
    if enc is None:
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
        return io.BufferedReader(Prepended(head, fh), 1 << 16)
    if notes is not None:
        notes.append(f"{name}: written as {enc.upper()}, not UTF-8; decoded as such")
    return io.BufferedReader(_Transcoder(head, fh, enc), 1 << 16)


# -- CSV -----------------------------------------------------------------------------------

_EOL = re.compile(r"\r\n|\r|\n")


class _RecordTooLong(Exception):
    pass


class _LineFeed:
    """Lines of ``text`` from ``pos`` for csv.reader; refuses to let one record grow past ``limit``."""

    def __init__(self, text: str, pos: int, limit: int):
        self.text, self.pos, self.record_start, self.limit = text, pos, pos, limit

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.text):
            raise StopIteration
        if self.pos - self.record_start > self.limit:
            raise _RecordTooLong
        m = _EOL.search(self.text, self.pos)
        end = m.end() if m else len(self.text)
        line = self.text[self.pos : end]
        self.pos = end
        return line


def csv_records(text: str, name: str, skipped: list[Any], *, max_record: int = MAX_CSV_RECORD, **fmt: Any) -> list[list[str]]:
    """Every readable record of a CSV text; broken ones are appended to ``skipped`` with the reason.

    A record is broken when the csv module rejects it (a field over MAX_CSV_FIELD, a stray
    NUL) or when it swallowed several lines into the wrong number of fields (an unclosed
    quote). Reading resumes on the line after the broken record's first line.
    """
    from .safe import Skipped

    if csv.field_size_limit() < MAX_CSV_FIELD:
        csv.field_size_limit(MAX_CSV_FIELD)
    rows: list[list[str]] = []
    width: int | None = None
    broken = wasted = 0
    budget = 4 * len(text) + 2 * max_record
    line_pos, line_no = 0, 1
    pos = 0
    while pos < len(text):
        feed = _LineFeed(text, pos, max_record)
        reader = csv.reader(feed, **fmt)
        restart: int | None = None
        while True:
            start = feed.record_start = feed.pos
            try:
                row = next(reader)
            except StopIteration:
                break
            except _RecordTooLong:
                reason = f"a record longer than {max_record // 2**20} MiB (an unclosed quote?)"
            except csv.Error as exc:
                reason = f"not valid CSV ({exc})"
            else:
                first_eol = _EOL.search(text, start)
                multi_line = first_eol is not None and first_eol.end() < feed.pos
                if width is None:
                    width = len(row)
                if len(row) == width or not multi_line:
                    rows.append(row)
                    continue
                reason = f"{len(row)} fields where the header has {width}, spread over several lines (an unclosed quote?)"
            line_no += text.count("\n", line_pos, start)
            line_pos = start
            broken += 1
            wasted += feed.pos - start
            m = _EOL.search(text, start)
            restart = m.end() if m else len(text)
            if broken > MAX_BROKEN_RECORDS or wasted > budget:
                skipped.append(Skipped(f"{name} from line {line_no}", "too many broken records; the rest of the file was not read"))
                return rows
            skipped.append(Skipped(f"{name} line {line_no}", f"{reason}; that record was skipped, the rest read"))
            break
        if restart is None:
            break
        pos = restart
    return rows


def header_delimiter(text: str, candidates: str = ",\t;") -> str | None:
    """The separator that splits the header (the first line) into the most columns, or None
    when none splits it: the same export's CSV files come comma-separated today and were
    tab-separated (LinkedIn, 2018); reading one with the other's separator makes every record
    a single field. Judged from the header alone (bounded: at most its first 64 KiB)."""
    end = _EOL.search(text, 0, 1 << 16)
    first = text[: end.start() if end else 1 << 16]
    if csv.field_size_limit() < MAX_CSV_FIELD:
        csv.field_size_limit(MAX_CSV_FIELD)
    widths = {}
    for d in candidates:
        try:
            widths[d] = len(next(csv.reader([first], delimiter=d), []))
        except csv.Error:
            widths[d] = 0
    best = max(candidates, key=lambda d: widths[d])
    return best if widths[best] > 1 else None


def csv_dicts(text: str, name: str, skipped: list[Any], **fmt: Any) -> list[dict[str, str]]:
    """Like csv.DictReader over :func:`csv_records` (first record = header)."""
    rows = csv_records(text, name, skipped, **fmt)
    if not rows:
        return []
    header = rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:] if any(r)]
