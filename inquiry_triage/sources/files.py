"""File inputs: a .eml, a tree of them, a Maildir, an mbox, JSONL record logs, CSV RFQ exports."""

from __future__ import annotations

import csv
import json
import mailbox
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import SourceError
from . import RawItem

# Files a mail folder may hold that are not mail: skipped when walking a folder (not when named).
NOT_MAIL_SUFFIXES = {".toml", ".md", ".rst", ".py", ".json", ".yaml", ".yml", ".ini", ".cfg", ".pdf", ".png",
                     ".jpg", ".jpeg", ".gif", ".zip", ".gz", ".db", ".sqlite", ".log", ".sh", ".html", ".htm"}
_MAX_EMAIL_BYTES = 50 * 1024 * 1024  # bigger than any real inquiry; larger files are refused, not read


def sniff_kind(path: Path) -> str:
    """"maildir", "dir", "mbox", "jsonl", "csv" or "eml" for a path; SourceError if unusable."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        if all((path / sub).is_dir() for sub in ("cur", "new")):
            return "maildir"
        return "dir"
    if not path.is_file():
        raise SourceError(f"{path}: not a regular file")
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
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None
    if head == b"From ":
        return "mbox"
    return "eml"


def open_inputs(paths: Sequence[str | os.PathLike[str]], csv_columns: dict[str, str] | None = None,
                csv_defaults: dict[str, str] | None = None) -> Iterator[RawItem]:
    """Every item under the given paths, lazily. Bad paths raise SourceError before anything is read."""
    resolved = [Path(p) for p in paths]
    kinds = [sniff_kind(p) for p in resolved]  # fail fast on a typo, before a long run starts
    for path, kind in zip(resolved, kinds):
        yield from _items(path, kind, csv_columns or {}, csv_defaults or {})


def _items(path: Path, kind: str, columns: dict[str, str], defaults: dict[str, str]) -> Iterator[RawItem]:
    if kind == "eml":
        yield _read_email_file(path)
    elif kind == "dir":
        for child in sorted(_walk(path)):
            try:
                child_kind = sniff_kind(child)
            except SourceError as exc:
                yield RawItem(source=str(child), kind="email", error=str(exc))
                continue
            yield from _items(child, child_kind, columns, defaults)
    elif kind == "maildir":
        yield from _maildir(path)
    elif kind == "mbox":
        yield from _mbox(path)
    elif kind == "jsonl":
        yield from _jsonl(path)
    elif kind == "csv":
        yield from _csv(path, columns, defaults)


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(folder)
        # A Maildir inside a tree is read as a Maildir, not as loose files.
        if here != root and (here / "cur").is_dir() and (here / "new").is_dir():
            dirnames[:] = []
            yield here
            continue
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() not in NOT_MAIL_SUFFIXES:
                yield here / name


def _read_email_file(path: Path) -> RawItem:
    try:
        size = path.stat().st_size
        if size > _MAX_EMAIL_BYTES:
            with path.open("rb") as fh:
                head = fh.read(64 * 1024)
            return RawItem(source=str(path), kind="email", raw=head,
                           error=f"message is {size} bytes, over the {_MAX_EMAIL_BYTES} byte limit (first 64 KiB kept)")
        return RawItem(source=str(path), kind="email", raw=path.read_bytes())
    except OSError as exc:
        return RawItem(source=str(path), kind="email", error=f"cannot read: {exc.strerror}")


def _maildir(path: Path) -> Iterator[RawItem]:
    box = mailbox.Maildir(str(path), factory=None, create=False)
    for key in sorted(box.iterkeys()):
        try:
            raw = box.get_bytes(key)
        except (OSError, KeyError) as exc:
            yield RawItem(source=f"{path}/{key}", kind="email", error=f"cannot read: {exc}")
            continue
        yield RawItem(source=f"{path}/{key}", kind="email", raw=raw)


def _mbox(path: Path) -> Iterator[RawItem]:
    try:
        box = mailbox.mbox(str(path), factory=None, create=False)
        keys = list(box.iterkeys())
    except (OSError, mailbox.Error) as exc:
        raise SourceError(f"{path}: not a readable mbox: {exc}") from None
    for index, key in enumerate(keys, start=1):
        try:
            raw = box.get_bytes(key)
        except (OSError, KeyError) as exc:
            yield RawItem(source=f"{path}#{index}", kind="email", error=f"cannot read: {exc}")
            continue
        yield RawItem(source=f"{path}#{index}", kind="email", raw=raw)


def _jsonl(path: Path) -> Iterator[RawItem]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield RawItem(source=source, kind="record", raw=line, error=f"not valid JSON: {exc}")
                continue
            if not isinstance(record, dict):
                yield RawItem(source=source, kind="record", raw=line, error="a record must be a JSON object")
                continue
            yield RawItem(source=source, kind="record", raw=line, record=record)


def _csv(path: Path, columns: dict[str, str], defaults: dict[str, str]) -> Iterator[RawItem]:
    try:
        fh = path.open("r", encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        mapped = {ours: theirs for ours, theirs in columns.items() if theirs}
        missing = [theirs for theirs in mapped.values() if theirs not in header]
        if missing:
            raise SourceError(f"{path}: CSV has no column(s) {missing} named in [csv.columns]; it has {header}")
        for number, row in enumerate(reader, start=2):
            record: dict[str, Any] = dict(defaults)
            for ours, theirs in mapped.items():
                value = row.get(theirs)
                if value:
                    record[ours] = value
            used = set(mapped.values())
            extra = {k: v for k, v in row.items() if k and k not in used and v}
            if extra:
                record["extra"] = extra
            raw = json.dumps(row, ensure_ascii=False).encode("utf-8")
            yield RawItem(source=f"{path}:{number}", kind="record", raw=raw, record=record)
