"""Checks: small units that read an inquiry (and the facts measured about it) and return hits.

A check never decides a grade and never writes shared state (Mailman's rules vs chains): grading
does the deciding. Every check is listed once in `REGISTRY`; a duplicate name fails at import.
The declarative markers in `config/rules/*.toml` run as one check ("rules") after the Python
checks, so their meta rules can combine both.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from ..model import Hit, Inquiry

if TYPE_CHECKING:
    from ..config import Config
    from ..language import LanguageDetector
    from ..lookups.dns import DnsLookup
    from ..lookups.lists import DomainLists
    from .facts import Facts
    from .rules import RuleSet


@dataclass
class Context:
    """What checks may consult besides the inquiry. Built once per run by the pipeline."""

    config: Config
    now: datetime
    lists: DomainLists
    language: LanguageDetector
    rules: RuleSet
    dns: DnsLookup | None  # None, or a lookup in offline mode, when --offline
    calendar: object | None = None  # scheduling.deadlines.BusinessCalendar of the seller
    text_model: object | None = None  # learning.active.ActiveModel, or None (no model)
    scores: dict[str, float] | None = None  # the score table: rule name -> points, replacing the rule's own
    # drafts.DraftSettings of `config`, read by the first triage (resolving the rule files' paths for
    # every message was 0.2 ms of it), with the config it was read from.
    drafting: tuple[Config, object] | None = None
    # lookups.offset_zones.SellerSide of `config` and `calendar` (two per message, each sorting the
    # platforms' domains), with the config and calendar it was read from.
    seller: tuple[Config, object, object] | None = None


class Check(Protocol):
    name: str  # kebab-case, unique
    description: str
    needs_network: bool

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]: ...


def _registry() -> tuple[Check, ...]:
    from .content import BuyingFieldsCheck, EmptyMessageCheck, LanguageValueCheck, LinksWithoutWordsCheck, SpyShapeCheck
    from .disguise import DisplayNameDisguiseCheck, LinkIsTheMessageCheck
    from .fraud import FraudShapeCheck
    from .headers import AuthResultsCheck, DisplayNameCheck, NoContactCheck, NoReplyAddressCheck, ReplyToCheck
    from .impostors import ForwardedSenderCheck, MailtoButtonCheck, RecipientDomainServiceCheck
    from .link_targets import LinksOnlyToIpCheck
    from .links import LinkCheck
    from .mailbox import MailboxCheck
    from .model import TextModelCheck
    from .origin import OriginCheck
    from .rfq import RfqFieldsCheck
    from .sender import BrandImpersonationCheck, RecipientAsNameCheck, SenderDomainCheck
    from .signature_phone import SignaturePhoneCheck
    from .webform import WebFormCheck

    checks: tuple[Check, ...] = (
        MailboxCheck(),
        OriginCheck(),
        SignaturePhoneCheck(),
        ReplyToCheck(),
        NoReplyAddressCheck(),
        NoContactCheck(),
        DisplayNameCheck(),
        DisplayNameDisguiseCheck(),
        RecipientAsNameCheck(),
        SenderDomainCheck(),
        BrandImpersonationCheck(),
        ForwardedSenderCheck(),
        RecipientDomainServiceCheck(),
        MailtoButtonCheck(),
        FraudShapeCheck(),
        AuthResultsCheck(),
        LinkCheck(),
        LinksOnlyToIpCheck(),
        LinkIsTheMessageCheck(),
        SpyShapeCheck(),
        LinksWithoutWordsCheck(),
        EmptyMessageCheck(),
        BuyingFieldsCheck(),
        RfqFieldsCheck(),
        LanguageValueCheck(),
        TextModelCheck(),
        WebFormCheck(),
    )
    names = [c.name for c in checks]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate check names in registry: {sorted(duplicates)}")
    return checks


REGISTRY: tuple[Check, ...] = _registry()
# run_checks builds a rescored Hit field by field: a new field must be added there too.
assert [f.name for f in fields(Hit)] == ["rule", "points", "detail", "kind", "where", "excerpt"]

# Hit names the Python checks can produce, so meta rules in TOML may refer to them.
CHECK_HIT_NAMES: tuple[str, ...] = tuple(name for check in REGISTRY for name in getattr(check, "hit_names", ()))


def run_checks(inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
    """All registered checks, then the declarative rules (which may combine the checks' hits)."""
    return with_rules(inquiry, registered_hits(inquiry, facts, ctx), ctx)


def registered_hits(inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
    """The hits of every registered check, in REGISTRY's order."""
    from ..budget import checkpoint

    hits: list[Hit] = []
    for check in REGISTRY:
        checkpoint()  # the per-message time budget and a stop request are honoured between checks
        hits.extend(check.run(inquiry, facts, ctx))
    return hits


def with_rules(inquiry: Inquiry, hits: list[Hit], ctx: Context) -> list[Hit]:
    """The registered checks' `hits` (in REGISTRY's order) and the declarative rules' after them,
    with fitted points: what run_checks gives (pipeline.triage_batch runs the checks over a batch)."""
    from ..budget import checkpoint
    from .rules import evaluate

    checkpoint()
    hits.extend(evaluate(ctx.rules, inquiry, hits))
    scores = ctx.scores
    if scores:  # fitted points replace hand-set ones by rule name, for every kind of check
        # Hit(...) with every field: dataclasses.replace, 5x cheaper (a few hits a message get new points)
        hits = [Hit(h.rule, scores[h.rule], h.detail, h.kind, h.where, h.excerpt) if h.rule in scores else h
                for h in hits]
    return hits
