"""Where an inquiry came from and where its buyer's clock came from, in words a salesperson reads
(`queue show`, the web task page), built only from what the stored verdict records (the sender IP
and its country, the mail provider, the Date: offset, the buyer's zone, the rule that read a
signature's phone) and a person's override. Nothing is guessed anew here: an unknown is said to be
unknown, and why, instead of 'IP - (?)'.

Each part is a Sentence: English on the command line, worded from the catalogue (web/locale/zh.po)
on the web. MSGIDS lists every msgid made here (a test checks each has its Chinese)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..sentences import Sentence

# --- origin ------------------------------------------------------------------------------------------

IP_AND_COUNTRY = "IP %(ip)s (%(country)s)"
IP_NO_COUNTRY = "IP %(ip)s (its country is not known)"
VIA_PROVIDER = "not known (sent through %(provider)s, a mail provider: its servers do not show the sender's IP)"
PROVIDER_IP = "IP %(ip)s, a server of %(provider)s (a mail provider: it says nothing of the sender's country)"
NO_PUBLIC_IP = "not known (no public IP in the headers)"
RECORD_NO_IP = "not known (a phone, chat or form record carries no IP)"
LOCAL_HOUR = "sent at %(hour)s:xx on the sender's clock"
DATE_OFFSET = "Date: header offset %(offset)s"
# The buyer's country when the sender network does not give it (checks/origin.COUNTRY_EVIDENCE): what gave it.
COUNTRY_BY_PHONE = "the buyer's country %(country)s, from the phone number %(detail)s"
COUNTRY_BY_FORM = "the buyer's country %(country)s, from the form's country field (%(detail)s)"
COUNTRY_BY_SIGNATURE = "the buyer's country %(country)s, from the phone number %(detail)s in the signature (weak evidence)"
COUNTRY_BY_DOMAIN = "the buyer's country %(country)s, from the country code of the domain %(detail)s"
# (a declared country is the record's own field, shown as the country: it is not said again here)
_COUNTRY_WORDS = {"phone": COUNTRY_BY_PHONE, "form": COUNTRY_BY_FORM, "signature-phone": COUNTRY_BY_SIGNATURE,
                  "domain": COUNTRY_BY_DOMAIN}


def origin_parts(data: Mapping[str, Any], channel: str) -> list[Sentence]:
    """Where the inquiry came from (the stored result `data`), then the buyer's country when something
    other than the sender network gave it (and what did), the send hour and the Date: offset when they
    are known. Unknown parts are left out, never shown as '?' or '-'."""
    ip, country = data.get("sender_ip"), data.get("ip_country")
    provider = data.get("provider") if data.get("origin") == "provider" else None
    if ip and provider and not country:  # a provider's server: its country is not the sender's (checks/facts.py)
        where = Sentence(PROVIDER_IP, ip=ip, provider=provider)
    elif ip:
        where = Sentence(IP_AND_COUNTRY, ip=ip, country=country) if country else Sentence(IP_NO_COUNTRY, ip=ip)
    elif channel != "email":
        where = Sentence(RECORD_NO_IP)
    elif provider:
        where = Sentence(VIA_PROVIDER, provider=provider)
    else:
        where = Sentence(NO_PUBLIC_IP)
    parts = [where]
    said = _COUNTRY_WORDS.get(str(data.get("country_from") or ""))
    if said and data.get("country"):
        detail = str(data.get("country_detail") or "")
        if data.get("country_from") in ("phone", "signature-phone") and detail:
            from .phones import spaced_phone  # spaced as the Phone: line beside it ('+971 50 123 4567')

            detail = spaced_phone(detail)
        parts.append(Sentence(said, country=str(data["country"]), detail=detail))
    if data.get("sender_local_hour") is not None:
        parts.append(Sentence(LOCAL_HOUR, hour=f"{int(data['sender_local_hour']):02d}"))
    if data.get("date_offset"):
        parts.append(Sentence(DATE_OFFSET, offset=data["date_offset"]))
    return parts


# --- the buyer's clock -----------------------------------------------------------------------------

SET_BY_PERSON = "set by %(who)s for this buyer (queue buyer-timezone)"
ZONE_UNKNOWN = "not known: times are shown on your clock only"
OFFSET_ALONE_ABROAD = ("the Date: header's offset %(offset)s alone, the sender's computer clock (their network is in "
                       "%(country)s, which does not keep that offset)")
OFFSET_ALONE = "the Date: header's offset %(offset)s alone, the sender's computer clock (no country of the sender is known)"
SIGNATURE_PHONE = "the phone number in the signature (weak evidence)"
NETWORK_COUNTRY = "the sender network's country %(country)s (from its IP)"
RECORD_PHONE = "the phone number %(phone)s"
GIVEN_COUNTRY = "the country %(country)s given with the inquiry"
TRIAGE_EVIDENCE = "the evidence at triage"
NAMED_PLACE = "%(place)s, named in the message, on the Date: header's offset %(offset)s"
FORM_COUNTRY = "the country %(country)s in the web form's fields"
DOMAIN_COUNTRY = "the country %(country)s of the company's domain %(domain)s"
OFFSET_FITS = "the Date: header's offset %(offset)s fits it"

MSGIDS = (IP_AND_COUNTRY, IP_NO_COUNTRY, VIA_PROVIDER, PROVIDER_IP, NO_PUBLIC_IP, RECORD_NO_IP, LOCAL_HOUR, DATE_OFFSET,
          SET_BY_PERSON, ZONE_UNKNOWN, OFFSET_ALONE_ABROAD, OFFSET_ALONE, SIGNATURE_PHONE, NETWORK_COUNTRY,
          RECORD_PHONE, GIVEN_COUNTRY, TRIAGE_EVIDENCE, OFFSET_FITS, COUNTRY_BY_PHONE, COUNTRY_BY_FORM,
          COUNTRY_BY_SIGNATURE, COUNTRY_BY_DOMAIN, NAMED_PLACE, FORM_COUNTRY, DOMAIN_COUNTRY)

SIGNATURE_PHONE_RULE = "SIGNATURE_PHONE_CLOCK"  # checks/signature_phone.HIT: the clock came from a signature's number


def _offset_minutes(text: str) -> int | None:
    """'+0800' -> 480; None for anything else."""
    if len(text or "") != 5 or text[0] not in "+-" or not text[1:].isdigit():
        return None
    minutes = int(text[1:3]) * 60 + int(text[3:])
    return -minutes if text[0] == "-" else minutes


def _fits(zone: str, offset: str, at: datetime | None) -> bool:
    """The zone keeps the Date: offset at `at` (the inquiry's arrival)."""
    minutes = _offset_minutes(offset)
    if minutes is None or at is None:
        return False
    try:
        kept = at.astimezone(ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return kept is not None and int(kept.total_seconds() // 60) == minutes


def buyer_clock_parts(data: Mapping[str, Any], *, zone: str, override_by: str | None, buyer_key: str,
                      country: str, at: datetime | None) -> list[Sentence]:
    """Where the buyer's clock `zone` (the one the queue reads them on) came from: a person's
    override (`override_by` set), else the evidence triage recorded in `data` (pipeline.buyer_timezone's
    order: Date offset against the countries' zones, a phone's zone, the country's principal zone, a
    fixed zone from the Date offset alone, a place the message names), or not known. `country` is the
    stored buyer country (`data`'s country_from says what gave it),
    `at` the arrival (whether a zone keeps the Date offset depends on the day)."""
    if override_by is not None:
        return [Sentence(SET_BY_PERSON, who=override_by)]
    if not zone:
        return [Sentence(ZONE_UNKNOWN)]
    offset = str(data.get("date_offset") or "")
    ip_country = data.get("ip_country") or ""
    if zone.startswith("Etc/GMT"):  # pipeline.buyer_timezone's last resort: a whole-hour Date offset, fixed
        return [Sentence(OFFSET_ALONE_ABROAD, offset=offset, country=ip_country) if ip_country
                else Sentence(OFFSET_ALONE, offset=offset)]
    reasons = {str(r.get("rule")) for r in data.get("reasons", []) or [] if isinstance(r, Mapping)}
    from .buyer_clock import clock_country

    if clock_country(zone, ip_country) != (ip_country or None):
        ip_country = ""  # a network the clock is not in (our own relay: pipeline.buyer_timezone's SellerSide)
    if clock_country(zone, country) != (country or None):
        country = ""
    country_from = str(data.get("country_from") or "")
    if data.get("buyer_place"):  # pipeline.buyer_timezone: a place the message names, on a bare Date offset
        source = Sentence(NAMED_PLACE, place=str(data["buyer_place"]), offset=offset)
    elif SIGNATURE_PHONE_RULE in reasons:
        source = Sentence(SIGNATURE_PHONE)
    elif ip_country:
        source = Sentence(NETWORK_COUNTRY, country=ip_country)
    elif buyer_key.startswith("tel:"):
        from .phones import spaced_phone

        source = Sentence(RECORD_PHONE, phone=spaced_phone(buyer_key[4:]))
    elif country and country_from == "form":
        source = Sentence(FORM_COUNTRY, country=country)
    elif country and country_from == "domain":
        source = Sentence(DOMAIN_COUNTRY, country=country, domain=str(data.get("country_detail") or ""))
    elif country:
        source = Sentence(GIVEN_COUNTRY, country=country)
    else:
        source = Sentence(TRIAGE_EVIDENCE)
    parts = [source]
    if offset and offset != "+0000" and _fits(zone, offset, at):
        parts.append(Sentence(OFFSET_FITS, offset=offset))
    return parts
