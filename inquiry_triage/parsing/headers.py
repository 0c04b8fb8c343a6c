"""Header values: unfolding, raw 8-bit bytes, RFC 2047 encoded-words, addresses and dates.

The parser runs with `email.policy.compat32` (fast), which leaves header values raw: folded,
RFC 2047-encoded, and with any 8-bit bytes smuggled as surrogate escapes. Everything here works
on those raw strings and never raises.
"""

from __future__ import annotations

import binascii
import re
from datetime import datetime, timedelta, timezone
from email.utils import getaddresses
from functools import lru_cache

try:  # the private helper keeps "-0000"/missing zone apart from "+0000"; parsedate_tz does not
    from email._parseaddr import _parsedate_tz as _parsedate
except ImportError:  # pragma: no cover
    from email.utils import parsedate_tz as _parsedate

from .charsets import decode_bytes

__all__ = [
    "cut_raw",
    "decode_header_value",
    "decode_rfc2047",
    "fix_8bit",
    "parse_addresses",
    "parse_date",
    "parse_mailbox",
    "unfold",
    "without_undecoded_words",
]

# charset, encoding, text. The strict form is fast; the lax one (text may hold a raw '?', as
# broken mailers write) is used only when the strict one leaves encoded-words undecoded.
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,75})\?([bBqQ])\?([^?]*)\?=")
_ENCODED_WORD_START = re.compile(r"=\?[^?\s]{1,75}\?[bBqQ]\?")
# The encoded text is bounded (RFC 2047 allows 75 characters in all): an unclosed "=?x?q?" must not
# make every later one scan to the end of the header.
_ENCODED_WORD_LAX = re.compile(r"=\?([^?\s]{1,75})\?([bBqQ])\?(.{0,1000}?)\?=", re.S)
_Q_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")


def unfold(value: str) -> str:
    """Undo RFC 5322 folding; stray CR/LF become spaces."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", " ")
    if "\n" in value:
        # A compat32 header value only breaks lines before continuation whitespace, so removing
        # the line breaks is exactly RFC 5322 unfolding. Elsewhere a lone break becomes a space.
        value = value.replace("\n ", " ").replace("\n\t", "\t")
        if "\n" in value:
            value = value.replace("\n", " ")
    return value


def fix_8bit(value: str, hint: str | None = None) -> str:
    """Raw 8-bit bytes in a header (surrogate-escaped by the parser) -> text, UTF-8 first."""
    if value.isascii():
        return value
    try:
        raw = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value  # already real text
    text, _charset, _note = decode_bytes(raw, None, hint=hint)
    return text


# A B-encoded text the stdlib decodes: base64 letters, then any run of "=" padding. Whitespace (a word
# folded by a broken mailer) is dropped first, as binascii drops it.
_B_TEXT = re.compile(r"[A-Za-z0-9+/]*=*")
_B_SPACE = re.compile(r"[ \t\r\n]+")


def _b_decode(data: str) -> bytes | None:
    """The bytes of a B-encoded text, None when it is not base64 (a letter outside the alphabet, padding
    inside the text, or a length no padding can mend): that word is kept as written. A text without its
    padding ("SGVsbG8", "SGVsbA=") decodes: many real mailers omit it, and the stdlib decodes it too
    (email.header.decode_header pads it; policy.default notes InvalidBase64PaddingDefect)."""
    try:
        return binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        pass
    letters = _B_SPACE.sub("", data)
    if not _B_TEXT.fullmatch(letters):
        return None
    letters = letters.rstrip("=")
    if len(letters) % 4 == 1:  # one letter over a whole group: no padding makes it base64
        return None
    try:
        return binascii.a2b_base64(letters + "=" * (-len(letters) % 4), strict_mode=True)
    except (binascii.Error, ValueError):  # pragma: no cover - the letters were checked above
        return None


_B_LETTERS = frozenset("bB")


def _b_decode_words(words: list[str]) -> list[bytes | None]:
    """[_b_decode(word) for word in words], in one call when it can be: words of whole 4-letter groups with
    no "=" before the last one's end decode to the same bytes joined as one by one (base64 decodes each
    group alone), and when the joined text is strict base64 so is each word (each is whole groups of it)."""
    joined = "".join(words)
    if "=" not in joined[:len(joined) - len(words[-1])] and not any(len(word) % 4 for word in words):
        try:
            return [binascii.a2b_base64(joined, strict_mode=True)]
        except (binascii.Error, ValueError):
            pass
    return [_b_decode(word) for word in words]


def _q_decode(data: str) -> bytes:
    raw = data.replace("_", " ").encode("ascii", "surrogateescape")
    return _Q_HEX.sub(lambda m: bytes((int(m.group(1), 16),)), raw)


def decode_rfc2047(value: str, hint: str | None = None, defects: list[str] | None = None) -> str:
    """Decode every encoded-word in `value`, wherever it sits (also inside quotes or words).

    Adjacent encoded-words in the same charset are joined before decoding, so a multi-byte
    character split across two words survives; whitespace between encoded-words is dropped
    (RFC 2047 section 6.2). Charsets go through `decode_bytes`, so lying or unknown charsets get
    the same fallbacks as bodies. A B-encoded word that is not base64 (`_b_decode`) is kept as
    written, as text (the stdlib keeps a word it cannot decode), and noted in `defects` when given:
    read leniently it was mojibake.
    """
    if "=?" not in value:
        return value
    # [text, charset, encoding, data, text, charset, encoding, data, ..., text]
    pieces = _ENCODED_WORD.split(value)
    if "=?" in "".join(pieces[::4]) and _ENCODED_WORD_START.search("\n".join(pieces[::4])):
        lax = _ENCODED_WORD_LAX.split(value)  # a word with a raw '?' inside was left over
        if len(lax) > len(pieces):
            pieces = lax
    if len(pieces) == 1:
        return value
    if len(pieces) > 9 and not "".join(pieces[4:-1:4]).strip(" \t"):
        # Many adjacent words (Exchange's base64-chunked headers): decode them in one go.
        charsets_ = {c.lower() for c in set(pieces[1::4])}  # lower-cased once a name, not once a word
        if len(charsets_) == 1 and set(pieces[2::4]) <= _B_LETTERS:
            raws = _b_decode_words(pieces[3::4])
            if None not in raws:  # else word by word below: a word that is not base64 is kept as written
                text = decode_bytes(b"".join(raws), charsets_.pop().split("*", 1)[0], hint=hint)[0]  # type: ignore[arg-type]
                return pieces[0] + text + pieces[-1]
    out: list[str] = [pieces[0]]
    chunks: list[bytes] = []
    chunk_charset = ""
    for i in range(1, len(pieces), 4):
        charset = pieces[i].split("*", 1)[0].lower()
        data = pieces[i + 2]
        if pieces[i + 1] in "bB":
            decoded = _b_decode(data)
            if decoded is None:  # not base64: the word stays as written, as text between the others
                word = f"=?{pieces[i]}?{pieces[i + 1]}?{data}?="
                if defects is not None:
                    defects.append(f"encoded-word with invalid base64 kept as written: {word[:80]!r}")
                if chunks:  # the run before it ends here, and the space after the run is text again
                    out += [decode_bytes(b"".join(chunks), chunk_charset, hint=hint)[0], pieces[i - 1]]
                    chunks = []
                out += [word, pieces[i + 3]]
                continue
            raw = decoded
        else:
            raw = _q_decode(data)
        if chunks and charset != chunk_charset:
            out.append(decode_bytes(b"".join(chunks), chunk_charset, hint=hint)[0])
            chunks = []
        chunks.append(raw)
        chunk_charset = charset
        between = pieces[i + 3]
        if between and between.strip(" \t"):  # text follows: close the run of encoded-words
            out.append(decode_bytes(b"".join(chunks), chunk_charset, hint=hint)[0])
            out.append(between)
            chunks = []
        elif i + 4 >= len(pieces):  # whitespace after the last word is kept, as before
            out.append(decode_bytes(b"".join(chunks), chunk_charset, hint=hint)[0])
            out.append(between)
            chunks = []
    return "".join(out)


# An encoded-word the decoding kept as written ("=?utf-8?B?not*valid*base64?=", or one cut open at the
# header's end): the record keeps it, but it is no words to quote back to the buyer (draft, reply subject).
_UNDECODED_WORD = re.compile(r"=\?[^?\s]{1,75}\?[bBqQ]\?[^?]*(?:\?=|\Z)")


def without_undecoded_words(text: str) -> str:
    """A decoded header value with the encoded-words left undecoded blanked out (the words around them kept)."""
    return _UNDECODED_WORD.sub(" ", text) if "=?" in text else text


_OPEN_WORD = re.compile(r"=\?([^?\s]{1,75})\?([bBqQ])\?([^?]*)\Z")


def cut_raw(value: str, limit: int) -> str:
    """Cut a raw header value to `limit` characters without leaving a broken encoded-word: an
    encoded-word cut in the middle is closed (its complete part still decodes)."""
    if len(value) <= limit:
        return value
    value = value[:limit]
    start = value.rfind("=?")
    m = _OPEN_WORD.match(value, start) if start >= 0 else None
    if m:
        data = m.group(3)
        if m.group(2) in "bB":
            data = re.sub(r"[^A-Za-z0-9+/]", "", data)
            data = data[: len(data) - len(data) % 4]
        else:
            data = re.sub(r"=[0-9A-Fa-f]?$", "", data)
        value = value[: len(value) - len(m.group())] + f"=?{m.group(1)}?{m.group(2)}?{data}?="
    return value


def decode_header_value(value: str, hint: str | None = None, defects: list[str] | None = None) -> str:
    """Raw compat32 header value -> display text: unfolded, 8-bit fixed, RFC 2047 decoded, stripped.
    What the decoding had to keep as written is noted in `defects` (decode_rfc2047)."""
    if not isinstance(value, str):  # email.header.Header from a set header; be safe
        value = str(value)
    value = fix_8bit(unfold(value), hint)
    value = decode_rfc2047(value, hint, defects)
    if "\r" in value or "\n" in value:  # an encoded-word may hide line breaks
        value = value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return value.strip()


# --------------------------------------------------------------------------------------------
# Addresses

# Look-behinds: a match starts where a run starts (linear on "1.1.1.1..." without an @).
_ADDR_SPEC = re.compile(r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_VALID_ADDR = re.compile(r"(?<![^\s@<>(),;:\"\[\]\\])[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\]+")


def _clean_addr(addr: str) -> str:
    addr = addr.strip().strip("<>").strip().lower()
    return addr if _VALID_ADDR.fullmatch(addr) else ""


# Address headers repeat from message to message (To: is mostly our own address, a thread's From:
# its buyer's), and the stdlib address parser is slow pure Python: answers are remembered for
# values up to this long (the functions are pure: the same text and hint give the same answer).
_REMEMBER_CHARS = 1_000


def parse_mailbox(raw: str, hint: str | None = None) -> tuple[str, str]:
    """A From-like header -> (display name, lower-case addr-spec or "")."""
    return _remembered_mailbox(raw, hint) if len(raw) <= _REMEMBER_CHARS else _parse_mailbox(raw, hint)


def _parse_mailbox(raw: str, hint: str | None) -> tuple[str, str]:
    value = fix_8bit(unfold(raw), hint)
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001 - the stdlib address parser has had crashes on junk
        pairs = []
    name, addr = "", ""
    for pname, paddr in pairs:
        addr = _clean_addr(paddr)
        if addr:
            name = pname
            break
    if not addr:
        # "John Smith john@x.com", "<john@x.com", a bare addr inside junk: take the first addr-spec.
        m = _ADDR_SPEC.search(value)
        if m:
            addr = _clean_addr(m.group())
            name = value[: m.start()].strip().strip("<\"' ")
    if not name and not addr:
        name = value.strip()
    name = decode_rfc2047(name, hint).strip().strip("\"'").strip()
    if name.lower() == addr:
        name = ""
    return " ".join(name.split()), addr


def parse_addresses(values: list[str], hint: str | None = None) -> list[str]:
    """To/Cc/Reply-To header values -> lower-case addr-specs, in order, without duplicates."""
    out: list[str] = []
    for raw in values:
        found = _remembered_addresses(raw, hint) if len(raw) <= _REMEMBER_CHARS else _addresses_in(raw, hint)
        for addr in found:
            if addr not in out:
                out.append(addr)
    return out


def _addresses_in(raw: str, hint: str | None) -> tuple[str, ...]:
    """The addr-specs of one To/Cc/Reply-To value, in order (duplicates kept)."""
    value = fix_8bit(unfold(raw), hint)
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001
        pairs = []
    found = [a for a in (_clean_addr(p[1]) for p in pairs) if a]
    if not found:
        found = [a for a in (_clean_addr(m.group()) for m in _ADDR_SPEC.finditer(value)) if a]
    return tuple(found)


_remembered_mailbox = lru_cache(maxsize=4096)(_parse_mailbox)
_remembered_addresses = lru_cache(maxsize=4096)(_addresses_in)  # a tuple: no caller can change it


# --------------------------------------------------------------------------------------------
# Dates

_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC|UT)\s*([+-]\d{1,2})(?::?(\d{2}))?\b", re.I)


def _drop_comments(text: str) -> str:
    r"""re.sub(r"\([^)]*\)", " ", text) without its quadratic cost on many unclosed "(" ."""
    out, i = [], 0
    while (start := text.find("(", i)) >= 0 and (end := text.find(")", start)) >= 0:
        out += [text[i:start], " "]
        i = end + 1
    out.append(text[i:])
    return "".join(out)


def parse_date(raw: str) -> tuple[datetime | None, int | None, str | None]:
    """A Date-like value -> (aware datetime, UTC offset in minutes, defect).

    The offset is None when the zone is absent or "-0000" (RFC 5322: unknown local zone); the
    datetime is then taken as UTC. Garbage -> (None, None, defect).
    """
    value = " ".join(_drop_comments(unfold(raw)).split())
    if not value:
        return None, None, "Date: empty"
    value = _GMT_OFFSET.sub(lambda m: f"{m.group(1)[0]}{int(m.group(1)[1:]):02d}{m.group(2) or '00'}", value)
    try:
        parts = _parsedate(value)
    except Exception:  # noqa: BLE001
        parts = None
    if not parts:
        return None, None, f"Date: unparseable {value[:80]!r}"
    *fields, offset = tuple(parts)
    defect = None
    if offset is not None and abs(offset) >= 24 * 3600:
        defect = f"Date: impossible UTC offset in {value[:80]!r}"
        offset = None
    try:
        tz = timezone(timedelta(seconds=offset)) if offset is not None else timezone.utc
        dt = datetime(*fields[:6], tzinfo=tz)
    except (ValueError, OverflowError, TypeError):
        return None, None, f"Date: invalid {value[:80]!r}"
    if offset is None and defect is None and not re.search(r"-0000\b", value):
        defect = f"Date: no time zone in {value[:80]!r}"
    return dt, (offset // 60 if offset is not None else None), defect
