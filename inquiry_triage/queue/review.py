"""Releasing a reviewed inquiry: its reply task's deadline and draft, computed as triage would
have computed them at arrival. `queue/operations.release` calls the planner made here; the CLI (and
later the web app) builds it once from the configuration.

The stored raw item is parsed again (a record from its JSON line, else from the stored fields),
its arrival time is the stored one (an IMAP arrival time is not in the raw bytes), and the
pipeline's own `reply_due` and draft are used: the deadline counts from ARRIVAL, so time spent in
review is not given back to the reply SLA.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from ..config import Config
from ..model import Inquiry
from ..scheduling.receipt import EVIDENCE, RECEIVED_FROM, plausible
from ..store.models import InquiryRow, as_utc
from .operations import ReplyPlan


def stored_inquiry(row: InquiryRow, trusted_relays: tuple[str, ...] = ()) -> Inquiry:
    """The inquiry as triage saw it, with the stored arrival time."""
    from ..errors import RecordError
    from ..parsing import ParseError, parse_email
    from ..parsing.record import parse_record

    inquiry: Inquiry | None = None
    try:
        if row.channel == "email" and row.raw:
            inquiry = parse_email(row.raw, source=row.source, trusted_relays=trusted_relays)
        else:
            record = json.loads(row.raw) if row.raw else None
            if isinstance(record, dict):
                inquiry = parse_record(record, source=row.source, raw=row.raw)
    except (ParseError, RecordError, ValueError, UnicodeDecodeError):
        inquiry = None
    if inquiry is None:  # e.g. a CSV row: what was stored is what we know
        inquiry = Inquiry(source=row.source, message_id=row.message_id, channel=row.channel, from_addr=row.from_addr,
                          from_name=row.from_name, subject=row.subject, body=row.body, own_text=row.body,
                          declared_country=row.country, product=row.product)
        inquiry.received_at, inquiry.received_from = as_utc(row.triaged_at), "triage-time"
    # The stored time of receipt (an IMAP arrival time or a file's mtime is not in the bytes) and what gave
    # it (scheduling/receipt.py); a row stored without one: the triage time, unless the Date counts (as it
    # did at triage for rows stored before received_from).
    stored_from = row.result.get("received_from") if isinstance(row.result, dict) else None
    if row.received_at is not None:
        inquiry.received_at = as_utc(row.received_at)
        if stored_from in RECEIVED_FROM:
            inquiry.received_from = stored_from
        elif inquiry.received_from not in EVIDENCE:
            inquiry.received_from = "received-header" if row.channel == "email" else "record"
    elif stored_from == "triage-time" or (stored_from is None and not plausible(inquiry.received_at, row.triaged_at)
                                          and not plausible(inquiry.date, row.triaged_at)):
        inquiry.received_at, inquiry.received_from = as_utc(row.triaged_at), "triage-time"
    return inquiry


def reply_planner(config: Config, now: datetime) -> Callable[[InquiryRow, str], ReplyPlan]:
    """A function (inquiry row, grade) -> ReplyPlan, with the checks loaded once (offline: the
    draft and the deadline need no DNS)."""
    from ..pipeline import build_context, reply_due, triage_inquiry

    ctx = build_context(config, offline=True, now=now)
    relays = tuple(config.get("origin.trusted_relays", []) or [])

    def plan(row: InquiryRow, grade: str) -> ReplyPlan:
        result = triage_inquiry(stored_inquiry(row, relays), ctx)
        assert result.inquiry is not None and result.facts is not None
        due, note, zone = reply_due(result.inquiry, result.facts, grade, ctx)
        return ReplyPlan(due=due, note=note, draft=result.draft, buyer_timezone=zone)

    return plan


def lazy_planner(config: Config, now: datetime) -> Callable[[InquiryRow, str], ReplyPlan]:
    """`reply_planner`, built on first use (loading the checks takes a second or two)."""
    built: list[Callable[[InquiryRow, str], ReplyPlan]] = []

    def plan(row: InquiryRow, grade: str) -> ReplyPlan:
        if not built:
            built.append(reply_planner(config, now))
        return built[0](row, grade)

    return plan
