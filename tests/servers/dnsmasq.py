"""A real dnsmasq on 127.0.0.1 for DNS tests (Debian package: dnsmasq-base).

dnsmasq runs in the foreground on a free high port with no upstream (``--no-resolv``, no
``--server``): it never forwards a query anywhere. It answers from its command line only:

* names under a ``--local=/zone/`` zone that have no record: NXDOMAIN (authoritative-style);
* names outside every local zone: REFUSED.

Usage from a test::

    from tests.servers.dnsmasq import dnsmasq_factory, dnsmasq_server  # noqa: F401 (fixtures)

    def test_x(dnsmasq_server):               # FIXTURE_ARGS zone: see below
        lookup = DnsLookup(nameservers=dnsmasq_server.nameservers, port=dnsmasq_server.port)

    def test_y(dnsmasq_factory):              # any number of servers, each with its own args
        liar = dnsmasq_factory(LIAR_NXDOMAIN_ARGS)

    with run_dnsmasq(FIXTURE_ARGS, log_dir=tmp_path) as server: ...   # without pytest fixtures

``server.queries()`` lists the queries dnsmasq logged (``--log-queries``), e.g.
``"query[MX] gmail.com from 127.0.0.1"``, so a test can prove that nothing was asked.

When dnsmasq is missing or cannot start, the test fails if env CI == "true", else it is skipped.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import dns.exception
import dns.message
import dns.query
import dns.resolver
import pytest

from tests.servers.common import find_binary, unavailable

DNSMASQ_APT_PACKAGE = "dnsmasq-base"
HOST = "127.0.0.1"
READY_NAME = "ready.dnsmasq-harness.invalid"

# Addresses in answers are documentation ranges (RFC 5737 / RFC 3849): nothing connects to them.
FIXTURE_ARGS: tuple[str, ...] = (
    # Zones answered from local data only: unknown names in them get NXDOMAIN.
    "--local=/example/",
    "--local=/gmail.com/",
    "--local=/invalid/",
    # A company: MX + website on the bare domain and on www.
    "--mx-host=acme-machinery.example,mail.acme-machinery.example,10",
    "--mx-host=acme-machinery.example,mail2.acme-machinery.example,20",
    "--host-record=acme-machinery.example,192.0.2.10",
    "--host-record=www.acme-machinery.example,192.0.2.10,2001:db8::10",
    "--host-record=mail.acme-machinery.example,192.0.2.11",
    "--host-record=mail2.acme-machinery.example,192.0.2.12",
    # A website but no MX.
    "--host-record=nomail.example,192.0.2.20",
    # Mail but no website (neither the domain nor www has an address).
    "--mx-host=mailonly.example,mx.mailonly.example,10",
    "--host-record=mx.mailonly.example,192.0.2.30",
    # Website only on www, and only over IPv6.
    "--mx-host=wwwonly.example,mx.wwwonly.example,10",
    "--host-record=www.wwwonly.example,2001:db8::40",
    # RFC 7505 null MX "0 ." (MX rdata = preference 0x0000 + root name 0x00), plus a website.
    "--dns-rr=nullmx.example,15,000000",
    "--host-record=nullmx.example,192.0.2.50",
    # The health canary: gmail.com has MX + A; <random>.gmail.com is NXDOMAIN via --local.
    "--mx-host=gmail.com,gmail-smtp-in.l.google.com,5",
    "--host-record=gmail.com,192.0.2.60",
)

# A resolver that lies: NXDOMAIN for every name, the canary included.
LIAR_NXDOMAIN_ARGS: tuple[str, ...] = ("--address=/#/",)
# A resolver that hijacks NXDOMAIN: an address for every name (it REFUSES MX, though).
HIJACK_ALL_ARGS: tuple[str, ...] = ("--address=/#/192.0.2.99",)
# A subtler hijacker: the canary's MX is right, but every random name gets an address.
HIJACK_WITH_CANARY_ARGS: tuple[str, ...] = (
    "--address=/#/192.0.2.99",
    "--mx-host=gmail.com,gmail-smtp-in.l.google.com,5",
)

_QUERY_RE = re.compile(r"query\[[A-Za-z0-9]+\] \S+ from \S+")


def dnsmasq_path() -> str | None:
    return find_binary("dnsmasq")


def require_dnsmasq() -> str:
    path = dnsmasq_path()
    if path is None:
        unavailable(f"dnsmasq not installed (apt-get install -y {DNSMASQ_APT_PACKAGE})")
    assert path is not None
    return path


def free_port(host: str = HOST) -> int:
    """A port free for both TCP and UDP on host right now (dnsmasq binds both)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind((host, 0))
            port = tcp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind((host, port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no free port for dnsmasq")


@dataclass
class DnsmasqServer:
    host: str
    port: int
    args: tuple[str, ...]
    process: subprocess.Popen
    log_path: Path
    _stopped: bool = field(default=False, repr=False)

    @property
    def nameservers(self) -> list[str]:
        return [self.host]

    def resolver(self, *, timeout: float = 1.0, lifetime: float = 2.0) -> dns.resolver.Resolver:
        """A fresh dnspython resolver pointed at this server only."""
        res = dns.resolver.Resolver(configure=False)
        res.nameservers = [self.host]
        res.port = self.port
        res.timeout = timeout
        res.lifetime = lifetime
        return res

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def queries(self, *, settle: float = 0.1) -> list[str]:
        """Queries dnsmasq logged, oldest first, without the harness's readiness probes.

        ``settle`` waits a little first so lines for queries just answered are written."""
        if settle > 0:
            time.sleep(settle)
        found = (m.group(0) for m in _QUERY_RE.finditer(self.log()))
        return [q for q in found if f" {READY_NAME} " not in q]

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def _answers(host: str, port: int) -> bool:
    query = dns.message.make_query(READY_NAME, "A")
    try:
        dns.query.udp(query, host, port=port, timeout=0.05)
    except (dns.exception.DNSException, OSError):
        return False
    return True


def start_dnsmasq(
    args: Sequence[str] = FIXTURE_ARGS,
    *,
    log_dir: Path | str | None = None,
    host: str = HOST,
    start_timeout: float = 10.0,
    attempts: int = 3,
) -> DnsmasqServer:
    """Start dnsmasq with ``args`` (records and zones) and wait until it answers.

    Calls pytest.fail/skip (see :func:`unavailable`) when it cannot. The caller must ``stop()``
    it; prefer :func:`run_dnsmasq` or the fixtures, which do."""
    binary = require_dnsmasq()
    log_dir = Path(log_dir) if log_dir is not None else Path(tempfile.mkdtemp(prefix="dnsmasq-"))
    log_dir.mkdir(parents=True, exist_ok=True)
    problem = ""
    for attempt in range(attempts):
        port = free_port(host)
        log_path = log_dir / f"dnsmasq-{port}-{attempt}.log"
        command = [
            binary,
            "--keep-in-foreground",
            "--no-resolv",  # no upstream from /etc/resolv.conf ...
            "--no-poll",
            "--no-hosts",  # ... nor /etc/hosts
            "--conf-file=/dev/null",  # ... nor /etc/dnsmasq.conf
            "--pid-file=",  # no pid file
            "--log-facility=-",  # log to stderr (our file)
            "--log-queries",
            f"--listen-address={host}",
            "--bind-interfaces",
            f"--port={port}",
            "--cache-size=0",
            *args,
        ]
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        server = DnsmasqServer(host, port, tuple(args), process, log_path)
        deadline = time.monotonic() + start_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            if _answers(host, port):
                return server
            time.sleep(0.05)
        server.stop()
        problem = f"exit code {process.returncode}; log:\n{server.log()[-2000:]}"
        if "in use" not in problem:
            break  # not a port race: retrying will not help
    unavailable(f"dnsmasq could not start ({' '.join(command)}): {problem}")
    raise AssertionError("unreachable")


@contextlib.contextmanager
def run_dnsmasq(
    args: Sequence[str] = FIXTURE_ARGS, *, log_dir: Path | str | None = None
) -> Iterator[DnsmasqServer]:
    """``with run_dnsmasq(FIXTURE_ARGS) as server:`` — stopped when the block ends."""
    server = start_dnsmasq(args, log_dir=log_dir)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dnsmasq_factory(tmp_path: Path) -> Iterator[Callable[..., DnsmasqServer]]:
    """``dnsmasq_factory(args=FIXTURE_ARGS)`` starts a server; all are stopped at teardown."""
    servers: list[DnsmasqServer] = []

    def start(args: Sequence[str] = FIXTURE_ARGS) -> DnsmasqServer:
        server = start_dnsmasq(args, log_dir=tmp_path / "dnsmasq")
        servers.append(server)
        return server

    try:
        yield start
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def dnsmasq_server(dnsmasq_factory: Callable[..., DnsmasqServer]) -> DnsmasqServer:
    """A dnsmasq serving FIXTURE_ARGS (acme-machinery.example, nomail.example, ...)."""
    return dnsmasq_factory()
