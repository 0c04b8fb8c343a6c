"""Sources: where raw inquiries come from. Only this package (and the lookups) touch the outside.

`open_inputs(paths, config)` yields `RawItem`s lazily from files, folders, Maildirs, mboxes, JSONL
record logs and CSV RFQ exports, streamed. An unreadable or too large item is yielded with its
error (and whatever bytes could be read, at most HEAD_BYTES of a too large one) so the pipeline
can store it as failed and go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass
class RawItem:
    source: str  # a locator a person can follow: "path", "path:12" (line), "path#3" (mbox index)
    kind: str  # "email" (raw RFC 5322 bytes) or "record" (a dict of fields from JSONL / CSV)
    raw: bytes = b""
    record: dict[str, Any] | None = None
    error: str | None = None  # set when the item could not be read or decoded at the source
    imap: dict[str, Any] | None = None  # mailbox, folder, uidvalidity, uid for IMAP items
    file_time: datetime | None = None  # an .eml's or Maildir message's modification time (UTC)
    envelope_time: datetime | None = None  # the date on an mbox message's "From " line (naive: no zone named)


# The largest item any source hands on whole ([limits] max_item_bytes overrides it): bigger than
# any real inquiry, small enough that parsing one cannot exhaust memory.
DEFAULT_MAX_ITEM_BYTES = 25 * 1024 * 1024
# What a too-large item keeps: enough for the headers (or a record's start) to show what it was.
HEAD_BYTES = 64 * 1024


def item_limit(config: Any) -> int:
    """[limits] max_item_bytes: one per-item size limit for every source (triage, evaluate, mailboxes)."""
    return int(config.get("limits.max_item_bytes", DEFAULT_MAX_ITEM_BYTES))


# What the sources say when a path or an item cannot be read: English msgids (%(name)s for values) of
# the command line's catalogue (web/locale/cli.zh.po). A path error is raised as a Sentence of its msgid;
# a failed item's reason is this text with its values in (stored as English) and worded again by its
# shape (SOURCE_REASONS) where a person reads it in another language (triage's table).
NO_SUCH_PATH = "%(path)s: no such file or folder"
NOT_A_FILE = "%(path)s: not a regular file"
BAD_ITEM_LIMIT = "max_item_bytes must be a whole number >= 1024 (got %(value)s)"
CSV_HEADER_UNREADABLE = "%(path)s: the CSV header row cannot be read: %(reason)s"
CSV_HEADER_NOT_UTF8 = "%(path)s: the CSV header row is not UTF-8"
# ... and what to do about it (a newcomer's Chinese export had only Chinese column names).
CSV_COLUMNS_MISSING = ("%(path)s: CSV has no column(s) %(missing)s named in [csv.columns]; it has %(header)s. Name the "
                       "file's own columns in [csv.columns] of a config file given with --config (README, \"CSV column "
                       "mapping\"; config/examples/csv_zh_excel.toml maps a Chinese Excel export)")
# The header row of a CSV that is cut (the file ends inside it) or whose header is GBK/GB18030 while a later
# byte is neither GB18030 nor UTF-8: a failed item of the file (its header's bytes kept), never the end of a run.
CSV_HEADER_CUT = "the CSV file ends inside its header row: was it cut while being saved or copied?"
CSV_HEADER_MIXED = ("the CSV header row reads as GBK/GB18030 but bytes further on are neither GB18030 nor UTF-8 "
                    "(a damaged or mixed file): save it again as CSV UTF-8")
CANNOT_READ_FOLDER = "cannot read folder: %(reason)s"
CANNOT_READ = "cannot read: %(reason)s"
NOT_MAIL_FILE = "not an email: a %(suffix)s file that starts with no mail header"
NO_MAIL_HEADER = "not an email: the file starts with no mail header"
TOO_LARGE = "too large: %(size)s bytes (limit %(limit)s)"
BAD_CSV_ROW = "not a valid CSV row: %(reason)s"
# A row whose cells do not match the header (a comma too many or too few, a text with a comma not in quotes,
# a quote that is never closed): failed, like a broken JSONL line, never a half-filled RFQ. The row number
# is the item's (rfq.csv:3): the header is row 1, blank lines are not counted.
CSV_ROW_CELLS = "not a valid CSV row: row %(row)s has %(cells)s cells, the header has %(columns)s"
CSV_ROW_CELLS_LINES = ("not a valid CSV row: row %(row)s has %(cells)s cells over %(lines)s lines, the header has "
                       "%(columns)s; is a quote not closed?")
CSV_QUOTE_IN_CELL = ("not a valid CSV row: row %(row)s runs over %(lines)s lines and a quote in it is followed by "
                     "text, not a comma; is a quote not closed?")
CSV_QUOTE_NOT_CLOSED = ("not a valid CSV row: row %(row)s: the quoted text in column %(column)s is not closed and "
                        "runs to the end of the file (%(lines)s lines)")
# The last row of a file that ends inside a multi-byte character (a file still being saved or copied): the
# rows before it are read.
CSV_ROW_CUT = "not a complete CSV row: the file ends inside a character; was it cut while being saved or copied?"
CSV_ROW_NOT_UTF8 = "not UTF-8: column %(column)s has bytes that are not UTF-8 (save the file as UTF-8)"
JSON_TOO_DEEP = "not valid JSON: nested too deeply"
JSON_NOT_UTF8 = "not valid JSON: not UTF-8 (%(reason)s at byte %(at)s)"
BAD_JSON = "not valid JSON: %(reason)s"
# json's own words ("Invalid control character at: line 1 column 113") said as a salesperson reads them
# (a newcomer's finding); the line is named by the item's source (chats.jsonl:5), the column here.
JSON_CONTROL_IN_TEXT = ("not valid JSON: a line break or control character inside a quoted text at column %(column)s; "
                        "is the line cut?")
JSON_TEXT_NOT_CLOSED = "not valid JSON: the quoted text from column %(column)s is not closed; is the line cut?"
JSON_PUNCTUATION = "not valid JSON at column %(column)s: a comma, colon or double quote is missing"
JSON_NO_VALUE = ("not valid JSON at column %(column)s: a value is missing, or a text is not in double quotes; "
                 "is the line empty or cut?")
JSON_EXTRA = "not valid JSON: more follows the record from column %(column)s (one JSON object a line)"
NOT_AN_OBJECT = "a record must be a JSON object"


def msgid_pattern(msgid: str) -> str:
    """A msgid as a pattern of the text it makes: each %(name)s any text (the fixed words around it decide)."""
    import re

    return "".join(f"(?P<{part[2:-2]}>.+?)" if part.startswith("%(") else re.escape(part)
                   for part in re.split(r"(%\(\w+\)s)", msgid) if part)


# A path's error without its path: the reason of a file's failed item in a folder, whose source names the
# file (files.reason_about: 'x.csv: CSV has no column(s) ...', the path said once).
PATH_PREFIX = "%(path)s: "
WITHOUT_PATH = tuple(m[len(PATH_PREFIX):] for m in (NO_SUCH_PATH, NOT_A_FILE, CSV_HEADER_NOT_UTF8, CSV_HEADER_UNREADABLE,
                                                      CSV_COLUMNS_MISSING))

# (pattern, msgid) of every source's reason, the fixed texts before the shapes that would swallow them
SOURCE_REASONS = tuple((msgid_pattern(m), m) for m in (
    NO_SUCH_PATH, NOT_A_FILE, BAD_ITEM_LIMIT, CSV_HEADER_NOT_UTF8, CSV_HEADER_UNREADABLE, CSV_COLUMNS_MISSING,
    *WITHOUT_PATH,
    CANNOT_READ_FOLDER, CANNOT_READ, TOO_LARGE, CSV_ROW_CELLS_LINES, CSV_ROW_CELLS, CSV_QUOTE_NOT_CLOSED,
    CSV_QUOTE_IN_CELL,    BAD_CSV_ROW, CSV_ROW_CUT, CSV_HEADER_CUT, CSV_HEADER_MIXED, CSV_ROW_NOT_UTF8, JSON_TOO_DEEP, JSON_NOT_UTF8,
    JSON_CONTROL_IN_TEXT, JSON_TEXT_NOT_CLOSED, JSON_PUNCTUATION, JSON_NO_VALUE, JSON_EXTRA, BAD_JSON, NOT_AN_OBJECT, NOT_MAIL_FILE,
    NO_MAIL_HEADER))


def bad_json(exc: ValueError) -> str:
    """The failure reason of a record line json cannot read: json's message in plain words, with the
    column, where it is one of the usual mistakes (a cut line, a missing comma or quote); else as json says."""
    msg, column = getattr(exc, "msg", ""), getattr(exc, "colno", None)
    for start, reason in (("Invalid control character", JSON_CONTROL_IN_TEXT),
                          ("Unterminated string", JSON_TEXT_NOT_CLOSED), ("Expecting ',' delimiter", JSON_PUNCTUATION),
                          ("Expecting ':' delimiter", JSON_PUNCTUATION), ("Expecting property name", JSON_PUNCTUATION),
                          ("Expecting value", JSON_NO_VALUE), ("Extra data", JSON_EXTRA)):
        if column is not None and msg.startswith(start):
            return reason % {"column": column}
    return BAD_JSON % {"reason": str(exc)[:200]}


def too_large(size: int, limit: int) -> str:
    """The failure reason every source gives for an item over the size limit."""
    return TOO_LARGE % {"size": size, "limit": limit}


from .files import open_inputs, sniff_kind  # noqa: E402

__all__ = ["DEFAULT_MAX_ITEM_BYTES", "HEAD_BYTES", "RawItem", "item_limit", "open_inputs", "sniff_kind", "too_large"]
