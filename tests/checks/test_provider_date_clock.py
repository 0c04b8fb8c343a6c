"""Who wrote the Date header (newcomer 15, finding 3): a provider whose own servers stamp Date in UTC
(parsing/providers.toml `date_clock = "utc"`: Outlook.com / Exchange Online, Yahoo web mail) writes
"+0000" whatever its user's clock, so a genuine Turkish buyer on outlook.com, whose IP Outlook recorded
(X-Originating-IP), is not lying about anything. DATE_OFFSET_MISMATCH stays for a Date the sender's own
program wrote: any other offset through those providers, and every offset through a provider or a
server that does not stamp Date itself.

The mails are written for these tests in the shape such providers hand over (names and addresses made
up; the public IPs are in the intended country in iptocc's data, which a test checks).
"""

from __future__ import annotations

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.lookups.geo import ip_country
from inquiry_triage.parsing.received import _provider, load_providers
from inquiry_triage.pipeline import build_context, triage_item
from inquiry_triage.sources import RawItem

CTX = build_context(load_config(None), offline=True)

OUR_MX = ("Received: from mx.valves-example.cn (unknown [10.20.0.11])\n"
          "\tby mail.valves-example.cn (Postfix) with ESMTP id 7C1D2E0035\n"
          "\tfor <sales@valves-example.cn>; Tue, 1 Dec 2026 17:05:45 +0800 (CST)\n")
OUTLOOK = ("Received: from EUR05-AM6-obe.outbound.protection.outlook.com "
           "(mail-am6eur05on2090.outbound.protection.outlook.com [40.107.22.90])\n"
           "\tby mx.valves-example.cn (Postfix) with ESMTPS id 7C1D2E0034\n"
           "\tfor <sales@valves-example.cn>; Tue, 1 Dec 2026 17:05:44 +0800 (CST)\n"
           "Received: from AM0PR06MB1234.eurprd06.prod.outlook.com (2603:10a6:208:1::12) by "
           "AM0PR06MB5678.eurprd06.prod.outlook.com with HTTPS; Tue, 1 Dec 2026 09:05:42 +0000\n")
YAHOO = ("Received: from sonic314-20.consmr.mail.bf2.yahoo.com (sonic314-20.consmr.mail.bf2.yahoo.com [74.6.132.123])\n"
         "\tby mx.valves-example.cn (Postfix) with ESMTPS id 4SV0Hp6Qx8z4wz\n"
         "\tfor <sales@valves-example.cn>; Tue, 1 Dec 2026 17:05:44 +0800 (CST)\n"
         "Received: from sonic.gate.mail.ne1.yahoo.com by sonic314-20.consmr.mail.bf2.yahoo.com with HTTP; "
         "Tue, 1 Dec 2026 09:05:42 +0000\n")
# GMX records its user's IP in its own submission line, but the user's program writes Date (no date_clock).
GMX = ("Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])\n"
       "\tby mx.valves-example.cn (Postfix) with ESMTPS id 4SV0Hp6Qx8z4wa\n"
       "\tfor <sales@valves-example.cn>; Tue, 1 Dec 2026 17:05:44 +0800 (CST)\n"
       "Received: from [88.249.12.34] ([88.249.12.34]) by web-mail.gmx.net\n"
       " (3c-app-gmx-bs01.server.lan [172.19.170.50]) (via HTTP); Tue, 1 Dec 2026 10:05:42 +0100\n")


def _own_server(ip: str, name: str) -> str:
    """The buyer's own company server handed it over: no provider wrote anything."""
    return (f"Received: from {name} ({name} [{ip}])\n"
            "\tby mx.valves-example.cn (Postfix) with ESMTPS id 7C1D2E0036\n"
            "\tfor <sales@valves-example.cn>; Tue, 1 Dec 2026 17:05:44 +0800 (CST)\n")


BODY = ("Merhaba,\n\nFirmamız için pirinç küresel vana almak istiyoruz.\nMiktar: 5000 adet\n"
        "Teslimat: FOB Ningbo\n\nSaygılarımla,\nMehmet Demir\n")


def mail(chain: str, date: str, *, sender: str = "mehmet.demir@outlook.com", ip_header: str = "",
         date_comment: str = "") -> RawItem:
    """A buyer's inquiry at 09:05:40 UTC (12:05 in Istanbul), its Date written with `date` as offset."""
    local = {"+0000": "09:05:40", "-0000": "09:05:40", "+0800": "17:05:40", "+0300": "12:05:40", "+0100": "10:05:40"}[date]
    headers = (OUR_MX + chain + f"From: Mehmet Demir <{sender}>\n" + "To: sales@valves-example.cn\n"
               + "Subject: Fiyat teklifi talebi - pirinç küresel vana\n"
               + f"Date: Tue, 1 Dec 2026 {local} {date}{date_comment}\n"
               + "Message-ID: <t-provider-date-clock@example.invalid>\n"
               + (f"X-Originating-IP: [{ip_header}]\n" if ip_header else "")
               + 'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')
    return RawItem(source="test:provider-date-clock", kind="email", raw=(headers + "\n" + BODY).encode("utf-8"))


def triage(item: RawItem):
    result = triage_item(item, CTX)
    assert result.error is None, result.error
    return result, {h.rule: h for h in result.hits}


def test_the_ips_are_in_the_intended_countries():
    assert (ip_country("88.249.12.34"), ip_country("105.112.33.44"), ip_country("187.190.10.20")) == ("TR", "NG", "MX")


@pytest.mark.parametrize("item", [
    mail(OUTLOOK, "+0000", ip_header="88.249.12.34"),  # the newcomer's Outlook.com buyer in Turkey
    mail(OUTLOOK, "+0000", ip_header="88.249.12.34", sender="satinalma@demir-tesisat.com.tr"),  # Exchange Online company
    mail(YAHOO, "+0000", ip_header="88.249.12.34", date_comment=" (UTC)", sender="mehmet.demir@yahoo.com"),
], ids=["outlook.com", "exchange-online-company", "yahoo-web-mail"])
def test_a_utc_stamp_of_the_provider_is_evidence_of_nothing(item):
    result, hits = triage(item)
    data = result.to_json()
    assert (data["origin"], data["ip_country"], data["date_offset"]) == ("sender-network", "TR", "+0000")
    assert "DATE_OFFSET_MISMATCH" not in hits, hits["DATE_OFFSET_MISMATCH"].detail
    # and the reader is told why the +0000 counts for nothing
    assert "88.249.12.34 -> TR" in hits["ORIGIN_COUNTRY"].excerpt
    assert "Date +0000 is the provider's own UTC stamp" in hits["ORIGIN_COUNTRY"].excerpt
    assert data["risk"] == 0.0 and not data["suspicious"]
    # The send hour and the clock are the network's country's: 09:05 UTC is 12:05 in Istanbul.
    assert data["sender_local_hour"] == 12 and result.buyer_timezone == "Europe/Istanbul"


def test_other_offsets_through_that_provider_are_still_the_senders_own():
    # A mail program submitting through Outlook.com keeps the Date it wrote: +0800 from a Nigerian network.
    result, hits = triage(mail(OUTLOOK, "+0800", ip_header="105.112.33.44"))
    assert result.to_json()["ip_country"] == "NG"
    assert "DATE_OFFSET_MISMATCH" in hits and hits["DATE_OFFSET_MISMATCH"].excerpt == "+0800 vs NG"
    assert "UTC stamp" not in hits["ORIGIN_COUNTRY"].excerpt
    # and one that fits is no mismatch either way
    assert "DATE_OFFSET_MISMATCH" not in triage(mail(OUTLOOK, "+0300", ip_header="88.249.12.34"))[1]


@pytest.mark.parametrize("item, country", [
    # The sender's own server wrote +0000 and its network is in Mexico: nobody else stamped it.
    (mail(_own_server("187.190.10.20", "mail.ferreteria-example.mx"), "+0000", sender="compras@ferreteria-example.mx"),
     "MX"),
    # A provider that does not stamp Date itself (GMX: its user's program writes it) with a +0000 from Turkey.
    (mail(GMX, "+0000", sender="mehmet.demir@gmx.net"), "TR"),
    # A classic real mismatch: +0800 from a Nigerian network.
    (mail(_own_server("105.112.33.44", "host-105-112-33-44.example.ng"), "+0800", sender="purchase@trading-example.com"),
     "NG"),
], ids=["own-server-mx", "gmx-user-clock", "nigerian-network-plus-0800"])
def test_a_date_the_senders_side_wrote_still_counts(item, country):
    result, hits = triage(item)
    assert result.to_json()["ip_country"] == country
    assert "DATE_OFFSET_MISMATCH" in hits, result.to_json()["reasons"]


def test_only_the_handing_over_provider_vouches_for_the_stamp():
    # X-Originating-IP written by the sender's own server (not Outlook's): a claim, not evidence; the
    # network is the server's, and its +0000 is its own writing.
    result, hits = triage(mail(_own_server("187.190.10.20", "mail.ferreteria-example.mx"), "+0000",
                               ip_header="88.249.12.34", sender="mehmet.demir@outlook.com"))
    assert result.to_json()["ip_country"] == "MX"
    assert "DATE_OFFSET_MISMATCH" in hits


def test_the_providers_table_says_which_providers_stamp_date():
    stamped = {p.key for p in load_providers().items if p.date_utc}
    assert stamped == {"microsoft", "yahoo"}
    with pytest.raises(ValueError, match="date_clock"):
        _provider("example", {"name": "Example", "date_clock": "local"})
