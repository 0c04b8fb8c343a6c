"""Structured records (phone / IM / fax / web-form logs as JSONL, RFQ exports as CSV) -> Inquiry.

Only a body or a subject is required.

Identity: a record is (channel, source system, id). Its message_id is "CHANNEL:SYSTEM:ID", the
system being the record's `system` (or `source`) field, else the name of the file it came from
("calls.jsonl"): the same id in another log or on another channel is another item. Without an id,
a hash of its content is the message_id, so re-reading the same log adds no duplicates.
An RFQ row without an id is keyed by what the next day's export of it keeps (rfq_row_identity): its
message_id hashes its fields less the export-time ones (RFQ_EXPORT_FIELDS: its age, quotes left, the
export's time). The store keeps it under that and its posting day, and takes a row stored with a posting
day a day or two away (the age's precision) for the same RFQ re-exported; further apart, a repost.

Times: `received_at` in ISO 8601 or RFC 2822. A time without an offset is on the seller's clock
(`local_timezone`, the [business] timezone), not UTC. A record's offset is the clock of whoever
logged it (a call noted in Shanghai, a form server in UTC), never the buyer's: it fixes the
instant only, and the record has no Date offset (the buyer's zone comes from the phone number and
the country; no Date-offset evidence is drawn from the logger's clock).

Links: the URLs typed in the body (parsing/urls.py, the extractor the checks read an email's
plain text with) are the record's links, each its own text: a chat "login here: https://..." is
read by the link checks as an email's button is.

RFQ rows (platform exports): `posted` is the posting age as the platform shows it ("3 days ago",
"5 hours before", "Just now", "3天前", "2小时前", "刚刚", "昨天") or a date; the row arrived at `exported_at` (a column or field, else
the CSV file's modification time, which sources/files.py supplies) minus that age. An explicit
`received_at` wins. `quotes_left` and the buyer flags are read by checks/rfq.py from the fields.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import PurePath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import RecordError
from ..lookups import geo
from ..model import CHANNELS, Inquiry, Link, StoreKeys, channel_word, chat_app_word
from ..storable import sane_date
from .urls import typed_urls
_STRING_FIELDS = ("name", "email", "company", "country", "phone", "ip", "subject", "body", "product",
                  "quantity", "unit", "website", "channel", "id", "received_at", "reply_to")
# The names other logs give our fields (chat exports, call logs, form tools): read when our own name is absent,
# first present wins. A chat's "text"/"message" is its body; "timestamp" its time. "from"/"sender" is an
# address, a phone or a name by its shape (_FROM_FIELDS).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "body": ("text", "message", "content", "msg", "description", "details", "inquiry", "enquiry", "request"),
    "subject": ("title", "topic"),
    "email": ("from_email", "sender_email", "email_address", "mail", "e-mail"),
    "name": ("from_name", "sender_name", "contact_name", "customer", "buyer", "full_name"),
    "phone": ("phone_number", "telephone", "tel", "mobile", "caller", "from_phone", "whatsapp"),
    "received_at": ("timestamp", "time", "date", "datetime", "created_at", "sent_at", "received"),
    "company": ("company_name", "organization", "organisation"),
}
_FROM_FIELDS = ("from", "sender", "author", "contact")
_PHONE_SHAPE = re.compile(r"\+?[\d\s().-]{6,}")
# Fields an RFQ export may carry at the top level or (a CSV's unmapped columns) in `extra`.
RFQ_FIELDS = ("posted", "exported_at", "quotes_left")
# What the next export of the same RFQ changes (its age grows, quotes are taken, the export has its own
# time), and any other time column: not part of the key of an RFQ row without an id (its posting time is
# compared by day instead, rfq_row_identity). Everything else (buyer, text, quantity, flags) is.
RFQ_EXPORT_FIELDS = frozenset((*RFQ_FIELDS, "received_at", *FIELD_ALIASES["received_at"]))


# Bounded work per record, as for email (parse_email's max_body_chars): text beyond is cut.
MAX_BODY_CHARS = 200_000
MAX_FIELD_CHARS = 4_096  # every other field (a subject, a name, an address ...)
MAX_RECORD_LINKS = 200  # typed URLs kept as a record's links


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


def parse_time(text: str, local: tzinfo = timezone.utc, field: str = "received_at") -> tuple[datetime | None, int | None]:
    """(aware time, the UTC offset the writer gave in minutes or None) from ISO 8601 or RFC 2822.

    A time without an offset is read on the `local` clock (the seller's), its offset reported as
    unknown (None): the writer's own offset is what the buyer's clock is guessed from.
    """
    if not text:
        return None, None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            raise RecordError(f"{field} {text!r} is not an ISO 8601 or RFC 2822 time") from None
    if value.tzinfo is None:
        return value.replace(tzinfo=local), None
    offset = value.utcoffset()
    return value, int(offset.total_seconds() // 60) if offset is not None else None


_AGE = re.compile(r"(?i)^(an?|\d{1,6})\s{0,4}(minute|min|hour|hr|day|week|month)s?\.?\s{0,4}(?:ago|before)$")
_AGE_UNITS = {"minute": timedelta(minutes=1), "min": timedelta(minutes=1), "hour": timedelta(hours=1),
              "hr": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1),
              "month": timedelta(days=30)}


# A Chinese platform's export (1688, a Chinese-language Alibaba listing, a Taiwan or Hong Kong site) prints
# "3天前", "2小时前", "1个月前", "两天前", "半小时前", "刚刚", "昨天", in simplified or traditional characters.
_AGE_ZH = re.compile(r"^(\d{1,6}|[一二两兩三四五六七八九十]{1,3}|半)\s{0,4}[个個]?\s{0,4}"
                     r"(分钟|分鐘|分|小时|小時|钟头|鐘頭|天|日|周|週|星期|礼拜|禮拜|月)\s{0,4}(?:以前|之前|前)$")
_AGE_ZH_UNITS = {"分钟": timedelta(minutes=1), "分鐘": timedelta(minutes=1), "分": timedelta(minutes=1),
                 "小时": timedelta(hours=1), "小時": timedelta(hours=1), "钟头": timedelta(hours=1),
                 "鐘頭": timedelta(hours=1), "天": timedelta(days=1), "日": timedelta(days=1),
                 "周": timedelta(weeks=1), "週": timedelta(weeks=1), "星期": timedelta(weeks=1),
                 "礼拜": timedelta(weeks=1), "禮拜": timedelta(weeks=1), "月": timedelta(days=30)}
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_AGE_WORDS = {"just now": timedelta(0), "now": timedelta(0), "today": timedelta(0), "yesterday": timedelta(days=1),
              "刚刚": timedelta(0), "剛剛": timedelta(0), "刚才": timedelta(0), "剛才": timedelta(0),
              "今天": timedelta(0), "昨天": timedelta(days=1), "前天": timedelta(days=2)}


def _zh_count(text: str) -> float | None:
    """A count in Chinese numerals up to 99 ("三", "十二", "二十", "两"), or "半" (a half); None otherwise."""
    if text == "半":
        return 0.5
    tens, ten, ones = text.partition("十")
    if not ten:
        return _ZH_DIGITS.get(text) if len(text) == 1 else None
    high = _ZH_DIGITS.get(tens, 0 if not tens else None)  # "十二": no tens digit, ten
    low = _ZH_DIGITS.get(ones, 0 if not ones else None)
    if high is None or low is None or (tens in ("两", "兩")):
        return None
    return (high or 1) * 10 + low


def posting_age(text: str) -> timedelta | None:
    """How long before the export an RFQ was posted: "3 days ago", "5 hours before", "an hour ago",
    "Just now", "yesterday", "3天前", "2小时前", "刚刚", "昨天"; None when the text is not an age (a date,
    or empty)."""
    age = _age_and_unit(text)
    return age[0] if age else None


_DAY = timedelta(days=1)


def _age_and_unit(text: str) -> tuple[timedelta, timedelta] | None:
    """(the posting age, the unit it is counted in: "2 weeks ago" is 2 weeks counted in weeks), or None."""
    text = " ".join(text.split()).strip()
    if not text:
        return None
    word = _AGE_WORDS.get(text.lower())
    if word is not None:
        return word, _DAY
    m = _AGE.match(text)
    if m:
        count = 1 if m.group(1).lower() in ("a", "an") else int(m.group(1))
        unit = _AGE_UNITS[m.group(2).lower()]
        return count * unit, unit
    m = _AGE_ZH.match(text)
    if m:
        number = int(m.group(1)) if m.group(1).isdigit() else _zh_count(m.group(1))
        if number is not None:
            unit = _AGE_ZH_UNITS[m.group(2)]
            return number * unit, unit
    return None


def same_rfq_days(posted: str) -> int:
    """How many days apart the posting days two exports give one RFQ may be: the age's precision ("3 days
    ago" is 3 to 4 days old; "2 weeks ago" 14 to 21 days), at least a day, plus a day for the export's own
    clock (a file's mtime, an export run late). Two days for ages in days or hours, dates and times."""
    age = _age_and_unit(posted)
    return max(age[1] if age else _DAY, _DAY).days + 1


def rfq_row_identity(stable: dict[str, str], posted_at: datetime | None, days: int) -> tuple[str, StoreKeys]:
    """(message_id, how the store keys it) for an RFQ row without an id. The message_id hashes the row's
    `stable` fields: the same in every day's export. Stored under it and its posting day (UTC): the same
    text posted again weeks later is another RFQ, a row stored with a posting day within `days` of this
    one is this one. Without a posting time, the message_id alone."""
    digest = hashlib.sha256(json.dumps(stable, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    message_id = f"sha256:{digest[:32]}"
    posted_at = sane_date(posted_at)  # 1970..2100 in UTC: a day +- `days` stays a date
    if posted_at is None:
        return message_id, StoreKeys(message_id, (message_id,))
    day = posted_at.date()
    return message_id, StoreKeys(f"{message_id}@{day.isoformat()}",
                                 tuple(f"{message_id}@{(day + timedelta(days=n)).isoformat()}"
                                       for n in range(-days, days + 1)))


def _rfq_field(record: dict[str, Any], key: str) -> str:
    """An RFQ field from the record itself or, for a CSV's unmapped column, from its `extra`."""
    value = _text(record, key)
    extra = record.get("extra")
    if not value and isinstance(extra, dict) and isinstance(extra.get(key), str):
        value = extra[key].strip()[:MAX_FIELD_CHARS]
    return value


def rfq_posted_at(record: dict[str, Any], local: tzinfo = timezone.utc) -> tuple[datetime | None, str]:
    """(when the RFQ was posted, a problem to note or ""): `exported_at` minus the posting age, or
    the `posted` date itself. None without a posting time, or for an age with no export time to
    count from; a `posted` that is neither an age nor a time is noted, not fatal (the row is kept)."""
    posted = _rfq_field(record, "posted")
    if not posted:
        return None, ""
    age = posting_age(posted)
    try:
        if age is None:
            return parse_time(posted, local, "posted")[0], ""  # a date or time the platform printed
        exported, _ = parse_time(_rfq_field(record, "exported_at"), local, "exported_at")
    except RecordError as exc:
        return None, f"{exc}: arrival time unknown"
    if exported is None:
        return None, f"posted {posted!r} with no exported_at to count from: arrival time unknown"
    return exported - age, ""


MAX_EXTRA_FIELDS = 200  # a hostile record's thousand keys are not all kept


def _extra_fields(record: dict[str, Any]) -> dict[str, str]:
    """The record's other fields as text: its `extra` object (a CSV's unmapped columns) and, for a
    JSONL record, its other top-level scalar fields (an RFQ's posted, quotes_left, buyer flags)."""
    nested = record.get("extra") if isinstance(record.get("extra"), dict) else {}
    extra: dict[str, str] = {}
    for key, value in list(nested.items())[:MAX_EXTRA_FIELDS]:
        extra[str(key)[:MAX_FIELD_CHARS]] = str(value)[:MAX_FIELD_CHARS]
    for key, value in list(record.items())[:MAX_EXTRA_FIELDS]:
        if key in _STRING_FIELDS or key == "extra" or key in extra:
            continue
        if isinstance(value, bool):
            extra[str(key)[:MAX_FIELD_CHARS]] = "yes" if value else "no"
        elif isinstance(value, (str, int, float)):
            extra[str(key)[:MAX_FIELD_CHARS]] = str(value).strip()[:MAX_FIELD_CHARS]
    return extra


CHAT_APP_FIELDS = ("app", "chat_app", "messenger")  # a chat log that says "channel": "im" may name its app here


def mappable_fields() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(our field names, other logs' names for them) a record is read by: what a [csv.columns] key may be
    (config.py refuses any other at load), besides the buyer flags of [rfq.buyer_flags]."""
    ours = tuple(dict.fromkeys((*_STRING_FIELDS, *RFQ_FIELDS, SYSTEM_FIELDS[0])))
    return ours, tuple(dict.fromkeys((*(n for names in FIELD_ALIASES.values() for n in names), *_FROM_FIELDS,
                                      *CHAT_APP_FIELDS, *SYSTEM_FIELDS[1:])))


def chat_app_of(record: dict[str, Any], channel: str) -> str:
    """The chat app a record came by: its channel word ("WhatsApp"), else an app field; "" when none names one."""
    for text in (channel, *(record.get(key) for key in CHAT_APP_FIELDS)):
        app = chat_app_word(text) if isinstance(text, str) else ""
        if app:
            return app
    return ""


SYSTEM_FIELDS = ("system", "source")  # the system a record came from (source_system), first present wins


def source_system(record: dict[str, Any], source: str) -> str:
    """The system a record came from: its `system` or `source` field, else the file's name (the
    source is "path:line"), else the source as given."""
    for key in SYSTEM_FIELDS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:MAX_FIELD_CHARS]
    path = re.sub(r":\d+$", "", source)
    return PurePath(path).name or path or "records"


def record_identity(channel: str, system: str, record_id: str) -> str:
    """The message_id of a record with an id: (channel, system, id) as one string."""
    return f"{channel}:{system}:{record_id}"


def local_zone(name: str | None) -> tzinfo:
    """The seller's zone for naive record times; UTC when none is configured."""
    if not name:
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RecordError(f"unknown timezone {name!r} for naive record times") from None


def with_our_names(record: dict[str, Any]) -> tuple[dict[str, Any], frozenset[str]]:
    """The record with other logs' field names (FIELD_ALIASES) read as ours where ours are absent (a
    "from"/"sender" text goes to email if it has an @, phone if it is digits, else name), and the names
    so read (not kept again as extra fields). Our own names always win."""
    found: dict[str, Any] = {}
    used: set[str] = set()
    for ours, theirs in FIELD_ALIASES.items():
        if record.get(ours) in (None, ""):
            alias = next((name for name in theirs if record.get(name) not in (None, "")), None)
            if alias is not None:
                found[ours] = record[alias]
                used.add(alias)
    for name in _FROM_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            text = value.strip()
            ours = "email" if "@" in text else "phone" if _PHONE_SHAPE.fullmatch(text) else "name"
            if record.get(ours) in (None, "") and ours not in found:
                found[ours] = text
                used.add(name)
            break
    return ({**record, **found} if found else record), frozenset(used)


def parse_record(record: dict[str, Any], *, source: str, raw: bytes = b"", local_timezone: str | None = None) -> Inquiry:
    """An Inquiry from one record. `local_timezone` (the [business] timezone) is the clock of
    times written without an offset. Other logs' names for the fields are read too (FIELD_ALIASES)."""
    original = record
    record, aliased = with_our_names(record)
    fields = {key: _text(record, key) for key in _STRING_FIELDS}
    subject, body = fields["subject"], fields["body"]
    if not subject and not body:
        raise RecordError("a record needs at least a body or a subject")
    channel = channel_word(fields["channel"]) or "message"
    if channel not in CHANNELS:
        raise RecordError(f"unknown channel {fields['channel']!r}; expected one of {', '.join(CHANNELS)}")
    if not body:
        # CSV exports often carry the whole request in the title.
        body = subject
    name, addr = parseaddr(fields["email"]) if fields["email"] else ("", "")
    country = fields["country"]
    code = geo.country_code(country) if country else ""
    local = local_zone(local_timezone)
    received, _logger_offset = parse_time(fields["received_at"], local)
    received_from = "record" if received is not None else ""
    defects: list[str] = []
    if received is None and channel == "rfq":
        received, problem = rfq_posted_at(record, local)
        defects += [problem] if problem else []
        received_from = "rfq-posted" if received is not None else ""  # not a time the record states as such
    ip = fields["ip"]
    canonical = raw or json.dumps(original, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    content_hash = hashlib.sha256(canonical).hexdigest()
    extra = {key: value for key, value in _extra_fields(original).items() if key not in aliased}
    message_id, store_keys = f"sha256:{content_hash[:32]}", None
    if fields["id"]:
        message_id = record_identity(channel, source_system(record, source), fields["id"])
    elif channel == "rfq":
        # A daily re-export of the RFQ changes its age and quotes left, not this key (README, "re-export").
        stable = {key: value for key, value in (*fields.items(), *extra.items())
                  if value and key not in RFQ_EXPORT_FIELDS}
        days = same_rfq_days("" if fields["received_at"] else _rfq_field(record, "posted"))
        message_id, store_keys = rfq_row_identity(stable, received, days)
    if country and not code:
        extra["country"] = country
    reply_to = [a for _, a in [parseaddr(fields["reply_to"])] if a] if fields["reply_to"] else []
    return Inquiry(
        source=source,
        message_id=message_id,
        store_keys=store_keys,
        channel=channel,
        chat_app=chat_app_of(record, fields["channel"]) if channel == "im" else "",
        from_name=fields["name"] or name,
        from_addr=addr.lower() if "@" in addr else "",
        reply_to=[a.lower() for a in reply_to],
        company=fields["company"],
        website=fields["website"],
        phone=fields["phone"],
        declared_country=code,
        date=received,
        date_offset_minutes=None,  # the logger's clock, not the buyer's (see Times above)
        received_at=received,
        received_from=received_from,
        subject=subject,
        body=body,
        own_text=body,
        # A chat line, a call note or a web form gives its links only as typed URLs: they are its links,
        # as an email's <a href> are (the same extractor the checks read a plain-text body with).
        links=[Link(url, url) for url in typed_urls(body)[:MAX_RECORD_LINKS]],
        origin_ip=ip or None,
        origin_ip_header="record" if ip else "",
        product=fields["product"],
        quantity=fields["quantity"],
        unit=fields["unit"],
        extra=extra,
        raw_size=len(canonical),
        content_hash=content_hash,
        defects=defects,
    )
