"""Make values storable, identically on SQLite and PostgreSQL.

PostgreSQL refuses NUL in text and JSON, lone surrogates cannot be encoded as UTF-8 by either
driver, PostgreSQL enforces VARCHAR lengths (SQLite does not), and a year-9999 or year-1 date
overflows date arithmetic. Everything that goes into a row passes through here once.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime, timezone
from typing import Any

# NUL is refused by PostgreSQL; a lone surrogate (U+D800..U+DFFF as one code point) cannot be
# encoded. A proper astral character is one code point in Python, so it never matches.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"

EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 12, 31, 23, 59, 59, tzinfo=timezone.utc)


def _replace(match: re.Match[str]) -> str:
    return "" if match.group() == "\x00" else REPLACEMENT


def is_clean(text: str) -> bool:
    """clean_text(text) would return `text` unchanged: no NUL and no surrogate code point. Tested in C
    (a substring search, and UTF-8, which refuses any surrogate): the regex's scan of a long non-ASCII
    body cost several times more, and nearly every text is clean."""
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_text(value: object) -> str:
    """NUL removed, lone surrogates replaced by U+FFFD; None becomes ""."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if type(text) is str and is_clean(text) else _UNSTORABLE.sub(_replace, text)


def clean_optional(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def clamp(value: object, length: int) -> str:
    """Cleaned and cut to `length` characters (for display columns: from_name, product, ...)."""
    return clean_text(value)[:length]


def fit_key(value: object, length: int) -> str:
    """Cleaned; when longer than `length`, its hash instead (for columns compared for equality:
    message_id, buyer_key), so two different long values never become the same key."""
    text = clean_text(value)
    if len(text) <= length:
        return text
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_json(value: Any, depth: int = 0) -> Any:
    """A JSON value with every string cleaned, non-finite floats as null and anything else as text.
    Depth is bounded (what we store is shallow; deeper input is cut, not recursed into)."""
    if depth > 32:
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {clean_text(k): clean_json(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(v, depth + 1) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return clean_text(value)


def sane_date(value: datetime | None) -> datetime | None:
    """An aware UTC time within 1970..2100, else None (a year-1 or year-9999 Date means "unknown")."""
    if value is None:
        return None
    try:
        utc = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None
    return utc if EARLIEST <= utc <= LATEST else None


def clamped_date(value: datetime) -> datetime:
    """A required time (a deadline) pulled into 1970..2100."""
    try:
        utc = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return LATEST if value.year > 2000 else EARLIEST
    return min(max(utc, EARLIEST), LATEST)


def bounded_bytes(raw: bytes, limit: int) -> tuple[bytes, bool]:
    """The first `limit` bytes, and whether anything was cut."""
    if limit <= 0 or len(raw) <= limit:
        return raw, False
    return raw[:limit], True
