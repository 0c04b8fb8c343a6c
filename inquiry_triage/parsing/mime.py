"""Walk a parsed (compat32) message: body text parts, links from HTML, the attachment list.

Rules
  * text/plain and text/html parts that are not attachments make the body, in document order.
    In multipart/alternative the plain alternative wins when it has any text; links are still
    taken from every HTML alternative, and `html` is set whenever an HTML part exists.
  * A part is an attachment when its disposition is "attachment", or it has a file name and is
    not explicitly inline, or it is not text at all. Inline images without a file name (HTML
    decoration) are not listed. Attachments are only measured (decoded size), never opened:
    HTML attachments (a common phishing trick) are listed, not parsed.
  * message/rfc822 parts are walked: their text joins the body behind a
    "---------- Forwarded message ----------" block (so quoting.py treats it as quoted), their
    attachments join the list; with a file name the message itself is listed too.
  * multipart without a usable boundary: the boundary is guessed from "--xyz" lines; failing
    that the payload is read as plain text. Everything repaired is noted in `defects`.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import Message
from email.utils import decode_params

from ..model import Attachment, Link
from .charsets import decode_bytes
from .headers import decode_header_value, decode_rfc2047, fix_8bit, unfold
from .html import MAX_HTML_CHARS, html_to_text

try:
    from email.message import _parseparam
except ImportError:  # pragma: no cover

    def _parseparam(s: str) -> list[str]:
        return [p.strip() for p in s.split(";")]


__all__ = ["MimeResult", "walk_message"]

MAX_DEPTH = 25
MAX_PARTS = 500

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)
_HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html|<head|<body|<table|<div|<p[\s>])", re.I)
_BOUNDARY_LINE = re.compile(r"^--([^\s]{1,200}?)(?:--)?[ \t]*\r?$", re.M)

_EMBEDDED_MESSAGES = frozenset({"message/rfc822", "message/global", "message/news"})

_DEFECT_TEXT = {
    "NoBoundaryInMultipartDefect": "multipart without boundary parameter",
    "StartBoundaryNotFoundDefect": "multipart boundary never found",
    "CloseBoundaryNotFoundDefect": "multipart closing boundary missing (truncated?)",
    "FirstHeaderLineIsContinuationDefect": "first header line is a continuation",
    "MisplacedEnvelopeHeaderDefect": "misplaced 'From ' envelope line",
    "MissingHeaderBodySeparatorDefect": "missing blank line between headers and body",
    "MultipartInvariantViolationDefect": "multipart content type but not multipart",
    "InvalidMultipartContentTransferEncodingDefect": "invalid transfer encoding on a multipart",
    "InvalidBase64PaddingDefect": "bad base64 padding",
    "InvalidBase64CharactersDefect": "invalid characters in base64",
    "InvalidBase64LengthDefect": "bad base64 length",
    "UndecodableBytesDefect": "undecodable bytes",
    "MalformedHeaderDefect": "malformed header line",
}


@dataclass(slots=True)
class MimeResult:
    chunks: list[str] = field(default_factory=list)  # body text pieces, in order
    links: list[Link] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    html: bool = False
    defects: list[str] = field(default_factory=list)
    plain_chars: int = 0  # text that came from text/plain parts
    charset: str | None = None  # first declared charset of a text part (a hint for headers)
    parts: int = 0

    def note(self, text: str) -> None:
        if text not in self.defects:
            self.defects.append(text)

    def absorb(self, other: MimeResult, *, text: bool = True) -> None:
        if text:
            self.chunks.extend(other.chunks)
            self.plain_chars += other.plain_chars
        self.links.extend(other.links)
        self.attachments.extend(other.attachments)
        self.html = self.html or other.html
        for d in other.defects:
            self.note(d)
        self.charset = self.charset or other.charset
        self.parts = max(self.parts, other.parts)  # subs start counting where we were


def _raw_header(part: Message, name: str) -> str | None:
    lname = name.lower()
    for key, value in part.raw_items():
        if key.lower() == lname:
            return value if isinstance(value, str) else str(value)
    return None


def _first_raw_headers(part: Message) -> dict[str, str]:
    """{lower-cased name: the first raw value}: `_raw_header` for every name at once (a leaf part asks
    for three or four, and a single-part mail's headers are the whole header block)."""
    first: dict[str, str] = {}
    for key, value in part.raw_items():
        lname = key.lower()
        if lname not in first:
            first[lname] = value if isinstance(value, str) else str(value)
    return first


def _param(part: Message, header: str, param: str, hint: str | None,
           first: dict[str, str] | None = None) -> str | None:
    """A header parameter, RFC 2231 (continuations, charset) and RFC 2047 decoded, 8-bit safe.
    `first`: the part's `_first_raw_headers`, when the caller has them."""
    raw = _raw_header(part, header) if first is None else first.get(header)
    if raw is None:
        return None
    value = fix_8bit(unfold(raw), hint)
    pairs = []
    for p in _parseparam(value)[1:]:
        name, sep, val = p.partition("=")
        if sep:
            pairs.append((name.strip(), val.strip()))
    try:
        params = decode_params([("", "")] + pairs)[1:]
    except Exception:  # noqa: BLE001 - malformed continuations
        params = pairs
    for name, val in params:
        if name.lower() != param:
            continue
        if isinstance(val, tuple):  # RFC 2231: (charset, language, percent-decoded text)
            charset, _lang, text = val
            text = text.strip('"')
            raw_bytes = text.encode("raw-unicode-escape", "replace") if text else b""
            return decode_bytes(raw_bytes, charset or "utf-8", hint=hint)[0].strip()
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = val[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        return " ".join(decode_rfc2047(val, hint).split())
    return None


def _filename(part: Message, hint: str | None, first: dict[str, str] | None = None) -> str:
    name = _param(part, "content-disposition", "filename", hint, first)
    if not name:
        name = _param(part, "content-type", "name", hint, first)
    return name or ""


def _disposition(part: Message, first: dict[str, str] | None = None) -> str:
    raw = _raw_header(part, "content-disposition") if first is None else first.get("content-disposition")
    if not raw:
        return ""
    return unfold(raw).split(";", 1)[0].strip().lower()


def _payload_bytes(part: Message, res: MimeResult, where: str) -> bytes:
    before = len(part.defects)
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001 - uu decoding and friends
        res.note(f"MIME: could not decode {where} payload ({type(exc).__name__})")
        payload = part.get_payload()
        data = payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else b""
    for d in part.defects[before:]:
        res.note(f"MIME: {_DEFECT_TEXT.get(type(d).__name__, type(d).__name__)} in {where}")
    if data is None:
        return b""
    if isinstance(data, str):  # pragma: no cover - defensive
        data = data.encode("utf-8", "surrogateescape")
    return data


# Content-Type values repeat from mail to mail ('text/html; charset="UTF-8"': 76 values in 1,089 text
# parts of 1,000 corpus mails), and the stdlib's get_content_charset parses the parameters in Python
# (~10 us a part). Its answer is a pure function of the first Content-Type value: kept by that value.
_CHARSETS: dict[str, str | None] = {}
_CHARSETS_SIZE = 4096


def _content_charset(part: Message, content_type: str | None) -> str | None:
    """part.get_content_charset(); `content_type` is the part's first raw Content-Type value."""
    if content_type is None:
        return part.get_content_charset()
    found = _CHARSETS.get(content_type, _CHARSETS)
    if found is _CHARSETS:
        found = part.get_content_charset()
        if len(_CHARSETS) >= _CHARSETS_SIZE:
            _CHARSETS.clear()
        _CHARSETS[content_type] = found
    return found  # type: ignore[return-value]


def _text_of(part: Message, ctype: str, res: MimeResult, hint: str | None, where: str, content_type: str | None) -> str:
    data = _payload_bytes(part, res, where)
    try:
        declared = _content_charset(part, content_type)
    except Exception:  # noqa: BLE001
        declared = None
    if declared is None and ctype == "text/html":
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace")
    if declared and res.charset is None:
        res.charset = declared
    text, _used, note = decode_bytes(data, declared, hint=hint or res.charset)
    if note:
        res.note(f"{note} ({where})")
    return text


def _add_text(part: Message, ctype: str, res: MimeResult, hint: str | None, where: str,
              content_type: str | None) -> None:
    text = _text_of(part, ctype, res, hint, where, content_type)
    if ctype == "text/html":
        res.html = True
        if len(text) > MAX_HTML_CHARS:
            res.note(f"HTML cut to {MAX_HTML_CHARS} characters before conversion ({where})")
        try:
            text, links = html_to_text(text)
        except Exception as exc:  # noqa: BLE001 - never let one part sink the message
            res.note(f"HTML conversion failed ({type(exc).__name__}), raw HTML kept ({where})")
            links = []
        res.links.extend(links)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        res.plain_chars += len(text.strip())
    if text.strip():
        res.chunks.append(text.strip("\n"))


def _guess_multipart(part: Message, ctype: str, res: MimeResult, where: str) -> Message | None:
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    counts: dict[str, int] = {}
    for m in _BOUNDARY_LINE.finditer(payload):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    candidates = [b for b, n in counts.items() if n >= 2 and len(b) >= 6 and not set(b) <= {"-", "="}]
    if not candidates:
        return None
    boundary = candidates[0]
    raw = f'Content-Type: {ctype}; boundary="{boundary}"\n\n'.encode() + payload.encode("ascii", "surrogateescape")
    guessed = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not guessed.is_multipart() or not guessed.get_payload():
        return None
    res.note(f"MIME: {ctype} without usable boundary, guessed {boundary!r} ({where})")
    return guessed


def _walk(part: Message, res: MimeResult, hint: str | None, depth: int, path: str) -> None:
    res.parts += 1
    if res.parts > MAX_PARTS:
        if res.parts == MAX_PARTS + 1:
            res.note(f"MIME: more than {MAX_PARTS} parts, rest skipped")
        return
    if depth > MAX_DEPTH:
        res.note(f"MIME: nesting deeper than {MAX_DEPTH}, rest skipped")
        return
    ctype = part.get_content_type()
    maintype = ctype.partition("/")[0]
    where = f"{ctype} part {path}" if path else ctype
    for d in part.defects:
        res.note(f"MIME: {_DEFECT_TEXT.get(type(d).__name__, type(d).__name__)} in {where}")

    if part.is_multipart():
        children = part.get_payload()
        if maintype == "message":
            if ctype in _EMBEDDED_MESSAGES:
                _walk_message_part(part, children, res, hint, depth, path)
            else:  # delivery-status, disposition-notification ...: header blocks, not mail
                name = _filename(part, hint or res.charset)
                if name:
                    res.attachments.append(Attachment(name=name, content_type=ctype, size=_message_size(children)))
            return
        if ctype == "multipart/alternative" and len(children) > 1:
            _walk_alternative(children, res, hint, depth, path)
            return
        for i, child in enumerate(children, 1):
            _walk(child, res, hint, depth + 1, f"{path}.{i}" if path else str(i))
        return

    if maintype == "multipart":
        guessed = _guess_multipart(part, ctype, res, where)
        if guessed is not None:
            _walk(guessed, res, hint, depth + 1, path)
            return
        res.note(f"MIME: {ctype} without parts, payload read as text ({where})")
        ctype, maintype = "text/plain", "text"

    first = _first_raw_headers(part)
    disposition = _disposition(part, first)
    name = _filename(part, hint or res.charset, first)
    is_attachment = disposition == "attachment" or (bool(name) and disposition != "inline")

    if ctype in ("text/plain", "text/html") and not is_attachment:
        if ctype == "text/plain" and depth == 0 and "content-type" not in first:
            data = part.get_payload(decode=True) or b""
            if isinstance(data, bytes) and _HTML_START.match(data[:512]):
                res.note("HTML body without Content-Type, read as HTML")
                ctype = "text/html"
        _add_text(part, ctype, res, hint, where, first.get("content-type"))
        return
    if maintype == "image" and not name and disposition != "attachment":
        return  # inline decoration (cid: images of an HTML body)
    if maintype == "text" and not is_attachment:
        return  # text/calendar, text/x-amp-html, text/rfc822-headers ... without a name
    if maintype == "message" and not name:
        return  # delivery-status and friends
    size = len(_payload_bytes(part, res, where))
    res.attachments.append(Attachment(name=name, content_type=ctype, size=size))


def _walk_alternative(children: list[Message], res: MimeResult, hint: str | None, depth: int, path: str) -> None:
    subs = []
    for i, child in enumerate(children, 1):
        sub = MimeResult(charset=res.charset, parts=res.parts)
        _walk(child, sub, hint, depth + 1, f"{path}.{i}" if path else str(i))
        res.parts = sub.parts
        subs.append(sub)
    chosen = next((s for s in subs if s.plain_chars > 0), None) or next((s for s in subs if s.chunks), None)
    for sub in subs:
        res.absorb(sub, text=sub is chosen)


def _walk_message_part(part: Message, children: list, res: MimeResult, hint: str | None, depth: int, path: str) -> None:
    name = _filename(part, hint or res.charset)
    for i, inner in enumerate(children, 1):
        if not isinstance(inner, Message):
            continue
        sub = MimeResult(charset=res.charset, parts=res.parts)
        _walk(inner, sub, hint, depth + 1, f"{path}.{i}" if path else str(i))
        lines = ["---------- Forwarded message ----------"]
        for header in ("From", "Date", "Subject", "To"):
            raw = _raw_header(inner, header)
            if raw is not None:
                lines.append(f"{header}: {decode_header_value(raw[:2000], hint)}")
        sub.chunks.insert(0, "\n".join(lines))
        res.absorb(sub)
        if name:
            res.attachments.append(Attachment(name=name, content_type=part.get_content_type(), size=_message_size([inner])))


def _message_size(messages: list) -> int:
    """Size of embedded messages as serialised again (the parser keeps no raw bytes)."""
    try:
        return sum(len(m.as_bytes(policy=email.policy.compat32)) for m in messages if isinstance(m, Message))
    except Exception:  # noqa: BLE001
        return 0


def walk_message(msg: Message, *, hint: str | None = None) -> MimeResult:
    res = MimeResult()
    _walk(msg, res, hint, 0, "")
    return res
