"""The pipeline: raw item -> Inquiry -> facts -> hits -> verdict -> result (and, via store, a task).

Pure except for the lookups held in the Context (DNS, which --offline turns off). The caller owns
the database session; `store.save_result` writes what this returns.
"""

from __future__ import annotations

import gc
import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from itertools import chain
from typing import Any
from zoneinfo import ZoneInfo

from .budget import OutOfTime, checkpoint, interleaved, limit
from . import checks
from .checks import Context, run_checks, with_rules
from .checks.facts import Facts, measure, zone_offset_minutes
from .checks.filing import filing_of
from .checks.webform import as_buyer
from .checks.origin import BuyerCountry, buyer_country_of, company_domain_country, form_country, named_zone
from .checks.signature_phone import signature_phone
from .config import Config
from .drafts import DraftSettings, draft_reply, draft_settings, reply_language
from .errors import ConfigError, RecordError
from .grading import REVIEW_NOTE, Verdict, grade
from .lookups import geo
from .lookups.offset_zones import SellerSide, seller_side, zone_for_offset
from .model import Attachment, Hit, Inquiry, Link
from .parsing import ParseError, parse_email
from .parsing.message import cut_inside_headers
from .parsing.record import parse_record
from .queue.phones import canonical_zone
from .scheduling.receipt import receipt, rejected_records, time_of_receipt
from .sources import RawItem
from .storable import clean_text, is_clean, sane_date


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
    draft_source: DraftSource | None = field(default=None, repr=False, compare=False)  # see `draft`
    due_note: str = ""  # the deadline on both clocks: "send before 16:00 to land in Madrid's morning"
    buyer_timezone: str = ""
    buyer_place: str = ""  # the city or country named in the message that gave the clock (a bare Date offset's)
    country: BuyerCountry = BuyerCountry()  # the buyer's country and the evidence that gave it (checks/origin.py)
    raw: bytes = b""
    imap: dict[str, Any] | None = None
    filing: str = "inquiry"  # checks/filing.py: "inquiry", or list/newsletter/auto-reply/bounce/no-reply/own

    _draft: str = field(default="", repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def draft(self) -> str:
        """The reply draft, written on first use: the JSONL output never shows it and a suspicious
        inquiry is stored without one, so most results never need it (it was ~7 % of triage)."""
        if self.draft_source is not None:
            self._draft, self.draft_source = self.draft_source.write(), None
        return self._draft

    @draft.setter
    def draft(self, text: str) -> None:
        self._draft, self.draft_source = text, None

    def to_json(self) -> dict[str, Any]:
        """The public JSONL object (its field names are a stable interface)."""
        inquiry, facts, verdict = self.inquiry, self.facts, self.verdict
        language = facts.language if facts else None
        in_review = bool(verdict and verdict.suspicious)
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
            "origin": facts.origin if facts else None,
            "provider": (facts.provider or None) if facts else None,
            "sender_local_hour": facts.sender_local_hour if facts else None,
            "date_offset": _offset_text(inquiry.date_offset_minutes) if inquiry else None,
            # When it reached us and what gave that time (scheduling/receipt.RECEIVED_FROM).
            "received_at": _received_text(inquiry),
            "received_from": (inquiry.received_from or None) if inquiry and inquiry.received_at else None,
            # Times of receipt passed over as implausible (a Received: a month ahead): queue show says so.
            **({"receipt_rejected": rejected_records(inquiry.receipt_rejected)}  # type: ignore[arg-type]
               if inquiry and inquiry.receipt_rejected else {}),
            # A suspicious inquiry is reviewed, not answered (store/queue.task_for): no reply deadline.
            "reply_due": self.reply_due.isoformat(timespec="minutes") if self.reply_due and not in_review else None,
            "reply_note": REVIEW_NOTE if in_review else (self.due_note or None),
            "buyer_timezone": self.buyer_timezone or None,
            "buyer_place": self.buyer_place or None,
            # The buyer's country (the stored CC column) and what gave it: network, declared, phone, form,
            # signature-phone or domain (checks/origin.COUNTRY_EVIDENCE), and the value it was read from.
            "country": self.country.code or None,
            "country_from": self.country.evidence or None,
            "country_detail": self.country.detail or None,
            "reasons": verdict.reasons if verdict else [],
            "error": self.error,
            "filing": self.filing,
        }


@dataclass(frozen=True)
class DraftSource:
    """What a reply draft is written from (drafts.draft_reply's arguments), kept until it is asked for."""

    inquiry: Inquiry
    hits: tuple[Hit, ...]
    language: str
    signing: DraftSettings

    def write(self) -> str:
        return draft_reply(self.inquiry, list(self.hits), self.language, signature=self.signing.signature,
                           templates_dir=self.signing.templates_dir, seller_company=self.signing.company,
                           rule_files=self.signing.rule_files)


def _received_text(inquiry: Inquiry | None) -> str | None:
    """The time of receipt in UTC, ISO 8601 to the second; None when not decided (a failed item)."""
    at = sane_date(inquiry.received_at) if inquiry is not None else None
    return at.isoformat(timespec="seconds") if at is not None else None


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
    from .lookups.lists import DomainLists

    lists = DomainLists.load(config.get("mailbox.extra_free", []), config.get("mailbox.extra_disposable", []),
                             config.get("mailbox.company_overrides", []))
    rules = load_rules(config.path_list("rules.files"), CHECK_HIT_NAMES)
    detector = LanguageDetector(config.get("languages.detect"), config.get("languages.minor"),
                                seed=int(config.get("languages.seed", 0)))
    dns = None
    if not offline:
        from .lookups.dns import DnsLookup  # dnspython and email_validator: not needed offline

        dns = DnsLookup(nameservers=config.get("dns.nameservers"), port=int(config.get("dns.port", 53)),
                        timeout=float(config.get("dns.timeout", 1.0)), lifetime=float(config.get("dns.lifetime", 2.0)),
                        canaries_exist=tuple(config.get("dns.canaries", ["gmail.com"])))
    from .scheduling.deadlines import calendar_from_config

    try:
        calendar = calendar_from_config(dict(config.get("business", {})))
    except ValueError as exc:
        raise ConfigError(f"{', '.join(str(p) for p in config.sources)}: [business] {exc}") from None
    from .learning.active import load_active_model
    from .learning.scores import load_scores, scores_path

    ctx = Context(config=config, now=now or datetime.now(timezone.utc), lists=lists, language=detector,
                  rules=rules, dns=dns, calendar=calendar, text_model=load_active_model(config),
                  scores=load_scores(scores_path(config)) or None)
    _freeze_once()
    return ctx


_FROZEN = False


# The cyclic collector's first threshold once the process holds its context (the default is 700).
# Triage leaves ~110 more container objects a message than it frees before the collector looks (parse
# trees, match lists, the batch's memos): at 700 the collector ran ~160 times and traversed everything
# it tracks once or twice (a full collection) per 1,000 messages, 90-140 ms of ~2.4 s CPU; at 10,000 it
# runs 6 times and no full collection comes, ~20 ms. Garbage held in reference cycles (a MIME parse's
# feed parser and its generator) waits up to 10,000 allocations longer: well under a megabyte.
GC_FIRST_THRESHOLD = 10_000


def _freeze_once() -> None:
    """Move what the process holds after its first context (lists, rules, language profiles, the
    model: ~150,000 objects the cyclic collector tracks) out of the collector's sight, once per
    process. They live as long as the run; each full collection traversed them again (~58 ms,
    about once per 2,000 messages triaged: ~0.03 ms a message; ~2 ms after the freeze). Frozen objects
    are still freed by reference counting; only a reference cycle among them would stay. Then the
    collector runs less often (GC_FIRST_THRESHOLD)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.freeze()
        first, *older = gc.get_threshold()
        if first and first < GC_FIRST_THRESHOLD:  # 0: the collector was turned off; keep it so
            gc.set_threshold(GC_FIRST_THRESHOLD, *older)


def buyer_timezone(inquiry: Inquiry, facts: Facts, now: datetime | None = None, *, use_signature: bool = True,
                   signature: str | None = None, seller: SellerSide | None = None, places: list[str] | None = None,
                   evidence: tuple[Facts, int | None, str | None] | None = None) -> str:
    """The buyer's IANA zone from the most specific evidence, by today's name (phonenumbers' old
    'Asia/Calcutta' is 'Asia/Kolkata': queue/phones.canonical_zone); "" if unknown.

    1. The Date offset matched against the zones of the buyer's countries (sender network, declared,
       phone region), the zone the phone number's area code gives and the country's principal zone
       first (US -0800 with a +1 213 number: Los_Angeles; BR -0300: Sao_Paulo, not Araguaina).
    2. The phone number's area code (phonenumbers: +7 383 -> Novosibirsk, +55 92 -> Manaus).
    3. The country's principal zone (data/principal_zones.toml: never zone.tab's first entry), when
       the Date offset is absent or "+0000" (often just a client set to UTC).
    4. A city or country the buyer names (text, signature, subject) whose zone keeps the Date offset
       (checks/origin.named_zone: "Istanbul" on +0300 is Europe/Istanbul, not UTC+3); its name is
       appended to `places`. Else a fixed zone from a whole-hour Date offset (provider mail has no IP
       country; a server abroad does not move the buyer's clock); a half- or quarter-hour one (+0530,
       +0545, -0330) gives the zone in force at it (data/offset_zones.toml). Before those, without any
       country or phone, a zone of the company domain's ccTLD country that keeps the offset (acme.com.ua
       on +0200: Europe/Kyiv).
    (Records have no Date offset: their time's offset is the logger's clock, parsing/record.py.)
    A web form's "Country: Germany" field (checks/origin.form_country) counts after those countries and a
    record's phone. Without a record's phone, sender-network, declared or form country, a +CC number in
    the signature is the phone (weak evidence: checks/signature_phone.py; a Date offset that fits none of
    its zones wins).
    A per-buyer override set in the queue wins over all of these (queue/buyer_clock.py).
    `seller`: what our own side writes is never the buyer's (SellerSide.buyer_evidence): a platform's
    notice (Alibaba) stamps Date on its own clock; a network in the seller's country whose offset it
    does not keep is our own or a platform's relay; the seller's own offset fitting none of the buyer's
    countries is our system's stamp, and the country (IP, declared, a record's phone) wins over it.
    `signature`: signature_phone(inquiry, facts) when the caller has it already; `evidence`:
    _seller_evidence(...) of it, at the mail's time, when the caller has that too (reply_due)."""
    return canonical_zone(_buyer_timezone(inquiry, facts, now, use_signature=use_signature, signature=signature,
                                          seller=seller, places=places, evidence=evidence))


def _seller_evidence(inquiry: Inquiry, facts: Facts, when: datetime, signature: str | None,
                     seller: SellerSide) -> tuple[Facts, int | None, str | None]:
    """(facts, Date offset, signature phone) as the buyer wrote them: SellerSide.buyer_evidence, and a
    form relayed by our own web server taken out too (_form_relayed_by_us). What buyer_timezone and
    buyer_country_evidence read; reply_due works it out once for both."""
    facts, offset, signature = seller.buyer_evidence(inquiry, facts, when, signature)
    return _form_relayed_by_us(inquiry, facts, seller), offset, signature


def _buyer_timezone(inquiry: Inquiry, facts: Facts, now: datetime | None, *, use_signature: bool,
                    signature: str | None, seller: SellerSide | None, places: list[str] | None,
                    evidence: tuple[Facts, int | None, str | None] | None = None) -> str:
    """`evidence`: _seller_evidence(inquiry, facts, when, signature, seller) when the caller has it."""
    when = inquiry.date or inquiry.received_at or now or datetime.now(timezone.utc)
    offset = inquiry.date_offset_minutes
    if seller is not None:
        facts, offset, signature = evidence or _seller_evidence(inquiry, facts, when, signature, seller)
    hint = facts.ip_country or inquiry.declared_country
    form = "" if hint else form_country(inquiry)[0]
    if inquiry.phone or not use_signature or form:
        phone = inquiry.phone
    else:
        phone = signature if signature is not None else signature_phone(inquiry, facts)
    phone_zones = geo.phone_zones(phone, hint or form) if phone else ()
    phone_country = geo.phone_country(phone, hint or form) if phone else ""
    countries = [c for c in dict.fromkeys((facts.ip_country, inquiry.declared_country, phone_country, form)) if c]
    if seller is not None and seller.stamped(offset, when, [c for c in (facts.ip_country, inquiry.declared_country,
                                                                       phone_country if inquiry.phone else "", form) if c]):
        offset = None  # our system's clock, not the buyer's: the buyer's country decides (a signature's phone is
        # too weak for that: a buyer at a fair in China writes on its clock)
    if offset is not None:
        candidates = list(phone_zones) + [z for c in countries for z in geo.zones_by_likelihood(c)]
        for name in dict.fromkeys(candidates):
            if zone_offset_minutes(name, when) == offset:
                return name
    if phone_zones and (offset is None or offset == 0):
        return phone_zones[0]
    principal = next((geo.principal_zone(c) for c in countries if geo.principal_zone(c)), "")
    if principal and (offset is None or offset == 0):
        return principal
    if offset is not None and offset != 0 and use_signature:  # (without the signature's evidence: nor places named)
        named, place = named_zone(inquiry, offset, when, exclude=seller.country if seller is not None else "")
        if named:
            if places is not None:
                places.append(place)
            return named
        domain = company_domain_country(inquiry, facts)[0] if not countries and not phone_zones else ""
        if domain and domain != (seller.country if seller is not None else ""):
            kept = next((z for z in geo.zones_by_likelihood(domain) if zone_offset_minutes(z, when) == offset), "")
            if kept:
                return kept  # the company domain's ccTLD (acme.com.ua on +0200: Kyiv), weakest of all
    if offset is not None and offset % 60 == 0 and offset != 0 and -12 * 60 <= offset <= 14 * 60:
        return f"Etc/GMT{-offset // 60:+d}"  # POSIX sign: Etc/GMT-8 is UTC+8
    if offset is not None and offset % 60 and (fixed := zone_for_offset(offset, when)):
        return fixed  # +0330, +0530, +0545, -0330...: no Etc/GMT zone (data/offset_zones.toml)
    return principal or (phone_zones[0] if phone_zones else "")


def buyer_country(inquiry: Inquiry, facts: Facts, *, signature: str | None = None, seller: SellerSide | None = None) -> str:
    """The country whose weekend and public holidays the buyer keeps: buyer_country_evidence's code."""
    return buyer_country_evidence(inquiry, facts, signature=signature, seller=seller).code


def buyer_country_evidence(inquiry: Inquiry, facts: Facts, *, signature: str | None = None,
                           seller: SellerSide | None = None) -> BuyerCountry:
    """The buyer's country and the evidence that gave it, in checks/origin.COUNTRY_EVIDENCE's order:
    sender network, declared, a record's phone, a web form's country field, the signature's phone, the
    company domain's ccTLD. `seller`: our own side's network is not the buyer's (as buyer_timezone).
    `signature`: signature_phone(inquiry, facts) when the caller has it already."""
    if seller is not None:
        when = inquiry.date or inquiry.received_at or datetime.now(timezone.utc)
        facts, _offset, signature = _seller_evidence(inquiry, facts, when, signature, seller)
    return buyer_country_of(inquiry, facts, signature=signature)


def _form_relayed_by_us(inquiry: Inquiry, facts: Facts, seller: SellerSide) -> Facts:
    """A web form's mail handed over by a network in our own country while its "Country:" field names
    another: our own web server relayed it, and the network is not the buyer's (as SellerSide.buyer_evidence;
    the seller's own Date offset then fits none of the buyer's countries: SellerSide.stamped)."""
    if not seller.country or facts.ip_country != seller.country or inquiry.declared_country:
        return facts
    form = form_country(inquiry)[0]
    if form and form != seller.country:
        return replace(facts, ip_country="", country="")
    return facts


def budget_hours(inquiry: Inquiry, facts: Facts, letter: str, config: Config) -> float:
    hours = float(config.get("deadlines.hours")[letter])
    by_channel = (config.get("deadlines.channel_hours", {}) or {}).get(inquiry.channel, {})
    if letter in by_channel:
        hours = float(by_channel[letter])
    if facts.language.minor_language:
        hours *= float(config.get("deadlines.minor_language_factor", 1.0))
    return hours


def reply_due(inquiry: Inquiry, facts: Facts, letter: str, ctx: Context, *,
              places: list[str] | None = None, countries: list[BuyerCountry] | None = None) -> tuple[datetime, str, str]:
    """(reply-by on the seller's clock, a note naming both clocks, the buyer's zone).

    Counted in the seller's business hours from receipt (or now, for records without a time).
    `places`: buyer_timezone's (the place named in the message that gave the zone, if one did).
    `countries`: the buyer's country evidence the holidays came from is appended, when it is the one
    buyer_country_evidence(inquiry, facts, seller=...) gives (no record phone: the signature is asked alike)."""
    from .scheduling.deadlines import reply_deadline

    # The time of receipt (scheduling/receipt.py): the one every report counts from too.
    start = time_of_receipt(inquiry, ctx.now)[0]
    signature = "" if inquiry.phone else signature_phone(inquiry, facts)  # asked once, for zone and country
    side = seller_side(ctx)
    # What our own side wrote taken out once, for zone and country (as buyer_timezone works it out).
    mail_time = inquiry.date or inquiry.received_at
    seen = _seller_evidence(inquiry, facts, mail_time or ctx.now or datetime.now(timezone.utc), signature, side)
    zone = buyer_timezone(inquiry, facts, ctx.now, signature=signature, seller=side, places=places, evidence=seen)
    if ctx.calendar is None:  # a Context built by hand: plain hours
        hours = budget_hours(inquiry, facts, letter, ctx.config)
        seller = ZoneInfo(ctx.config.seller_timezone())
        return (start + timedelta(hours=hours)).astimezone(seller), "", zone
    if mail_time is not None or seen[1] is None:
        # buyer_country_evidence's answer: the same time (its clock, without the mail's, is the wall clock's
        # now, not ctx.now), or no Date offset, and SellerSide.buyer_evidence reads the time only for that
        evidence = buyer_country_of(inquiry, seen[0], signature=seen[2])
    else:
        evidence = buyer_country_evidence(inquiry, facts, signature=signature, seller=side)
    if countries is not None and not inquiry.phone:
        countries.append(evidence)
    deadline = reply_deadline(start, budget_hours(inquiry, facts, letter, ctx.config), ctx.calendar, zone or None,
                              buyer_country=evidence.code or None, now=ctx.now)
    return deadline.due, deadline.note, zone


def _draft_settings(ctx: Context) -> DraftSettings:
    """`draft_settings(ctx.config)`, read once per context (again if its config is replaced)."""
    if ctx.drafting is None or ctx.drafting[0] is not ctx.config:
        ctx.drafting = (ctx.config, draft_settings(ctx.config))
    return ctx.drafting[1]  # type: ignore[return-value]


def measured(inquiry: Inquiry, ctx: Context) -> Facts:
    """The inquiry's facts, and its time of receipt set: what the checks read."""
    facts = measure(inquiry, ctx)
    # When it reached us, and from what (scheduling/receipt.py): the deadline, the store and the JSONL's.
    inquiry.received_at, inquiry.received_from, inquiry.receipt_rejected = receipt(inquiry, ctx.now)
    return facts


def triage_inquiry(inquiry: Inquiry, ctx: Context, *, facts: Facts | None = None,
                   hits: list[Hit] | None = None) -> TriageResult:
    """`facts`: measured(inquiry, ctx), and `hits`: run_checks(inquiry, facts, ctx), when the caller has
    them already (triage_batch runs those stages over a batch first)."""
    facts = measured(inquiry, ctx) if facts is None else facts
    checkpoint()
    hits = run_checks(inquiry, facts, ctx) if hits is None else hits
    checkpoint()
    verdict = grade(inquiry.channel, hits, ctx.config)
    filing = filing_of(inquiry, ctx.config.get("seller.domains", []) or [], form=facts.form is not None)
    # A web form's notification is answered, greeted, dated and stored as from the form's buyer, not the
    # site's mailer (checks/webform.py); the checks above judged its buyer's address as the sender's mailbox
    # (checks/facts.sender_address) and the rest of the message as it came.
    inquiry = as_buyer(inquiry, facts.form)
    signing = _draft_settings(ctx)  # [seller] company and signature, [drafts] templates_dir (a bad one fails here)
    draft = DraftSource(inquiry, tuple(hits), reply_language(inquiry.channel, facts.language.language,
                                                             inquiry.declared_country), signing)
    checkpoint()
    places: list[str] = []
    found: list[BuyerCountry] = []
    due, note, zone = reply_due(inquiry, facts, verdict.grade, ctx, places=places, countries=found)
    # The stored country (the queue's CC column, `queue --country`) falls back past the network and the
    # declared country to a phone, a form field, the domain's ccTLD, and says which gave it (the deadline's
    # holidays came from the same evidence: not worked out twice).
    country = found[0] if found else buyer_country_evidence(inquiry, facts, seller=seller_side(ctx))
    facts = replace(facts, country=country.code)
    return TriageResult(source=inquiry.source, message_id=inquiry.message_id, channel=inquiry.channel,
                        inquiry=inquiry, facts=facts, verdict=verdict, hits=hits, reply_due=due, due_note=note,
                        buyer_timezone=zone, buyer_place=places[0] if places else "", country=country, draft_source=draft,
                        filing=filing)


def failed_id(item: RawItem) -> str:
    """A stable id for an item we could not parse: its bytes' hash, else its locator."""
    basis = item.raw or item.source.encode("utf-8", "surrogateescape")
    return "sha256:" + hashlib.sha256(basis).hexdigest()[:32]


MAX_ERROR_CHARS = 2000  # an exception's text can quote the whole input


def _reason(prefix: str, exc: BaseException) -> str:
    from .storable import clean_text

    return clean_text(f"{prefix}{type(exc).__name__}: {exc}")[:MAX_ERROR_CHARS]


def _failed(item: RawItem, error: str, inquiry: Inquiry | None = None) -> TriageResult:
    from .storable import clean_text

    return TriageResult(source=clean_text(item.source),
                        message_id=inquiry.message_id if inquiry else failed_id(item),
                        channel=inquiry.channel if inquiry else ("email" if item.kind == "email" else
                                                                 named_channel(item.record)),
                        inquiry=inquiry, error=clean_text(error)[:MAX_ERROR_CHARS], raw=item.raw, imap=item.imap)


UNKNOWN_CHANNEL = "unknown"


def named_channel(record: dict[str, Any] | None) -> str:
    """The channel of a record that failed: the one it named (its field or an alias's, a word such as
    WhatsApp -> im; a CSV row's from the export's defaults), else 'unknown': not valid JSON, no channel
    named, or one the product does not know. Never the parser's default ('message'), which is for a
    record that was read."""
    from .model import CHANNELS, channel_word
    from .parsing.record import with_our_names

    if not isinstance(record, dict):
        return UNKNOWN_CHANNEL
    named = with_our_names(record)[0].get("channel")
    channel = channel_word(named) if isinstance(named, str) else ""
    return channel if channel in CHANNELS else UNKNOWN_CHANNEL


def _plain_texts(value: list[Any] | tuple[Any, ...]) -> bool:
    """No text in `value` holds anything clean_text changes (NUL, a lone surrogate), checked on the texts
    joined: a list or tuple of strings, of string pairs (headers) or of links. False for other shapes."""
    try:
        text = "".join(value)
    except TypeError:
        try:
            if value and type(value[0]) is Link:
                text = "".join([part for link in value for part in (link.text, link.href)])
            else:
                text = "".join(chain.from_iterable(value))
        except (TypeError, AttributeError):
            return False
    return is_clean(text)


def make_storable(inquiry: Inquiry) -> Inquiry:
    """Clean the inquiry where it enters: NUL and lone surrogates out of every text field (they
    break output and both databases), and a Date outside 1970..2100 treated as absent (a year-1 or
    year-9999 date overflows deadline arithmetic). Normal mail is unchanged."""
    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return value if is_clean(value) else clean_text(value)
        if isinstance(value, (list, tuple)) and _plain_texts(value):
            return value  # nothing to clean anywhere in it: kept as it is (equal to a cleaned copy)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, tuple):
            return tuple(clean(v) for v in value)
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        if isinstance(value, Link):
            return Link(text=clean_text(value.text), href=clean_text(value.href))
        if isinstance(value, Attachment):
            return replace(value, name=clean_text(value.name), content_type=clean_text(value.content_type))
        return value

    for name in inquiry.__dataclass_fields__:
        value = getattr(inquiry, name)
        if type(value) is str:
            if is_clean(value):
                continue  # the common case: nothing to replace
        elif isinstance(value, (list, tuple)):
            if _plain_texts(value):
                continue
        elif not isinstance(value, (str, dict)):
            continue
        setattr(inquiry, name, clean(value))
    for name in ("date", "received_at"):
        value = getattr(inquiry, name)
        if value is not None and sane_date(value) is None:
            setattr(inquiry, name, None)
            if name == "received_at":
                inquiry.received_from = ""
            inquiry.defects.append(f"{name} outside 1970..2100 ({value.year}): ignored")
    return inquiry


def triage_item(item: RawItem, ctx: Context, *, stop: threading.Event | None = None) -> TriageResult:
    """Never raises for bad input: the error is returned with the raw bytes kept. A message that
    uses up [limits] message_seconds ends as failed ("took too long"). Raises budget.Stopped when
    `stop` is set (the message in hand is abandoned, nothing is stored for it)."""
    try:
        seconds = float(ctx.config.get("limits.message_seconds", 30) or 0)
    except (TypeError, ValueError):
        raise ConfigError("[limits] message_seconds must be a number of seconds (0 = no limit)") from None
    _build_once(ctx)
    try:
        with limit(seconds, stop):
            return _triage_item(item, ctx)
    except OutOfTime as exc:
        return _failed(item, str(exc))


def _build_once(ctx: Context) -> None:
    """What a process builds once for every message (the rules' prefilter: seconds on a cold cache,
    after an install or a rule change) is built before a message's time budget starts, so the first
    message is not charged for it and failed as "took too long"."""
    try:
        ctx.rules.scanner()
    except Exception:  # noqa: BLE001  (the first message then builds it, and reports any error as its own)
        pass


def _triage_item(item: RawItem, ctx: Context) -> TriageResult:
    parsed = _parse_item(item, ctx)
    return parsed if isinstance(parsed, TriageResult) else _finish_item(item, parsed, ctx)


def _parse_item(item: RawItem, ctx: Context) -> Inquiry | TriageResult:
    """The item's inquiry, made storable; a failed result when it cannot be read."""
    if item.error:
        return _failed(item, item.error)
    try:
        if item.kind == "email":
            inquiry = parse_email(item.raw, source=item.source,
                                  trusted_relays=tuple(ctx.config.get("origin.trusted_relays", [])))
        else:
            inquiry = parse_record(item.record or {}, source=item.source, raw=item.raw,
                                   local_timezone=ctx.config.seller_timezone())
    except OutOfTime:
        raise
    except (ParseError, RecordError) as exc:
        return _failed(item, f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a parser bug on hostile input: the item is kept as failed, the batch goes on
        return _failed(item, _reason("internal error while parsing: ", exc))
    make_storable(inquiry)
    if inquiry.channel == "email" and (cut := cut_inside_headers(inquiry.defects)):
        # A file cut short inside its headers (no line end, no blank line, no body) is not an inquiry to
        # answer: its last header is a fragment. Failed with the parser's reason, its raw bytes kept.
        return _failed(item, f"truncated: {cut}", inquiry)
    arrived = (item.imap or {}).get("internaldate")
    if inquiry.received_at is None and isinstance(arrived, datetime):
        inquiry.received_at = sane_date(arrived)  # the server's arrival time beats the sender's Date
        inquiry.received_from = "imap-internaldate" if inquiry.received_at is not None else ""
    if item.file_time is not None:
        inquiry.file_time = sane_date(item.file_time)
    if item.envelope_time is not None:  # an mbox "From " line's date: the storing host's clock, ours when unnamed
        at = item.envelope_time
        zone = None if at.tzinfo else ZoneInfo(ctx.config.seller_timezone())
        inquiry.envelope_time = sane_date(at.replace(tzinfo=zone) if zone else at)
    return inquiry


def _finish_item(item: RawItem, inquiry: Inquiry, ctx: Context, facts: Facts | None = None,
                 hits: list[Hit] | None = None) -> TriageResult:
    checkpoint()
    try:
        result = triage_inquiry(inquiry, ctx, facts=facts, hits=hits)
    except OutOfTime:
        raise
    except Exception as exc:  # a bug must not stop a batch; the item is kept as failed with the reason
        return _failed(item, _reason("internal error: ", exc), inquiry)
    result.raw = item.raw
    result.imap = item.imap
    return result


def triage_batch(items: Sequence[RawItem], ctx: Context, *, stop: threading.Event | None = None,
                 clock: Callable[[], datetime] | None = None) -> Iterator[TriageResult]:
    """`triage_item` of each item in hand, in order: the same results, less CPU a message. Each
    item is parsed (under its time budget), then the rules' largest Hyperscan databases scan the
    parsed bodies one after another, then each item is finished under what is left of its budget.
    Those databases (4-6 MB) scan a body ~4x faster back to back than once between whole messages,
    whose other stages have evicted them from the cache (issue 10: ~0.25 ms a message of ~2 ms).
    Nothing is read ahead: only `items`, already in hand (a list, a chunk of a pool's work).
    `clock`: each item is finished at `clock()`'s time (`ctx.now` replaced, read as the item's
    checks start, as `triage_item` of each item with a context taken then would have it: the
    daemon's live clock); without it every item sees `ctx.now`. Parsing never reads `now`.
    Raises budget.Stopped when `stop` is set (the items not yet yielded are abandoned)."""
    try:
        seconds = float(ctx.config.get("limits.message_seconds", 30) or 0)
    except (TypeError, ValueError):
        raise ConfigError("[limits] message_seconds must be a number of seconds (0 = no limit)") from None
    _build_once(ctx)
    parsed: list[tuple[Inquiry | TriageResult, float]] = []
    # Each item parsed under its own budget, as the stages below run: one timer for the stage (budget.
    # interleaved), not a limit() a message (its timer and handler swaps were ~6 us a message).
    with interleaved(seconds, [0.0] * len(items), stop) as parsing:
        for index, item in enumerate(items):
            try:
                parsed.append((parsing.run(index, _parse_item, item, ctx), 0.0))
            except OutOfTime as exc:
                parsed.append((_failed(item, str(exc)), 0.0))
    parsed = [(inquiry, used) for (inquiry, _), used in zip(parsed, parsing.used)]
    try:
        ctx.rules.prescan([inquiry for inquiry, _used in parsed if isinstance(inquiry, Inquiry)])
    except Exception:  # noqa: BLE001 (then each evaluate scans as it would have: same answers, same errors)
        pass
    try:
        # Then the stages over the whole batch, one after another: every parsed item's facts (its language
        # above all: a fifth of a message's CPU), then the registered checks on every item, then the rules
        # on every item, then each item is finished (grade, draft, deadline). A stage run back to back keeps its tables and code in the
        # cache, as the scans above do for the rules' databases (issue 10). Each item is charged only its
        # own work, against what is left of its own budget; an item that fails in a stage (a bug, out of
        # time) fails alone, as triage_item would fail it, and goes no further.
        stages = [_Staged(item, inquiry, used) for item, (inquiry, used) in zip(items, parsed)]
        live = [staged for staged in stages if staged.result is None]
        with interleaved(seconds, [staged.used for staged in live], stop) as budgets:
            for index, staged in enumerate(live):
                staged.ctx = ctx if clock is None else replace(ctx, now=clock())
                staged.facts = _staged_run(budgets, index, staged, measured, staged.inquiry, staged.ctx)
            # The registered checks item by item, all of one item's in one run (the same hits in the same
            # order): one budget switch an item rather than one a check (~25 a message). Measured by
            # instruction count (cachegrind): 1.6-2.2 % fewer a warm message than each check over the
            # batch in turn, and no more first-level cache misses: the checks' tables are small.
            for index, staged in enumerate(live):
                if staged.result is None:
                    found = _staged_run(budgets, index, staged, checks.registered_hits, staged.inquiry, staged.facts,
                                        staged.ctx)
                    if staged.result is None:
                        staged.hits = found
            for index, staged in enumerate(live):  # then the rules (their Hyperscan databases, their patterns)
                if staged.result is None:
                    staged.hits = _staged_run(budgets, index, staged, with_rules, staged.inquiry, staged.hits, staged.ctx)
        for index, staged in enumerate(live):
            staged.used += budgets.used[index]
        for staged in stages:
            if staged.result is not None:
                yield staged.result
                continue
            try:
                with limit(seconds, stop, before=staged.used):
                    result = _finish_item(staged.item, staged.inquiry, staged.ctx, staged.facts, staged.hits)
            except OutOfTime as exc:
                result = _failed(staged.item, str(exc))
            yield result
    finally:
        ctx.rules.forget_prescans()


@dataclass
class _Staged:
    """One item of a batch between stages: its inquiry, or its result once it failed."""

    item: RawItem
    inquiry: Inquiry | TriageResult
    used: float  # seconds of its budget used so far
    result: TriageResult | None = None
    ctx: Any = None
    facts: Any = None
    hits: list[Hit] = field(default_factory=list)

    def __post_init__(self) -> None:
        if isinstance(self.inquiry, TriageResult):
            self.result = self.inquiry


def _staged_run(budgets: interleaved, index: int, staged: _Staged, func: Callable[..., Any], *args: Any) -> Any:
    """func(*args) under the item's budget; a failure ends the item as _finish_item would end it."""
    try:
        return budgets.run(index, func, *args)
    except OutOfTime as exc:
        staged.result = _failed(staged.item, str(exc))
    except Exception as exc:  # a bug must not stop a batch (as in _finish_item)
        staged.result = _failed(staged.item, _reason("internal error: ", exc), staged.inquiry)  # type: ignore[arg-type]
    return None


def triage(raw_or_record: bytes | dict[str, Any], ctx: Context, *, source: str = "<input>") -> TriageResult:
    """The public one-call API: raw email bytes or a record dict in, a TriageResult out."""
    if isinstance(raw_or_record, (bytes, bytearray)):
        item = RawItem(source=source, kind="email", raw=bytes(raw_or_record))
    else:
        item = RawItem(source=source, kind="record", record=dict(raw_or_record))
    return triage_item(item, ctx)
