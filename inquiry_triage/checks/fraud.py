"""Fraud shapes a regex cannot see alone: the short first-contact teaser, a reply address written
into the text, a platform notice whose links leave the platform, and a sender domain that dresses
a well-known company's name up with digits or purchasing words.

The hits here are mostly sub-hits (names starting `__`, no points): the meta rules in
`config/rules/fraud.toml` combine them with the wording, so no shape alone makes a verdict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..learning.tokens import address_matches
from ..lookups.domains import registered_domain
from ..model import Hit, Inquiry
from . import Context
from .content import word_count
from .facts import Facts, judged_senders, sender_address
from .links import host_of

_WORD = re.compile(r"\w+")
# learning/tokens.ADDRESS, r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)" (look-behind: linear on long
# runs), found from each "@" by address_matches.
# Words that ask the reader to write to an address, shortly before it (en, de, fr, es, pt, it, ru).
_WRITE_TO = re.compile(r"(?i)(?:reply|respond|write|contact|e-?mail|send|private|personal|direct|reach|"
                       r"antwort|schreib|kontakt|privat|r[ée]pond|[ée]cri|contact|priv[ée]|respond|escr[ií]b|"
                       r"contact|privad|escrev|contat|particular|rispond|scriv|contatt|privat|ответ|пиш|свяж|личн)")
# A mailing list's footer is not the sender's text.
_LIST_FOOTER = re.compile(r"(?m)^_{10,}\s*$|^-{2,}\s*\n.*(?:mailing\s+list|unsubscribe)", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")


def sender_text(inquiry: Inquiry) -> str:
    """The sender's own words without a list footer."""
    text = inquiry.own_text or inquiry.body
    footer = _LIST_FOOTER.search(text)
    return text[: footer.start()] if footer else text


class FraudShapeCheck:
    name = "fraud-shape"
    description = "First-contact teaser shape, reply address in the text, fake platform notices, look-alike company domains"
    needs_network = False
    hit_names = ("__SHORT_FIRST_CONTACT", "__FREE_ADDRESS_IN_TEXT", "__NO_TEXT_ATTACHMENT_ONLY",
                 "PLATFORM_NOTICE_LINK_ELSEWHERE", "LOOKALIKE_COMPANY_DOMAIN", "__CHAT_OR_CALL_RECORD",
                 "__RECORD_SENT_AS_PLATFORM")
    # A teaser says hello, hints at a proposal and asks for a reply: a few dozen words at most.
    teaser_words = 70

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email":
            # A chat line or a web form has no mail shape to read, but a sender who calls himself the
            # platform and links elsewhere is the same lure (its links are its typed URLs).
            return self._record_shape(inquiry, ctx) + self._short_chat(inquiry) + self._platform_notice(inquiry, ctx)
        hits: list[Hit] = []
        text = sender_text(inquiry)
        words = word_count(text)  # usually the own text itself, as spy-shape counts it
        if words == 0 and not inquiry.attachments:
            # The whole teaser is sometimes the subject: "Hey, how are u, can we talk?"
            words = len(_WORD.findall(inquiry.subject))
        # First contact: not an answer in a thread (no In-Reply-To / References).
        first = not (inquiry.header("In-Reply-To") or inquiry.header("References"))
        if first and 0 < words <= self.teaser_words:
            hits.append(Hit("__SHORT_FIRST_CONTACT", 0.0, f"short first-contact message ({words} words)", "scam", "body", ""))
        if first and words == 0 and inquiry.attachments:
            hits.append(Hit("__NO_TEXT_ATTACHMENT_ONLY", 0.0, "no text, only an attachment", "scam", "body", ""))
        # A web form's buyer's own address (its Email field or Reply-To) is no "other address" in the text.
        sender, _where = sender_address(inquiry, facts)
        hits.extend(self._free_address_in_text(inquiry, text, ctx, sender.lower()))
        hits.extend(self._platform_notice(inquiry, ctx))
        hits.extend(self._lookalike_domain(inquiry, facts, ctx))
        return hits

    @staticmethod
    def _free_address_in_text(inquiry: Inquiry, text: str, ctx: Context, sender: str) -> list[Hit]:
        """A free-mail address in the text that is not the sender's: "write to my private email". (A form's
        "Email: buyer@gmail.com" line is its sender's own address.)"""
        if "@" not in text:
            return []  # no address in the text
        for found in address_matches(text[:20_000]):
            addr = found.group(0).lower().rstrip(".")
            if addr == sender or addr in (a.lower() for a in inquiry.to_addrs):
                continue
            before = text[max(0, found.start() - 80):found.start()]
            if not _WRITE_TO.search(before):
                continue
            if ctx.lists.classify(found.group(1).rstrip(".")) in ("free", "disposable"):
                return [Hit("__FREE_ADDRESS_IN_TEXT", 0.0, "the text gives another free-mail address to write to",
                            "scam", "body", addr)]
        return []

    def _short_chat(self, inquiry: Inquiry) -> list[Hit]:
        """A chat line or web message in the buyer's own words, as short as a mail teaser: the same
        first-contact shape ("hello dear, can we talk? i have big order for you" on WhatsApp). A record
        carries no thread, so each is read as a first contact. Not a call or fax: its text is the
        note the person who took it wrote, not the buyer's words."""
        if inquiry.channel not in ("im", "message"):
            return []
        words = word_count(inquiry.body)
        if not 0 < words <= self.teaser_words:
            return []
        return [Hit("__SHORT_FIRST_CONTACT", 0.0, f"short {inquiry.channel} message ({words} words)", "scam", "body", "")]

    @staticmethod
    def _record_shape(inquiry: Inquiry, ctx: Context) -> list[Hit]:
        """Sub-hits of a chat, call or web-form record (not an RFQ export): that it came by such a line
        (a bank-detail change or an account notice belongs in the known mailbox, not a chat), and that its
        sender's name is a trading platform's ("Made-in-China Support"): a platform writes to its seller
        from its own systems, not as a contact in the inquiry line."""
        if inquiry.channel == "rfq":
            return []
        hits = [Hit("__CHAT_OR_CALL_RECORD", 0.0, f"came by a {inquiry.channel} record, not from a mailbox", "scam",
                    "channel", inquiry.chat_app or inquiry.channel)]
        name = inquiry.from_name.lower()
        platform = next((p for p in ctx.config.get("sender.platform_domains", {}) if p.lower() in name), "")
        if platform:
            hits.append(Hit("__RECORD_SENT_AS_PLATFORM", 0.0, f"the record's sender calls himself {platform}",
                            "scam", "From", inquiry.from_name[:80]))
        return hits

    @staticmethod
    def _platform_notice(inquiry: Inquiry, ctx: Context) -> list[Hit]:
        """'You have a new inquiry on Alibaba' with links that go somewhere else. A record (chat, phone,
        web form) counts only when its sender's name is the platform's ("Alibaba Support"): a buyer
        who writes "I found you on Alibaba, our site is https://..." is not a notice; and a link to
        the record's own website or mail domain is not elsewhere."""
        platforms: dict[str, list[str]] = ctx.config.get("sender.platform_domains", {})
        record = inquiry.channel != "email"
        head = (inquiry.from_name if record else f"{inquiry.subject}\n{inquiry.from_name}\n{inquiry.body[:3000]}").lower()
        sender_org = registered_domain(inquiry.from_domain) if inquiry.from_domain else ""
        own = {sender_org, registered_domain(host_of(inquiry.website)) if inquiry.website else ""} - {""}
        for platform, domains in platforms.items():
            if platform.lower() not in head or sender_org in domains:
                continue
            hosts = {registered_domain(host_of(link.href)) for link in inquiry.links[:200] if host_of(link.href)}
            elsewhere = sorted(h for h in hosts if h and h not in domains and not (record and h in own))
            if inquiry.links and elsewhere and not any(h in domains for h in hosts):
                return [Hit("PLATFORM_NOTICE_LINK_ELSEWHERE", 2.0,
                            f"names {platform} but its links and sender are not on {platform}'s domains", "scam",
                            "link", f"{inquiry.from_addr} -> {', '.join(elsewhere[:2])}")]
        return []

    @staticmethod
    def _lookalike_domain(inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        """"siemens-procurement.com", "bosch24.net": a known company's name with digits or buying
        words appended, on a domain that is not the company's. The From is judged, and a web form's
        buyer too (either may be dressed up), the explanation naming which address."""
        for sender, where in judged_senders(inquiry, facts):
            domain = sender.rpartition("@")[2] if "@" in sender else ""  # as Inquiry.from_domain
            found = imitated_company(domain, ctx) if domain else None
            if found is None:
                continue
            brand, typo = found
            detail = (f"sender domain is one letter away from {brand}" if typo
                      else f"sender domain imitates {brand} with added digits or buying words")
            return [Hit("LOOKALIKE_COMPANY_DOMAIN", 1.5, detail, "scam", where,
                        sender if where != "From" else registered_domain(domain))]
        return []


def imitated_company(domain: str, ctx: Context) -> tuple[str, bool] | None:
    """(the known company a company-mail domain imitates, whether by a typo rather than added words), or None."""
    org = registered_domain(domain)
    if ctx.lists.classify(org) != "company":
        return None
    return _lookalike(org.split(".", 1)[0], tuple(ctx.config.get("sender.lookalike_companies", [])),
                      frozenset(ctx.config.get("sender.lookalike_extra_words", [])),
                      frozenset(ctx.config.get("sender.lookalike_typo_exempt", [])))


@lru_cache(maxsize=4096)  # a pure function of the label and the lists; senders' domains repeat
def _lookalike(label: str, brands: tuple[str, ...], extras: frozenset[str],
               typo_exempt: frozenset[str]) -> tuple[str, bool] | None:
    """(the brand a domain label imitates, whether by a typo rather than added words), or None."""
    undigited = _undigit(label)  # once, not once per brand
    pieces = [w for w in re.split(r"[-_.]", label) if w]
    for brand in brands:
        token = brand.replace(" ", "")
        # One letter changed, added or dropped ("siemmens", "samsnug" is two: not caught),
        # or digits for letters ("b0sch"): long names only, short ones collide with real words.
        typo_checked = len(token) >= 6 and token not in typo_exempt
        if typo_checked and label != token and _one_edit_apart(undigited, token):
            return brand, True
        # ... and such a typo dressed up like the name itself ("siemmens-industry", "samsuung-trading-24").
        if typo_checked and len(pieces) > 1:
            for i, piece in enumerate(pieces):
                near = _undigit(piece)
                if near != token and _one_edit_apart(near, token) and \
                        all(w.isdigit() or w in extras for w in pieces[:i] + pieces[i + 1:]):
                    return brand, True
        if token not in label or label == token:
            continue
        rest = [w for w in re.split(r"[-_.]|" + re.escape(token), label) if w]
        # Every leftover piece is digits or a purchasing / corporate word: a dressed-up name.
        if rest and all(w.isdigit() or w in extras for w in rest):
            return brand, False
    return None


_DIGIT_LETTERS = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "8": "b"})


def _undigit(label: str) -> str:
    return label.translate(_DIGIT_LETTERS).replace("rn", "m")


def _one_edit_apart(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]
