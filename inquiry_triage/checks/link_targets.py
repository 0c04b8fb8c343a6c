"""Where all of a message's links go.

* LINKS_ONLY_TO_IP: every web link of the message (two or more) goes to a bare IP address. A
  company, a shop or a newsletter links its own domain names; a mail whose every button, image
  and "unsubscribe" point at one numeric address comes from a throw-away server. (LINK_TO_IP,
  checks/links.py, fires for one such link among others; this is the stronger shape.)
"""

from __future__ import annotations

from ..model import Hit, Inquiry
from . import Context
from .facts import Facts
from .links import host_of, is_ip_literal


class LinksOnlyToIpCheck:
    name = "links-only-to-ip"
    description = "Every web link of the message goes to a bare IP address"
    needs_network = False
    hit_names = ("LINKS_ONLY_TO_IP",)
    min_links = 2

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email":
            return []
        hosts = [host_of(link.href) for link in inquiry.links[:500] if link.href[:4].lower() == "http"]
        hosts = [h for h in hosts if h]
        if len(hosts) < self.min_links or not all(is_ip_literal(h) for h in hosts):
            return []
        shown = ", ".join(dict.fromkeys(hosts))
        return [Hit("LINKS_ONLY_TO_IP", 2.0, f"all {len(hosts)} links go to a bare IP address, none to a domain name",
                    "scam", "link", shown[:100])]
