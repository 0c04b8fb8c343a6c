"""The Received chain: hops, the trust boundary, the hand-over hop and the sender's network.

How the origin is read
----------------------
Received headers are prepended, so the top one was written by our own side and the bottom one
by the first machine that handled the message. Each header says "from X ([ip]) by Y": `ip` is
the address Y saw X connect from. Only what our own side wrote can be believed; everything
below the point where the message entered our side was written by the sender's side and can be
forged (a spammer may add any "Received: from ... [a US IP]" lines he likes).

1. The trust boundary. Walking down from the top, a hop is ours when its connecting IP is not
   public (private, loopback, CGNAT, documentation...), belongs to `trusted_relays` (IPs, CIDRs
   or host-name suffixes), or belongs to the mail provider that hosts our own mailbox: when the
   top hop's receiving host ("by") is a known provider (Exchange Online, Gmail, QQ Exmail...),
   hops whose connecting IP is in that provider's published ranges are its internal relays.
2. The hand-over hop (`OriginInfo.last_external_ip`) is the first hop below that boundary: the
   machine that handed the message to us, as recorded by our own relay. It cannot be forged.
3. What the hand-over hop tells (`OriginInfo.kind`):
   * "provider" - it is a webmail or mail-service provider (providers.toml: Gmail, Outlook,
     Yahoo, mail.ru, QQ, 163, SendGrid...), recognised by its published IP ranges or by the
     reverse-DNS name our relay recorded (never by the HELO name, which the sender chooses);
     or the message is list mail (List-Id) re-sent by the list's server; or it never left our
     own provider. The provider's servers say nothing about where the sender is, so there is
     no origin IP - unless that provider itself recorded its user's IP in one of its
     `client_ip_headers` (X-Originating-IP, Naver's X-Naver-CIP...) or in its own submission
     Received line (`client_ip_hops`: GMX / WEB.DE "from [ip] ([ip]) by web-mail.gmx.net ...
     (via HTTP)"), which is then the origin ("sender-network", with `origin_header` naming the
     header and `provider` still set). That submission line is believed only when it is the first
     hop recording a public IP below the hand-over, every hop between being received by the
     provider's own hosts: whatever the sender submits sits below the provider's own line.
   * "sender-network" - any other hand-over: the sender's own server or network. Its IP is the
     origin (`origin_header` "Received").
   * "unknown" - no public hop below our side (a local delivery, a message without a chain).
4. Hops below the hand-over and X-Originating-IP / X-Sender-IP / X-Source-IP headers that the
   hand-over provider does not vouch for are information only (`unverified`): shown, never
   used for country, hour or Date-offset judgements.

`trusted_relays` host-name suffixes are matched against every name in the "from" part (HELO
included), so IP/CIDR entries are safer.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, Sequence

from .headers import parse_date

__all__ = ["Hop", "OriginInfo", "Provider", "Providers", "find_origin", "is_public_ip", "list_distribution", "load_providers",
           "parse_received"]

PROVIDERS_FILE = Path(__file__).with_name("providers.toml")
# Bounded work on a forged chain: real mail has a few dozen hops of a few hundred characters each.
MAX_HOPS = 100  # Received headers read from the top (the hand-over hop is near the top)
MAX_RECEIVED_CHARS = 2_000  # characters of one Received header read

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
# Look-behinds: a match starts only where a run starts (linear on a 16,000-letter host name).
_HOSTNAME = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")
# Where the receiving server wrote the reverse-DNS name it looked up: Postfix/Sendmail/Google
# "(name [ip])", Exim "from name ([ip] ...)", qmail "from name (HELO x) (ip)".
_RDNS_PAREN = re.compile(r"\(\s*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\.?\s+\[(?:IPv6:)?[0-9A-Fa-f:.]+\]")
# Exim "(... [" and qmail "(HELO " in one: the name before them is the same either way.
_RDNS_EXIM_QMAIL = re.compile(r"^from\s+([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\.?\s+\(\s*(?:\[|HELO\s)", re.I)


@dataclass(slots=True)
class Hop:
    """One Received header, as far as it could be read.

    The host names and the reverse-DNS name are read from the "from" part when first asked for:
    find_origin needs them for the hand-over hop only (and the names with trusted_relays' host
    suffixes), while a chain has five hops or more."""

    raw: str
    from_ip: str | None  # the connecting IP the receiving host recorded (canonical form)
    from_part: str  # the "from ..." part of the header ("" when it has none)
    by: str  # receiving host name, lower-case ("" if absent)
    date_text: str  # what follows the last ";"
    _names: tuple[str, ...] | None = field(default=None, repr=False, compare=False)
    _rdns: str | None = field(default=None, repr=False, compare=False)

    @property
    def from_names(self) -> tuple[str, ...]:
        """Host names in the "from" part (HELO, reverse DNS), lower-case."""
        if self._names is None:
            self._names = tuple(dict.fromkeys(n.lower().rstrip(".") for n in _HOSTNAME.findall(self.from_part)
                                              if _is_hostname(n)))
        return self._names

    @property
    def rdns(self) -> str:
        """The reverse-DNS name the receiving host looked up and wrote ("" if none)."""
        if self._rdns is None:
            self._rdns = _rdns(self.from_part)
        return self._rdns

    @property
    def date(self) -> datetime | None:
        return parse_date(self.date_text)[0] if self.date_text.strip() else None


@dataclass(slots=True)
class OriginInfo:
    kind: str = "unknown"  # "sender-network" / "provider" / "unknown" (see the module docstring)
    provider: str = ""  # the provider that handed the message over (also set when it recorded the client IP)
    origin_ip: str | None = None  # the sender's network: set only for kind "sender-network"
    origin_header: str = ""  # where origin_ip came from: "Received" (the hand-over) or the provider's header
    last_external_ip: str | None = None  # the unforgeable hand-over IP (first untrusted from the top)
    handover: str = ""  # the hand-over hop as our relay recorded it: "name [ip]"
    # Index of that hop among the Received headers (0 = top). Headers above it in the message were
    # written on our side after the hand-over; a sender cannot put anything there.
    handover_index: int | None = None
    recipient_provider: str = ""  # our own mailbox provider, read from the top hop's receiving host
    # The provider that handed the message over (or our own one it never left) writes Date itself, in
    # UTC (providers.toml date_clock): a +0000 offset is that server's clock, not the sender's.
    date_by_provider: bool = False
    unverified: list[str] = field(default_factory=list)  # claims below the boundary: "Received 1.2.3.4", "X-Sender-IP 5.6.7.8"
    hops: list[Hop] = field(default_factory=list)


def parse_received(value: str) -> Hop:
    """Read one Received header value (folded or not). Never raises."""
    text = " ".join(value[:MAX_RECEIVED_CHARS].split())  # unfolded too: line breaks are blanks to split()
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
    by = by_part.split(None, 1)[0].lower().strip("();[]") if by_part else ""
    return Hop(raw=value, from_ip=from_ip, from_part=from_part, by=by, date_text=date_part)


def _rdns(from_part: str) -> str:
    """The reverse-DNS name the receiving server recorded; "" when it wrote none, "unknown" or
    flagged it ("may be forged"). HELO names are never returned: the sender chooses them."""
    if not from_part or "may be forged" in from_part.lower():
        return ""
    m = _RDNS_PAREN.search(from_part) or _RDNS_EXIM_QMAIL.match(from_part)
    if not m:
        return ""
    name = m.group(1).lower().rstrip(".")
    return name if _is_hostname(name) and name != "unknown" else ""


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


@dataclass(frozen=True, slots=True)
class Provider:
    key: str
    name: str
    suffixes: tuple[str, ...]
    nets: tuple[tuple[int, int, int], ...]  # (version, network >> shift, shift)
    client_ip_headers: tuple[str, ...]  # lower-case header names
    # Receiving hosts ("by") of the provider's own submission Received line, whose connecting IP
    # is its user's (lower-case; empty for most providers).
    client_ip_hops: tuple[str, ...] = ()
    # Its own servers write the Date header in UTC (providers.toml date_clock = "utc"): a +0000 Date in
    # what it hands over is its clock, not the sender's.
    date_utc: bool = False

    def has_ip(self, ip: str) -> bool:
        _, version, value, _ = _ip_info(ip)
        return bool(version) and _ip_trusted(version, value, self.nets)

    def has_name(self, name: str) -> bool:
        return bool(name) and _name_trusted(name, self.suffixes)


_MEMO_SIZE = 4096  # answers kept per table: our own relay's name and frequent senders' hops repeat


@dataclass(frozen=True, slots=True)
class Providers:
    items: tuple[Provider, ...] = ()
    # Every provider's client-IP header as written in the table, by lower-case name.
    header_titles: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    # Answers of match and by_host (pure functions of the table, which never changes): every message
    # asks for its top hop's receiving host, always our own relay, and walking all providers'
    # suffixes and ranges for it was a tenth of parsing a message.
    _answers: dict[tuple[str, str | None, str], Provider | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False)

    def match(self, ip: str | None, rdns: str = "") -> Provider | None:
        """The provider owning `ip` (published ranges) or named by the recorded reverse DNS."""
        key = ("match", ip, rdns)
        if key in self._answers:
            return self._answers[key]
        found = None
        for provider in self.items:
            if (ip and provider.has_ip(ip)) or provider.has_name(rdns):
                found = provider
                break
        return self._remember(key, found)

    def by_host(self, name: str) -> Provider | None:
        key = ("host", None, name)
        if key in self._answers:
            return self._answers[key]
        return self._remember(key, next((p for p in self.items if p.has_name(name)), None))

    def _remember(self, key: tuple[str, str | None, str], found: Provider | None) -> Provider | None:
        if len(self._answers) >= _MEMO_SIZE:
            self._answers.clear()
        self._answers[key] = found
        return found


_DATE_CLOCKS = ("", "utc")  # providers.toml date_clock: "" the sender's program writes Date


def _provider(key: str, entry: Mapping) -> Provider:
    clock = str(entry.get("date_clock", "")).lower()
    if clock not in _DATE_CLOCKS:
        raise ValueError(f"providers.{key}.date_clock: {clock!r} is not one of {_DATE_CLOCKS[1:]} (or omitted)")
    nets = []
    for text in entry.get("ranges", []):
        net = ipaddress.ip_network(text, strict=False)
        shift = net.max_prefixlen - net.prefixlen
        nets.append((net.version, int(net.network_address) >> shift, shift))
    return Provider(key=key, name=str(entry.get("name", key)),
                    suffixes=tuple(s.lower().rstrip(".") for s in entry.get("suffixes", [])),
                    nets=tuple(nets), client_ip_headers=tuple(h.lower() for h in entry.get("client_ip_headers", [])),
                    client_ip_hops=tuple(h.lower().rstrip(".") for h in entry.get("client_ip_hops", [])),
                    date_utc=clock == "utc")


@lru_cache(maxsize=8)
def load_providers(path: str | Path = PROVIDERS_FILE) -> Providers:
    """The provider table (providers.toml beside this module unless another file is given)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    entries = data.get("providers", {})
    titles = {h.lower(): h for entry in entries.values() for h in entry.get("client_ip_headers", [])}
    return Providers(tuple(_provider(key, entry) for key, entry in entries.items()), titles)


_IP_IN_TEXT = re.compile(r"(?<![0-9A-Fa-f:.])[0-9A-Fa-f:.]{3,}[0-9A-Fa-f]")
_CLIENT_IP_HEADERS = ("x-originating-ip", "x-sender-ip", "x-source-ip")
_HEADER_TITLE = {"x-originating-ip": "X-Originating-IP", "x-sender-ip": "X-Sender-IP", "x-source-ip": "X-Source-IP"}
# GMX/WEB.DE write "from [helo] ([connecting ip])": the parenthesised literal is the one they saw.
_PAREN_IP = re.compile(r"\(\s*\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]\s*\)")


def find_origin(
    received: Sequence[str],
    *,
    x_originating_ip: Sequence[str] = (),
    x_sender_ip: Sequence[str] = (),
    x_source_ip: Sequence[str] = (),
    trusted_relays: Sequence[str] = (),
    providers: Providers | None = None,
    list_id: str = "",
    header_values: Callable[[str], Sequence[str]] | None = None,
) -> OriginInfo:
    """Find the hand-over hop and what it tells about the sender's network; `received` in
    header order (top = most recent). `list_id` is the List-Id header, if any. `header_values`
    gives a header's values by lower-case name: the providers' own client-IP headers
    (providers.toml) are read through it."""
    nets, suffixes = _trust(tuple(trusted_relays))
    table = load_providers() if providers is None else providers
    info = OriginInfo(hops=[parse_received(v) for v in received[:MAX_HOPS]])
    client_headers = {"x-originating-ip": x_originating_ip, "x-sender-ip": x_sender_ip, "x-source-ip": x_source_ip}
    titles = dict(_HEADER_TITLE)
    if header_values is not None:
        for name, title in table.header_titles.items():
            if name not in client_headers:
                client_headers[name], titles[name] = header_values(name), title

    def public(text: str | None) -> str | None:
        if not text:
            return None
        ip, version, value, is_public = _ip_info(text.strip().strip("[]() \t"))
        if ip is None or not is_public or (nets and _ip_trusted(version, value, nets)):
            return None
        return ip

    # Our own mailbox provider, named by the receiving host of the top hop (our side wrote it).
    own = table.by_host(info.hops[0].by) if info.hops else None
    info.recipient_provider = own.name if own else ""
    inside_own = False
    handover: Hop | None = None
    for index, hop in enumerate(info.hops):
        ip = public(hop.from_ip)
        if ip is None or (suffixes and any(_name_trusted(n, suffixes) for n in hop.from_names)):
            continue
        if handover is None:
            info.handover = f"{hop.rdns or (hop.from_names[0] if hop.from_names else '?')} [{ip}]"
            info.handover_index = index
            if own is not None and own.has_ip(ip):
                inside_own = True  # our provider's internal relay (the lowest one stays named)
                continue
            handover = hop
            info.last_external_ip = ip
        else:
            info.unverified.append(f"Received {ip}")

    vouching: Provider | None = None
    if handover is not None:
        vouching = table.match(info.last_external_ip, handover.rdns)
        if vouching is None and list_id.strip():
            info.kind, info.provider = "provider", f"mailing list {_list_name(list_id)}"
        elif vouching is None:
            info.kind, info.origin_ip, info.origin_header = "sender-network", info.last_external_ip, "Received"
    elif inside_own and own is not None:
        vouching = own  # sender and recipient share the provider: it never left its servers
    if vouching is not None:
        info.kind, info.provider = "provider", vouching.name
        info.date_by_provider = vouching.date_utc
    if handover is not None and vouching is not None and vouching.client_ip_hops:
        ip = public(_submission_ip(info.hops, info.handover_index, vouching))
        if ip is not None and not vouching.has_ip(ip):
            info.kind, info.origin_ip, info.origin_header = "sender-network", ip, "Received"

    for header in client_headers:
        for value in client_headers[header]:
            m = _IP_IN_TEXT.search(value)
            ip = public(m.group()) if m else None
            if ip is None:
                continue
            if (info.kind == "provider" and vouching is not None and header in vouching.client_ip_headers
                    and info.origin_ip is None and not vouching.has_ip(ip)):
                info.kind, info.origin_ip, info.origin_header = "sender-network", ip, titles[header]
            else:
                info.unverified.append(f"{titles[header]} {ip}")
    # The provider's own relays below the hand-over and the origin itself are not news.
    info.unverified = list(dict.fromkeys(
        claim for claim in info.unverified
        if claim.rpartition(" ")[2] != info.origin_ip and not (vouching and vouching.has_ip(claim.rpartition(" ")[2]))))
    return info


def _submission_ip(hops: Sequence[Hop], handover_index: int | None, provider: Provider) -> str | None:
    """The user's IP from the provider's own submission line below the hand-over: the first hop
    below it that records a public connecting IP, when that hop's receiving host is one of the
    provider's `client_ip_hops` and every hop between was received by the provider's own hosts.
    Lines a sender submits sit below the provider's own one, so they are never reached."""
    if handover_index is None:
        return None
    for hop in hops[handover_index + 1:]:
        if not provider.has_name(hop.by):
            return None  # written outside the provider: the sender's side
        m = _PAREN_IP.search(hop.from_part)
        ip = _ip(m.group(1)) if m else hop.from_ip
        if ip is None or not is_public_ip(ip) or provider.has_ip(ip):
            continue  # the provider's internal hops (private addresses, its own relays)
        return ip if hop.by in provider.client_ip_hops else None
    return None


def _list_name(list_id: str) -> str:
    m = re.search(r"<([^<>\s]+)>", list_id)
    return (m.group(1) if m else list_id.strip().split()[-1]).lower()[:100]


def list_distribution(list_id: str, return_path: str) -> str:
    """The List-Id when the message looks re-sent by that list's server: the list's domain is
    the envelope sender's (Return-Path, written by our side from the hand-over's MAIL FROM),
    as with Mailman, mlmmj or Google Groups; "" otherwise. A List-Id alone is any sender's
    claim (bulk senders add them), so it does not turn a hand-over into a list server."""
    from ..lookups.domains import registered_domain

    if not list_id.strip() or "@" not in return_path:
        return ""
    sender_domain = registered_domain(return_path.strip().strip("<> ").rpartition("@")[2])
    list_domain = registered_domain(_list_name(list_id))
    return list_id if sender_domain and "." in list_domain and sender_domain == list_domain else ""
