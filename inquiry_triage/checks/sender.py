"""The sender's identity: the recipient's own address used as a greeting, From = To, the shape of
the sender's domain, and display names that invoke a brand the address does not belong to."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lookups.domains import registered_domain
from ..model import Hit, Inquiry
from . import Context
from .facts import Facts, judged_senders
from .mailbox import exchange_system_sender

_LETTERS = re.compile(r"[a-z]+")
_GREETING_WORDS = (r"(?:hi|hello|hey|dear|ol[áa]|oi|hallo|guten\s+tag|bonjour|hola|ciao|beste|caro|cara|cher|ch[èe]re|"
                   r"estimad[oa]|prezad[oa]|sr\(a\)|liebe[rs]?|sehr\s+geehrte[rs]?)")


class RecipientAsNameCheck:
    name = "recipient-as-name"
    description = "The subject or greeting uses the recipient's email address instead of a name"
    needs_network = False
    hit_names = ("RECIPIENT_ADDRESS_AS_NAME", "FROM_IS_RECIPIENT")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        recipients = [a.lower() for a in inquiry.to_addrs if "@" in a]
        if not recipients:
            return hits
        first_lines = [line.lower() for line in inquiry.body[:2000].splitlines() if line.strip()][:3]
        subject = inquiry.subject.lower()
        name = inquiry.from_name.lower()
        for addr in recipients:
            # Mass mailers greet by address ("Hello sales@acme.com,"); people use names. The
            # address must open a line, after at most a greeting word: in a quote header or an
            # attribution ("x@y wrote:") it is only a reference.
            if addr in subject or addr in name or _greets_with(addr, first_lines):
                hits.append(Hit("RECIPIENT_ADDRESS_AS_NAME", 2.0, "greets the recipient by their email address", "scam",
                                "Subject/greeting", addr))
                break
        if inquiry.from_addr and inquiry.from_addr.lower() in recipients and not _delivered_elsewhere(inquiry):
            hits.append(Hit("FROM_IS_RECIPIENT", 1.0, "claims to come from the recipient's own address", "scam", "From",
                            inquiry.from_addr))
        return hits


def _greets_with(addr: str, lines: list[str]) -> bool:
    """A line opens with `addr`, after at most a greeting word. The pattern (one per address) is
    only compiled for a line that holds the address at all."""
    candidates = [line for line in lines if addr in line]
    if not candidates:
        return False
    greeting = _greeting_with(addr)
    return any(greeting.search(line) for line in candidates)


@lru_cache(maxsize=256)  # a mailbox's own address comes back in every message: compiled once, not per message
def _greeting_with(addr: str) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_GREETING_WORDS}\W+)?{re.escape(addr)}\b(?!.*\b(?:wrote|writes|said)\b)")


# A list or a Bcc newsletter writes its own address in both From and To; the real recipient is
# then named only by the delivering server (Delivered-To / X-Original-To) or by list headers.
_LIST_HEADERS = ("List-Id", "List-Post", "List-Unsubscribe", "Mailing-List", "X-Mailing-List")


def _delivered_elsewhere(inquiry: Inquiry) -> bool:
    """True when the message went to a list or to another mailbox than the To address, so
    From = To is the sender writing to itself (Bcc mailing), not a forgery of the reader."""
    if any(inquiry.header(name) for name in _LIST_HEADERS):
        return True
    sender = inquiry.from_addr.lower()
    delivered = [v.strip().strip("<>").lower() for name in ("Delivered-To", "X-Original-To")
                 for v in inquiry.header_all(name) if "@" in v]
    return bool(delivered) and sender not in delivered


class SenderDomainCheck:
    name = "sender-domain"
    description = "Sender domain in a heavily abused TLD, or a machine-made host name"
    needs_network = False
    hit_names = ("ABUSED_TLD", "MACHINE_MADE_SENDER")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        # The From, and a web form's buyer too (checks/facts.judged_senders): the first finding of each kind.
        hits: dict[str, Hit] = {}
        for addr, where in judged_senders(inquiry, facts):
            for hit in self._judge(addr, where, inquiry, facts, ctx):
                hits.setdefault(hit.rule, hit)
        return list(hits.values())

    @staticmethod
    def _judge(addr: str, where: str, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        form = where != "From"  # a web form's buyer: named by the full address
        domain = (addr.rpartition("@")[2] if form else inquiry.from_domain).lower().rstrip(".")
        # The buyer's mailbox is facts.mailbox; a form's mailer (its From) is a valid company mailbox
        # (checks/webform.form_buyer), any other From is facts.mailbox.
        mailbox = facts.mailbox if form or facts.form is None else "company"
        if not domain or mailbox in ("free", "invalid"):
            return []
        hits: list[Hit] = []
        tld = domain.rsplit(".", 1)[-1]
        if tld in set(ctx.config.get("sender.abused_tlds", [])):
            hits.append(Hit("ABUSED_TLD", 1.0, "sender domain is in a top-level domain with a high abuse rate", "scam",
                            where, addr if form else domain))
        labels = domain.split(".")
        local = (addr.rpartition("@")[0] if form else inquiry.from_local).lower()
        # Bulk senders rotate throw-away hosts: deep chains of one-letter labels, digit-stuffed
        # labels, or a user part that is a first-name_last-name_number triple.
        single_letter_labels = sum(1 for label in labels[:-1] if len(label) == 1)
        digit_labels = sum(1 for label in labels[:-1] if re.search(r"[a-z]\d{2,}|\d{2,}[a-z]", label))
        triple = re.fullmatch(r"[a-z]+_[a-z]+_\d{3,}", local) is not None
        if single_letter_labels >= 3 or digit_labels >= 1 and len(labels) >= 3 or triple:
            hits.append(Hit("MACHINE_MADE_SENDER", 1.5, "sender address looks machine-made (rotating bulk host)", "scam",
                            where, addr))
        return hits


class BrandImpersonationCheck:
    name = "brand-impersonation"
    description = "Display name is a well-known brand or service that the sender's domain does not belong to"
    needs_network = False
    hit_names = ("BRAND_IN_NAME_NOT_DOMAIN",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        words = _LETTERS.findall(inquiry.from_name.lower())
        if not words or not inquiry.from_domain or exchange_system_sender(inquiry):
            return []
        name = " ".join(words)
        # `b in name` first: the word-bounded search only runs for the few brands the name holds at all.
        brands = [b for b in ctx.config.get("sender.impersonated_brands", [])
                  if b in name and re.search(rf"\b{re.escape(b)}\b", name)]
        if not brands:
            return []
        domain_letters = "".join(_LETTERS.findall(registered_domain(inquiry.from_domain)))
        if any(b.replace(" ", "") in domain_letters for b in brands):
            return []
        service = set(ctx.config.get("sender.brand_service_words", []))
        # The name must BE the brand: "PayPal", "PayPal Service", "DHL Express", "Microsoft account
        # team". A person who shares a word with a brand ("Chase Miller", "Apple Li") is not.
        rest = name
        for brand in sorted(brands, key=len, reverse=True):
            rest = re.sub(rf"\b{re.escape(brand)}\b", " ", rest)
        if any(word not in service for word in rest.split()):
            return []
        return [Hit("BRAND_IN_NAME_NOT_DOMAIN", 1.5, "display name is a brand the sending domain does not belong to",
                    "scam", "From", f"{inquiry.from_name!r} <{inquiry.from_addr}>")]
