"""Links whose visible text and real target differ, and targets that hide where they go."""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

from ..lookups.domains import registered_domain, url_host
from ..model import Hit, Inquiry
from ..parsing.urls import TYPED_URL_SCAN_CAP, typed_urls
from . import Context
from .facts import Facts

# Visible text that itself looks like an address: "www.paypal.com", "https://bank.com/login".
_LOOKS_LIKE_URL = re.compile(r"^\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#]\S*)?\s*$", re.IGNORECASE)


_IPV4_CHARS = frozenset("0123456789.")


def is_ip_literal(host: str) -> bool:
    """Whether a URL's host is a bare IPv4 or IPv6 address (brackets allowed) rather than a name."""
    host = host.strip("[]")
    if ":" not in host and not _IPV4_CHARS.issuperset(host):
        return False  # not IPv6 (needs a colon) nor IPv4 (ASCII digits and dots): skip the raising parse
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class LinkCheck:
    name = "links"
    description = "Link text showing one address while the link goes to another; links to bare IPs"
    needs_network = False
    hit_names = ("LINK_TEXT_MISMATCH", "LINK_TO_IP", "__MANY_LINK_SITES")
    # A digest or news mail points at many independent sites; a lure points at one or two.
    many_sites = 8

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        for link in inquiry.links:
            target = host_of(link.href)
            if not target:
                continue
            if is_ip_literal(target) and not any(h.rule == "LINK_TO_IP" for h in hits):
                hits.append(Hit("LINK_TO_IP", 2.0, "link goes to a bare IP address", "scam", "link", link.href[:120]))
            if any(h.rule == "LINK_TEXT_MISMATCH" for h in hits) or not _LOOKS_LIKE_URL.match(link.text or ""):
                continue
            shown = host_of(link.text)
            if shown and "." in shown and registered_domain(shown) != registered_domain(target):
                hits.append(Hit("LINK_TEXT_MISMATCH", 1.0, "link text shows one address but goes to another", "scam", "link",
                                f"{link.text.strip()[:60]} -> {target}"))
        sites = {registered_domain(h) for h in set(map(host_of, link_targets(inquiry))) if h and not is_ip_literal(h)}
        if len(sites) >= self.many_sites:
            hits.append(Hit("__MANY_LINK_SITES", 0.0, f"links to {len(sites)} different sites", "scam", "link", ""))
        return hits


# One extractor for typed URLs (parsing/urls.py): a record's links come from it too.
bare_urls = typed_urls
BARE_URL_SCAN_CAP = TYPED_URL_SCAN_CAP


def link_targets(inquiry: Inquiry) -> list[str]:
    """Link targets and bare URLs typed in the text (a record's links are its typed URLs: once each)."""
    hrefs = [link.href for link in inquiry.links]
    typed = bare_urls(inquiry.body)
    if not typed:
        return hrefs
    known = set(hrefs)
    return hrefs + [url for url in typed if url not in known]


def host_of(url: str) -> str:
    """`url_host`, remembered: several checks ask for the same link's host in one message."""
    return _remembered_host(url) if len(url) <= 2048 else url_host(url)  # a data: URL is not worth keeping


_remembered_host = lru_cache(maxsize=8192)(url_host)
