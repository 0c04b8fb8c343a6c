"""The Received chain: hops, the trust boundary, and the originating IP.

What "originating IP" means here
--------------------------------
Received headers are prepended, so the top one was written by our own side and the bottom one
by the first machine that handled the message. Each header says "from X ([ip]) by Y": `ip` is
the address Y saw X connect from.

* Walking down from the top, hops whose connecting IP is not public (private, loopback,
  link-local, reserved, CGNAT, documentation, multicast) or belongs to `trusted_relays` are our
  own infrastructure. The first public, untrusted connecting IP is the *last external hop*: the
  machine that handed the message to us. Our relay wrote that header, so it cannot be forged, but
  for webmail or an ESP it is the provider's server (Gmail, Outlook, SendGrid), not the sender.
* Headers below that boundary were written by the sender's side. The *origin* we report is the
  lowest (earliest) public, untrusted IP in the whole chain: the sender's own client when its
  submission server records it (Exim, qmail, old Outlook/Hotmail, small hosts), otherwise the
  sender's first MTA. This is what tells "a German buyer" from "a German ESP used from Lagos",
  but it CAN be forged: a spammer may add fake Received lines below the real ones. Checks that
  need an unforgeable address (DNSBL) should use `OriginInfo.last_external_ip`.
* `X-Originating-IP` (webmail's record of the client IP) is preferred when it is public and not
  trusted; `X-Sender-IP` / `X-Source-IP` are used only when the chain yields nothing.

`trusted_relays` entries are IPs, CIDRs ("40.92.0.0/15", "2603:10b6::/32") or host-name suffixes
(".outlook.com", "mx.example.com"). Host names are matched against the names in the "from" part
(HELO and reverse DNS), which the connecting side can choose, so IP/CIDR entries are safer.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Sequence

from .headers import parse_date, unfold

__all__ = ["Hop", "OriginInfo", "find_origin", "is_public_ip", "parse_received"]

# Non-public IPv4 ranges (RFC 6890 special-purpose registry + multicast/reserved), as
# (network int, prefix length). IPv6 is public only inside 2000::/3 minus the ranges below.
_V4_SPECIAL = [
    ("0.0.0.0", 8), ("10.0.0.0", 8), ("100.64.0.0", 10), ("127.0.0.0", 8), ("169.254.0.0", 16),
    ("172.16.0.0", 12), ("192.0.0.0", 24), ("192.0.2.0", 24), ("192.88.99.0", 24),
    ("192.168.0.0", 16), ("198.18.0.0", 15), ("198.51.100.0", 24), ("203.0.113.0", 24),
    ("224.0.0.0", 4), ("240.0.0.0", 4),
]
_V6_SPECIAL = [("2001::", 23), ("2001:db8::", 32), ("2002::", 16), ("3fff::", 20)]


def _ranges(family: int, table: list[tuple[str, int]]) -> list[tuple[int, int]]:
    bits = 32 if family == socket.AF_INET else 128
    out = []
    for addr, plen in table:
        value = int.from_bytes(socket.inet_pton(family, addr), "big")
        out.append((value >> (bits - plen), bits - plen))
    return out


_V4_RANGES = _ranges(socket.AF_INET, _V4_SPECIAL)
_V6_RANGES = _ranges(socket.AF_INET6, _V6_SPECIAL)


@lru_cache(maxsize=16384)
def _ip_info(text: str) -> tuple[str | None, int, int, bool]:
    """IP literal -> (canonical text, version, integer value, is public); (None, 0, 0, False)
    when it is not an IP. socket.inet_pton + integer ranges: the ipaddress module is ~20x
    slower, and a Received chain has many IPv6 literals."""
    text = text.split("%", 1)[0]
    if ":" in text:
        try:
            packed = socket.inet_pton(socket.AF_INET6, text)
        except (OSError, ValueError):
            return None, 0, 0, False
        if packed[:12] == b"\0" * 10 + b"\xff\xff":  # IPv4-mapped
            packed = packed[12:]
        else:
            value = int.from_bytes(packed, "big")
            public = value >> 125 == 1 and not any(value >> shift == net for net, shift in _V6_RANGES)
            return socket.inet_ntop(socket.AF_INET6, packed), 6, value, public
    else:
        if text.count(".") != 3:
            return None, 0, 0, False
        try:
            packed = socket.inet_pton(socket.AF_INET, text)
        except (OSError, ValueError):
            return None, 0, 0, False
    value = int.from_bytes(packed, "big")
    public = not any(value >> shift == net for net, shift in _V4_RANGES) and value != 0xFFFFFFFF
    return socket.inet_ntop(socket.AF_INET, packed), 4, value, public


def _ip(text: str) -> str | None:
    return _ip_info(text)[0]


def is_public_ip(ip: str) -> bool:
    """Globally routable unicast: not private, loopback, link-local, reserved, CGNAT, multicast,
    documentation, 6to4/Teredo..."""
    return _ip_info(str(ip))[3]


_BY = re.compile(r"(?:^|\s)by\s", re.I)
_HELO = re.compile(r"\b(?:helo|ehlo)\s*=?\s*\[?[^\s\])]*\]?", re.I)
# IP literals inside [...] or (...), possibly with "IPv6:" and a trailing port.
_BRACKET_IP = re.compile(
    r"[\[(]\s*(?:IPv6:)?([0-9A-Fa-f:.]*[0-9A-Fa-f](?:%\w+)?)\s*(?:[\]):]|\s)",
)
_HOSTNAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")


@dataclass(slots=True)
class Hop:
    """One Received header, as far as it could be read."""

    raw: str
    from_ip: str | None  # the connecting IP the receiving host recorded (canonical form)
    from_names: tuple[str, ...]  # host names in the "from" part (HELO, reverse DNS), lower-case
    by: str  # receiving host name, lower-case ("" if absent)
    date_text: str  # what follows the last ";"

    @property
    def date(self) -> datetime | None:
        return parse_date(self.date_text)[0] if self.date_text.strip() else None


@dataclass(slots=True)
class OriginInfo:
    origin_ip: str | None = None
    origin_header: str = ""  # "X-Originating-IP", "Received", "X-Sender-IP", "X-Source-IP"
    last_external_ip: str | None = None  # the unforgeable hand-over IP (first untrusted from the top)
    hops: list[Hop] = field(default_factory=list)


def parse_received(value: str) -> Hop:
    """Read one Received header value (folded or not). Never raises."""
    text = " ".join(unfold(value).split())
    head, sep, date_part = text.rpartition(";")
    if not sep:
        head, date_part = text, ""
    m = _BY.search(head)
    from_part = head[: m.start()] if m else head
    by_part = head[m.end() :] if m else ""
    from_ip = None
    if from_part[:5].lower() == "from ":
        scan = _HELO.sub(" ", from_part) if ("helo" in from_part or "HELO" in from_part or "ehlo" in from_part.lower()) else from_part
        for cand in _BRACKET_IP.finditer(scan + " "):
            ip = _ip(cand.group(1))
            if ip is not None:
                from_ip = ip
                break
    else:
        from_part = ""
    names = tuple(dict.fromkeys(n.lower().rstrip(".") for n in _HOSTNAME.findall(from_part) if _is_hostname(n)))
    by = by_part.split(None, 1)[0].lower().strip("();[]") if by_part else ""
    return Hop(raw=value, from_ip=from_ip, from_names=names, by=by, date_text=date_part)


def _is_hostname(name: str) -> bool:
    tld = name.rstrip(".").rpartition(".")[2]
    return tld.isalpha() and len(tld) >= 2


@lru_cache(maxsize=64)
def _trust(trusted: tuple[str, ...]) -> tuple[tuple[tuple[int, int, int], ...], tuple[str, ...]]:
    """Split trusted_relays into ((version, network >> shift, shift), ...) and host suffixes."""
    nets = []
    suffixes = []
    for entry in trusted:
        entry = entry.strip().lower()
        if not entry:
            continue
        try:
            net = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            suffixes.append(entry.rstrip("."))
            continue
        shift = net.max_prefixlen - net.prefixlen
        nets.append((net.version, int(net.network_address) >> shift, shift))
    return tuple(nets), tuple(suffixes)


def _name_trusted(name: str, suffixes: tuple[str, ...]) -> bool:
    for s in suffixes:
        if s.startswith("."):
            if name.endswith(s) or name == s[1:]:
                return True
        elif name == s or name.endswith("." + s):
            return True
    return False


def _ip_trusted(version: int, value: int, nets: tuple[tuple[int, int, int], ...]) -> bool:
    return any(version == v and value >> shift == net for v, net, shift in nets)


def find_origin(
    received: Sequence[str],
    *,
    x_originating_ip: Sequence[str] = (),
    x_sender_ip: Sequence[str] = (),
    x_source_ip: Sequence[str] = (),
    trusted_relays: Sequence[str] = (),
) -> OriginInfo:
    """Work out the originating IP; `received` in header order (top = most recent)."""
    nets, suffixes = _trust(tuple(trusted_relays))
    info = OriginInfo(hops=[parse_received(v) for v in received])

    def usable(text: str | None, names: tuple[str, ...] = ()) -> str | None:
        if not text:
            return None
        ip, version, value, public = _ip_info(text.strip().strip("[]() \t"))
        if ip is None or not public or (nets and _ip_trusted(version, value, nets)):
            return None
        if suffixes and any(_name_trusted(n, suffixes) for n in names):
            return None
        return str(ip)

    lowest = None
    for hop in info.hops:
        ip = usable(hop.from_ip, hop.from_names)
        if ip is None:
            continue
        if info.last_external_ip is None:
            info.last_external_ip = ip
        lowest = ip

    for value in x_originating_ip:
        m = re.search(r"[0-9A-Fa-f:.]{3,}[0-9A-Fa-f]", value)
        ip = usable(m.group()) if m else None
        if ip:
            info.origin_ip, info.origin_header = ip, "X-Originating-IP"
            return info
    if lowest:
        info.origin_ip, info.origin_header = lowest, "Received"
        return info
    for header, values in (("X-Sender-IP", x_sender_ip), ("X-Source-IP", x_source_ip)):
        for value in values:
            m = re.search(r"[0-9A-Fa-f:.]{3,}[0-9A-Fa-f]", value)
            ip = usable(m.group()) if m else None
            if ip:
                info.origin_ip, info.origin_header = ip, header
                return info
    return info
