"""The sender's mailbox: free, company or disposable; digits in the user name; DNS evidence."""

from __future__ import annotations

import re

from ..model import Hit, Inquiry
from . import Context
from .facts import Facts, sender_address

# "john_tom36", "mary1985", "sales2021x": letters then a run of 2+ digits (the seed's marker).
# Starts only where a run of [a-z._-] starts (same verdict as "[a-z][a-z._-]*\d{2,}[a-z]{0,2}$",
# linear on a hostile local part such as "a.a.a.a...").
_RANDOM_DIGITS = re.compile(r"(?<![a-z._-])[._-]*[a-z][a-z._-]*\d{2,}[a-z]{0,2}$")
# ... but a name followed by a birth year ("rahul.verma1987", "maria_1992", "li-wei2003") is how many
# real buyers' free mailboxes are named: letters only (at least three, one of them a vowel: a name,
# not "xkcd"), an optional separator, then a year 1950-2010 ending the user name. Two-digit endings
# still fire (the seed's "john_tom36"), as do long digit runs ("jsmith48213"), digits mixed into the
# letters ("k3vin88") and a year with letters after it ("sales2021x").
_NAME_AND_YEAR = re.compile(r"\A(?P<name>[a-z]+(?:[._-][a-z]+)*)[._-]?(?:19[5-9]\d|200\d|2010)\Z")
_VOWEL = re.compile(r"[aeiouy]")
# ... and only a person's name: a role or trade word beside the year ("rudihartono.buyer1985",
# "sales_1990", "global.trading2001") is an address made for the job, not a birth year.
_ROLE_WORDS = frozenset("buyer buyers buy sales sale purchase purchasing procurement import imports export exports "
                        "trade trading trader order orders info office admin shop store business company corp group "
                        "intl global official service support manager agent supply supplier sourcing".split())
_ROLE_GLUED = re.compile(r"(?:buyer|purchas|procurement|import|export|trading|sourcing)")


def machine_digits(local: str) -> bool:
    """The user name ends in a run of digits that is not a name's birth year (DIGITS_IN_USERNAME)."""
    local = local.lower()
    if not _RANDOM_DIGITS.search(local):
        return False
    named = _NAME_AND_YEAR.match(local)
    if named is None:
        return True
    name = named.group("name")
    letters = name.replace(".", "").replace("_", "").replace("-", "")
    if any(part in _ROLE_WORDS for part in re.split(r"[._-]", name)) or _ROLE_GLUED.search(letters):
        return True
    return len(letters) < 3 or _VOWEL.search(letters) is None


# Exchange / Microsoft 365 writes its bounces and system notices from "MicrosoftExchange" + 32 hex digits
# on the recipient's own domain, under the display name "Microsoft Outlook".
_EXCHANGE_SYSTEM_LOCAL = re.compile(r"microsoftexchange[0-9a-f]{32}", re.IGNORECASE)


def exchange_system_sender(inquiry: Inquiry) -> bool:
    """The reader's own Exchange writing (a bounce, a quarantine notice): its system address on a
    recipient's domain. Neither its hex digits nor its "Microsoft Outlook" name say anything about a sender."""
    domain = inquiry.from_domain.lower()
    return (_EXCHANGE_SYSTEM_LOCAL.fullmatch(inquiry.from_local) is not None and bool(domain)
            and any(a.lower().rpartition("@")[2] == domain for a in inquiry.to_addrs))


_LIST_HEADERS = ("List-Id", "List-Post", "List-Unsubscribe", "Mailing-List", "X-Mailing-List")


def _recipients_own_alias(inquiry: Inquiry) -> bool:
    sender = inquiry.from_addr.lower()
    return (sender in (a.lower() for a in inquiry.to_addrs)
            and any(inquiry.header(name) for name in _LIST_HEADERS))


class MailboxCheck:
    name = "mailbox"
    description = "Free / company / disposable mailbox, user name shape, and the domain's MX and website"
    needs_network = True
    hit_names = ("FREE_MAILBOX", "COMPANY_MAILBOX", "COMPANY_DOMAIN_VERIFIED", "DISPOSABLE_MAILBOX",
                 "INVALID_SENDER", "DIGITS_IN_USERNAME", "DOMAIN_NOT_FOUND", "DOMAIN_NO_MX", "DNS_UNKNOWN")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        if facts.mailbox == "unknown":
            return hits
        # A web form's notification: its buyer's address (the form's Email field or Reply-To), named in full;
        # facts.mailbox is the buyer's (a form's mailer is a valid company mailbox: webform.form_buyer).
        addr, where = sender_address(inquiry, facts)
        form = facts.form is not None
        if facts.mailbox == "invalid":
            return [Hit("INVALID_SENDER", 1.5, "sender address is not a valid email address", "scam", where,
                        f"{addr}: {facts.mailbox_detail}")]
        # Digits in the user name: the From's (a form's mailer is a sender too), else a web form's buyer's.
        if machine_digits(inquiry.from_local) and not exchange_system_sender(inquiry):
            hits.append(Hit("DIGITS_IN_USERNAME", 1.0, "mailbox user name ends in a run of digits", "scam", "From",
                            inquiry.from_local))
        elif form and machine_digits(addr.rpartition("@")[0]):
            hits.append(Hit("DIGITS_IN_USERNAME", 1.0, "mailbox user name ends in a run of digits", "scam", where, addr))
        shown = addr if form else facts.domain
        if facts.mailbox == "disposable" and not form and _recipients_own_alias(inquiry):
            # From = To on a list mailing: the reader's alias service rewrote the list's From into
            # the reader's own alias; it says nothing about the sender.
            pass
        elif facts.mailbox == "disposable":
            hits.append(Hit("DISPOSABLE_MAILBOX", 2.0, "disposable (throw-away) mailbox", "scam", where, shown))
        elif facts.mailbox == "free":
            # Free mail alone is nearly worthless as evidence (SpamAssassin: FREEMAIL_FROM 0.001).
            hits.append(Hit("FREE_MAILBOX", -0.25, "free webmail sender: many small real buyers use one", "grade", where, shown))
        else:
            hits.append(Hit("COMPANY_MAILBOX", 0.5, "company mailbox", "grade", where, shown))
            hits.extend(self._dns_hits(facts))
        return hits

    @staticmethod
    def _dns_hits(facts: Facts) -> list[Hit]:
        evidence = facts.dns
        if evidence is None:
            return [Hit("DNS_UNKNOWN", 0.0, "DNS not consulted (offline)", "info", "DNS", facts.domain)]
        if evidence.status != "ok":
            return [Hit("DNS_UNKNOWN", 0.0, "DNS evidence unknown", "info", "DNS", evidence.reason)]
        if evidence.exists is False:
            return [Hit("DOMAIN_NOT_FOUND", 2.0, "sender's domain does not exist (resolver healthy)", "scam", "DNS", facts.domain)]
        if evidence.has_mx is False or evidence.null_mx:
            return [Hit("DOMAIN_NO_MX", 1.0, "sender's domain cannot receive mail (no MX / null MX)", "scam", "DNS", facts.domain)]
        if evidence.has_mx and evidence.has_website:
            mx = ", ".join(evidence.mx_hosts[:2])
            return [Hit("COMPANY_DOMAIN_VERIFIED", 1.0, "company domain receives mail and has a website", "grade", "DNS", f"{facts.domain} MX {mx}")]
        return []
