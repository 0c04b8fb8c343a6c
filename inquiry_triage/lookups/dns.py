"""DNS evidence about a sender's email domain: does it take mail (MX), does it have a website?

The resolver itself is never trusted blindly. Before any answer is used, :meth:`DnsLookup.health`
checks it once (and again every few minutes):

* every canary in ``canaries_exist`` (default ``gmail.com``) must resolve: a resolver that
  answers NXDOMAIN for gmail.com lies, or has no internet behind it;
* random names that cannot exist (``<uuid>.gmail.com`` and ``<uuid>.invalid``) must answer
  NXDOMAIN: a resolver that returns an address for them hijacks NXDOMAIN, so "exists" would
  mean nothing;
* a timeout, SERVFAIL, REFUSED or a missing resolver configuration is unhealthy as well.

While the resolver is unhealthy, or with ``offline=True`` (no network I/O at all), every
:class:`DomainEvidence` has status ``"unknown"`` and ``None`` booleans: DNS evidence is then
missing, never "the domain does not exist". A failed lookup of one domain on a healthy
resolver (timeout, SERVFAIL, YXDOMAIN, ...) likewise makes that domain's evidence unknown.

Usage::

    lookup = DnsLookup()                      # system resolver (/etc/resolv.conf)
    lookup = DnsLookup(nameservers=["127.0.0.1"], port=5353)
    lookup = DnsLookup(offline=True)          # --offline: status "unknown", no I/O
    ev = lookup.domain("acme-machinery.example")
    if ev.status == DnsStatus.OK and ev.exists is False: ...

Email syntax is checked without any DNS by :func:`validate_syntax`, a thin wrapper around
``email_validator.validate_email(address, check_deliverability=False)``.
"""

from __future__ import annotations

import enum
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import dns.exception
import dns.name
import dns.rdatatype
import dns.resolver
import email_validator

__all__ = [
    "DnsLookup",
    "DnsStatus",
    "DomainEvidence",
    "OFFLINE_REASON",
    "validate_syntax",
]

OFFLINE_REASON = "offline (--offline)"

_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")


class DnsStatus(enum.StrEnum):
    OK = "ok"  # the resolver is healthy and answered: the booleans are facts
    UNKNOWN = "unknown"  # resolver down, lying, timed out, or offline: the booleans are None


@dataclass(frozen=True)
class DomainEvidence:
    """What DNS says about one domain.

    ``exists`` is False only when a healthy resolver answered NXDOMAIN, or when the text is not
    a valid domain name at all (then ``reason`` starts with "invalid domain name").
    """

    domain: str  # normalized: lower case, A-labels (punycode), no trailing dot
    status: str  # DnsStatus: "ok" = answers trusted; "unknown" = resolver down/lying/timeouts/offline
    has_mx: bool | None  # at least one real MX host; None when unknown
    mx_hosts: tuple[str, ...]  # by preference, without the null MX "."
    has_website: bool | None  # A or AAAA on domain or www.domain; None when unknown
    exists: bool | None  # False only when the resolver is healthy and answered NXDOMAIN
    null_mx: bool  # RFC 7505 "0 ." MX: the domain says it accepts no mail
    reason: str  # human-readable, e.g. "resolver unhealthy: canary gmail.com answered NXDOMAIN"

    @property
    def known(self) -> bool:
        return self.status == DnsStatus.OK

    @classmethod
    def unknown(cls, domain: str, reason: str) -> DomainEvidence:
        return cls(
            domain=domain,
            status=DnsStatus.UNKNOWN,
            has_mx=None,
            mx_hosts=(),
            has_website=None,
            exists=None,
            null_mx=False,
            reason=reason,
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "domain": self.domain,
            "status": str(self.status),
            "has_mx": self.has_mx,
            "mx_hosts": list(self.mx_hosts),
            "has_website": self.has_website,
            "exists": self.exists,
            "null_mx": self.null_mx,
            "reason": self.reason,
        }


def validate_syntax(address: str) -> tuple[str | None, str | None]:
    """(normalized address, None) or (None, error) — email-validator's syntax rules only.

    ``check_deliverability=False`` means email-validator makes no DNS query at all; DNS evidence
    comes from :class:`DnsLookup`, which knows whether the resolver can be trusted.
    Note email-validator rejects special-use domains (.test, .invalid, .local, ...).
    """
    try:
        info = email_validator.validate_email(address, check_deliverability=False)
    except email_validator.EmailNotValidError as exc:
        return None, str(exc)
    return info.normalized, None


class _Failed(Exception):
    """A lookup gave no usable answer (timeout, SERVFAIL, REFUSED, ...)."""


_ANSWER = "answer"
_NXDOMAIN = "nxdomain"
_NODATA = "nodata"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, dns.resolver.LifetimeTimeout):
        return f"timed out ({exc})"
    if isinstance(exc, dns.exception.Timeout):
        return "timed out"
    if isinstance(exc, dns.resolver.NoNameservers):
        return f"no nameserver answered usefully (SERVFAIL/REFUSED?): {exc}"
    if isinstance(exc, dns.resolver.YXDOMAIN):
        return "YXDOMAIN (name too long after DNAME substitution)"
    if isinstance(exc, dns.resolver.NoResolverConfiguration):
        return "no resolver configured (no nameservers)"
    if isinstance(exc, OSError):
        return f"network error: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _normalize(domain: str) -> tuple[str, dns.name.Name | None, str | None]:
    """(key, name, None) or (text, None, error)."""
    text = domain.strip().rstrip(".").lower()
    if not text:
        return text, None, "empty"
    if "@" in text:
        return text, None, "contains '@' (pass the domain, not the address)"
    try:
        name = dns.name.from_text(text)
    except dns.exception.DNSException as exc:
        return text, None, f"{type(exc).__name__}: {exc}"
    key = name.to_text(omit_final_dot=True).lower()
    labels = key.split(".")
    if len(key) > 253 or not all(_LABEL_RE.match(label) for label in labels):
        return text, None, "bad characters or label length"
    return key, dns.name.from_text(key), None


class DnsLookup:
    """Domain evidence from a resolver that is checked for honesty first. Not thread-safe.

    ``resolver``: a ready dnspython resolver, used as it is (its nameservers, port, timeouts;
    an LRU cache is added when it has none). Otherwise one is built from ``nameservers`` and
    ``port`` (or /etc/resolv.conf when ``nameservers`` is None) with ``timeout``/``lifetime``.
    ``cache_size`` bounds both dnspython's answer cache and this object's per-domain cache.
    """

    def __init__(
        self,
        resolver: dns.resolver.Resolver | None = None,
        *,
        nameservers: Sequence[str] | None = None,
        port: int = 53,
        timeout: float = 1.0,
        lifetime: float = 2.0,
        canaries_exist: Sequence[str] = ("gmail.com",),
        canary_absent_suffix: str = "invalid",
        cache_size: int = 4096,
        offline: bool = False,
        health_ttl: float = 600.0,
        unhealthy_ttl: float = 60.0,
        positive_ttl: float = 3600.0,
        negative_ttl: float = 900.0,
        unknown_ttl: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.offline = offline
        self.canaries_exist = tuple(c.strip().rstrip(".").lower() for c in canaries_exist if c.strip())
        self.canary_absent_suffix = canary_absent_suffix.strip().strip(".").lower()
        self.cache_size = max(0, int(cache_size))
        self.health_ttl = health_ttl
        self.unhealthy_ttl = unhealthy_ttl
        self.positive_ttl = positive_ttl
        self.negative_ttl = negative_ttl
        self.unknown_ttl = unknown_ttl
        self._clock = clock
        self._cache: OrderedDict[str, tuple[float, DomainEvidence]] = OrderedDict()
        self._health: tuple[bool, str] | None = None
        self._health_expires = 0.0
        # The daemon's poll jobs share one lookup across threads: one lock guards cache and health.
        self._lock = threading.RLock()
        self._config_error: str | None = None
        self.resolver: dns.resolver.Resolver | None = None
        if offline:
            return  # no resolver, no /etc/resolv.conf, no sockets
        if resolver is not None:
            if resolver.cache is None:
                resolver.cache = dns.resolver.LRUCache(max(1, self.cache_size))
            self.resolver = resolver
            return
        try:
            res = dns.resolver.Resolver(configure=nameservers is None)
        except dns.exception.DNSException as exc:  # no /etc/resolv.conf, or no nameserver in it
            res = dns.resolver.Resolver(configure=False)
            res.nameservers = []
            self._config_error = f"no resolver configuration: {exc}"
        if nameservers is not None:
            res.nameservers = list(nameservers)
            res.port = port
        elif port != 53:
            res.port = port
        res.timeout = timeout
        res.lifetime = lifetime
        res.cache = dns.resolver.LRUCache(max(1, self.cache_size))
        self.resolver = res

    # ----------------------------------------------------------------- health

    def health(self) -> tuple[bool, str]:
        with self._lock:
            return self._health_unlocked()

    def _health_unlocked(self) -> tuple[bool, str]:
        """(healthy, reason). Checked lazily on first use, then cached for ``health_ttl``
        seconds (``unhealthy_ttl`` after a failed check)."""
        if self.offline:
            return False, OFFLINE_REASON
        now = self._clock()
        if self._health is not None and now < self._health_expires:
            return self._health
        result = self._check_health()
        self._health = result
        self._health_expires = now + (self.health_ttl if result[0] else self.unhealthy_ttl)
        return result

    def invalidate_health(self) -> None:
        """Forget the health verdict: the next call checks the resolver again."""
        self._health = None

    def _check_health(self) -> tuple[bool, str]:
        if self._config_error is not None:
            return False, f"resolver unhealthy: {self._config_error}"
        assert self.resolver is not None
        if not self.resolver.nameservers:
            return False, "resolver unhealthy: no nameservers configured"
        for canary in self.canaries_exist:
            problem = self._canary_problem(canary)
            if problem:
                return False, f"resolver unhealthy: canary {canary} {problem}"
        token = uuid.uuid4().hex
        absent = []
        if self.canaries_exist:
            absent.append(f"{token}.{self.canaries_exist[0]}")
        if self.canary_absent_suffix:
            absent.append(f"{token}.{self.canary_absent_suffix}")
        for name in absent:
            problem = self._absent_problem(name)
            if problem:
                return False, f"resolver unhealthy: random name {name} {problem}"
        checked = ", ".join(self.canaries_exist) or "none"
        return True, f"resolver healthy (canaries resolve: {checked}; random names answer NXDOMAIN)"

    def _canary_problem(self, canary: str) -> str | None:
        try:
            name = dns.name.from_text(canary)
            for rdtype in (dns.rdatatype.MX, dns.rdatatype.A):
                outcome, _ = self._query(name, rdtype)
                if outcome == _NXDOMAIN:
                    return "answered NXDOMAIN (resolver lies or has no internet)"
                if outcome == _ANSWER:
                    return None
        except _Failed as exc:
            return f"lookup failed: {exc}"
        except dns.exception.DNSException as exc:
            return f"is not a valid name: {exc}"
        return "has neither MX nor A"

    def _absent_problem(self, text: str) -> str | None:
        try:
            outcome, rrset = self._query(dns.name.from_text(text), dns.rdatatype.A)
        except _Failed as exc:
            return f"lookup failed: {exc}"
        except dns.exception.DNSException as exc:
            return f"is not a valid name: {exc}"
        if outcome == _NXDOMAIN:
            return None
        if outcome == _ANSWER and rrset is not None:
            shown = ", ".join(sorted(r.to_text() for r in rrset)[:3])
            return f"resolved to {shown} (resolver hijacks NXDOMAIN)"
        return "answered NODATA instead of NXDOMAIN (resolver rewrites NXDOMAIN)"

    # ---------------------------------------------------------------- domains

    def domain(self, domain: str) -> DomainEvidence:
        with self._lock:
            return self._domain_unlocked(domain)

    def _domain_unlocked(self, domain: str) -> DomainEvidence:
        """Evidence for one domain; cached per domain (LRU, bounded), including NXDOMAIN."""
        if self.offline:
            return DomainEvidence.unknown(domain.strip().rstrip(".").lower(), OFFLINE_REASON)
        key, name, error = _normalize(domain)
        if name is None:
            return DomainEvidence(
                domain=key,
                status=DnsStatus.OK,
                has_mx=False,
                mx_hosts=(),
                has_website=False,
                exists=False,
                null_mx=False,
                reason=f"invalid domain name: {error}",
            )
        cached = self._cache_get(key)
        if cached is not None:
            return cached
        healthy, why = self.health()
        if not healthy:
            return DomainEvidence.unknown(key, why)  # not cached: health has its own TTL
        evidence, ttl = self._lookup(key, name)
        self._cache_put(key, evidence, ttl)
        return evidence

    def cache_clear(self) -> None:
        self._cache.clear()
        if self.resolver is not None and self.resolver.cache is not None:
            self.resolver.cache.flush()

    def _lookup(self, key: str, name: dns.name.Name) -> tuple[DomainEvidence, float]:
        try:
            outcome, rrset = self._query(name, dns.rdatatype.MX)
            if outcome == _NXDOMAIN:
                evidence = DomainEvidence(
                    domain=key,
                    status=DnsStatus.OK,
                    has_mx=False,
                    mx_hosts=(),
                    has_website=False,
                    exists=False,
                    null_mx=False,
                    reason=f"{key} does not exist (NXDOMAIN from a healthy resolver)",
                )
                return evidence, self.negative_ttl
            hosts: list[tuple[int, str]] = []
            null_mx = False
            for rdata in rrset or ():
                if rdata.exchange == dns.name.root:
                    null_mx = True
                else:
                    hosts.append((rdata.preference, rdata.exchange.to_text(omit_final_dot=True).lower()))
            mx_hosts = tuple(dict.fromkeys(host for _, host in sorted(hosts)))
            website = self._website(name)
        except _Failed as exc:
            return DomainEvidence.unknown(key, f"lookup of {key} failed: {exc}"), self.unknown_ttl

        if mx_hosts:
            mail = "MX " + ", ".join(mx_hosts[:3]) + (" ..." if len(mx_hosts) > 3 else "")
            if null_mx:
                mail += " (plus a null MX: misconfigured)"
        elif null_mx:
            mail = "null MX (RFC 7505): accepts no mail"
        else:
            mail = "no MX records"
        web = f"website: {website}" if website else "no A/AAAA on domain or www"
        evidence = DomainEvidence(
            domain=key,
            status=DnsStatus.OK,
            has_mx=bool(mx_hosts),
            mx_hosts=mx_hosts,
            has_website=website is not None,
            exists=True,
            null_mx=null_mx,
            reason=f"{mail}; {web}",
        )
        return evidence, self.positive_ttl

    def _website(self, name: dns.name.Name) -> str | None:
        """"A www.acme.com" style note for the first address found, or None."""
        for qname in (name, dns.name.from_text("www", origin=name)):
            for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
                outcome, _ = self._query(qname, rdtype)
                if outcome == _ANSWER:
                    return f"{dns.rdatatype.to_text(rdtype)} {qname.to_text(omit_final_dot=True)}"
                if outcome == _NXDOMAIN:
                    break  # the name has no records of any type
        return None

    def _query(self, name: dns.name.Name, rdtype: dns.rdatatype.RdataType):
        """(_ANSWER, rrset) | (_NXDOMAIN, None) | (_NODATA, None); raises _Failed otherwise."""
        assert self.resolver is not None
        try:
            answer = self.resolver.resolve(name, rdtype, search=False)
        except dns.resolver.NXDOMAIN:
            return _NXDOMAIN, None
        except dns.resolver.NoAnswer:
            return _NODATA, None
        except (dns.exception.DNSException, OSError) as exc:
            # LifetimeTimeout, NoNameservers (SERVFAIL/REFUSED), YXDOMAIN, ...
            raise _Failed(f"{dns.rdatatype.to_text(rdtype)} {name}: {_describe(exc)}") from exc
        return _ANSWER, answer.rrset

    def _cache_get(self, key: str) -> DomainEvidence | None:
        entry = self._cache.get(key)
        if entry is None:
            return None
        expires, evidence = entry
        if self._clock() >= expires:
            del self._cache[key]
            return None
        self._cache.move_to_end(key)
        return evidence

    def _cache_put(self, key: str, evidence: DomainEvidence, ttl: float) -> None:
        if self.cache_size <= 0 or ttl <= 0:
            return
        self._cache[key] = (self._clock() + ttl, evidence)
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
