"""Origin from real-shaped header chains, as delivered to an exporter's MX (mx.sunrise-tools.cn).

Each case: which kind of origin the hand-over hop gives, which provider, which country, and
which origin rules fire or stay silent. The chains are written for these tests (see
tests/data/origin/); their public IPs map to the intended country in iptocc's data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.lookups.geo import ip_country
from inquiry_triage.pipeline import build_context, triage_item
from inquiry_triage.sources import open_inputs

DATA = Path(__file__).resolve().parents[1] / "data" / "origin"
CTX = build_context(load_config(None), offline=True)

# file: (origin, provider, sender_ip, ip_country, rules that must fire, rules that must not)
CASES = {
    # Webmail: the hand-over is the provider's server, which says nothing about the sender.
    "gmail_es.eml": ("provider", "Gmail", None, None, {"ORIGIN_PROVIDER"},
                     {"ORIGIN_COUNTRY", "DATE_OFFSET_MISMATCH", "COUNTRY_RISK", "DECLARED_COUNTRY_MISMATCH"}),
    "outlook_exchange_online_br.eml": ("provider", "Outlook / Exchange Online", None, None, {"ORIGIN_PROVIDER"},
                                       {"ORIGIN_COUNTRY", "DATE_OFFSET_MISMATCH", "COUNTRY_RISK"}),
    "yahoo_mx.eml": ("provider", "Yahoo Mail", None, None, {"ORIGIN_PROVIDER"},
                     {"ORIGIN_COUNTRY", "DATE_OFFSET_MISMATCH", "COUNTRY_RISK"}),
    "qq_cn.eml": ("provider", "QQ Mail", None, None, {"ORIGIN_PROVIDER"}, {"ORIGIN_COUNTRY", "DATE_OFFSET_MISMATCH"}),
    # The provider recorded its user's IP (X-Originating-IP) and handed the message over itself.
    "hotmail_ng_originating_ip.eml": ("sender-network", "Outlook / Exchange Online", "105.112.33.44", "NG",
                                      {"ORIGIN_COUNTRY", "COUNTRY_RISK"}, {"ORIGIN_PROVIDER", "DATE_OFFSET_MISMATCH"}),
    "netease_163_cn.eml": ("sender-network", "NetEase 163/126", "113.116.45.9", "CN", {"ORIGIN_COUNTRY"},
                           {"ORIGIN_PROVIDER", "DATE_OFFSET_MISMATCH"}),
    "mailru_ru.eml": ("sender-network", "Mail.ru", "95.24.13.99", "RU", {"ORIGIN_COUNTRY"},
                      {"ORIGIN_PROVIDER", "DATE_OFFSET_MISMATCH"}),
    # A company's own server: the network really tells, and the Date offset is checked against it.
    "company_de.eml": ("sender-network", None, "85.214.132.117", "DE", {"ORIGIN_COUNTRY"},
                       {"ORIGIN_PROVIDER", "DATE_OFFSET_MISMATCH", "ODD_SEND_HOUR"}),
    "company_de_offset_mismatch.eml": ("sender-network", None, "85.214.132.117", "DE",
                                       {"ORIGIN_COUNTRY", "DATE_OFFSET_MISMATCH"}, {"ORIGIN_PROVIDER"}),
    # A fake "Received: from ... [US IP]" below the real hand-over from Nigeria changes nothing.
    "forged_chain_ng.eml": ("sender-network", None, "197.210.53.10", "NG",
                            {"ORIGIN_COUNTRY", "COUNTRY_RISK", "DATE_OFFSET_MISMATCH"}, {"ORIGIN_PROVIDER"}),
}


def triage(name: str):
    [item] = list(open_inputs([DATA / name]))
    result = triage_item(item, CTX)
    assert result.error is None, result.error
    return result


def test_every_chain_file_has_a_case():
    assert {p.name for p in DATA.glob("*.eml")} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_origin_chain(name):
    origin, provider, sender_ip, country, fire, silent = CASES[name]
    result = triage(name)
    data = result.to_json()
    fired = {h.rule for h in result.hits}
    assert (data["origin"], data["provider"], data["sender_ip"], data["ip_country"]) == (origin, provider, sender_ip, country)
    assert fire <= fired, f"missing {fire - fired}: {data['reasons']}"
    assert not silent & fired, f"should not fire {silent & fired}: {data['reasons']}"
    if country:
        assert ip_country(sender_ip) == country  # the fixture's IP really is in that country


def test_provider_hit_explains_itself():
    [hit] = [h for h in triage("gmail_es.eml").hits if h.rule == "ORIGIN_PROVIDER"]
    assert "Gmail" in hit.detail and "no sender country" in hit.detail
    assert "209.85.220.41" in hit.excerpt  # which server handed it over


def test_forged_hop_is_shown_as_information_only():
    result = triage("forged_chain_ng.eml")
    [hit] = [h for h in result.hits if h.rule == "ORIGIN_COUNTRY"]
    assert "NG" in hit.excerpt and "12.34.56.78" in hit.excerpt and "not evidence" in hit.excerpt
    assert ip_country("12.34.56.78") == "US"  # what the old lowest-hop rule would have reported
    assert result.facts is not None and result.facts.country == "NG"


def test_provider_mail_keeps_a_buyer_timezone_from_the_date_offset():
    # Gmail from Spain: no IP country, the Date header's +0100 still gives the buyer's clock, and the
    # +34 number in the signature, which fits it, names the zone (checks/signature_phone.py).
    assert triage("gmail_es.eml").buyer_timezone == "Europe/Madrid"
    # A German company server whose Date offset fits: the real zone.
    assert triage("company_de.eml").buyer_timezone == "Europe/Berlin"


def test_send_hour_of_provider_mail_comes_from_the_senders_own_date_clock():
    # Gmail writes the sender's own offset: 09:42 UTC at +0100 is 10:42 in Valencia.
    assert triage("gmail_es.eml").to_json()["sender_local_hour"] == 10
    # Yahoo and Exchange Online web mail stamp "+0000": the provider's clock, no send hour.
    for name in ("yahoo_mx.eml", "outlook_exchange_online_br.eml"):
        assert triage(name).to_json()["sender_local_hour"] is None, name
