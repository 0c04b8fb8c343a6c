"""Disguises a sender uses to look like someone else, and a message that is nothing but a link.

* FROM_NAME_DISGUISED: the From display name hides letters behind invisible or overlay marks
  ("E͏V͏R͏i͏", "Entre̷ga") or carries a ticket / protocol number ("Support - Protocol 71649426339").
  A person's name carries neither; services put their case number in the subject. (A site's name
  in the display name, "metamask.io" <info@lawfirm.example>, is not used: newsletters sent
  through a mailing service do the same, "CNET News.com" <...@mailer.example>.)
* __TEXT_IS_A_LINK (a sub-hit, no points): a first-contact mail whose only content is a link to
  another site ("Click for date http://..."); a chat line or a web form the same (its links are its
  typed URLs; its own website, when the record names one, is not another site, nor a host named
  after its sender's name or company, "Maria Santos" -> santos-crafts.top). The meta rule LINK_IS_THE_MESSAGE in
  config/rules/phishing.toml scores it only with a second marker (a shortener or free host, a
  link in an abused TLD, a bare IP, a machine-made or digit-stuffed sender).
* __LINK_TO_ABUSED_TLD (a sub-hit): a link whose host is in `[sender] abused_tlds`.
* __LINKS_ON_SENDERS_OWN_DOMAIN (a sub-hit): every link stays on the sender's registered domain (a
  record's: its website's). A company's own signing or order system links there.
"""

from __future__ import annotations

import re
import unicodedata

from ..learning.tokens import BARE_URL
from ..lookups.domains import registered_domain
from ..model import Hit, Inquiry
from . import Context
from .content import word_count
from .facts import Facts
from .links import host_of, link_targets

# After NFC an accent on a Latin letter is one code point; what still follows a Latin letter as a
# separate mark is an overlay or a joiner put there to break word filters (U+0337, U+034F ...).
_MARK_AFTER_LATIN = re.compile(r"[A-Za-z][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Invisible format characters between two Latin letters (an emoji's ZWJ sits between symbols).
_INVISIBLE_IN_WORD = re.compile(r"[A-Za-z][\u00ad\u200b-\u200f\u2060-\u2064\u2066-\u2069\ufeff]+[A-Za-z]")
# A ticket / protocol number: nine or more digits in a row, or a 10+ character code of capitals
# and digits mixed ("BPXBN1ZK8AHW4KLM7L"). Every repeat is bounded so that a hostile name (a
# 100 kB run of capitals or word characters) costs linear time (tests/test_bounded_work.py).
_TICKET = re.compile(r"\d{9}|\b(?=[A-Z0-9]{0,63}\d)(?=[A-Z0-9]{0,63}[A-Z])[A-Z0-9]{10,64}\b")
_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_URL = BARE_URL


def _name_disguise(name: str) -> str:
    """Why the display name is a disguise, or ""."""
    normal = unicodedata.normalize("NFC", name)
    if _MARK_AFTER_LATIN.search(normal) or _INVISIBLE_IN_WORD.search(normal):
        return "letters hidden behind invisible or overlay marks"
    if _TICKET.search(_ADDRESS.sub(" ", normal)):  # an address in the name is FROM_NAME_OTHER_ADDRESS's
        return "carries a ticket or protocol number"
    return ""


class DisplayNameDisguiseCheck:
    name = "display-name-disguise"
    description = "From display name with hidden marks, a ticket number, or another site's name"
    needs_network = False
    hit_names = ("FROM_NAME_DISGUISED",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email" or not inquiry.from_name or not inquiry.from_domain:
            return []
        why = _name_disguise(inquiry.from_name)
        if not why:
            return []
        return [Hit("FROM_NAME_DISGUISED", 1.5, f"display name is a disguise: {why}", "scam", "From",
                    f"{inquiry.from_name[:80]!r} <{inquiry.from_addr}>")]

_NAME_WORD = re.compile(r"[^\W\d_]{4,40}")


def _named_after_sender(inquiry: Inquiry, ctx: Context) -> tuple[str, ...]:
    """A chat or form record's sender's name and company words (4+ letters, no platform's name): a shop
    called after them ("Maria Santos" -> santos-crafts.top) is the record's own, not another site."""
    platforms = " ".join(ctx.config.get("sender.platform_domains", {})).lower()
    service = set(ctx.config.get("sender.brand_service_words", []))  # "Support Team" names nobody
    words = _NAME_WORD.findall(f"{inquiry.from_name[:80]} {inquiry.company[:80]}".lower())
    return tuple(w for w in words if w not in platforms and w not in service)


def _host_named(host: str, words: tuple[str, ...]) -> bool:
    label = registered_domain(host).split(".", 1)[0].lower()
    return any(w in label for w in words)


class LinkIsTheMessageCheck:
    name = "link-is-the-message"
    description = "A first-contact mail that is only a link to another site; links into abused TLDs"
    needs_network = False
    hit_names = ("__TEXT_IS_A_LINK", "__LINK_TO_ABUSED_TLD", "__LINKS_ON_SENDERS_OWN_DOMAIN")
    # "Click for date <link>", "SALE - 50% <link>": a lure needs a handful of words around its link.
    max_words = 12

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        targets = link_targets(inquiry)  # hrefs and typed URLs, found once for links.py too (same pattern as _URL)
        if not targets:
            return []
        hits: list[Hit] = []
        abused = set(ctx.config.get("sender.abused_tlds", []))
        sender = registered_domain(inquiry.from_domain) if inquiry.from_domain else ""
        if not sender and inquiry.channel != "email" and inquiry.website:
            sender = registered_domain(host_of(inquiry.website))  # a chat or form record's own site is not elsewhere
        hosts = [h for h in map(host_of, targets) if "." in h]
        if sender and hosts and all(registered_domain(h) == sender for h in hosts):
            hits.append(Hit("__LINKS_ON_SENDERS_OWN_DOMAIN", 0.0, "every link stays on the sender's own domain",
                            "scam", "link", sender))
        named = _named_after_sender(inquiry, ctx) if not sender and inquiry.channel != "email" else ()
        for host in hosts:
            if host.rsplit(".", 1)[-1].lower() in abused and registered_domain(host) != sender:
                hits.append(Hit("__LINK_TO_ABUSED_TLD", 0.0, "links into a top-level domain with a high abuse rate",
                                "scam", "link", host))
                break
        first = not (inquiry.header("In-Reply-To") or inquiry.header("References"))
        elsewhere = any(registered_domain(h) != sender and not _host_named(h, named) for h in hosts)
        if not (first and elsewhere and not inquiry.attachments):
            return hits  # the words are counted only when they decide
        own = inquiry.own_text or inquiry.body
        # Without "://" or "www." there is no URL to blank out: the words are the own text's (counted once).
        words = word_count(_URL.sub(" ", own) if "://" in own or "www." in own.lower() else own)
        if words <= self.max_words:
            hits.append(Hit("__TEXT_IS_A_LINK", 0.0, f"the message is a link to another site ({words} other words)",
                            "scam", "link", ""))
        return hits
