"""A web form's notification: the site's mailer sends what a visitor typed into the contact form
(Wix, WordPress Contact Form 7, Squarespace, HubSpot, the company's own site). The mail is From the
mailer ("Website" <noreply-forms@ourcompany.example>, noreply@wix-forms.example, wordpress@...), the
buyer is the visitor: the form's Email field, or the Reply-To the mailer sets to it, greeted by the
form's Name field.

Recognised only when both are there: the sender is a site's machine mailbox (a no-reply one, or a form
mailer's role name: data/form_fields.toml `mailers`, on a valid address of a site's own domain: never free
mail or a disposable one, an abused TLD or a domain dressed up as a known company, where anyone can take a
"noreply" name) AND the body carries the form's field lines (at least two of name / e-mail / phone /
country / message, read by parsing/form_fields.py) with an address that is neither the mailer's, nor on
the mailer's own site (a shop's notice naming its support desk), nor one we received it at. Ordinary mail
is never switched: a Reply-To to another (free) mailbox stays what the Reply-To check says it is.

facts.measure decides it once per message (Facts.form). The mailbox's grade (free / company mailbox, its
domain's DNS) is the buyer's: checks/facts.sender_address. The scam-kind sender checks (digits in the user
name, an abused TLD, a machine-made host, a look-alike domain; disposable and invalid for the buyer, as the
mailer is neither) judge the From as before AND the buyer (checks/facts.judged_senders), the explanation
naming the address and where it was read. The rest judges the message as it came (the mailer is its
transport: SPF, DMARC, the display name are the mailer's); a Reply-To is no detour only when it repeats the
address typed into the form's Email field (a buyer taken from the Reply-To alone is no reason to trust it). The filing (checks/filing.py) makes it an inquiry, and the pipeline
gives the draft, the buyer's country and clock, the store and the buyer's history the form's buyer.
The verdict says so: WEB_FORM_NOTIFICATION, an information hit naming the mailer and where the buyer
came from.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache

from ..lookups.domains import registered_domain
from ..lookups.lists import DomainLists
from ..model import Hit, Inquiry
from ..parsing.form_fields import FIELDS_FILE, field_values, form_text
from . import Context
from .facts import Facts, _validate_address
from .filing import _NO_REPLY, _list_kind, _machine_local  # the no-reply mailboxes, as the filing knows them

_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+")
_PERSON_FIELDS = ("name", "first_name", "last_name", "email", "phone", "country", "message")
_VISITOR_FIELDS = ("name", "first_name", "last_name", "message")
_NAME_CHARS = 80


@dataclass(frozen=True, slots=True)
class FormBuyer:
    """The visitor a form notification is from."""

    addr: str  # lower-cased
    name: str  # the form's Name (or First and Last name) field, "" when it has none
    where: str  # what gave the address: "the form's Email field", "Reply-To", or both
    mailer: str  # the mailer's address (the message's From)

    @property
    def typed(self) -> bool:
        """The address is the form's Email field (the visitor typed it), not only the mailer's Reply-To."""
        return self.where != "Reply-To"


@cache
def _mailers() -> frozenset[str]:
    with FIELDS_FILE.open("rb") as handle:
        return frozenset(_machine_local(x) for x in tomllib.load(handle).get("mailers", ()))


def is_form_mailer(local: str) -> bool:
    """A mailbox a site's form mailer sends from: a no-reply one or a form mailer's role name."""
    folded = _machine_local(local)
    return bool(folded) and (bool(_NO_REPLY.match(folded)) or folded in _mailers())


@cache
def _lists() -> DomainLists:
    return DomainLists.load()


def _free_domains() -> frozenset[str]:
    return _lists().free


def _same_site(addr: str, mailer: str) -> bool:
    """Both on one site (one registered domain, or one's host under the other's), a free mailbox
    provider's excepted (its users are strangers to each other)."""
    host, home = addr.rpartition("@")[2], mailer.rpartition("@")[2]
    if registered_domain(home) in _free_domains() or registered_domain(host) in _free_domains():
        return False
    return (registered_domain(host) == registered_domain(home) or host.endswith("." + home)
            or home.endswith("." + host))


def _first(values: list[str]) -> str:
    return values[0] if values else ""


def _no_site(inquiry: Inquiry, ctx: Context | None) -> bool:
    """A From no site's form mailer sends from, whatever its local part: a free-mail or disposable mailbox
    (anyone signs up for "noreply.orders@gmail.com"), an invalid address, and (with the configuration) a
    domain in a heavily abused TLD or dressed up as a known company. Such a mail is judged by its From."""
    domain = inquiry.from_domain.lower().rstrip(".")
    lists = ctx.lists if ctx is not None else _lists()
    if not domain or lists.classify(domain) != "company" or _validate_address(inquiry.from_addr)[1]:
        return True
    if ctx is None:
        return False
    from .fraud import imitated_company  # fraud reads Facts: imported when first needed

    return (domain.rsplit(".", 1)[-1] in set(ctx.config.get("sender.abused_tlds", []))
            or imitated_company(domain, ctx) is not None)


def form_buyer(inquiry: Inquiry, ctx: Context | None = None) -> FormBuyer | None:
    """The buyer of a web form's notification (see the module's docstring); None for any other mail.
    `ctx`: the configuration's lists (abused TLDs, look-alike companies) for the mailer's domain; without
    it only the free-mail and disposable lists judge it."""
    if inquiry.channel != "email" or not inquiry.from_addr or not is_form_mailer(inquiry.from_local):
        return None
    if _list_kind(inquiry):  # a list's or a newsletter's headers: a mass mailing, whatever its lines say
        return None
    text = form_text(inquiry)
    values = {name: field_values(text, name) for name in _PERSON_FIELDS}
    # Two of the form's fields at least, one of them the visitor's own words or name: an account alert's
    # "Country/region:" and "Email:" lines (the reader's own address) make no form.
    if sum(1 for found in values.values() if found) < 2 or not any(values[x] for x in _VISITOR_FIELDS):
        return None
    mailer = inquiry.from_addr.lower()
    ours = {a.lower() for a in inquiry.to_addrs} | {mailer}

    def visitor(addr: str) -> bool:  # not the mailer's own site: a shop's notice naming its support desk
        return addr not in ours and not _same_site(addr, mailer)

    typed = [a.lower() for value in values["email"] for a in _ADDRESS.findall(value)]
    typed = [a for a in typed if visitor(a)]
    replies = [a.lower() for a in inquiry.reply_to if "@" in a and visitor(a.lower())]
    if typed:
        addr, where = typed[0], "the form's Email field"
        if addr in replies:
            where = "Reply-To and the form's Email field"
    elif replies:
        addr, where = replies[0], "Reply-To"
    else:
        return None
    if _no_site(inquiry, ctx):  # last: the lists and the address's syntax only for a form's lines
        return None
    name = _first(values["name"]) or " ".join(_first(values[x]) for x in ("first_name", "last_name"))
    name = _ADDRESS.sub(" ", re.sub(r"<[^<>]*>", " ", name)).strip(" \t\"'<>,;")  # "From: Jorge <jorge@...>"
    if "@" in name:  # "Name: anna@firma.de": no name
        name = ""
    return FormBuyer(addr=addr, name=" ".join(name.split())[:_NAME_CHARS], where=where, mailer=mailer)


def as_buyer(inquiry: Inquiry, buyer: FormBuyer | None) -> Inquiry:
    """The inquiry with the form's buyer (`Facts.form`) as its sender (a copy), for the draft, the buyer's
    country and clock, the store and the buyer's history; the inquiry itself when it is no form notification."""
    if buyer is None:
        return inquiry
    return replace(inquiry, from_name=buyer.name, from_addr=buyer.addr)


class WebFormCheck:
    name = "web-form"
    description = "A web form's notification: the buyer is the form's (Email field or Reply-To), not the site's mailer"
    needs_network = False
    hit_names = ("WEB_FORM_NOTIFICATION",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        buyer = facts.form  # decided once per message (facts.measure)
        if buyer is None:
            return []
        return [Hit("WEB_FORM_NOTIFICATION", 0.0, f"web form notification: buyer from {buyer.where}", "info", "From",
                    f"sent by {buyer.mailer} for {buyer.addr}")]
