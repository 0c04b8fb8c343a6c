"""The pipeline: raw item -> Inquiry -> facts -> hits -> verdict -> result (and, via store, a task).

Pure except for the lookups held in the Context (DNS, which --offline turns off). The caller owns
the database session; `store.save_result` writes what this returns.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from .checks import Context, run_checks
from .checks.facts import Facts, measure
from .config import Config
from .drafts import draft_reply
from .errors import RecordError
from .grading import Verdict, grade
from .model import Hit, Inquiry
from .sources import RawItem


@dataclass
class TriageResult:
    source: str
    message_id: str
    channel: str
    inquiry: Inquiry | None = None
    facts: Facts | None = None
    verdict: Verdict | None = None
    hits: list[Hit] = field(default_factory=list)
    reply_due: datetime | None = None
    error: str | None = None
    draft: str = ""
    raw: bytes = b""
    imap: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        """The public JSONL object (its field names are a stable interface)."""
        inquiry, facts, verdict = self.inquiry, self.facts, self.verdict
        language = facts.language if facts else None
        return {
            "source": self.source,
            "message_id": self.message_id,
            "channel": self.channel,
            "grade": verdict.grade if verdict else None,
            "score": verdict.score if verdict else None,
            "suspicious": verdict.suspicious if verdict else False,
            "suspicion": list(verdict.suspicion) if verdict else [],
            "risk": verdict.risk if verdict else None,
            "language": language.language if language else None,
            "languages": [code for code, _ in language.languages] if language else [],
            "minor_language": language.minor_language if language else False,
            "mixed_language": language.mixed_with_english if language else False,
            "mailbox": facts.mailbox if facts else "unknown",
            "from": inquiry.from_addr if inquiry else "",
            "subject": inquiry.subject if inquiry else "",
            "sender_ip": inquiry.origin_ip if inquiry else None,
            "ip_country": (facts.ip_country or None) if facts else None,
            "sender_local_hour": facts.sender_local_hour if facts else None,
            "date_offset": _offset_text(inquiry.date_offset_minutes) if inquiry else None,
            "reply_due": self.reply_due.isoformat(timespec="minutes") if self.reply_due else None,
            "reasons": verdict.reasons if verdict else [],
            "error": self.error,
        }


def _offset_text(minutes: int | None) -> str | None:
    if minutes is None:
        return None
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def build_context(config: Config, *, offline: bool = False, now: datetime | None = None) -> Context:
    """Load lists, rules, the language profiles and (unless offline) the DNS lookup, once per run."""
    from .checks import CHECK_HIT_NAMES
    from .checks.rules import load_rules
    from .language import LanguageDetector
    from .lookups.dns import DnsLookup
    from .lookups.lists import DomainLists

    lists = DomainLists.load(config.get("mailbox.extra_free", []), config.get("mailbox.extra_disposable", []),
                             config.get("mailbox.company_overrides", []))
    rules = load_rules(config.path_list("rules.files"), CHECK_HIT_NAMES)
    detector = LanguageDetector(config.get("languages.detect"), config.get("languages.minor"),
                                seed=int(config.get("languages.seed", 0)))
    dns = None
    if not offline:
        dns = DnsLookup(nameservers=config.get("dns.nameservers"), port=int(config.get("dns.port", 53)),
                        timeout=float(config.get("dns.timeout", 1.0)), lifetime=float(config.get("dns.lifetime", 2.0)),
                        canaries_exist=tuple(config.get("dns.canaries", ["gmail.com"])))
    return Context(config=config, now=now or datetime.now(timezone.utc), lists=lists, language=detector,
                   rules=rules, dns=dns)


def reply_due(inquiry: Inquiry, letter: str, ctx: Context) -> datetime:
    """Reply-by: receipt (or now) + the grade's hours, shown on the seller's clock."""
    hours = float(ctx.config.get("deadlines.hours")[letter])
    start = inquiry.received_at or ctx.now
    seller = ZoneInfo(ctx.config.get("seller.timezone", "UTC"))
    return (start + timedelta(hours=hours)).astimezone(seller)


def triage_inquiry(inquiry: Inquiry, ctx: Context) -> TriageResult:
    facts = measure(inquiry, ctx)
    hits = run_checks(inquiry, facts, ctx)
    verdict = grade(inquiry.channel, hits, ctx.config)
    draft = draft_reply(inquiry, hits, facts.language.language, signature=ctx.config.get("seller.signature", ""))
    return TriageResult(source=inquiry.source, message_id=inquiry.message_id, channel=inquiry.channel,
                        inquiry=inquiry, facts=facts, verdict=verdict, hits=hits,
                        reply_due=reply_due(inquiry, verdict.grade, ctx), draft=draft)


def failed_id(item: RawItem) -> str:
    """A stable id for an item we could not parse: its bytes' hash, else its locator."""
    basis = item.raw or item.source.encode("utf-8", "surrogateescape")
    return "sha256:" + hashlib.sha256(basis).hexdigest()[:32]


def triage_item(item: RawItem, ctx: Context) -> TriageResult:
    """Never raises for bad input: the error is returned with the raw bytes kept."""
    from .parsing import ParseError, parse_email
    from .parsing.record import parse_record

    if item.error:
        return TriageResult(source=item.source, message_id=failed_id(item), channel="email" if item.kind == "email" else "message",
                            error=item.error, raw=item.raw, imap=item.imap)
    try:
        if item.kind == "email":
            inquiry = parse_email(item.raw, source=item.source,
                                  trusted_relays=tuple(ctx.config.get("origin.trusted_relays", [])))
        else:
            inquiry = parse_record(item.record or {}, source=item.source, raw=item.raw)
    except (ParseError, RecordError) as exc:
        return TriageResult(source=item.source, message_id=failed_id(item), channel="email" if item.kind == "email" else "message",
                            error=f"{type(exc).__name__}: {exc}", raw=item.raw, imap=item.imap)
    try:
        result = triage_inquiry(inquiry, ctx)
    except Exception as exc:  # a bug must not stop a batch; the item is kept as failed with the reason
        return TriageResult(source=item.source, message_id=inquiry.message_id, channel=inquiry.channel,
                            inquiry=inquiry, error=f"internal error: {type(exc).__name__}: {exc}", raw=item.raw, imap=item.imap)
    result.raw = item.raw
    result.imap = item.imap
    return result


def triage(raw_or_record: bytes | dict[str, Any], ctx: Context, *, source: str = "<input>") -> TriageResult:
    """The public one-call API: raw email bytes or a record dict in, a TriageResult out."""
    if isinstance(raw_or_record, (bytes, bytearray)):
        item = RawItem(source=source, kind="email", raw=bytes(raw_or_record))
    else:
        item = RawItem(source=source, kind="record", record=dict(raw_or_record))
    return triage_item(item, ctx)
