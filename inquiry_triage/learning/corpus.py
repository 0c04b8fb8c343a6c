"""Labelled examples for the text model: folders/files the user labels, and the team's verdicts.

Store verdicts (like sa-learn's folders, but from the queue):
* spam: inquiries dismissed `--as spam` or `--as spy`;
* ham:  inquiries marked `queue genuine`, and inquiries someone replied to (a reply went out and
        the inquiry was not dismissed afterwards).
The raw bytes are in the store, so each example is parsed again exactly as triage saw it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ..errors import RecordError
from ..model import Inquiry
from ..parsing import ParseError, parse_email
from ..parsing.record import parse_record
from ..sources import RawItem, open_inputs
from ..store.models import InquiryRow, ReplyRow
from .tokens import inquiry_tokens

SPAM_VERDICTS = ("spam", "spy")


@dataclass
class Examples:
    """Token sets by class, with where they came from (for the summary and the manifest)."""

    spam: list[set[str]]
    ham: list[set[str]]
    sources: dict[str, int]  # "spam: dismissed in the store" -> count
    unreadable: int = 0

    @classmethod
    def empty(cls) -> Examples:
        return cls([], [], {})

    def add(self, label: str, origin: str, tokens: set[str]) -> None:
        (self.spam if label == "spam" else self.ham).append(tokens)
        key = f"{label}: {origin}"
        self.sources[key] = self.sources.get(key, 0) + 1


def parse_item(item: RawItem, trusted_relays: Sequence[str] = ()) -> Inquiry | None:
    """An item as an Inquiry, or None when it cannot be read (it is then left out of training)."""
    if item.error:
        return None
    try:
        if item.kind == "email":
            return parse_email(item.raw, source=item.source, trusted_relays=tuple(trusted_relays))
        return parse_record(item.record or {}, source=item.source, raw=item.raw)
    except (ParseError, RecordError):
        return None


def from_paths(examples: Examples, label: str, paths: Sequence[str], classify: Callable[[str], str] | None,
               *, trusted_relays: Sequence[str] = (), csv_columns: dict | None = None,
               csv_defaults: dict | None = None, headers: bool = True) -> None:
    """Every message under `paths` (files, folders, Maildirs, mboxes) as an example of `label`."""
    for path in paths:
        # Files listed one by one are counted under their folder, so the summary stays short.
        origin = path if Path(path).is_dir() else f"{Path(path).parent}/ (files given)"
        for item in open_inputs([path], csv_columns, csv_defaults):
            inquiry = parse_item(item, trusted_relays)
            if inquiry is None:
                examples.unreadable += 1
                continue
            examples.add(label, origin, inquiry_tokens(inquiry, classify, headers=headers))


def store_rows(session: Session) -> Iterator[tuple[str, str, InquiryRow]]:
    """(label, why, row) for every inquiry the team has judged, oldest first."""
    replied = exists().where(ReplyRow.inquiry_id == InquiryRow.id)
    stmt = (select(InquiryRow)
            .where(InquiryRow.status == "triaged",
                   or_(InquiryRow.dismissed_as.in_(SPAM_VERDICTS), InquiryRow.verdict == "genuine", replied))
            .order_by(InquiryRow.id))
    for row in session.scalars(stmt):
        if row.dismissed_as in SPAM_VERDICTS:
            yield "spam", f"dismissed as {row.dismissed_as}", row
        elif row.verdict == "genuine":
            yield "ham", "marked genuine", row
        elif row.dismissed_as is None:
            yield "ham", "replied to", row


def from_store(examples: Examples, session: Session, classify: Callable[[str], str] | None,
               *, trusted_relays: Sequence[str] = (), headers: bool = True) -> None:
    for label, why, row in store_rows(session):
        kind = "email" if row.channel == "email" and row.raw else "record"
        record = None
        if kind == "record":
            import json

            try:
                record = json.loads(row.raw) if row.raw else {"subject": row.subject, "body": row.body}
            except (ValueError, UnicodeDecodeError):
                record = {"subject": row.subject, "body": row.body}  # e.g. a CSV row: what was stored
            if not isinstance(record, dict):
                record = {"subject": row.subject, "body": row.body}
            record.setdefault("channel", row.channel)
        inquiry = parse_item(RawItem(source=f"store:{row.id}", kind=kind, raw=row.raw, record=record), trusted_relays)
        if inquiry is None:
            examples.unreadable += 1
            continue
        examples.add(label, f"store, {why}", inquiry_tokens(inquiry, classify, headers=headers))
