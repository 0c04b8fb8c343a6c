"""Where and when it was sent: what the hand-over hop tells about the sender's network (a
country, or only "a provider's server"), the sender's local hour, the Date header's UTC offset
against the sender-network country, and the configured country-risk weights.

Country, Date-offset and declared-country judgements use only a real sender-network country
(parsing/received.py): never the country of Gmail's or Outlook's servers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from ..lookups import geo
from ..memo import IdentityMemo
from ..model import Hit, Inquiry
from ..parsing.form_fields import field_values, form_text
from . import Context
from .facts import Facts

# --- the buyer's country, and the evidence that gave it -------------------------------------------------
#
# One order, used for the stored country (the queue's CC column and `queue --country`), the country whose
# holidays the buyer keeps (pipeline.buyer_country) and COUNTRY_RISK when no network or declared country
# is known. Strongest first:
#   network          the sender network's IP (a real hand-over hop, never a mail provider's server)
#   declared         the country field of a record (a chat, call, form or RFQ export)
#   phone            a record's phone number (+234 ... -> NG)
#   form             a web form's "Country: Germany" line in the mail (form fields in the body)
#   signature-phone  a +CC number in the signature (checks/signature_phone.py: weak, used only without
#                    any of the above)
#   domain           the country-code TLD of the sender's company domain (a record's website when there
#                    is no company mailbox): acme.com.ua -> UA; never a free or disposable mailbox's, and
#                    never a ccTLD sold worldwide as a generic name (.io, .co, .me, .tv, .ai ...)
COUNTRY_EVIDENCE = ("network", "declared", "phone", "form", "signature-phone", "domain")
_EVIDENCE_WORDS = {"network": "the sender network's IP", "declared": "the country given with the inquiry",
                   "phone": "the phone number", "form": "the form's country field",
                   "signature-phone": "the phone number in the signature", "domain": "the domain"}


@dataclass(frozen=True)
class BuyerCountry:
    code: str = ""  # ISO alpha-2, "" when nothing says where the buyer is
    evidence: str = ""  # one of COUNTRY_EVIDENCE ("" when unknown)
    detail: str = ""  # what gave it: the IP, the number, the form's value, the domain

    def words(self) -> str:
        """'NG Nigeria (from the phone number +234 803 123 4567)'."""
        if not self.code:
            return ""
        said = _EVIDENCE_WORDS.get(self.evidence, self.evidence)
        return f"{self.code} {geo.country_name(self.code)} (from {said}{' ' + self.detail if self.detail else ''})"


# Country-code TLDs sold worldwide as generic names (Google treats most as generic: "gccTLDs"), and the
# free-registration ones: they say nothing of where the company is. Under a national second level
# (acme.com.co, acme.co.tv) they are national again.
GENERIC_CCTLDS = frozenset("ac ad ag ai as bz cc cd cf cx co dj fm ga gg gq gs io la ly me ml ms nu pw sc sh "
                           "so sr st su tk to tv vc vg ws".split())
_NATIONAL_SECOND_LEVEL = frozenset("com co net org gov edu ac or ne go mil".split())


def domain_country(domain: str) -> str:
    """The country of a domain's country-code TLD ('acme.com.ua' -> 'UA', '.uk' -> 'GB'); "" for a generic
    TLD, a ccTLD sold as a generic name, or anything else."""
    labels = domain.lower().strip().rstrip(".").split(".")
    if len(labels) < 2 or len(labels[-1]) != 2 or not labels[-1].isascii() or not labels[-1].isalpha():
        return ""
    tld = labels[-1]
    if tld in GENERIC_CCTLDS and not (len(labels) >= 3 and labels[-2] in _NATIONAL_SECOND_LEVEL):
        return ""
    code = "GB" if tld == "uk" else tld.upper()
    return code if geo.country_name(code) != code else ""


def _website_domain(website: str) -> str:
    text = website.strip().lower()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host = re.split(r"[/?#:\s]", text, maxsplit=1)[0]
    return host if "." in host else ""


# form_country's answers by the text it reads (the buyer's text, then the signature: form_text's parts).
# A message asks up to three times (the origin check's COUNTRY_RISK, the buyer's clock, the buyer's
# country), each a scan of up to 12,000 characters (~12 us): kept for a batch (memo.py).
_FORM_COUNTRIES: IdentityMemo[str, tuple[str, tuple[str, str]]] = IdentityMemo()


def form_country(inquiry: Inquiry) -> tuple[str, str]:
    """(code, the value as written) of a web form's country field in the buyer's text or signature
    ("Country: Germany", "Country/Region: Turkey", "* Your country: Kenya", "| Country | Brazil |",
    "国家：德国"; never "Country of origin:" or "Destination country:", the goods' countries: the
    labels are parsing/form_fields.py's); ("", "") when there is none or its value is not a country."""
    own, signature = inquiry.own_text or inquiry.body, inquiry.signature
    found = _FORM_COUNTRIES.get(own)
    if found is not None and found[1][0] is signature:
        return found[1][1]
    answer = _form_country(inquiry)
    _FORM_COUNTRIES.put(own, (signature, answer))
    return answer


def _form_country(inquiry: Inquiry) -> tuple[str, str]:
    for value in field_values(form_text(inquiry), "country"):
        for candidate in (value, re.split(r"[(,/]", value, maxsplit=1)[0].strip()):
            code = geo.country_code(candidate) if candidate else ""
            if code:
                return code, value
    return "", ""


def buyer_country_of(inquiry: Inquiry, facts: Facts, *, signature: str | None = None) -> BuyerCountry:
    """The buyer's country from the strongest evidence there is (COUNTRY_EVIDENCE's order).
    `signature`: signature_phone(inquiry, facts) when the caller has it already."""
    if facts.ip_country:
        return BuyerCountry(facts.ip_country, "network", inquiry.origin_ip or "")
    if inquiry.declared_country:
        return BuyerCountry(inquiry.declared_country, "declared")
    if inquiry.phone and (code := geo.phone_country(inquiry.phone)):
        return BuyerCountry(code, "phone", inquiry.phone.strip())
    code, value = form_country(inquiry)
    if code:
        return BuyerCountry(code, "form", value)
    if signature is None:
        from .signature_phone import signature_phone

        signature = signature_phone(inquiry, facts)
    if signature and (code := geo.phone_country(signature)):
        return BuyerCountry(code, "signature-phone", signature)
    code, domain = company_domain_country(inquiry, facts)
    if code:
        return BuyerCountry(code, "domain", domain)
    return BuyerCountry()


def company_domain_country(inquiry: Inquiry, facts: Facts) -> tuple[str, str]:
    """(code, domain) of the sender's company domain's ccTLD, else a record's website's; ("", "")."""
    domain = getattr(facts, "domain", "") if getattr(facts, "mailbox", "") == "company" else ""
    if not domain and inquiry.website:
        domain = _website_domain(inquiry.website)
    code = domain_country(domain) if domain else ""
    return (code, domain) if code else ("", "")


# --- a city or country the message names, for a bare UTC offset ------------------------------------------

# Big trade cities that are not a zone's own name (the zone's city is: Istanbul, Riyadh, Lagos ...).
_CITIES = {
    "ankara": "Europe/Istanbul", "izmir": "Europe/Istanbul", "bursa": "Europe/Istanbul",
    "jeddah": "Asia/Riyadh", "dammam": "Asia/Riyadh", "mecca": "Asia/Riyadh", "medina": "Asia/Riyadh",
    "abu dhabi": "Asia/Dubai", "sharjah": "Asia/Dubai", "ajman": "Asia/Dubai",
    "munich": "Europe/Berlin", "hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin",
    "stuttgart": "Europe/Berlin", "dusseldorf": "Europe/Berlin", "milan": "Europe/Rome", "turin": "Europe/Rome",
    "barcelona": "Europe/Madrid", "lyon": "Europe/Paris", "marseille": "Europe/Paris",
    "rotterdam": "Europe/Amsterdam", "antwerp": "Europe/Brussels", "krakow": "Europe/Warsaw",
    "saint petersburg": "Europe/Moscow", "st petersburg": "Europe/Moscow", "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv", "odesa": "Europe/Kyiv", "odessa": "Europe/Kyiv", "kharkiv": "Europe/Kyiv",
    "alexandria": "Africa/Cairo", "abuja": "Africa/Lagos", "kano": "Africa/Lagos", "mombasa": "Africa/Nairobi",
    "durban": "Africa/Johannesburg", "cape town": "Africa/Johannesburg", "casablanca": "Africa/Casablanca",
    "basra": "Asia/Baghdad", "erbil": "Asia/Baghdad", "mashhad": "Asia/Tehran", "isfahan": "Asia/Tehran",
    "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
    "calcutta": "Asia/Kolkata", "chennai": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata", "ahmedabad": "Asia/Kolkata", "pune": "Asia/Kolkata", "lahore": "Asia/Karachi",
    "islamabad": "Asia/Karachi", "chittagong": "Asia/Dhaka", "hanoi": "Asia/Bangkok", "saigon": "Asia/Ho_Chi_Minh",
    "surabaya": "Asia/Jakarta", "cebu": "Asia/Manila", "osaka": "Asia/Tokyo", "busan": "Asia/Seoul",
}
# Names that are also people's names, US states or everyday words: never read as a place.
_NOT_PLACES = frozenset("jordan chad georgia jersey guernsey phoenix davis casey palmer troll center salem knox "
                        "marengo vevay monticello beulah petersburg winamac tell tucuman mendoza cordoba victoria "
                        "regina america stanley hamilton sydney darwin denver dawson creston kirov samara nelson "
                        "santiago cayenne resolute nome adelaide hobart lindeman macquarie boise st".split())
# Latin letters only: a name in another script is not looked up (nor folded to a stray code: "CAの..." is no "CA").
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(f"[{_LETTERS}]+")
# A word of _WORD's that starts with a capital (str.isupper: the only words that may start a place): found
# in C, so named_zone's loop sees the few capitalised words of a text, not every word (tests/checks/
# test_named_zone_scan.py compares it with the loop over _WORD.findall it replaces).
_CAPITALS = "".join(ch for ch in map(chr, range(0x250)) if re.fullmatch(_WORD, ch) and ch.isupper())
# Spelled to open with the capital's class (the look-behind after it: no letter before the capital), so
# that `re` skips to the next capital at C speed instead of trying a look-behind at every position.
_CAPITALISED = re.compile(f"[{_CAPITALS}](?<![{_LETTERS}].)[{_LETTERS}]*")
_PLACE_TEXT_CHARS = 4000


def _fold(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is: most words skip the normalisation
        return text.lower()
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=1)
def _zone_country() -> dict[str, str]:
    import pytz

    return {name: code for code, names in pytz.country_timezones.items() for name in names}


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """Folded city name -> zone, from zone.tab's names (Asia/Kolkata -> kolkata) and _CITIES."""
    import pytz

    out: dict[str, str] = {}
    for names in pytz.country_timezones.values():
        for name in names:
            parts = name.split("/")
            if parts[0] in ("Antarctica", "Arctic", "Etc") or len(parts) > 2 and parts[1] != "Argentina":
                continue
            city = _fold(parts[-1].replace("_", " "))
            if city not in _NOT_PLACES:
                out.setdefault(city, name)
    out.update(_CITIES)
    return out


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """The first folded word of every name _place_zone can answer for (a city, a country, a code):
    a capitalised word outside it starts no place, so named_zone skips it without building its n-grams."""
    names = set(_zone_cities()) | set(geo.country_names_folded()) | {"uae", "usa", "uk"}
    return frozenset(name.split(" ", 1)[0] for name in names)


def _zone_keeps(name: str, offset: int, when: datetime) -> bool:
    try:
        delta = when.astimezone(geo.zone(name)).utcoffset() or timedelta(0)
    except Exception:  # noqa: BLE001 (an unknown zone keeps nothing)
        return False
    return int(delta.total_seconds() // 60) == offset


def _place_zone(name: str, offset: int, when: datetime, exclude: str) -> str:
    """The zone of a folded place name (a city, else a country) that keeps `offset` at `when`; ""."""
    zone = _zone_cities().get(name)
    if zone and _zone_keeps(zone, offset, when) and _zone_country().get(zone) != exclude:
        return zone
    if len(name) <= 3 or name in _NOT_PLACES:  # "in", "de", "uae": codes and short words are not names here
        code = {"uae": "AE", "usa": "US", "uk": "GB"}.get(name, "")
    else:
        code = geo.country_code(name)
    if not code or code == exclude:
        return ""
    return next((z for z in geo.zones_by_likelihood(code) if _zone_keeps(z, offset, when)), "")


def named_zone(inquiry: Inquiry, offset: int, when: datetime, *, exclude: str = "") -> tuple[str, str]:
    """(zone, the name as written) of a city or country the buyer names (own text, signature, subject)
    whose zone keeps the Date offset `offset` (minutes) at `when`, first named first; ("", "") when none
    does. A name counts only written with a capital (a place, not "china" the porcelain); `exclude`: the
    seller's own country (the buyer writes about it, they do not live there)."""
    # The signature first: "Nairobi, Kenya" under the name says where the buyer is; the text may name
    # the countries their goods come from.
    text = "\n".join(part[:_PLACE_TEXT_CHARS] for part in (inquiry.signature, inquiry.own_text or inquiry.body,
                                                           inquiry.subject) if part)
    starts = _name_starts()
    for found in _CAPITALISED.finditer(text):  # each word of _WORD.findall(text) written with a capital
        word = found.group()
        if _fold(word) not in starts:
            continue
        words, end = [word], found.end()
        while len(words) < 3 and (after := _WORD.search(text, end)) is not None:  # the next two words
            words.append(after.group())
            end = after.end()
        following = [_fold(w) for w in words]
        for n in (3, 2, 1):  # the longest name first: "Saudi Arabia", "Abu Dhabi", "New Delhi"
            if n > len(following):
                continue
            zone = _place_zone(" ".join(following[:n]), offset, when, exclude)
            if zone:
                return zone, " ".join(words[:n])
    return "", ""


def _unverified(inquiry: Inquiry) -> str:
    claims = inquiry.origin_unverified[:3]
    return f"; below the hand-over, not evidence: {', '.join(claims)}" if claims else ""


class OriginCheck:
    name = "origin"
    description = "Sender network (or provider) from the hand-over hop, local send hour, Date offset vs country, country risk"
    needs_network = False
    hit_names = ("ORIGIN_COUNTRY", "ORIGIN_PROVIDER", "ODD_SEND_HOUR", "DATE_OFFSET_MISMATCH", "COUNTRY_RISK",
                 "DECLARED_COUNTRY_MISMATCH")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        if facts.origin == "provider":
            hits.append(Hit("ORIGIN_PROVIDER", 0.0, f"sent through {facts.provider}'s servers: no sender country from the network",
                            "info", "Received", f"handed over by {inquiry.origin_handover or '?'}{_unverified(inquiry)}"))
        if facts.ip_country:
            via = f" (recorded by {facts.provider})" if facts.provider else ""
            if facts.provider and inquiry.origin_date_by_provider and inquiry.date_offset_minutes == 0:
                via += "; Date +0000 is the provider's own UTC stamp, not the sender's clock"
            hits.append(Hit("ORIGIN_COUNTRY", 0.0, "sender network's country", "info", inquiry.origin_ip_header,
                            f"{inquiry.origin_ip} -> {facts.ip_country} {geo.country_name(facts.ip_country)}{via}"
                            f"{_unverified(inquiry)}"))
        odd = ctx.config.get("origin.odd_hours", {"start": 0, "end": 5})
        if facts.sender_local_hour is not None and facts.sent_at is not None:
            if facts.ip_country and not (facts.date_offset_fits and inquiry.date_offset_minutes is not None):
                hours = [h for _, h in geo.local_hours(facts.ip_country, facts.sent_at)]
            elif facts.ip_country:
                hours = [facts.sender_local_hour]  # the Date offset is one the country keeps: its hour
            else:
                hours = [facts.sender_local_hour]  # the sender's own Date clock
            if hours and all(odd["start"] <= h < odd["end"] for h in hours):
                hits.append(Hit("ODD_SEND_HOUR", 0.5, f"sent in the small hours of the sender's clock ({facts.sender_local_hour:02d}:xx)",
                                "scam", "time", f"{facts.sender_zone} at {facts.sent_at:%Y-%m-%d %H:%M} UTC"))
        if facts.date_offset_fits is False and inquiry.date_offset_minutes is not None and facts.ip_country:
            offset = inquiry.date_offset_minutes
            hits.append(Hit("DATE_OFFSET_MISMATCH", 1.5, "Date header's UTC offset is not used in the sender network's country",
                            "scam", "Date",
                            f"{'+' if offset >= 0 else '-'}{abs(offset) // 60:02d}{abs(offset) % 60:02d} vs {facts.ip_country}"))
        weights: dict[str, float] = ctx.config.get("origin.country_risk", {}) or {}
        if weights:
            # The network's and the declared country (either may carry the weight); without both, the
            # buyer's country from a record's phone, a form field or the company domain's ccTLD
            # (buyer_country_of), named in the detail. A number in a mail's signature is too weak for
            # points: it sets the clock and the stored country only.
            if facts.ip_country or inquiry.declared_country:
                known = [BuyerCountry(facts.ip_country, "network", inquiry.origin_ip or ""),
                         BuyerCountry(inquiry.declared_country, "declared")]
            else:
                known = [c for c in [buyer_country_of(inquiry, facts)] if c.evidence != "signature-phone"]
            for country in known:
                weight = weights.get(country.code) if country.code else None
                if weight:
                    hits.append(Hit("COUNTRY_RISK", float(weight), "configured country-risk weight (a signal, not a verdict)",
                                    "scam", "origin", country.words()))
                    break
        if facts.ip_country and inquiry.declared_country and facts.ip_country != inquiry.declared_country:
            hits.append(Hit("DECLARED_COUNTRY_MISMATCH", 0.5, "declared country differs from the sender network's country",
                            "scam", "origin", f"declared {inquiry.declared_country}, IP {facts.ip_country}"))
        return hits
