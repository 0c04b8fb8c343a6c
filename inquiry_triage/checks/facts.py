"""Facts: what can be measured about an inquiry before anyone judges it.

Mailbox kind, DNS evidence, origin country and the sender's local hour, language. They are
computed once per inquiry, shown in the output, and read by the checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING

from email_validator import EmailNotValidError, validate_email

from ..lookups import geo
from ..model import Inquiry
from ..scheduling.receipt import FALLBACKS as RECEIPT_FALLBACKS
from ..parsing.quoting import split_own_text

if TYPE_CHECKING:
    from ..language import LanguageResult  # noqa: F811
    from ..lookups.dns import DomainEvidence
    from . import Context
    from .webform import FormBuyer


@dataclass(frozen=True)
class Facts:
    mailbox: str  # free / company / disposable / invalid / unknown (no address)
    mailbox_detail: str
    domain: str
    dns: DomainEvidence | None
    ip_country: str  # ISO alpha-2 of the sender's network IP, "" unknown or provider mail
    country: str  # best country for the buyer: IP, else declared, else ""
    sent_at: datetime | None  # the instant we judge the send hour by (UTC)
    sender_local_hour: int | None
    sender_zone: str  # the zone (or "UTC+hh:mm" from Date) the hour was read in
    date_offset_fits: bool | None  # Date's offset is one the IP country uses; None if not comparable
    language: LanguageResult
    origin: str = "unknown"  # "sender-network" / "provider" / "unknown" / "record" (parsing/received.py)
    provider: str = ""  # the mail provider that handed the message over, "" if none
    # A web form's notification: its buyer (checks/webform.form_buyer), decided once per message here and
    # read by the checks, the filing and the pipeline; None for any other message.
    form: FormBuyer | None = None


@lru_cache(maxsize=4096)  # a pure function of the address; a thread's buyer writes again and again
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
    if offset == 0 and inquiry.origin_date_by_provider:
        # Who wrote the Date: the provider that handed the message over stamps it in UTC on its own
        # servers (providers.toml date_clock: Outlook.com / Exchange Online, Yahoo web mail), so "+0000"
        # is its clock, not the sender's: no evidence for or against the network's country.
        offset = None
    if country:
        when = inquiry.date or sent_at
        offsets = geo.country_utc_offsets(country, when)
        fits = (offset in offsets) if (offset is not None and offsets) else None
        hours = geo.local_hours(country, sent_at)
        if hours:
            if offset is not None and fits:
                local = sent_at.astimezone(timezone(timedelta(minutes=offset)))
                zone = next((z for z, _ in hours if zone_offset_minutes(z, sent_at) == offset), hours[0][0])
                return local.hour, zone, fits
            zone, hour = hours[0]
            # A country spanning several offsets (US, RU, BR...) gives no single hour: use the
            # first zone for display; the odd-hour check demands all of them be odd.
            return hour, zone if len(hours) == 1 else f"{zone} (+{len(hours) - 1} more)", fits
    if offset is not None:
        local = sent_at.astimezone(timezone(timedelta(minutes=offset)))
        return local.hour, _offset_label(offset), None
    return None, "", None


def zone_offset_minutes(zone: str, when: datetime) -> int:
    delta = when.astimezone(geo.zone(zone)).utcoffset() or timedelta(0)
    return int(delta.total_seconds() // 60)


def _language(inquiry: Inquiry, ctx: Context, countries: tuple[str, ...]) -> LanguageResult:
    """The buyer's language from the subject and their own words. Quoted replies and signatures
    (which records keep in `own_text`) are cut first: someone else's words do not decide it.
    The sender's countries are a soft prior (`languages.country_prior` nats), never decisive alone."""
    body = inquiry.own_text or inquiry.body
    if body == inquiry.body:  # not split by the mail parser (records, chat)
        own, _signature = split_own_text(body[:8000])
        body = own if own.strip() else body
    # The first few thousand characters decide the language; the rest only costs time.
    text = "\n".join(dict.fromkeys(part for part in (inquiry.subject, body[:4000]) if part))
    weight = float(ctx.config.get("languages.country_prior", 0.0))
    return ctx.language.detect(text, countries=[c for c in countries if c], country_weight=weight)


def sender_address(inquiry: Inquiry, facts: Facts) -> tuple[str, str]:
    """(the address the mailbox and sender checks judge, where it was read). A web form's notification is
    judged by its buyer's address (the form's Email field or Reply-To: `Facts.form`), not by the site
    mailer's no-reply From; any other message by its From."""
    if facts.form is not None:
        return facts.form.addr, facts.form.where
    return inquiry.from_addr, "From"


def judged_senders(inquiry: Inquiry, facts: Facts) -> list[tuple[str, str]]:
    """(address, where it was read) for the scam-kind sender checks (disposable, invalid, digits, abused TLD,
    machine-made, look-alike): the From, and a web form's buyer too. The mailer's From stays a sender: a
    form's lines in a body must not hide it. (The mailbox's grade, free or company, is the buyer's alone.)"""
    judged = [(inquiry.from_addr, "From")]
    if facts.form is not None:
        judged.append((facts.form.addr, facts.form.where))
    return judged


def measure(inquiry: Inquiry, ctx: Context) -> Facts:
    from .webform import form_buyer  # webform reads Facts: imported when first needed

    form = form_buyer(inquiry, ctx)
    # A form's buyer is the sender the mailbox facts describe (free / company / disposable, the domain's DNS).
    addr = form.addr if form is not None else inquiry.from_addr
    domain = ""
    dns = None
    if not addr:
        mailbox, detail = "unknown", "no sender address"
    else:
        normalized, error = _validate_address(addr)
        if error:
            mailbox, detail = "invalid", error
            domain = addr.rpartition("@")[2].lower() if form is not None else inquiry.from_domain
        else:
            domain = normalized.rpartition("@")[2]
            mailbox = ctx.lists.classify(domain)
            detail = f"{mailbox} mailbox ({domain})"
            if mailbox == "company" and ctx.dns is not None:
                dns = ctx.dns.domain(domain)
    origin = origin_kind(inquiry)
    # Only a real sender network has a country: a provider's servers say nothing about the sender.
    ip_country = geo.ip_country(inquiry.origin_ip) if inquiry.origin_ip and origin in ("sender-network", "record") else ""
    country = ip_country or inquiry.declared_country
    # A time of receipt the pipeline filled in (Date, file mtime, triage time: scheduling/receipt.py) is no
    # evidence of when it was sent; only one read from the message or the server counts.
    sent_at = (inquiry.received_at if inquiry.received_from not in RECEIPT_FALLBACKS else None) or inquiry.date
    if sent_at is not None:
        sent_at = sent_at.astimezone(timezone.utc)
    hour, zone, fits = _send_hour(inquiry, ip_country, sent_at) if inquiry.channel == "email" else (None, "", None)
    if hour is not None and form is not None:
        # A web form's notification is written by the site's mailer when the visitor sends the form: its
        # Date offset and hour are the mailer's server clock, not the visitor's (no ODD_SEND_HOUR, no
        # DATE_OFFSET_MISMATCH for our own server's "+0000 vs CN").
        hour, zone, fits = None, "", None
    if origin == "provider" and not ip_country and inquiry.date_offset_minutes == 0:
        # Outlook/Exchange Online and Yahoo web mail stamp Date in UTC: "+0000" there is the
        # provider's clock, not the sender's, so it gives no send hour.
        hour, zone = None, ""
    language = _language(inquiry, ctx, (inquiry.declared_country, ip_country))
    return Facts(mailbox=mailbox, mailbox_detail=detail, domain=domain, dns=dns, ip_country=ip_country,
                 country=country, sent_at=sent_at, sender_local_hour=hour, sender_zone=zone,
                 date_offset_fits=fits, language=language, origin=origin, provider=inquiry.origin_provider,
                 form=form)


def origin_kind(inquiry: Inquiry) -> str:
    """The parser's origin kind; an IP set without one (records, hand-made inquiries) is a
    record's claim or a sender network."""
    if inquiry.origin_kind:
        return inquiry.origin_kind
    if inquiry.origin_ip:
        return "record" if inquiry.origin_ip_header == "record" else "sender-network"
    return "unknown"
