"""DNS evidence through the whole pipeline and CLI: a real dnsmasq serving fixture records, the
machine's own (lying) resolver, and --offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.servers.dnsmasq import dnsmasq_factory, dnsmasq_server  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]


def message(sender: str) -> bytes:
    return (f"From: Buyer <{sender}>\r\nTo: sales@our-factory.example\r\nSubject: RFQ 500 pcs\r\n"
            f"Message-ID: <{sender}-dns-test>\r\n\r\nPlease quote 500 pcs FOB Ningbo.\r\n").encode()


def triage(tmp_path: Path, sender: str, *extra: str, config: str = "") -> dict:
    path = tmp_path / f"{sender.replace('@', '_at_')}.eml"
    path.write_bytes(message(sender))
    args = [sys.executable, "-m", "inquiry_triage", "triage", str(path), "--format", "jsonl", "--no-store", *extra]
    if config:
        cfg = tmp_path / "dns.toml"
        cfg.write_text(config)
        args += ["--config", str(cfg)]
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "INQUIRY_TRIAGE_CONFIG": ""})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def rules(line: dict) -> dict[str, str]:
    return {r["rule"]: r["detail"] for r in line["reasons"]}


def test_company_domain_verified_and_missing_domain_against_a_real_dns_server(tmp_path, dnsmasq_server):
    config = f'[dns]\nnameservers = ["{dnsmasq_server.host}"]\nport = {dnsmasq_server.port}\n'
    good = rules(triage(tmp_path, "anna@acme-machinery.example", config=config))
    assert "COMPANY_DOMAIN_VERIFIED" in good and "mail.acme-machinery.example" in good["COMPANY_DOMAIN_VERIFIED"]
    nomx = rules(triage(tmp_path, "x@nomail.example", config=config))
    assert "DOMAIN_NO_MX" in nomx
    gone = rules(triage(tmp_path, "x@no-such-company.example", config=config))
    assert "DOMAIN_NOT_FOUND" in gone


def test_the_machines_lying_resolver_gives_unknown_not_missing(tmp_path):
    # This machine's resolver answers NXDOMAIN for every name (and CI has no internet): the
    # canary check must catch it, so nothing is reported as "domain does not exist".
    line = rules(triage(tmp_path, "anna@acme-machinery.example"))
    assert "DOMAIN_NOT_FOUND" not in line and "DOMAIN_NO_MX" not in line
    assert "DNS_UNKNOWN" in line


def test_a_resolver_that_answers_nxdomain_for_everything_is_not_believed(tmp_path, dnsmasq_factory):
    from tests.servers.dnsmasq import LIAR_NXDOMAIN_ARGS

    liar = dnsmasq_factory(LIAR_NXDOMAIN_ARGS)
    config = f'[dns]\nnameservers = ["{liar.host}"]\nport = {liar.port}\n'
    line = rules(triage(tmp_path, "anna@acme-machinery.example", config=config))
    assert "DNS_UNKNOWN" in line and "DOMAIN_NOT_FOUND" not in line and "NXDOMAIN" in line["DNS_UNKNOWN"]


def test_offline_asks_nothing(tmp_path, dnsmasq_server):
    config = f'[dns]\nnameservers = ["{dnsmasq_server.host}"]\nport = {dnsmasq_server.port}\n'
    line = rules(triage(tmp_path, "anna@acme-machinery.example", "--offline", config=config))
    assert "offline" in line["DNS_UNKNOWN"]
    assert not [q for q in dnsmasq_server.queries() if "acme-machinery" in q]
