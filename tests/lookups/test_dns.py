"""DNS evidence against a real dnsmasq (tests/servers/dnsmasq.py): honest, lying, hijacking, dead."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import dns.query
import dns.rdatatype
import dns.resolver
import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.lookups.dns import (  # noqa: E402
    OFFLINE_REASON,
    DnsLookup,
    DnsStatus,
    DomainEvidence,
    validate_syntax,
)
from tests.servers.dnsmasq import (  # noqa: E402,F401  (fixtures are used by name)
    HIJACK_ALL_ARGS,
    HIJACK_WITH_CANARY_ARGS,
    LIAR_NXDOMAIN_ARGS,
    DnsmasqServer,
    dnsmasq_factory,
    dnsmasq_server,
    free_port,
    run_dnsmasq,
)


def lookup_for(server: DnsmasqServer, **kwargs) -> DnsLookup:
    return DnsLookup(nameservers=server.nameservers, port=server.port, **kwargs)


@pytest.fixture
def lookup(dnsmasq_server: DnsmasqServer) -> DnsLookup:
    return lookup_for(dnsmasq_server)


def assert_unknown(ev: DomainEvidence) -> None:
    assert ev.status == DnsStatus.UNKNOWN, ev
    assert ev.has_mx is None and ev.has_website is None and ev.exists is None, ev
    assert ev.mx_hosts == () and ev.null_mx is False
    assert ev.reason


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to open a socket or resolve a host is recorded and fails."""
    calls: list[str] = []

    def refuse(what: str):
        def _refuse(*args, **kwargs):
            calls.append(what)
            raise OSError(f"test forbids network I/O ({what})")

        return _refuse

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(dns.query, "socket_factory", refuse("dns.query.socket_factory"))
    return calls


# ------------------------------------------------------------------ a healthy resolver


def test_health_of_honest_resolver(lookup: DnsLookup, dnsmasq_server: DnsmasqServer) -> None:
    ok, reason = lookup.health()
    assert ok, reason
    queries = dnsmasq_server.queries()
    assert "query[MX] gmail.com from 127.0.0.1" in queries
    # the NXDOMAIN-hijack probes: random names under the canary and under .invalid
    assert any(q.startswith("query[A] ") and q.endswith(".gmail.com from 127.0.0.1") for q in queries)
    assert any(q.startswith("query[A] ") and ".invalid from" in q for q in queries)


def test_company_domain_with_mx_and_website(lookup: DnsLookup) -> None:
    ev = lookup.domain("acme-machinery.example")
    assert ev.status == DnsStatus.OK, ev.reason
    assert ev.exists is True
    assert ev.has_mx is True
    assert ev.mx_hosts == ("mail.acme-machinery.example", "mail2.acme-machinery.example")
    assert ev.has_website is True
    assert ev.null_mx is False
    assert "MX mail.acme-machinery.example" in ev.reason
    assert ev.as_dict()["status"] == "ok"


def test_domain_is_normalized(lookup: DnsLookup) -> None:
    ev = lookup.domain("  ACME-Machinery.Example. ")
    assert ev.domain == "acme-machinery.example"
    assert ev.has_mx is True


def test_domain_without_mx(lookup: DnsLookup) -> None:
    ev = lookup.domain("nomail.example")
    assert ev.status == DnsStatus.OK, ev.reason
    assert (ev.exists, ev.has_mx, ev.mx_hosts, ev.has_website) == (True, False, (), True)
    assert "no MX" in ev.reason


def test_domain_with_mail_but_no_website(lookup: DnsLookup) -> None:
    ev = lookup.domain("mailonly.example")
    assert ev.status == DnsStatus.OK, ev.reason
    assert (ev.exists, ev.has_mx, ev.has_website) == (True, True, False)


def test_website_on_www_over_ipv6_only(lookup: DnsLookup) -> None:
    ev = lookup.domain("wwwonly.example")
    assert ev.has_website is True
    assert "AAAA www.wwwonly.example" in ev.reason


def test_nonexistent_domain_with_healthy_resolver(lookup: DnsLookup) -> None:
    ev = lookup.domain("no-such-company.example")
    assert ev.status == DnsStatus.OK
    assert ev.exists is False
    assert ev.has_mx is False and ev.has_website is False
    assert "NXDOMAIN" in ev.reason


def test_null_mx(lookup: DnsLookup) -> None:
    ev = lookup.domain("nullmx.example")
    assert ev.status == DnsStatus.OK, ev.reason
    assert ev.null_mx is True
    assert ev.has_mx is False and ev.mx_hosts == ()
    assert ev.exists is True and ev.has_website is True
    assert "null MX" in ev.reason


def test_idn_domain_is_queried_as_a_label(lookup: DnsLookup, dnsmasq_server: DnsmasqServer) -> None:
    ev = lookup.domain("bücher.example")
    assert ev.domain == "xn--bcher-kva.example"
    assert ev.exists is False and ev.status == DnsStatus.OK
    assert "query[MX] xn--bcher-kva.example from 127.0.0.1" in dnsmasq_server.queries()


def test_invalid_domain_needs_no_query(lookup: DnsLookup, dnsmasq_server: DnsmasqServer) -> None:
    for bad in ("", "exa mple.com", "a..b", "buyer@acme.example", "x" * 64 + ".example"):
        ev = lookup.domain(bad)
        assert ev.exists is False, bad
        assert ev.reason.startswith("invalid domain name"), ev.reason
    assert dnsmasq_server.queries() == []


def test_refused_domain_is_unknown_not_missing(lookup: DnsLookup) -> None:
    # outside every zone dnsmasq knows: it answers REFUSED (it never forwards)
    ev = lookup.domain("acme-machinery.org")
    assert_unknown(ev)
    assert "acme-machinery.org" in ev.reason and "REFUSED" in ev.reason
    assert lookup.health()[0] is True  # one bad domain does not make the resolver unhealthy


def test_one_timeout_makes_only_that_domain_unknown(
    lookup: DnsLookup, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_resolve = lookup.resolver.resolve

    def resolve(qname, rdtype=dns.rdatatype.A, *args, **kwargs):
        # the MX query works; the website query of mailonly.example times out
        if str(qname) == "mailonly.example." and rdtype == dns.rdatatype.A:
            raise dns.resolver.LifetimeTimeout(timeout=2.0, errors=[])
        return real_resolve(qname, rdtype, *args, **kwargs)

    monkeypatch.setattr(lookup.resolver, "resolve", resolve)
    ev = lookup.domain("mailonly.example")
    assert_unknown(ev)
    assert "timed out" in ev.reason
    assert lookup.domain("acme-machinery.example").status == DnsStatus.OK


# ----------------------------------------------------------- resolvers that cannot be trusted


def test_resolver_answering_nxdomain_for_everything(dnsmasq_factory) -> None:
    liar = lookup_for(dnsmasq_factory(LIAR_NXDOMAIN_ARGS))
    ok, reason = liar.health()
    assert not ok
    assert reason.startswith("resolver unhealthy: canary gmail.com answered NXDOMAIN"), reason
    for domain in ("acme-machinery.example", "gmail.com", "no-such-company.example"):
        ev = liar.domain(domain)
        assert_unknown(ev)
        assert ev.reason == reason


def test_resolver_hijacking_every_name(dnsmasq_factory) -> None:
    hijacker = lookup_for(dnsmasq_factory(HIJACK_ALL_ARGS))
    ok, reason = hijacker.health()
    assert not ok and reason.startswith("resolver unhealthy"), reason
    assert_unknown(hijacker.domain("no-such-company.example"))


def test_resolver_hijacking_nxdomain_behind_a_healthy_canary(dnsmasq_factory) -> None:
    hijacker = lookup_for(dnsmasq_factory(HIJACK_WITH_CANARY_ARGS))
    ok, reason = hijacker.health()
    assert not ok
    assert ".gmail.com resolved to 192.0.2.99 (resolver hijacks NXDOMAIN)" in reason, reason
    for domain in ("no-such-company.example", "acme-machinery.example"):
        assert_unknown(hijacker.domain(domain))


def test_resolver_refusing_the_canary(dnsmasq_factory) -> None:
    refuser = lookup_for(dnsmasq_factory(("--local=/example/",)))  # gmail.com: REFUSED
    ok, reason = refuser.health()
    assert not ok
    assert reason.startswith("resolver unhealthy: canary gmail.com lookup failed"), reason
    assert "REFUSED" in reason
    assert_unknown(refuser.domain("no-such-company.example"))


def test_nothing_listening_is_unknown_quickly() -> None:
    dead = DnsLookup(nameservers=["127.0.0.1"], port=free_port())
    started = time.monotonic()
    ev = dead.domain("acme-machinery.example")
    elapsed = time.monotonic() - started
    assert_unknown(ev)
    assert "timed out" in ev.reason, ev.reason
    assert elapsed < 3.0, f"took {elapsed:.2f}s"
    started = time.monotonic()
    assert_unknown(dead.domain("nomail.example"))  # health verdict is cached: no second wait
    assert time.monotonic() - started < 0.5


def test_no_nameservers_configured() -> None:
    empty = DnsLookup(nameservers=[])
    ok, reason = empty.health()
    assert not ok and "no nameservers" in reason
    assert_unknown(empty.domain("acme-machinery.example"))


def test_system_resolver_is_not_trusted_blindly() -> None:
    # This machine's own resolver (/etc/resolv.conf) answers NXDOMAIN for every name, and
    # elsewhere it may be absent or unreachable: gmail.com must then be unknown, never missing.
    system = DnsLookup()
    ev = system.domain("gmail.com")
    assert ev.exists is not False, ev
    healthy, reason = system.health()
    if healthy:
        pytest.skip(
            "the system resolver is healthy here (working DNS): "
            f"the 'broken resolver => unknown' assertion does not apply ({reason})"
        )
    assert_unknown(ev)
    assert ev.reason.startswith("resolver unhealthy"), ev.reason


def test_offline_makes_no_network_io(no_sockets: list[str]) -> None:
    offline = DnsLookup(offline=True)
    assert offline.resolver is None
    assert offline.health() == (False, OFFLINE_REASON)
    ev = offline.domain("acme-machinery.example")
    assert_unknown(ev)
    assert ev.reason == OFFLINE_REASON
    assert no_sockets == []


def test_validate_syntax_makes_no_network_io(no_sockets: list[str]) -> None:
    assert validate_syntax("Buyer@ACME-Machinery.com") == ("Buyer@acme-machinery.com", None)
    normalized, error = validate_syntax("not an address")
    assert normalized is None and error
    assert no_sockets == []


# ----------------------------------------------------------------------------- caching


def test_cached_domains_make_no_query(lookup: DnsLookup, dnsmasq_server: DnsmasqServer) -> None:
    first = lookup.domain("acme-machinery.example")
    gone = lookup.domain("no-such-company.example")
    assert first.status == DnsStatus.OK and gone.exists is False
    before = dnsmasq_server.queries()
    calls: list[str] = []

    def refuse(*args, **kwargs):
        calls.append("socket")
        raise OSError("test forbids network I/O")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dns.query, "socket_factory", refuse)
        mp.setattr(socket, "socket", refuse)
        assert lookup.domain("acme-machinery.example") is first
        assert lookup.domain("ACME-machinery.example.") is first
        assert lookup.domain("no-such-company.example") is gone  # negative caching
    assert calls == []
    assert dnsmasq_server.queries() == before


def test_health_is_checked_once_and_again_after_ttl(dnsmasq_server: DnsmasqServer) -> None:
    now = [1000.0]
    lookup = lookup_for(dnsmasq_server, clock=lambda: now[0], health_ttl=600.0)

    def canary_checks() -> int:
        return dnsmasq_server.queries().count("query[MX] gmail.com from 127.0.0.1")

    lookup.domain("acme-machinery.example")
    lookup.domain("nomail.example")
    assert canary_checks() == 1
    now[0] += 599
    lookup.domain("mailonly.example")
    assert canary_checks() == 1
    now[0] += 2
    lookup.domain("wwwonly.example")
    assert canary_checks() == 2


def test_cache_is_bounded_and_expires(dnsmasq_server: DnsmasqServer) -> None:
    now = [0.0]
    lookup = lookup_for(dnsmasq_server, cache_size=2, clock=lambda: now[0], positive_ttl=100.0)

    def mx_queries(domain: str) -> int:
        return dnsmasq_server.queries().count(f"query[MX] {domain} from 127.0.0.1")

    for domain in ("acme-machinery.example", "nomail.example", "mailonly.example"):
        lookup.domain(domain)
    assert len(lookup._cache) == 2
    lookup.domain("mailonly.example")  # still cached
    assert mx_queries("mailonly.example") == 1
    lookup.domain("acme-machinery.example")  # evicted (least recently used): asked again
    assert mx_queries("acme-machinery.example") == 2
    now[0] += 101  # positive TTL over (health TTL of 600 s is not)
    lookup.domain("acme-machinery.example")
    assert mx_queries("acme-machinery.example") == 3


def test_run_dnsmasq_stops_the_server(tmp_path: Path) -> None:
    with run_dnsmasq(log_dir=tmp_path) as server:
        assert lookup_for(server).domain("acme-machinery.example").has_mx is True
    assert server.process.poll() is not None
