"""Sources: where raw inquiries come from. Only this package (and the lookups) touch the outside.

`open_inputs(paths, config)` yields `RawItem`s lazily from files, folders, Maildirs, mboxes, JSONL
record logs and CSV RFQ exports, streamed. An unreadable or too large item is yielded with its
error (and whatever bytes could be read, at most HEAD_BYTES of a too large one) so the pipeline
can store it as failed and go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class RawItem:
    source: str  # a locator a person can follow: "path", "path:12" (line), "path#3" (mbox index)
    kind: str  # "email" (raw RFC 5322 bytes) or "record" (a dict of fields from JSONL / CSV)
    raw: bytes = b""
    record: dict[str, Any] | None = None
    error: str | None = None  # set when the item could not be read or decoded at the source
    imap: dict[str, Any] | None = None  # mailbox, folder, uidvalidity, uid for IMAP items


# The largest item any source hands on whole ([limits] max_item_bytes overrides it): bigger than
# any real inquiry, small enough that parsing one cannot exhaust memory.
DEFAULT_MAX_ITEM_BYTES = 25 * 1024 * 1024
# What a too-large item keeps: enough for the headers (or a record's start) to show what it was.
HEAD_BYTES = 64 * 1024


def item_limit(config: Any) -> int:
    """[limits] max_item_bytes: one per-item size limit for every source (triage, evaluate, mailboxes)."""
    return int(config.get("limits.max_item_bytes", DEFAULT_MAX_ITEM_BYTES))


def too_large(size: int, limit: int) -> str:
    """The failure reason every source gives for an item over the size limit."""
    return f"too large: {size} bytes (limit {limit})"


from .files import open_inputs, sniff_kind  # noqa: E402

__all__ = ["DEFAULT_MAX_ITEM_BYTES", "HEAD_BYTES", "RawItem", "item_limit", "open_inputs", "sniff_kind", "too_large"]
