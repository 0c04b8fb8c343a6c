"""The stdlib's compat32 parse of a message, with the top-level header block read in one pass.

`email.message_from_bytes(raw, policy=compat32)` feeds every line through a generator and a
buffered line reader: for a typical mail (about 90 header lines, most of them Received chains)
that costs more than all the rest of parsing. Here the top-level header block is split and stored
exactly as `email.feedparser.FeedParser._parse_headers` and `compat32.header_source_parse` store
it, and the body is handed over whole: a single-part body is the payload as it is, and a
multipart or message/* body goes to the stdlib parser behind a copy of the only headers that
parser reads to split a body (the first Content-Type and Content-Transfer-Encoding).

Anything the fast path does not model exactly (a header block without a blank line after it, a
line that is not a header, an envelope 'From ' line past the first, a continuation line first, a
field with no name) is parsed by the stdlib parser from the start, so the result is always the
object the stdlib gives: tests/parsing/test_feed.py compares both trees on every fixture and on
malformed variants.
"""

from __future__ import annotations

import email
import email.policy
from email.feedparser import FeedParser, headerRE
from email.message import Message
from io import StringIO

__all__ = ["message_from_bytes"]

_COMPAT32 = email.policy.compat32
_HEADER_LINE = headerRE.match  # the stdlib's own test for a header or continuation line


def message_from_bytes(raw: bytes) -> Message:
    """What `email.message_from_bytes(raw, policy=email.policy.compat32)` returns."""
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    msg = _parse(text)
    return msg if msg is not None else email.message_from_bytes(raw, policy=_COMPAT32)


def _parse(text: str) -> Message | None:
    """The message, or None when the header block is not the plain case (the caller asks the stdlib)."""
    lf, crlf = text.find("\n\n"), text.find("\r\n\r\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        cut, body = crlf + 2, crlf + 4
    elif lf >= 0:
        cut, body = lf + 1, lf + 2
    else:
        return None
    # Lines as the stdlib splits them (at CR LF, a lone CR or LF; not at VT, FF ... as str.splitlines
    # would); an earlier blank line in another form (CR CR, LF CR LF) is not a header line: handed over.
    lines = StringIO(text[:cut], newline="").readlines()
    msg = Message(_COMPAT32)
    headers = msg._headers
    first = lines[0]
    start = 0
    if first.startswith("From "):  # the mbox envelope line, without its line break
        msg._unixfrom = first[:-2] if first.endswith("\r\n") else first[:-1] if first[-1] in "\r\n" else first
        start = 1
    name = ""
    value: list[str] = []
    for line in lines[start:]:
        if not _HEADER_LINE(line):
            return None
        lead = line[0]
        if lead == " " or lead == "\t":
            if not name:
                return None  # a continuation line first: a defect the stdlib records
            value.append(line)
            continue
        if lead == ":" or line.startswith("From "):
            return None  # a field without a name, a misplaced envelope line: defects
        if name:
            headers.append((name, "".join(value).rstrip("\r\n")))
        name, _, rest = line.partition(":")
        value = [rest.lstrip(" \t")]
    if name:
        headers.append((name, "".join(value).rstrip("\r\n")))
    if msg.get_content_maintype() not in ("multipart", "message"):
        msg._payload = text[body:]  # the stdlib joins every remaining line: the rest as it is
        return msg
    return _with_parts(msg, text[body:])


def _with_parts(msg: Message, body: str) -> Message:
    """A multipart or message/* body parsed by the stdlib, under `msg`'s headers. Splitting the body
    reads only the first Content-Type (type, boundary, multipart/digest) and Content-Transfer-Encoding
    (a defect when not 7bit/8bit/binary), so the stdlib is given those two and the body."""
    head = [f"Content-Type: {_first_raw(msg, 'content-type')}\n"]
    encoding = _first_raw(msg, "content-transfer-encoding")
    if encoding is not None:
        head.append(f"Content-Transfer-Encoding: {encoding}\n")
    parser = FeedParser(policy=_COMPAT32)
    parser.feed("".join(head) + "\n")
    parser.feed(body)
    parsed = parser.close()
    parsed._headers = msg._headers
    parsed._unixfrom = msg._unixfrom
    return parsed


def _first_raw(msg: Message, lname: str) -> str | None:
    for key, value in msg._headers:
        if key.lower() == lname:
            return value
    return None
