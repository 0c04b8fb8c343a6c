"""parse_email: raw RFC 5322 bytes -> Inquiry. See the package docstring for the contract."""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from typing import Sequence

from ..model import Inquiry, keep_header_index
from .errors import ParseError
from .feed import message_from_bytes
from .headers import cut_raw, decode_header_value, parse_addresses, parse_date, parse_mailbox, unfold
from .mime import walk_message
from .quoting import split_own_text
from .received import find_origin, list_distribution

__all__ = ["CUT_INSIDE_HEADERS", "MAX_HEADERS", "MAX_HEADER_CHARS", "cut_inside_headers", "parse_email"]

MAX_HEADERS = 500  # headers kept in Inquiry.headers
MAX_HEADER_CHARS = 4096  # per decoded header value
_RAW_HEADER_CHARS = 4 * MAX_HEADER_CHARS  # raw text decoded per header (encoded-words are longer)
MAX_DEFECTS = 60

# Bytes that are control characters in any ASCII-compatible text (TAB, LF, VT, FF, CR and ESC,
# used by ISO-2022-JP, are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_FIRST_HEADER = re.compile(rb"(?:From |[!-9;-~]{1,200}:)")
_MSGID = re.compile(r"<\s*([^<>\s]+?)\s*>")


def starts_with_header(raw: bytes) -> bool:
    """Whether the input starts as a mail does: a header line (or an mbox "From " line)."""
    return _FIRST_HEADER.match(raw.lstrip(b"\xef\xbb\xbf\r\n")) is not None


# A line that only mail has: a header a mail store or client writes. A saved mail
# with a few lines pasted above its headers still has one; a notes file seldom does.
_MAIL_HEADER_LINE = re.compile(
    rb"(?m)^(?:(?:From|To|Cc|Subject|Date|Received|Return-Path|Message-ID|MIME-Version|Reply-To|Sender"
    rb"|Delivered-To|Content-Type|X-[!-9;-~]{1,60})[ \t]*:)", re.IGNORECASE)


def has_no_mail_header(raw: bytes, scan: int = 64 * 1024) -> bool:
    """Whether a non-empty input has no mail header at all: it does not start with a header line and no
    line in its first ``scan`` bytes is one that only mail has (From:, Received:, Message-ID: ...)."""
    if not raw.strip() or starts_with_header(raw):
        return False
    return _MAIL_HEADER_LINE.search(raw, 0, scan) is None


def _check_raw(raw: bytes) -> None:
    """Reject what is not an email at all: empty input, or binary data without a header line."""
    if not raw or not raw.strip():
        raise ParseError("empty input")
    head = raw[:4096]
    if not starts_with_header(raw):
        nul = head.count(0)
        control = len(head.translate(None, _NOT_CONTROL))
        if nul * 100 > len(head) or control * 20 > len(head):
            raise ParseError(f"not an email: binary data ({nul} NUL, {control} control bytes in the first {len(head)})")


# The defect of an input that stops inside its header block (a file cut short): its last header line has
# no line end, no blank line follows it and there is no body. RFC 5322 ends every header line with CRLF,
# so a complete message never looks like this (a header-only mail ends its last line; a short one has
# its blank line and body); the pipeline stores such an item as failed (pipeline._parse_item).
CUT_INSIDE_HEADERS = "the input ends inside its headers"


def _cut_header(to_parse: bytes, names: list[str], body: str) -> str:
    """The name of the header the input stops in, or "": no blank line after the headers, no body,
    and the last line has no line end."""
    if not names or body.strip() or to_parse.endswith((b"\n", b"\r")):
        return ""
    if b"\n\n" in to_parse or b"\r\n\r\n" in to_parse or b"\r\r" in to_parse:
        return ""
    return names[-1]


def cut_inside_headers(defects: list[str]) -> str:
    """The parser's note that the input stops inside its headers (see CUT_INSIDE_HEADERS), or ""."""
    return next((d for d in defects if d.startswith(CUT_INSIDE_HEADERS)), "")


def _note(defects: list[str], text: str) -> None:
    if text not in defects and len(defects) < MAX_DEFECTS:
        defects.append(text)


def parse_email(
    raw: bytes,
    *,
    source: str,
    trusted_relays: Sequence[str] = (),
    max_body_chars: int = 200_000,
) -> Inquiry:
    """Parse one message. Raises ParseError only for input that is not an email at all."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError(f"parse_email wants bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    _check_raw(raw)
    digest = hashlib.sha256(raw).hexdigest()
    defects: list[str] = []
    inq = Inquiry(source=source, message_id="", channel="email", raw_size=len(raw), content_hash=digest)

    to_parse = raw
    stripped = raw.lstrip(b"\r\n\t ")
    if stripped.startswith(b"\xef\xbb\xbf"):
        stripped = stripped[3:]
    if len(stripped) != len(raw) and _FIRST_HEADER.match(stripped):
        _note(defects, "leading blank lines or BOM before the headers removed")
        to_parse = stripped

    try:
        msg = message_from_bytes(to_parse)  # the stdlib's compat32 parse, its header block read in one pass
    except Exception as exc:  # noqa: BLE001 - e.g. RecursionError on absurd nesting
        _note(defects, f"MIME parser failed ({type(exc).__name__}); whole input read as text")
        msg = email.message_from_bytes(b"Content-Type: text/plain\n\n" + to_parse, policy=email.policy.compat32)

    raw_headers = list(msg.raw_items())
    if not raw_headers:
        _note(defects, "no header block: whole input read as the body")
        msg.defects[:] = [d for d in msg.defects if type(d).__name__ != "MissingHeaderBodySeparatorDefect"]
    # Each name stripped and lower-cased once: the raw values by name here, the decoded ones below.
    names = [name.strip() for name, _value in raw_headers]
    lnames = [name.lower() for name in names]
    by_name: dict[str, list[str]] = {}
    for lname, (_name, value) in zip(lnames, raw_headers):
        found = by_name.get(lname)
        if found is None:
            by_name[lname] = [value if isinstance(value, str) else str(value)]
        else:
            found.append(value if isinstance(value, str) else str(value))

    # Body first: its charset is the best hint for raw 8-bit header bytes.
    hint = None
    try:
        mime = walk_message(msg)
        hint = mime.charset
        for d in mime.defects:
            _note(defects, d)
        body = "\n\n".join(mime.chunks)
        if len(body) > max_body_chars:
            _note(defects, f"body cut to {max_body_chars} characters (had {len(body)})")
            body = body[:max_body_chars]
        inq.body = body
        inq.html = mime.html
        inq.links = mime.links
        inq.attachments = mime.attachments
    except Exception as exc:  # noqa: BLE001 - never fail a whole message on one stage
        _note(defects, f"internal error reading the MIME tree: {type(exc).__name__}: {exc}"[:300])

    try:
        inq.own_text, inq.signature = split_own_text(inq.body)
    except Exception as exc:  # noqa: BLE001
        inq.own_text = inq.body
        _note(defects, f"internal error separating quotes: {type(exc).__name__}")

    decoded_by_name: dict[str, list[str]] = {}  # the headers' index (model.header_index), built on the way
    try:
        headers: list[tuple[str, str]] = []
        for name, lname, (_name, value) in zip(names, lnames, raw_headers[:MAX_HEADERS]):
            if type(value) is not str:
                value = str(value)
            raw_len = len(value)
            if raw_len <= MAX_HEADER_CHARS and "=?" not in value and value.isascii():
                # the common case: nothing to decode (and most values are on one line: nothing to unfold)
                decoded = (unfold(value) if "\n" in value or "\r" in value else value).strip()
            else:
                kept: list[str] = []  # encoded-words kept as written (not base64)
                decoded = decode_header_value(cut_raw(value, _RAW_HEADER_CHARS), hint, kept)
                for note in kept:
                    _note(defects, f"header {name!r}: {note}")
                if len(decoded) > MAX_HEADER_CHARS or raw_len > _RAW_HEADER_CHARS:
                    decoded = decoded[:MAX_HEADER_CHARS]
                    _note(defects, f"header {name!r} cut to {MAX_HEADER_CHARS} characters (raw value had {raw_len})")
            headers.append((name, decoded))
            found = decoded_by_name.get(lname)
            if found is None:
                decoded_by_name[lname] = [decoded]
            else:
                found.append(decoded)
        if len(raw_headers) > MAX_HEADERS:
            _note(defects, f"{len(raw_headers)} headers, only the first {MAX_HEADERS} kept")
        inq.headers = headers
        keep_header_index(headers, decoded_by_name, lnames[:len(headers)])
    except Exception as exc:  # noqa: BLE001
        _note(defects, f"internal error decoding headers: {type(exc).__name__}")

    def first(name: str) -> str | None:
        values = by_name.get(name)
        return cut_raw(values[0], _RAW_HEADER_CHARS) if values else None

    def every(name: str) -> list[str]:
        return [cut_raw(v, _RAW_HEADER_CHARS) for v in by_name.get(name, ())[:MAX_HEADERS]]

    try:
        if "subject" in decoded_by_name:
            inq.subject = decoded_by_name["subject"][0]
        elif (subject := first("subject")) is not None:
            inq.subject = decode_header_value(subject, hint)[:MAX_HEADER_CHARS]
        froms = every("from")
        if froms:
            if len(froms) > 1:
                _note(defects, f"{len(froms)} From headers, the first one used")
            inq.from_name, inq.from_addr = parse_mailbox(froms[0], hint)
            inq.from_name = inq.from_name[:MAX_HEADER_CHARS]
            if not inq.from_addr:
                _note(defects, "From: no usable address")
        inq.reply_to = parse_addresses(every("reply-to"), hint)
        inq.to_addrs = parse_addresses(every("to"), hint)
    except Exception as exc:  # noqa: BLE001
        _note(defects, f"internal error reading addresses: {type(exc).__name__}")

    try:
        date_raw = first("date")
        if date_raw is not None:
            inq.date, inq.date_offset_minutes, note = parse_date(date_raw)
            if note:
                _note(defects, note)
        received = every("received")
        if received:
            top = unfold(received[0])
            if ";" in top:
                inq.received_at = parse_date(top.rpartition(";")[2])[0]
                inq.received_from = "received-header" if inq.received_at is not None else ""
        origin = find_origin(
            received,
            x_originating_ip=every("x-originating-ip"),
            x_sender_ip=every("x-sender-ip"),
            x_source_ip=every("x-source-ip"),
            trusted_relays=trusted_relays,
            list_id=list_distribution(first("list-id") or "", unfold(first("return-path") or "")),
            header_values=every,  # the providers' own client-IP headers (X-Naver-CIP...)
        )
        inq.origin_ip, inq.origin_ip_header = origin.origin_ip, origin.origin_header
        inq.origin_kind, inq.origin_provider = origin.kind, origin.provider
        inq.origin_handover, inq.origin_unverified = origin.handover, origin.unverified[:10]
        inq.origin_handover_index = origin.handover_index
        inq.origin_date_by_provider = origin.date_by_provider
    except Exception as exc:  # noqa: BLE001
        _note(defects, f"internal error reading dates/Received: {type(exc).__name__}")

    mid = first("message-id")
    message_id = ""
    if mid:
        mid = " ".join(unfold(mid).split())
        m = _MSGID.search(mid)
        message_id = m.group(1) if m else mid.strip("<> ")
        message_id = message_id.encode("utf-8", "replace").decode("utf-8", "replace")[:998]
    inq.message_id = message_id or "sha256:" + digest[:32]

    if (cut := _cut_header(to_parse, names, inq.body)) and not inq.attachments:
        _note(defects, f"{CUT_INSIDE_HEADERS}: the {cut!r} line has no line end, no blank line follows, no body")

    inq.defects = defects
    return inq
