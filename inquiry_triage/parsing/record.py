"""Structured records (phone / IM / fax / web-form logs as JSONL, RFQ exports as CSV) -> Inquiry.

Only a body or a subject is required. A record's `id` becomes its message_id; without one, a hash
of its content does, so re-reading the same log adds no duplicates.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from email.utils import parseaddr, parsedate_to_datetime
from typing import Any

from ..errors import RecordError
from ..lookups import geo
from ..model import CHANNELS, Inquiry

_CHANNEL_ALIASES = {"web": "message", "webform": "message", "web-form": "message", "form": "message",
                    "chat": "im", "whatsapp": "im", "wechat": "im", "telephone": "phone", "call": "phone",
                    "mail": "email", "e-mail": "email", "quotation": "rfq"}
_STRING_FIELDS = ("name", "email", "company", "country", "phone", "ip", "subject", "body", "product",
                  "quantity", "unit", "website", "channel", "id", "received_at", "reply_to")


# Bounded work per record, as for email (parse_email's max_body_chars): text beyond is cut.
MAX_BODY_CHARS = 200_000
MAX_FIELD_CHARS = 4_096  # every other field (a subject, a name, an address ...)


def _text(record: dict[str, Any], key: str) -> str:
    return _whole_text(record, key)[: MAX_BODY_CHARS if key == "body" else MAX_FIELD_CHARS]


def _whole_text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RecordError(f"field {key!r} should be text, got {type(value).__name__}")
    return value.strip()


def parse_time(text: str) -> tuple[datetime | None, int | None]:
    """(aware time, the UTC offset the writer gave in minutes or None) from ISO 8601 or RFC 2822.

    A time without an offset is taken as UTC, and its offset reported as unknown (None).
    """
    if not text:
        return None, None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            raise RecordError(f"received_at {text!r} is not an ISO 8601 or RFC 2822 time") from None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc), None
    offset = value.utcoffset()
    return value, int(offset.total_seconds() // 60) if offset is not None else None


def parse_record(record: dict[str, Any], *, source: str, raw: bytes = b"") -> Inquiry:
    fields = {key: _text(record, key) for key in _STRING_FIELDS}
    subject, body = fields["subject"], fields["body"]
    if not subject and not body:
        raise RecordError("a record needs at least a body or a subject")
    channel = fields["channel"].lower() or "message"
    channel = _CHANNEL_ALIASES.get(channel, channel)
    if channel not in CHANNELS:
        raise RecordError(f"unknown channel {fields['channel']!r}; expected one of {', '.join(CHANNELS)}")
    if not body:
        # CSV exports often carry the whole request in the title.
        body = subject
    name, addr = parseaddr(fields["email"]) if fields["email"] else ("", "")
    country = fields["country"]
    code = geo.country_code(country) if country else ""
    received, offset = parse_time(fields["received_at"])
    ip = fields["ip"]
    canonical = raw or json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    content_hash = hashlib.sha256(canonical).hexdigest()
    extra = record.get("extra") if isinstance(record.get("extra"), dict) else {}
    extra = {str(k): str(v) for k, v in extra.items()}
    if country and not code:
        extra["country"] = country
    reply_to = [a for _, a in [parseaddr(fields["reply_to"])] if a] if fields["reply_to"] else []
    return Inquiry(
        source=source,
        message_id=fields["id"] or f"sha256:{content_hash[:32]}",
        channel=channel,
        from_name=fields["name"] or name,
        from_addr=addr.lower() if "@" in addr else "",
        reply_to=[a.lower() for a in reply_to],
        company=fields["company"],
        website=fields["website"],
        phone=fields["phone"],
        declared_country=code,
        date=received,
        date_offset_minutes=offset,
        received_at=received,
        subject=subject,
        body=body,
        own_text=body,
        origin_ip=ip or None,
        origin_ip_header="record" if ip else "",
        product=fields["product"],
        quantity=fields["quantity"],
        unit=fields["unit"],
        extra=extra,
        raw_size=len(canonical),
        content_hash=content_hash,
    )
