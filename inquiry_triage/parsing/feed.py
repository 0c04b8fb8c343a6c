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
import email.feedparser
import email.policy
import re
import types
from email.feedparser import FeedParser, headerRE
from email.message import Message
from io import StringIO

__all__ = ["message_from_bytes"]

_COMPAT32 = email.policy.compat32
_HEADER_LINE = headerRE.match  # the stdlib's own test for a header or continuation line
# A field's first line as headerRE takes it ("name:", the name one or more of its characters; "From " is not
# one: a space is not a name character; the look-behind keeps a search linear), a line that starts neither
# a field nor a continuation, and a field with its continuation lines (the value's leading blanks dropped,
# as compat32 does; '.' stops at LF).
_FIELD_START = re.compile(r"(?<![!-9;-~])[!-9;-~]+:")
_BAD_LINE = re.compile(r"\n(?![ \t]|[!-9;-~]+:)")
_FIELD = re.compile(r"^([!-9;-~]+):[ \t]*(.*(?:\n[ \t].*)*)", re.M)


def message_from_bytes(raw: bytes) -> Message:
    """What `email.message_from_bytes(raw, policy=email.policy.compat32)` returns."""
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    msg = _parse(text)
    return msg if msg is not None else email.message_from_bytes(raw, policy=_COMPAT32)


def _parse(text: str) -> Message | None:
    """The message, or None when the header block is not the plain case (the caller asks the stdlib)."""
    # The first blank line, LF LF or CR LF CR LF, whichever comes first. The form the first line ends in
    # is looked for first and the other only before it: a search of the other form ran through the body.
    nl = text.find("\n")
    if nl > 0 and text[nl - 1] == "\r":
        crlf = text.find("\r\n\r\n")
        lf = text.find("\n\n", 0, crlf + 1) if crlf >= 0 else text.find("\n\n")
    else:
        lf = text.find("\n\n")
        crlf = text.find("\r\n\r\n", 0, lf + 3) if lf >= 0 else text.find("\r\n\r\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        cut, body = crlf + 2, crlf + 4
    elif lf >= 0:
        cut, body = lf + 1, lf + 2
    else:
        return None
    block = text[:cut]
    msg = Message(_COMPAT32)
    start = 0
    if block.startswith("From "):  # the mbox envelope line, without its line break
        first = StringIO(block, newline="").readline()
        msg._unixfrom = first[:-2] if first.endswith("\r\n") else first[:-1] if first[-1] in "\r\n" else first
        start = len(first)
    if "\r" in block and block.count("\r") != block.count("\r\n"):
        headers = _headers_by_line(block, start)  # a lone CR ends a line too (the stdlib's splitting)
    # Every line ends with LF (or CR LF): the block is checked and split by two regexes instead of a
    # loop over its lines (a typical mail has 40 header lines; the loop was a sixth of parsing). Each
    # line after the first must be a continuation (space, tab) or start a field "name:".
    elif start < cut and _FIELD_START.match(block, start) is None or _BAD_LINE.search(block, start, cut - 1):
        return None  # a continuation first, an empty name, a misplaced envelope line, not a header...
    else:
        headers = [(name, value.rstrip("\r\n")) for name, value in _FIELD.findall(block, start)]
    if headers is None:
        return None
    msg._headers = headers
    if msg.get_content_maintype() not in ("multipart", "message"):
        msg._payload = text[body:]  # the stdlib joins every remaining line: the rest as it is
        return msg
    return _with_parts(msg, text[body:])


def _headers_by_line(block: str, start: int) -> list[tuple[str, str]] | None:
    """The fields of a header block with a lone CR in it, line by line as the stdlib splits them (at CR LF,
    a lone CR or LF; not at VT, FF ... as str.splitlines would); None when a line is not the plain case."""
    lines = StringIO(block, newline="").readlines()
    if start:
        lines = lines[1:]
    headers: list[tuple[str, str]] = []
    name = ""
    value: list[str] = []
    for line in lines:
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
    return headers


def _with_parts(msg: Message, body: str) -> Message:
    """A multipart or message/* body parsed by the stdlib, under `msg`'s headers. Splitting the body
    reads only the first Content-Type (type, boundary, multipart/digest) and Content-Transfer-Encoding
    (a defect when not 7bit/8bit/binary), so the stdlib is given those two and the body. A plain
    multipart tree is split here instead (_plain_multipart)."""
    if _plain_multipart(msg, body):
        return msg
    head = [f"Content-Type: {_first_raw(msg, 'content-type')}\n"]
    encoding = _first_raw(msg, "content-transfer-encoding")
    if encoding is not None:
        head.append(f"Content-Transfer-Encoding: {encoding}\n")
    parser = _FeedParser(policy=_COMPAT32)
    parser.feed("".join(head) + "\n")
    parser.feed(body)
    parsed = parser.close()
    parsed._headers = msg._headers
    parsed._unixfrom = msg._unixfrom
    return parsed


_MAX_NESTING = 20  # multiparts deeper than this go to the stdlib (real mail nests a few deep)


class _NotPlain(Exception):
    """The body is not a plain multipart tree: the stdlib parses it."""


def _plain_multipart(msg: Message, body: str) -> bool:
    """Split a multipart body as the stdlib's FeedParser does, with string searches instead of its line
    reader (which runs Python code for every line of every attachment). Only the plain case: lines end
    with LF or CR LF, each part has its header block and a blank line, every multipart has its first
    and closing boundary, no two boundary lines follow each other, no message/* part, no digest, no
    line that can be a boundary line of two levels. Anything else returns False (msg is then thrown away) and
    the stdlib parses the body, so the tree is always the stdlib's (tests/parsing/test_feed.py)."""
    if msg.get_content_maintype() != "multipart" or ("\r" in body and body.count("\r") != body.count("\r\n")):
        return False
    try:
        _read_multipart(msg, body, 0, len(body), ())
    except Exception:  # noqa: BLE001 - _NotPlain, or anything the stdlib's own parse is to meet (or not)
        return False
    return True


def _strip_eol(text: str) -> str:
    """`text` without its last line end (the stdlib: it belongs to the boundary line after it)."""
    return text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith(("\n", "\r")) else text


def _boundary_lines(body: str, boundary: str, start: int, stop: int) -> list[tuple[int, int, bool]]:
    """The lines in body[start:stop] that the stdlib's boundary regex for `boundary` matches ("--" boundary,
    "--" or not, blanks, the line end): (where the line starts, where it ends, a closing boundary).
    `start` and `stop` are line starts; every line ends with LF. Only line starts are looked at (a line
    of "--b--b--b..." is one line, as for the stdlib)."""
    separator = "--" + boundary
    needle = "\n" + separator
    found = []
    pos = start if body.startswith(separator, start, stop) else _after(body.find(needle, start, stop))
    while pos >= 0:
        nl = body.find("\n", pos, stop)
        end = stop if nl < 0 else nl + 1
        rest = body[pos + len(separator):end]
        closing = rest.startswith("--")
        if rest[2 if closing else 0:].lstrip(" \t") in ("", "\n", "\r\n"):
            found.append((pos, end, closing))
        pos = _after(body.find(needle, pos, stop))
    return found


def _after(newline: int) -> int:
    """The start of the line after the LF found at `newline`; -1 when none was found."""
    return newline + 1 if newline >= 0 else -1


def _may_share_lines(one: str, other: str) -> bool:
    """Whether a line can match both boundaries' regexes ("--b--" is the closing line of "b" and a boundary line
    of "b--"): one is the other followed by nothing but dashes and blanks."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and not long[len(short):].strip("- \t")


def _read_multipart(msg: Message, body: str, start: int, stop: int, enclosing: tuple[str, ...]) -> None:
    """msg's parts, preamble and epilogue from body[start:stop] (which holds no enclosing boundary line)."""
    boundary = msg.get_boundary()
    if (not boundary or "\n" in boundary or "\r" in boundary or len(enclosing) >= _MAX_NESTING
            or msg.get_content_type() == "multipart/digest" or any(map(_may_share_lines, enclosing, [boundary] * len(enclosing)))
            or str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary")):
        raise _NotPlain
    lines = _boundary_lines(body, boundary, start, stop)
    if not lines or lines[0][2]:
        raise _NotPlain  # no first boundary, or the closing one first: defects
    if lines[0][0] > start:
        msg.preamble = _strip_eol(body[start:lines[0][0]])
    inner = enclosing + (boundary,)
    parts: list[Message] = []
    for (_pos, end, closing), (next_pos, next_end, next_closing) in zip(lines, lines[1:]):
        if closing or next_pos == end:
            raise _NotPlain  # a boundary line after the closing one, or two in a row (the stdlib skips one)
        parts.append(_read_part(body, end, next_pos, inner))
        if next_closing:
            msg._payload = parts
            msg.epilogue = body[next_end:stop]
            return
    raise _NotPlain  # no closing boundary: a defect


def _read_part(body: str, start: int, stop: int, enclosing: tuple[str, ...]) -> Message:
    """One part: body[start:stop], from just after its boundary line to the start of the next one."""
    part = Message(_COMPAT32)
    if body.startswith("\n", start) or body.startswith("\r\n", start):
        content = body.find("\n", start) + 1  # no header, the blank line
    else:
        # The blank line after the header block, LF LF or LF CR LF, the first line's form looked for first.
        nl = body.find("\n", start, stop)
        if nl < 0:
            raise _NotPlain
        if body[nl - 1] == "\r":
            blank = body.find("\n\r\n", start, stop)
            other = body.find("\n\n", start, blank + 1 if blank >= 0 else stop)
        else:
            blank = body.find("\n\n", start, stop)
            other = body.find("\n\r\n", start, blank + 2 if blank >= 0 else stop)
        if other >= 0 and (blank < 0 or other < blank):
            blank = other
        if blank < 0:
            raise _NotPlain  # headers up to the boundary: no body at all
        block = body[start:blank + 1]
        if _FIELD_START.match(block) is None or _BAD_LINE.search(block, 0, len(block) - 1):
            raise _NotPlain  # a line that is not a header, a continuation first, an envelope line...
        part._headers = [(name, value.rstrip("\r\n")) for name, value in _FIELD.findall(block)]
        content = body.find("\n", blank + 1) + 1
    maintype = part.get_content_maintype()
    if maintype == "message":
        raise _NotPlain
    if maintype == "multipart":
        _read_multipart(part, body, content, stop, enclosing)
        epilogue = part.epilogue
        part.epilogue = None if epilogue == "" else _strip_eol(epilogue)
    else:
        part._payload = _strip_eol(body[content:stop])
    return part


def _first_raw(msg: Message, lname: str) -> str | None:
    for key, value in msg._headers:
        if key.lower() == lname:
            return value
    return None


# The stdlib parser compiles a regex for each multipart boundary it meets ("--" + boundary, then "--",
# blanks and a line end): a third of a millisecond each (sre compiles in Python), and real mail has a
# new boundary in every message, so re's cache never helps. _FeedParser runs the stdlib's own parsing
# code with a `re` whose compile() answers that one pattern with _Boundary, the same match in plain
# string operations; every other pattern is compiled by re as before.
_BOUNDARY_HEAD = "(?P<sep>"
_BOUNDARY_TAIL = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_UNESCAPE = re.compile(r"\\(.)", re.S)  # re.escape puts a backslash before a character, nothing else


class _BoundaryMatch:
    __slots__ = ("_groups",)

    def __init__(self, groups: dict[str, str | None]) -> None:
        self._groups = groups

    def group(self, name: str) -> str | None:
        return self._groups[name]


class _Boundary:
    """`re.compile("(?P<sep>" + re.escape(separator) + _BOUNDARY_TAIL).match`'s answers for a line: the
    separator, then "--" or not, blanks, then nothing, a line end, or CR LF LF / LF LF ('$' matches before
    a last LF). No backtracking changes the answer: the parts after the separator cannot overlap."""

    __slots__ = ("separator",)

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> _BoundaryMatch | None:
        separator = self.separator
        if not line.startswith(separator):
            return None
        rest = line[len(separator):]
        end = None
        if rest.startswith("--"):
            end, rest = "--", rest[2:]
        tail = rest.lstrip(" \t")
        if tail == "":
            linesep = None
        elif tail in ("\n", "\r", "\r\n"):
            linesep = tail
        elif tail == "\r\n\n" or tail == "\n\n":
            linesep = tail[:-1]
        else:
            return None
        return _BoundaryMatch({"sep": separator, "end": end, "ws": rest[: len(rest) - len(tail)], "linesep": linesep})


class _Re:
    """The `re` _FeedParser's code sees."""

    escape = staticmethod(re.escape)

    @staticmethod
    def compile(pattern: str, flags: int = 0):  # type: ignore[no-untyped-def]
        if flags == 0 and pattern.startswith(_BOUNDARY_HEAD) and pattern.endswith(_BOUNDARY_TAIL):
            escaped = pattern[len(_BOUNDARY_HEAD):-len(_BOUNDARY_TAIL)]
            separator = _UNESCAPE.sub(r"\1", escaped)
            if re.escape(separator) == escaped:
                return _Boundary(separator)
        return re.compile(pattern, flags)


def _with_re(function: types.FunctionType) -> types.FunctionType:
    """`function` (the stdlib's own code) with the names of its module, `re` being _Re."""
    names = dict(vars(email.feedparser), re=_Re)
    return types.FunctionType(function.__code__, names, function.__name__, function.__defaults__,
                              function.__closure__)


class _FeedParser(FeedParser):
    """The stdlib's FeedParser, its multipart boundaries matched without compiling a regex each."""

    _parsegen = _with_re(FeedParser._parsegen)
