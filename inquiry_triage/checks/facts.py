"""Facts: what can be measured about an inquiry before anyone judges it.

Mailbox kind, DNS evidence, origin country and the sender's local hour, language. They are
computed once per inquiry, shown in the output, and read by the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from email_validator import EmailNotValidError, validate_email

from ..lookups import geo
from ..model import Inquiry

if TYPE_CHECKING:
    from ..language import LanguageResult  # noqa: F811
    from ..lookups.dns import DomainEvidence
    from . import Context


@dataclass(frozen=True)
class Facts:
    mailbox: str  # free / company / disposable / invalid / unknown (no address)
    mailbox_detail: str
    domain: str
    dns: DomainEvidence | None
    ip_country: str  # ISO alpha-2 from the originating IP, "" unknown
    country: str  # best country for the buyer: IP, else declared, else ""
    sent_at: datetime | None  # the instant we judge the send hour by (UTC)
    sender_local_hour: int | None
    sender_zone: str  # the zone (or "UTC+hh:mm" from Date) the hour was read in
    date_offset_fits: bool | None  # Date's offset is one the IP country uses; None if not comparable
    language: LanguageResult


def _validate_address(addr: str) -> tuple[str, str]:
    """(normalized, "") or ("", reason). Syntax only: deliverability is the DNS check's job."""
    try:
        result = validate_email(addr, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        return "", str(exc)
    return result.normalized.lower(), ""


def _offset_label(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _send_hour(inquiry: Inquiry, country: str, sent_at: datetime | None) -> tuple[int | None, str, bool | None]:
    """The sender's local hour at sending, and whether the Date offset fits the country."""
    if sent_at is None:
        return None, "", None
    offset = inquiry.date_offset_minutes
    if country:
        when = inquiry.date or sent_at
        offsets = geo.country_utc_offsets(country, when)
        fits = (offset in offsets) if (offset is not None and offsets) else None
        hours = geo.local_hours(country, sent_at)
        if hours:
            if offset is not None and fits:
                local = sent_at.astimezone(timezone(timedelta(minutes=offset)))
                zone = next((z for z, _ in hours if _zone_offset(z, sent_at) == offset), hours[0][0])
                return local.hour, zone, fits
            zone, hour = hours[0]
            # A country spanning several offsets (US, RU, BR...) gives no single hour: use the
            # first zone for display; the odd-hour check demands all of them be odd.
            return hour, zone if len(hours) == 1 else f"{zone} (+{len(hours) - 1} more)", fits
    if offset is not None:
        local = sent_at.astimezone(timezone(timedelta(minutes=offset)))
        return local.hour, _offset_label(offset), None
    return None, "", None


def _zone_offset(zone: str, when: datetime) -> int:
    delta = when.astimezone(geo.zone(zone)).utcoffset() or timedelta(0)
    return int(delta.total_seconds() // 60)


_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ]{2,}")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-zÀ-ɏ]")


def _confident(result: LanguageResult, text: str) -> LanguageResult:
    """Short Latin-script texts ("Wooden Broom Handle") fool n-gram models into Dutch or
    Romanian: below a few words we say "und" rather than greet a buyer in the wrong language.
    Other scripts (Cyrillic, Arabic, CJK...) identify themselves even in a word or two."""
    from ..language import LanguageResult

    if result.language == "und" or result.mixed_with_english or _NON_LATIN_LETTER.search(text):
        return result
    words = len(_LATIN_WORD.findall(text))
    best = result.languages[0][1] if result.languages else 0.0
    if words >= 8 and best >= 0.9 or words >= 20:
        return result
    return LanguageResult(language="und", languages=result.languages, minor_language=False, mixed_with_english=False,
                          segments=result.segments)


def measure(inquiry: Inquiry, ctx: Context) -> Facts:
    addr = inquiry.from_addr
    domain = ""
    dns = None
    if not addr:
        mailbox, detail = "unknown", "no sender address"
    else:
        normalized, error = _validate_address(addr)
        if error:
            mailbox, detail = "invalid", error
            domain = inquiry.from_domain
        else:
            domain = normalized.rpartition("@")[2]
            mailbox = ctx.lists.classify(domain)
            detail = f"{mailbox} mailbox ({domain})"
            if mailbox == "company" and ctx.dns is not None:
                dns = ctx.dns.domain(domain)
    ip_country = geo.ip_country(inquiry.origin_ip) if inquiry.origin_ip else ""
    country = ip_country or inquiry.declared_country
    sent_at = inquiry.received_at or inquiry.date
    if sent_at is not None:
        sent_at = sent_at.astimezone(timezone.utc)
    hour, zone, fits = _send_hour(inquiry, ip_country, sent_at) if inquiry.channel == "email" else (None, "", None)
    # The first few thousand characters decide the language; the rest only costs time.
    body = (inquiry.own_text or inquiry.body)[:4000]
    text = "\n".join(dict.fromkeys(part for part in (inquiry.subject, body) if part))
    language = _confident(ctx.language.detect(text), text)
    return Facts(mailbox=mailbox, mailbox_detail=detail, domain=domain, dns=dns, ip_country=ip_country,
                 country=country, sent_at=sent_at, sender_local_hour=hour, sender_zone=zone,
                 date_offset_fits=fits, language=language)
