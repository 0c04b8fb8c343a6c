"""Header evidence: Reply-To pointing elsewhere, a display name that shows another address, and
what our receiving server recorded about SPF / DKIM / DMARC (Authentication-Results)."""

from __future__ import annotations

import re

from ..lookups.domains import registered_domain
from ..model import Hit, Inquiry, header_index, header_names
from . import Context
from .facts import Facts

# The look-behind starts a match only where a run starts: linear on "1.1.1.1..." (no @).
_ADDRESS_IN_NAME = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_AUTH_RESULT = re.compile(r"\b(spf|dkim|dmarc|compauth)\s*=\s*([a-z]+)", re.IGNORECASE)
# "<mailto:dev@lists.example.org>" (List-Post) and "Dev list <dev.lists.example.org>" (List-Id).
_MAILTO = re.compile(r"mailto:([^>?\s,]+@[^>?\s,]+)", re.IGNORECASE)
_ANY_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LIST_ID = re.compile(r"<([^<>\s]+)>\s*$")
# ARC-Authentication-Results starts with "i=N;" before the authserv-id.
_ARC_INSTANCE = re.compile(r"^\s*i\s*=\s*\d+\s*;", re.IGNORECASE)


# A host label, not a whole domain: "lists.example.org" is a list server, "list.ru" a free mailbox.
_GROUP_HOSTS = re.compile(r"@(?:(?:groups?|lists?|listserv|mailman)\.[\w-]+\.[\w.-]+|(?:[\w-]+\.)?(?:yahoogroups\.com|googlegroups\.com|groups\.io))$",
                          re.IGNORECASE)


def _is_group_address(addr: str) -> bool:
    """A discussion group's own address ("x@groups.msn.com", "x@googlegroups.com") even when
    the group sends no List-Id: replies to it go to the group, not to a private mailbox."""
    return _GROUP_HOSTS.search(addr.strip()) is not None


def list_addresses(inquiry: Inquiry) -> set[str]:
    """The mailing list's own addresses as the list headers give them (posting address, and the
    list id read as an address: "dev.lists.example.org" -> "dev@lists.example.org")."""
    found: set[str] = set()
    for name, value in inquiry.headers:  # one pass for the five names (a set: the order they come in is moot)
        if len(name) not in _LIST_HEADER_SIZES:
            continue
        name = name.lower()
        if name == "list-post":
            found.update(m.lower() for m in _MAILTO.findall(value))
        elif name == "mailing-list" or name == "x-mailing-list":
            # Older list software: "Mailing-List: list dev@lists.example.org; contact ...", and the
            # unsubscribe address "dev-unsubscribe@lists.example.org" names the list too.
            found.update(m.lower() for m in _ANY_ADDRESS.findall(value))
        elif name == "list-unsubscribe":
            found.update(m.lower().replace("-unsubscribe@", "@") for m in _MAILTO.findall(value)
                         if "-unsubscribe@" in m.lower())
        elif name == "list-id":
            match = _LIST_ID.search(value.strip())
            label, _, host = (match.group(1) if match else value.strip()).partition(".")
            if label and host:
                found.add(f"{label}@{host}".lower())
    return found


# The lengths of the names list_addresses reads: a name of another length cannot lower-case to one of
# them (as in Inquiry.header_all: only non-ASCII letters change length, and never into ASCII alone).
_LIST_HEADER_SIZES = frozenset(map(len, ("list-post", "mailing-list", "x-mailing-list", "list-unsubscribe", "list-id")))


class ReplyToCheck:
    name = "reply-to"
    description = "Reply-To sends the answer to a different domain than From"
    needs_network = False
    hit_names = ("REPLY_TO_MISMATCH", "REPLY_TO_FREEMAIL")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if not inquiry.reply_to or not inquiry.from_addr:
            return []
        # A list may set Reply-To to itself, or rewrite From to itself and keep the author in
        # Reply-To (DMARC munging): both are the list's doing. Fraud posted to a list is not.
        listed = list_addresses(inquiry)
        if inquiry.from_addr.lower() in listed or any(a.lower() in listed or _is_group_address(a) for a in inquiry.reply_to):
            return []
        from_org = registered_domain(inquiry.from_domain)
        # Mail from our own domain to us with the buyer in Reply-To is how website contact forms
        # (WordPress, Shopify, a CRM) deliver an inquiry: the Reply-To is the buyer, not a detour.
        recipients = {a.lower() for a in inquiry.to_addrs}
        if inquiry.from_addr.lower() not in recipients and from_org in {registered_domain(a.rpartition("@")[2]) for a in recipients}:
            return []
        from_kind = ctx.lists.classify(inquiry.from_domain) if inquiry.from_domain else ""
        # A web form's notification: the mailer sets Reply-To to the visitor, and the visitor is its sender
        # (Facts.form; the mailbox checks judge that address). A Reply-To equal to the address typed into the
        # form's Email field is no detour, as a Reply-To equal to From is none. A form without an Email field
        # takes its buyer from the Reply-To itself: that is judged as ever (else any "reply to my Gmail" with
        # a Name: and a Message: line would pass), as is another Reply-To than the form's buyer.
        buyer = facts.form.addr if facts.form is not None and facts.form.typed else ""
        for addr in inquiry.reply_to:
            domain = addr.rpartition("@")[2].lower()
            if not domain or addr.lower() in (inquiry.from_addr.lower(), buyer):
                continue
            if registered_domain(domain) == from_org:
                # Same webmail provider, different person: "write to my other address" is a
                # classic of advance-fee fraud; within a company domain it is normal.
                if from_kind in ("free", "disposable"):
                    return [Hit("REPLY_TO_FREEMAIL", 2.0, "replies go to another free mailbox than the sender's",
                                "scam", "Reply-To", f"From {inquiry.from_addr}, Reply-To {addr}")]
                continue
            if ctx.lists.classify(domain) in ("free", "disposable"):
                return [Hit("REPLY_TO_FREEMAIL", 2.0, "replies go to a free/disposable mailbox, not the sender's domain",
                            "scam", "Reply-To", f"From {inquiry.from_addr}, Reply-To {addr}")]
            return [Hit("REPLY_TO_MISMATCH", 1.0, "Reply-To domain differs from From", "scam", "Reply-To",
                        f"From {inquiry.from_addr}, Reply-To {addr}")]
        return []


class NoReplyAddressCheck:
    name = "reply-address"
    description = "An email with no address to answer: no address in From, no Reply-To, no web form's buyer"
    needs_network = False
    hit_names = ("NO_REPLY_ADDRESS",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        # A call, a chat or a fax has no email by nature: it is answered on its own channel.
        if not inquiry.from_without_address or inquiry.reply_to:
            return []
        if facts.form is not None and facts.form.addr:
            return []  # a web form's buyer (its Email field) is the address to answer
        # A real buyer always writes from an address; a mail without one cannot be answered at all
        # (spam tools leave From empty or put only a name there). A modest risk, not a verdict.
        return [Hit("NO_REPLY_ADDRESS", 1.0, "no address to reply to: From gives no email address and there is no "
                    "Reply-To", "scam", "From", inquiry.header("From")[:80])]


# The channels answered on the buyer's own line (DOMAIN.md 2.1, "reply by"): a call by phone or email, a chat in its
# app, a fax by fax or email. A web message is answered where it was left (the platform), an RFQ on the platform.
_ANSWERED_ON_THEIR_LINE = ("phone", "im", "fax")


def _contact_in_text(text: str, country: str) -> bool:
    """The note itself gives a way back: an email address, or a phone number libphonenumber takes as valid
    (international with its +CC, or national in the country the record declares). Not any digit run: a
    note's quantities and dates ("5000 10000 pcs", "2026-12-04") are no number to call."""
    import phonenumbers

    from ..learning.tokens import address_matches

    text = text[:4000]
    if "@" in text and next(address_matches(text), None) is not None:
        return True
    region = country.upper() if country else None
    return any(True for _ in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID))


class NoContactCheck:
    name = "record-contact"
    description = "A call, chat or fax record with no way to reach the buyer: no number, address or name"
    needs_network = False
    hit_names = ("NO_CONTACT",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel not in _ANSWERED_ON_THEIR_LINE:
            return []
        if (inquiry.phone or inquiry.from_addr or inquiry.reply_to or inquiry.from_name.strip() or inquiry.company.strip()
                or inquiry.website.strip() or _contact_in_text(f"{inquiry.subject}\n{inquiry.body}", inquiry.declared_country)):
            return []
        # A logging gap (the call was taken, the number not written down), not a scam: the lead may be real, but
        # nobody can answer it until its contact is found, so it does not head the queue as the hottest lead.
        return [Hit("NO_CONTACT", -2.0, f"no way to reach the buyer: the {inquiry.channel} record gives no phone "
                    "number, email address or name", "grade", "record", "")]


class DisplayNameCheck:
    name = "display-name"
    description = "The From display name shows an address at another domain than the real sender"
    needs_network = False
    hit_names = ("FROM_NAME_OTHER_ADDRESS",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        found = _ADDRESS_IN_NAME.search(inquiry.from_name or "")
        if not found or not inquiry.from_domain:
            return []
        shown = registered_domain(found.group(1))
        if shown and shown != registered_domain(inquiry.from_domain):
            return [Hit("FROM_NAME_OTHER_ADDRESS", 1.5, "display name shows an address at another domain", "scam", "From",
                        f"{inquiry.from_name!r} <{inquiry.from_addr}>")]
        return []


class AuthResultsCheck:
    name = "auth-results"
    description = "SPF / DKIM / DMARC verdicts recorded by our own receiving side (above the hand-over hop, or [auth] authserv_ids)"
    needs_network = False
    hit_names = ("AUTH_DMARC_FAIL", "AUTH_SPF_FAIL", "AUTH_NONE", "AUTH_ALL_PASS", "AUTH_NOT_TRUSTED")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        # Anyone on the way (or the sender) can write an Authentication-Results header (RFC 8601
        # section 5). Evidence is only what our side wrote: a header stamped with one of our
        # authserv-ids, or one that sits above the hand-over Received line (prepended by our
        # servers after the message reached us: nothing the sender wrote can be there).
        ours = {a.lower() for a in ctx.config.get("auth.authserv_ids", []) or []}
        index = header_index(inquiry.headers)
        if "authentication-results" not in index and "arc-authentication-results" not in index:
            return []
        present = [(position, value) for position, (name, (_key, value)) in enumerate(zip(header_names(inquiry.headers),
                                                                                             inquiry.headers))
                   if name in ("authentication-results", "arc-authentication-results")]
        above = _above_handover(inquiry)
        header = next((h for i, h in present if _authserv_id(h) in ours or i < above), "")
        if not header:
            why = ("written below the hand-over hop, by the sender's side" if inquiry.origin_handover_index is not None
                   else "no hand-over hop found and no [auth] authserv_ids matched")
            return [Hit("AUTH_NOT_TRUSTED", 0.0, f"authentication results not used: {why}", "info",
                        "Authentication-Results", ", ".join(sorted({_authserv_id(h) for _, h in present}))[:80])]
        if inquiry.origin_provider.startswith("mailing list"):
            # A list re-sends the author's mail from its own servers: SPF and DMARC failures are
            # what forwarding does, not evidence about the author.
            return [Hit("AUTH_NOT_TRUSTED", 0.0, "authentication results not used: delivered by a mailing list", "info",
                        "Authentication-Results", inquiry.origin_provider[:80])]
        results: dict[str, str] = {}
        for method, verdict in _AUTH_RESULT.findall(header):
            results.setdefault(method.lower(), verdict.lower())
        hits: list[Hit] = []
        shown = ", ".join(f"{k}={v}" for k, v in results.items())
        if results.get("dmarc") == "fail" or results.get("compauth") == "fail":
            hits.append(Hit("AUTH_DMARC_FAIL", 2.0, "sender domain failed DMARC / composite authentication", "scam",
                            "Authentication-Results", shown))
        elif results.get("spf") in ("fail", "softfail"):
            hits.append(Hit("AUTH_SPF_FAIL", 1.0, "sending server not allowed by the domain's SPF", "scam",
                            "Authentication-Results", shown))
        elif results.get("spf") == "none" and results.get("dkim") == "none":
            # Since 2024 the big mailbox providers demand SPF or DKIM of bulk senders; a sender
            # with neither is either misconfigured or not who it says.
            hits.append(Hit("AUTH_NONE", 1.0, "sender domain has neither SPF nor a DKIM signature", "scam",
                            "Authentication-Results", shown))
        if results.get("dmarc") == "pass" and results.get("spf") == "pass" and results.get("dkim") == "pass":
            hits.append(Hit("AUTH_ALL_PASS", 0.0, "SPF, DKIM and DMARC all pass", "info", "Authentication-Results", shown))
        return hits


def _above_handover(inquiry: Inquiry) -> int:
    """Position in `inquiry.headers` of the hand-over Received header (0 when unknown): headers
    before it were added on our side."""
    wanted = inquiry.origin_handover_index
    if wanted is None:
        return 0
    seen = 0
    for position, name in enumerate(header_names(inquiry.headers)):
        if name == "received":
            if seen == wanted:
                return position
            seen += 1
    return 0


def _authserv_id(header: str) -> str:
    """The authserv-id: the first token of the header (after "i=N;" in the ARC form)."""
    value = _ARC_INSTANCE.sub("", header, count=1).strip()
    first = re.split(r"[;\s]", value, maxsplit=1)[0].strip().lower()
    # Exchange Online / Outlook.com write no authserv-id ("spf=pass (sender IP ...) ..."): such a
    # header is named "(none)", so a site received by Microsoft can trust it explicitly.
    return "(none)" if "=" in first else first
