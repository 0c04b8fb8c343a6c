"""File inputs: a .eml, a tree of them, a Maildir, an mbox, JSONL record logs, CSV RFQ exports.

Everything is streamed: JSONL and CSV a line at a time, an mbox a message at a time, so memory
does not grow with the file. No item is ever bigger in memory than ``max_item_bytes`` (plus a
read chunk): a bigger one becomes a failed item that keeps its first ``HEAD_BYTES`` and says
"too large: N bytes (limit M)". A path that cannot be read (a file, a folder, a Maildir) becomes
a failed item too, never a silent skip and never the end of the batch.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
import re
from collections.abc import Generator, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import SourceError
from ..sentences import Sentence, english, sentence_of
from . import (PATH_PREFIX, BAD_CSV_ROW, CSV_QUOTE_IN_CELL, CSV_QUOTE_NOT_CLOSED, CSV_ROW_CELLS, CSV_ROW_CELLS_LINES, BAD_ITEM_LIMIT, CANNOT_READ, NOT_MAIL_FILE, NO_MAIL_HEADER, CANNOT_READ_FOLDER, CSV_COLUMNS_MISSING,
               CSV_HEADER_CUT, CSV_HEADER_MIXED, CSV_HEADER_NOT_UTF8, CSV_HEADER_UNREADABLE, CSV_ROW_CUT,
               CSV_ROW_NOT_UTF8, DEFAULT_MAX_ITEM_BYTES, HEAD_BYTES,
               JSON_NOT_UTF8, JSON_TOO_DEEP, NO_SUCH_PATH, NOT_A_FILE, NOT_AN_OBJECT, RawItem, bad_json, too_large)

log = logging.getLogger(__name__)

# Files a mail folder may hold that are not mail: skipped when walking a folder; when named, failed unless
# they start with a mail header (a saved message named .html or .log is still read).
NOT_MAIL_SUFFIXES = {".toml", ".md", ".rst", ".py", ".json", ".yaml", ".yml", ".ini", ".cfg", ".pdf", ".png",
                     ".jpg", ".jpeg", ".gif", ".zip", ".gz", ".db", ".sqlite", ".log", ".sh", ".html", ".htm"}
_CHUNK = 1024 * 1024  # longest single read: a physical line longer than this is read in pieces


def _starts_with_header(raw: bytes) -> bool:
    from ..parsing.message import starts_with_header  # the parser's own test (imported when a named file needs it)

    return starts_with_header(raw)


def _has_no_mail_header(raw: bytes) -> bool:
    from ..parsing.message import has_no_mail_header

    return has_no_mail_header(raw)


def sniff_kind(path: Path) -> str:
    """"maildir", "dir", "mbox", "jsonl", "csv" or "eml" for a path; SourceError if it does not
    exist or is not a file or folder. A file that cannot be opened is "eml": reading it then
    gives a failed item that says why."""
    if not path.exists():
        raise SourceError(Sentence(NO_SUCH_PATH, path=str(path)))
    if path.is_dir():
        if all((path / sub).is_dir() for sub in ("cur", "new")):
            return "maildir"
        return "dir"
    if not path.is_file():
        raise SourceError(Sentence(NOT_A_FILE, path=str(path)))
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".mbox", ".mbx"):
        return "mbox"
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except OSError:
        return "eml"
    if head == b"From ":
        return "mbox"
    return "eml"


def open_inputs(paths: Sequence[str | os.PathLike[str]], csv_columns: dict[str, str] | None = None,
                csv_defaults: dict[str, str] | None = None, *,
                max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES) -> Iterator[RawItem]:
    """Every item under the given paths, lazily. A path that does not exist raises SourceError
    before anything is read; everything that goes wrong later is a failed item."""
    if isinstance(max_item_bytes, bool) or not isinstance(max_item_bytes, int) or max_item_bytes < 1024:
        raise SourceError(Sentence(BAD_ITEM_LIMIT, value=repr(max_item_bytes)))
    resolved = [Path(p) for p in paths]
    kinds = [sniff_kind(p) for p in resolved]  # fail fast on a typo, before a long run starts
    reader = _Reader(csv_columns or {}, csv_defaults or {}, max_item_bytes)
    for path, kind in zip(resolved, kinds):
        yield from reader.items(path, kind)


def reason_about(exc: SourceError, path: Path) -> str:
    """A whole file's failure as the reason of its failed item, whose source names the file: the path is
    said once ('x.csv: CSV has no column(s) ...', not 'x.csv: x.csv: CSV has ...'). The reason is the
    path-free msgid (sources.WITHOUT_PATH, worded by its shape in another language)."""
    said = sentence_of(exc)
    if said.msgid.startswith(PATH_PREFIX) and str(said.values.get("path")) == str(path):
        return english(said.msgid[len(PATH_PREFIX):], {k: v for k, v in said.values.items() if k != "path"})
    return str(exc)


class _Reader:
    def __init__(self, columns: dict[str, str], defaults: dict[str, str], limit: int) -> None:
        self.columns, self.defaults, self.limit = columns, defaults, limit

    def items(self, path: Path, kind: str, in_folder: bool = False) -> Iterator[RawItem]:
        if kind == "eml":
            yield self.email_file(path, str(path), in_folder=in_folder)
        elif kind == "dir":
            yield from self.folder(path)
        elif kind == "maildir":
            yield from self.maildir(path)
        elif kind == "mbox":
            yield from self.mbox(path)
        elif kind == "jsonl":
            yield from self.jsonl(path)
        elif kind == "csv":
            yield from self.csv(path)

    # -- folders ------------------------------------------------------------------------------
    def folder(self, root: Path) -> Iterator[RawItem]:
        for child, problem in sorted(_walk(root)):
            if problem is not None:
                log.warning("%s: %s", child, problem)
                yield RawItem(source=str(child), kind="email", error=problem)
                continue
            try:
                child_kind = sniff_kind(child)
            except SourceError as exc:
                yield RawItem(source=str(child), kind="email", error=reason_about(exc, child))
                continue
            try:
                yield from self.items(child, child_kind, in_folder=True)
            except SourceError as exc:  # a whole file's failure (not found while walking, ...): that file only
                log.warning("%s", exc)
                yield RawItem(source=str(child), kind="record" if child_kind in ("csv", "jsonl") else "email",
                              error=reason_about(exc, child))

    def maildir(self, path: Path) -> Iterator[RawItem]:
        # The same keys and order as mailbox.Maildir (file name up to ":", cur/ then new/), but
        # each message read with the size limit, and an unreadable cur/ or new/ reported.
        files: dict[str, Path] = {}
        for sub in ("cur", "new"):
            try:
                entries = os.listdir(path / sub)
            except OSError as exc:
                problem = CANNOT_READ_FOLDER % {"reason": exc.strerror or exc}
                log.warning("%s: %s", path / sub, problem)
                yield RawItem(source=str(path / sub), kind="email", error=problem)
                continue
            for entry in entries:
                if not (path / sub / entry).is_dir():
                    files[entry.split(":")[0]] = path / sub / entry
        for key in sorted(files):
            yield self.email_file(files[key], f"{path}/{key}", in_folder=True)

    def email_file(self, path: Path, source: str, in_folder: bool = False) -> RawItem:
        try:
            with path.open("rb") as fh:
                raw = fh.read(self.limit + 1)
                if len(raw) > self.limit:
                    size = max(os.fstat(fh.fileno()).st_size, len(raw))
                    return RawItem(source=source, kind="email", raw=raw[:HEAD_BYTES], error=too_large(size, self.limit))
                if path.suffix.lower() in NOT_MAIL_SUFFIXES and not _starts_with_header(raw):
                    # Named on the command line (a folder's walk skips these): a config or notes file, not a
                    # pasted mail to grade. Failed with its bytes kept.
                    return RawItem(source=source, kind="email", raw=raw,
                                   error=NOT_MAIL_FILE % {"suffix": path.suffix.lower()})
                if in_folder and _has_no_mail_header(raw):
                    # Read from a folder (a tree of files, a Maildir), where mail starts with its headers: a
                    # notes file beside the mail, not an inquiry from nobody. Failed with its bytes kept. A
                    # headerless text named on the command line is still read (a pasted body).
                    return RawItem(source=source, kind="email", raw=raw, error=NO_MAIL_HEADER)
                # The file's mtime: written at delivery (Maildir) or kept by the client that saved it (.eml),
                # the time of receipt of a message without Received: (scheduling/receipt.py).
                return RawItem(source=source, kind="email", raw=raw, file_time=_mtime(fh))
        except OSError as exc:
            return RawItem(source=source, kind="email", error=CANNOT_READ % {"reason": exc.strerror or exc})

    # -- mbox ---------------------------------------------------------------------------------
    def mbox(self, path: Path) -> Iterator[RawItem]:
        """Messages exactly as ``mailbox.mbox(path).get_bytes(key)`` gives them (the "From " line
        dropped, the blank line before the next "From " line dropped), read a line at a time."""
        fh = yield from _opened(path, "email")
        if fh is None:
            return
        with fh:
            index = 0
            for raw, size, envelope in _mbox_messages(fh, self.limit):
                index += 1
                source = f"{path}#{index}"
                if size > self.limit:
                    yield RawItem(source=source, kind="email", raw=raw, error=too_large(size, self.limit))
                else:
                    # The "From " line's date: when the message was stored (scheduling/receipt.py).
                    yield RawItem(source=source, kind="email", raw=raw, envelope_time=envelope_date(envelope))

    # -- JSONL --------------------------------------------------------------------------------
    def jsonl(self, path: Path) -> Iterator[RawItem]:
        fh = yield from _opened(path, "record")
        if fh is None:
            return
        with fh:
            for number, (line, size) in enumerate(_bounded_lines(fh, self.limit), start=1):
                source = f"{path}:{number}"
                if size > self.limit:
                    yield RawItem(source=source, kind="record", raw=line, error=too_large(size, self.limit))
                    continue
                if not line.strip():
                    continue
                yield _json_record(source, line)

    # -- CSV ----------------------------------------------------------------------------------
    def csv(self, path: Path) -> Iterator[RawItem]:
        fh = yield from _opened(path, "record")
        if fh is None:
            return
        with fh:
            encoding, cut = _csv_encoding(fh)
            delimiter = _csv_delimiter(fh, encoding, set(self.columns.values()) | set(self.columns) | _KNOWN_COLUMNS)
            lines = _CsvLines(fh, self.limit, encoding, delimiter)
            # csv's own per-field cap (131,072 by default) would end the file at one long field;
            # the per-row byte limit in _CsvLines is the real bound.
            csv.field_size_limit(max(csv.field_size_limit(), self.limit))
            reader = csv.reader(lines, delimiter=delimiter)
            # A header that cannot be read fails the file as one item (its reason, the header's bytes kept), named
            # on the command line as in a folder: the other inputs of the run are read (README: bad input never
            # stops a batch).
            try:
                header = next(reader)
            except StopIteration:
                return
            except _RowTooLarge as exc:
                yield RawItem(source=str(path), kind="record", raw=exc.head,
                              error=_without_path(CSV_HEADER_UNREADABLE, reason=str(exc)))
                return
            except csv.Error as exc:
                yield RawItem(source=str(path), kind="record", raw=lines.head(),
                              error=_without_path(CSV_HEADER_UNREADABLE, reason=str(exc)))
                return
            if any(_has_bad_bytes(name) for name in header):
                yield RawItem(source=str(path), kind="record", raw=lines.head(),
                              error=_header_problem(lines, cut))
                return
            exported_at = _modified_at(fh)
            mapped = {ours: theirs for ours, theirs in self.columns.items() if theirs}
            missing = [theirs for theirs in mapped.values() if theirs not in header]
            if missing:
                # [csv.columns] names columns the file lacks (an export in another language, another platform's):
                # this file fails as one item, with the reason and what to do, named on the command line as in a
                # folder; the other inputs are read (README: bad input never stops a batch).
                # Also logged (a configuration matter: every row of the file is lost until it is mapped), said
                # on stderr in the asked language by triage (cli._warnings_worded).
                values = {"missing": str(missing), "header": str(header)}
                log.warning("%s", english(CSV_COLUMNS_MISSING, {"path": str(path), **values}))
                yield RawItem(source=str(path), kind="record", raw=lines.head(),
                              error=_without_path(CSV_COLUMNS_MISSING, **values))
                return
            number = 1  # rows as csv.DictReader counts them: the header is 1, blank lines are not counted
            while True:
                lines.start_row()
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except _RowTooLarge as exc:
                    number += 1
                    yield RawItem(source=f"{path}:{number}", kind="record", raw=exc.head,
                                  error=too_large(exc.size, self.limit))
                    continue
                except csv.Error as exc:
                    number += 1
                    yield RawItem(source=f"{path}:{number}", kind="record", raw=lines.head(),
                                  error=BAD_CSV_ROW % {"reason": exc})
                    continue
                if not values:  # a blank line, as csv.DictReader skips it
                    continue
                number += 1
                if cut and lines.ended:  # the row the file's cut is in: not a different encoding, not a shape
                    yield RawItem(source=f"{path}:{number}", kind="record", raw=lines.head(), error=CSV_ROW_CUT)
                    continue
                shape = _row_shape_problem(number, header, values, lines)
                if shape:
                    yield RawItem(source=f"{path}:{number}", kind="record", raw=lines.head(), error=shape)
                    continue
                yield self._csv_row(f"{path}:{number}", header, values, mapped, lines, exported_at)

    def _csv_row(self, source: str, header: list[str], values: list[str], mapped: dict[str, str],
                 lines: _CsvLines, exported_at: str = "") -> RawItem:
        if any(_has_bad_bytes(v) for v in values):
            column = next(header[i] if i < len(header) else f"#{i + 1}" for i, v in enumerate(values) if _has_bad_bytes(v))
            return RawItem(source=source, kind="record", raw=lines.head(),
                           error=CSV_ROW_NOT_UTF8 % {"column": repr(column)})
        # The same dict csv.DictReader makes: missing values None, surplus ones under None.
        row: dict[Any, Any] = {name: (values[i] if i < len(values) else None) for i, name in enumerate(header)}
        if len(values) > len(header):
            row[None] = values[len(header):]
        record: dict[str, Any] = dict(self.defaults)
        for ours, theirs in mapped.items():
            value = row.get(theirs)
            if value:
                record[ours] = value
        used = set(mapped.values())
        extra = {k: v for k, v in row.items() if k and k not in used and v}
        if extra:
            record["extra"] = extra
        if exported_at and not record.get("exported_at") and not row.get("exported_at"):
            # An RFQ's posting age ("3 days ago") counts back from the export: the file's mtime,
            # unless the row says. Not part of `raw`: a re-read (or a copy) is still the same row.
            record["exported_at"] = exported_at
        raw = json.dumps(row, ensure_ascii=False).encode("utf-8")
        return RawItem(source=source, kind="record", raw=raw, record=record)


def _without_path(msgid: str, **values: str) -> str:
    """A path's message as a file's failed item says it (its source names the file): 'the CSV header ...'."""
    return english(msgid[len(PATH_PREFIX):], values)


def _header_problem(lines: _CsvLines, cut: bool) -> str:
    """Why a header row with bytes its encoding does not read is refused: the file ends inside it (cut), it is
    GBK/GB18030 in a file that is not GB18030 further on, or it is not UTF-8."""
    if cut and lines.ended:
        return CSV_HEADER_CUT
    try:
        lines.head().decode("gb18030")
    except UnicodeDecodeError:
        return _without_path(CSV_HEADER_NOT_UTF8)
    return CSV_HEADER_MIXED


def _row_shape_problem(number: int, header: list[str], values: list[str], lines: _CsvLines) -> str:
    """Why a row read by csv cannot be the header's record, or "": a quoted text still open at the end of
    the file (csv, not strict, gives it everything after its quote), or not as many cells as the header
    has. A quoted text over several lines that is closed is a cell like any other."""
    if lines.open_at_end:
        return CSV_QUOTE_NOT_CLOSED % {"row": number, "column": len(values), "lines": lines.row_lines}
    if len(values) != len(header):
        said = {"row": number, "cells": len(values), "columns": len(header), "lines": lines.row_lines}
        return (CSV_ROW_CELLS_LINES if lines.row_lines > 1 else CSV_ROW_CELLS) % said
    if lines.row_lines > 1 and lines.row_bytes <= HEAD_BYTES:
        # A quote left open swallows the lines after it until the next quote, which (an export quotes a cell
        # from its first character) opens a cell: text follows the quote that csv took as the closing one.
        # csv, not strict, reads that on; strict, it refuses it. A quoted text over several lines, closed
        # where its cell ends, reads the same both ways.
        try:
            list(csv.reader(io.StringIO(lines.head().decode(lines.encoding, "surrogateescape")),
                            delimiter=lines.delimiter, strict=True))
        except csv.Error:
            return CSV_QUOTE_IN_CELL % {"row": number, "lines": lines.row_lines}
    return ""


def _opened(path: Path, kind: str) -> Generator[RawItem, None, BinaryIO | None]:
    """The file open for reading, else None after yielding one failed item naming why: an unreadable
    file is reported, never skipped and never fatal. Use as `fh = yield from _opened(path, kind)`."""
    try:
        return path.open("rb")
    except OSError as exc:
        yield RawItem(source=str(path), kind=kind, error=CANNOT_READ % {"reason": exc.strerror or exc})
        return None


def _modified_at(fh: BinaryIO) -> str:
    """The open file's modification time, ISO 8601 in UTC ("" when the system gives none)."""
    try:
        return datetime.fromtimestamp(os.fstat(fh.fileno()).st_mtime, timezone.utc).isoformat(timespec="seconds")
    except (OSError, ValueError, OverflowError):
        return ""


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """(path, None) for every file to read under root, (path, reason) for every folder that
    could not be listed. A Maildir inside the tree is yielded as one path."""
    problems: list[OSError] = []
    for folder, dirnames, filenames in os.walk(root, onerror=problems.append):
        while problems:
            exc = problems.pop()
            yield Path(exc.filename or folder), CANNOT_READ_FOLDER % {"reason": exc.strerror or exc}
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(folder)
        if here != root and (here / "cur").is_dir() and (here / "new").is_dir():
            dirnames[:] = []
            yield here, None
            continue
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() not in NOT_MAIL_SUFFIXES:
                yield here / name, None
    while problems:
        exc = problems.pop()
        yield Path(exc.filename or root), CANNOT_READ_FOLDER % {"reason": exc.strerror or exc}


def _json_record(source: str, line: bytes) -> RawItem:
    try:
        record = json.loads(line)
    except RecursionError:
        return RawItem(source=source, kind="record", raw=line[:HEAD_BYTES], error=JSON_TOO_DEEP)
    except UnicodeDecodeError as exc:
        return RawItem(source=source, kind="record", raw=line, error=JSON_NOT_UTF8 % {"reason": exc.reason,
                                                                                  "at": exc.start})
    except ValueError as exc:  # JSONDecodeError, and numbers of more than 4,300 digits
        return RawItem(source=source, kind="record", raw=line, error=bad_json(exc))
    if not isinstance(record, dict):
        return RawItem(source=source, kind="record", raw=line, error=NOT_AN_OBJECT)
    return RawItem(source=source, kind="record", raw=line, record=record)


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[bytes, int]]:
    """(line, size) for each physical line; a line over ``limit`` bytes comes back as its first
    HEAD_BYTES with its full size, read through without being held."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line, len(line)
            continue
        head, size, ended = line[:HEAD_BYTES], len(line), line.endswith(b"\n")
        del line
        while not ended:
            piece = fh.readline(_CHUNK)
            if not piece:
                break
            size += len(piece)
            ended = piece.endswith(b"\n")
        yield head, size


def _mtime(fh: BinaryIO) -> datetime | None:
    try:
        return datetime.fromtimestamp(os.fstat(fh.fileno()).st_mtime, timezone.utc)
    except (OSError, OverflowError, ValueError):
        return None


# The date on an mbox "From " separator line, as mail stores write it (asctime, RFC 4155): 'From
# hans@example.de Thu Nov 29 07:00:00 2026', Thunderbird's 'From - Thu Nov 29 07:00:00 2026', Gmail
# Takeout's 'From 1781@xxx Sat Nov 28 10:00:00 +0000 2020'; a zone (an offset or a name) before or after
# the year when the writer adds one.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENVELOPE_DATE = re.compile(
    rb"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t]{1,4}"
    rb"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[ \t]{1,4}(\d{1,2})[ \t]{1,4}"
    rb"(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]{1,4}(?:([+-]\d{4})[ \t]{1,4}|[a-z]{3,5}[ \t]{1,4})?"
    rb"(\d{4})(?:[ \t]{1,4}([+-]\d{4}))?", re.IGNORECASE)


def envelope_date(line: bytes) -> datetime | None:
    """The date on an mbox "From " line: aware when the line names an offset, else naive (the storing
    host's clock: the caller decides its zone); None when there is none or it is not a date."""
    found = _ENVELOPE_DATE.search(line[:512])
    if found is None:
        return None
    month, day, hour, minute, second, zone_before, year, zone_after = found.groups()
    try:
        value = datetime(int(year), _MONTHS.index(month.lower().decode()) + 1, int(day), int(hour), int(minute),
                         int(second or 0))
    except ValueError:
        return None
    zone = zone_before or zone_after
    if zone is None:
        return value
    minutes = int(zone[1:3]) * 60 + int(zone[3:5])
    try:
        return value.replace(tzinfo=timezone(timedelta(minutes=-minutes if zone[:1] == b"-" else minutes)))
    except ValueError:
        return None


def _mbox_messages(fh: BinaryIO, limit: int) -> Iterator[tuple[bytes, int, bytes]]:
    """(raw, size, the "From " line) per message; raw is the first HEAD_BYTES when size > limit."""
    parts: list[bytes] = []
    envelope = b""
    size = 0
    started = False  # content before the first "From " line belongs to no message
    last_was_empty = False
    at_line_start = True
    in_from_line = False

    def finish() -> tuple[bytes, int, bytes]:
        total = size - 1 if last_was_empty else size  # the blank line before "From " is not the message's
        if total > limit:
            return parts[0][:HEAD_BYTES], total, envelope
        raw = b"".join(parts)
        return (raw[:-1] if last_was_empty else raw), total, envelope

    while True:
        chunk = fh.readline(_CHUNK)
        if not chunk:
            if started:
                yield finish()
            return
        line_start, at_line_start = at_line_start, chunk.endswith(b"\n")
        if line_start and chunk.startswith(b"From "):
            if started:
                yield finish()
            parts, size, started, last_was_empty, envelope = [], 0, True, False, chunk
            in_from_line = not chunk.endswith(b"\n")
            continue
        if in_from_line:  # the rest of an over-long "From " line
            in_from_line = not chunk.endswith(b"\n")
            continue
        if not started:
            continue
        last_was_empty = line_start and chunk == b"\n"
        size += len(chunk)
        if size <= limit + 1:  # (+1: a final blank line is dropped, see finish)
            parts.append(chunk)
        elif len(parts) != 1 or len(parts[0]) > HEAD_BYTES:  # over the limit: keep the head, count the rest
            parts = [(b"".join(parts) + chunk)[:HEAD_BYTES]]


class _RowTooLarge(Exception):
    def __init__(self, size: int, head: bytes) -> None:
        super().__init__(f"row of {size} bytes")
        self.size, self.head = size, head


class _CsvLines:
    """The text lines of a CSV file for ``csv.reader``: read as bytes one physical line at a
    time, decoded with surrogateescape (a non-UTF-8 byte fails its row, not the file), and
    counted per row so that a row over ``limit`` bytes raises ``_RowTooLarge`` while it is being
    read. The reader starts a fresh row after that exception."""

    def __init__(self, fh: BinaryIO, limit: int, encoding: str = "utf-8", delimiter: str = ",") -> None:
        self.fh, self.limit = fh, limit
        self.encoding, self.delimiter = encoding, delimiter
        self.line_number = 0
        self.row_bytes = 0
        self.row_head = bytearray()
        self.row_lines = 0  # physical lines of the row being read
        self.open_at_end = False  # csv asked for a line past the end of the file in the middle of a row
        self.ended = False  # the last line of the file was read (it has no line end, or there is none after it)
        self.first = True

    def start_row(self) -> None:
        self.row_bytes = 0
        self.row_lines = 0
        self.open_at_end = False
        self.row_head.clear()

    def head(self) -> bytes:
        return bytes(self.row_head)

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        line = self.fh.readline(self.limit + 1)
        if not line:
            # csv asks for another line within a row only inside a quoted text (a row ends at its line end
            # otherwise, the last one too): the quote is not closed when the file ends.
            self.open_at_end = self.row_lines > 0
            self.ended = True
            raise StopIteration
        self.line_number += 1
        self.row_lines += 1
        if self.first:
            self.first = False
            if line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
        self.row_bytes += len(line)
        if len(self.row_head) < HEAD_BYTES:
            self.row_head += line[:HEAD_BYTES - len(self.row_head)]
        if self.row_bytes > self.limit:
            size = self.row_bytes
            while not line.endswith(b"\n"):  # finish the physical line without keeping it
                line = self.fh.readline(_CHUNK)
                if not line:
                    break
                size += len(line)
            head = self.head()
            self.start_row()
            raise _RowTooLarge(size, head)
        if not line.endswith(b"\n"):  # readline stops short of a line end only at the end of the file here
            self.ended = True
        return line.decode(self.encoding, "surrogateescape")


# -- what Excel saves: the encoding and the delimiter of a CSV file ---------------------------------------
# Chinese Excel's "CSV (逗号分隔)" is written in the ANSI code page, GBK (GB18030 reads it and more); European
# Excel separates with semicolons (the comma is their decimal mark), "Unicode text" with tabs. Both are
# decided once per file, before its first row is read. In GB18030 (as in UTF-8) every byte of a multi-byte
# character is >= 0x30 past its first, so a line end, a quote, a comma, a semicolon or a tab in the bytes is
# always that character: the byte-level line reading below stays right for both.
CSV_ENCODINGS = ("utf-8", "gb18030")
CSV_DELIMITERS = (",", ";", "\t")  # the first wins a tie: a file as read before stays as it was
# Column names an export may carry besides the configured [csv.columns] (parsing/record.py reads them).
_KNOWN_COLUMNS = frozenset(("posted", "exported_at", "quotes_left", "id", "channel"))
_HEADER_SNIFF_BYTES = 64 * 1024


def _csv_encoding(fh: BinaryIO) -> tuple[str, bool]:
    """(encoding, cut): UTF-8, unless the whole file is not UTF-8 and is clean GB18030 that looks like Chinese
    text (a Chinese Excel export): then GB18030. Anything else stays UTF-8, whose bad bytes fail their own rows
    with the clear "not UTF-8" reason (nothing is guessed into mojibake). ``cut``: the file ends inside a
    multi-byte character of that encoding (a file still being saved or copied): a cut, not another encoding;
    its last row fails as cut, the rows before it are read. Read in chunks, as the file is streamed, and rewound."""
    if not fh.seekable():
        return "utf-8", False
    start = fh.tell()
    try:
        for encoding in CSV_ENCODINGS:
            fh.seek(start)
            decodes, cut = _decodes(fh, encoding)
            if decodes:
                return encoding, cut
        return "utf-8", False
    finally:
        fh.seek(start)


# A byte pair of GB18030 (lead 0x81-0xFE), and one of GB2312's layout (both bytes 0xA1-0xFE), where the common
# simplified characters and Chinese punctuation all are. A Western code page's accented letter inside a word
# ("Müller": 0xFC 'l') is also a valid GB18030 pair, but with an ASCII second byte, and two accents side by side
# ("Größe": 0xF6 0xDF) make a pair of GB2312's layout. So a file is taken for Chinese when at least half its pairs
# are GB2312's and at most half its bytes above ASCII stand next to an ASCII letter: a Western code page's accents
# sit inside words ("Größe", "Müller": all of them), Chinese characters mostly between spaces, digits and
# punctuation ("LED灯泡": one byte of four). Otherwise it is a cp1252 file read as mojibake, and stays UTF-8 (its
# rows fail as "not UTF-8").
_GB_PAIR = re.compile(rb"[\x81-\xfe][\x30-\xfe]")
_GB2312_PAIR = re.compile(rb"[\xa1-\xfe][\xa1-\xfe]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_BYTE_BY_LETTER = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")


def _decodes(fh: BinaryIO, encoding: str) -> tuple[bool, bool]:
    """(the file decodes, it ends inside a character). The incremental decoder keeps back only a valid start of
    a character, so an error at the final call is a character the file's end cut, never a wrong byte."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pairs = gb2312 = high = by_letter = 0
    try:
        while chunk := fh.read(_CHUNK):
            decoder.decode(chunk)
            if encoding == "gb18030":
                pairs += len(_GB_PAIR.findall(chunk))
                gb2312 += len(_GB2312_PAIR.findall(chunk))
                high += len(_HIGH_BYTE.findall(chunk))
                by_letter += len(_HIGH_BYTE_BY_LETTER.findall(chunk))
    except UnicodeDecodeError:
        return False, False
    try:
        decoder.decode(b"", final=True)
        cut = False
    except UnicodeDecodeError:
        cut = True
    return encoding != "gb18030" or (2 * gb2312 >= pairs and 2 * by_letter <= high), cut


def _csv_delimiter(fh: BinaryIO, encoding: str, known: set[str]) -> str:
    """The delimiter that splits the header line into the most known column names (comma on a tie or when
    none is known). csv.Sniffer guesses from the rows' shapes and is easily fooled by the text in them."""
    if not fh.seekable():
        return ","
    start = fh.tell()
    line = fh.readline(_HEADER_SNIFF_BYTES)
    fh.seek(start)
    text = line.decode(encoding, "surrogateescape").lstrip("\ufeff")
    known = {name.strip() for name in known if name}

    def score(delimiter: str) -> int:
        try:
            cells = next(csv.reader([text], delimiter=delimiter), [])
        except csv.Error:
            return 0
        return sum(1 for cell in cells if cell.strip() in known)

    return max(CSV_DELIMITERS, key=score)  # max keeps the first of equal scores


_UNDECODABLE = re.compile("[\udc80-\udcff]")  # what surrogateescape made of bytes that are not UTF-8


def _has_bad_bytes(text: str) -> bool:
    return _UNDECODABLE.search(text) is not None
