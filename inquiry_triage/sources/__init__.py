"""Sources: where raw inquiries come from. Only this package (and the lookups) touch the outside.

`open_inputs(paths, config)` yields `RawItem`s lazily from files, folders, Maildirs, mboxes, JSONL
record logs and CSV RFQ exports. An unreadable item is yielded with its error (and whatever bytes
could be read) so the pipeline can store it as failed and go on.
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


from .files import open_inputs, sniff_kind  # noqa: E402

__all__ = ["RawItem", "open_inputs", "sniff_kind"]
