"""The sender's network from the Received chain: the hand-over hop, providers, and what is only
information (hops below the hand-over, X-Originating-IP a provider does not vouch for)."""

from __future__ import annotations

from inquiry_triage.parsing import find_origin, parse_email
from inquiry_triage.parsing.received import is_public_ip, list_distribution, parse_received

OUR_TOP = "from mx1.mycompany.de (mx1.mycompany.de [10.1.2.3]) by mail.mycompany.de (Postfix) with ESMTP id 1; Wed, 20 Sep 2023 08:00:05 +0200"


def eml(*headers: str) -> bytes:
    return ("\r\n".join(headers) + "\r\n\r\nhello").encode()


def test_parse_received_formats():
    hop = parse_received("from unknown (HELO mail.x.com) (41.1.2.3)\r\n by mx.y.com with SMTP; 1 Jan 2002 00:00:00 -0000")
    assert (hop.from_ip, hop.from_names, hop.by) == ("41.1.2.3", ("mail.x.com",), "mx.y.com")
    hop = parse_received("from [41.1.2.3] (port=1234 helo=[192.168.1.2]) by mx.y.com with esmtpa (Exim 4.96)")
    assert hop.from_ip == "41.1.2.3"  # the helo literal is the client's claim, not what we saw
    hop = parse_received("from host.example (host.example [IPv6:2a02:1234::5]:587) by mx")
    assert hop.from_ip == "2a02:1234::5"
    hop = parse_received("from BN8NAM11FT066.eop-nam11.prod.protection.outlook.com (2603:10b6:408:e6:cafe::23) by BN0PR03CA0023.outlook.office365.com")
    assert hop.from_ip == "2603:10b6:408:e6:cafe::23"
    hop = parse_received("by 2002:a05:6a10:d4c:b0:40c:8da8:c7d3 with SMTP id f12csp1234; Mon, 1 Jan 2024 10:00:00 -0800")
    assert hop.from_ip is None
    assert hop.date.isoformat() == "2024-01-01T10:00:00-08:00"
    assert parse_received("(qmail 1234 invoked from network); 1 Jan 2002").from_ip is None
    assert parse_received("from x ([::ffff:8.8.4.4]) by y").from_ip == "8.8.4.4"


def test_reverse_dns_is_told_apart_from_helo():
    rdns = lambda text: parse_received(text).rdns  # noqa: E731
    assert rdns("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx") == "mail-sor-f41.google.com"
    assert rdns("from mail.google.com (unknown [197.210.53.10]) by mx") == ""  # Postfix: no PTR, the name is HELO
    assert rdns("from mail.ex.de ([85.1.2.3] helo=mx.ex.de) by x") == "mail.ex.de"  # Exim writes the PTR first
    assert rdns("from [85.1.2.3] (helo=laptop) by x") == ""
    assert rdns("from mail.x.com (HELO mail.x.com) (41.1.2.3) by y") == "mail.x.com"  # qmail
    assert rdns("from h (fake.google.com [1.2.3.4] (may be forged)) by y") == ""  # Sendmail's warning
    assert rdns("from mail-eopbgr.outbound.protection.outlook.com (40.107.1.2) by x") == ""  # Exchange: HELO only


def test_public_ip_classification():
    for ip in ("8.8.8.8", "41.58.1.2", "100.128.0.1", "2603:10b6:408:e6::28", "2a02:1234::5"):
        assert is_public_ip(ip), ip
    for ip in ("10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.1.1", "100.64.1.1", "192.0.2.5",
               "224.0.0.1", "0.0.0.0", "255.255.255.255", "240.0.0.1", "::1", "fe80::1", "fc00::1", "2001:db8::1", "nonsense"):
        assert not is_public_ip(ip), ip


def test_origin_is_the_hand_over_hop_not_the_lowest_claim():
    raw = eml(
        "Received: " + OUR_TOP,
        "Received: from edge.mycompany.de (edge.mycompany.de [85.10.20.30]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:04 +0200",
        "Received: from mail-out.sender-isp.ng (mail-out.sender-isp.ng [197.210.53.10]) by edge.mycompany.de; Wed, 20 Sep 2023 08:00:03 +0200",
        "Received: from [102.89.34.5] (helo=laptop) by mail-out.sender-isp.ng with esmtpa; Wed, 20 Sep 2023 06:59:50 +0100",
        "Received: from localhost (localhost [127.0.0.1]) by laptop; Wed, 20 Sep 2023 06:59:49 +0100",
    )
    inq = parse_email(raw, source="t", trusted_relays=["85.10.20.0/24"])
    assert (inq.origin_kind, inq.origin_ip, inq.origin_ip_header) == ("sender-network", "197.210.53.10", "Received")
    assert inq.origin_unverified == ["Received 102.89.34.5"]  # the sender side's own claim: shown, not used
    info = find_origin(inq.header_all("Received"), trusted_relays=["85.10.20.0/24"])
    assert info.last_external_ip == "197.210.53.10" and len(info.hops) == 5
    # Without the trust list our own edge relay is the first public hop.
    assert parse_email(raw, source="t").origin_ip == "85.10.20.30"


def test_forged_hop_below_the_hand_over_changes_nothing():
    real = "from mail.chasetrading-llc.com (unknown [197.210.53.10]) by mx.sunrise-tools.cn (Postfix); Tue, 14 Nov 2023 17:11:08 +0800"
    fake = "from mail.chasetrading-llc.com (mail.chasetrading-llc.com [12.34.56.78]) by mx1.chasetrading-llc.com; Tue, 14 Nov 2023 04:11:02 -0500"
    info = find_origin([real, fake])
    assert (info.kind, info.origin_ip, info.unverified) == ("sender-network", "197.210.53.10", ["Received 12.34.56.78"])


def test_our_mailbox_providers_internal_relays_are_inside_the_boundary():
    received = [
        "from SA3PR19MB7370.namprd19.prod.outlook.com (::1) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Tue, 19 Sep 2023 18:36:46 +0000",
        "from BN0PR03CA0023.namprd03.prod.outlook.com (2603:10b6:408:e6::28) by SA3PR19MB7370.namprd19.prod.outlook.com; Tue, 19 Sep 2023 18:36:45 +0000",
        "from BN8NAM11FT066.eop-nam11.prod.protection.outlook.com (2603:10b6:408:e6:cafe::23) by BN0PR03CA0023.outlook.office365.com; Tue, 19 Sep 2023 18:36:45 +0000",
        "from vps-1.example (2a01:4f8:1:2::99) by BN8NAM11FT066.mail.protection.outlook.com (10.13.177.138); Tue, 19 Sep 2023 18:36:44 +0000",
    ]
    # Our mailbox is at Exchange Online (the top hop's receiving host): its relays, known by
    # Microsoft's published ranges, are ours; the hand-over is the sender's server.
    info = find_origin(received)
    assert info.recipient_provider == "Outlook / Exchange Online"
    assert (info.kind, info.origin_ip, info.last_external_ip) == ("sender-network", "2a01:4f8:1:2::99", "2a01:4f8:1:2::99")
    # Configured trusted_relays give the same answer.
    info = find_origin(received, trusted_relays=[".outlook.com", ".office365.com"])
    assert (info.kind, info.origin_ip) == ("sender-network", "2a01:4f8:1:2::99")
    # The same chain without the sender's hop never left Microsoft: provider mail, no country.
    info = find_origin(received[:3])
    assert (info.kind, info.provider, info.origin_ip) == ("provider", "Outlook / Exchange Online", None)
    assert find_origin(received[:3], trusted_relays=["2603:10b6::/32"]).kind == "unknown"


GMAIL_HOP = "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:03 +0200"
HOTMAIL_HOP = "from BLU004-OMC4S12.hotmail.com (blu004-omc4s12.hotmail.com [65.55.111.151]) by mx1.mycompany.de; Tue, 3 Mar 2015 18:13:23 +0800"
COMPANY_HOP = "from mail.mueller-werkzeuge.de (mail.mueller-werkzeuge.de [85.214.132.117]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:03 +0200"


def test_provider_hand_over_gives_no_origin_ip():
    info = find_origin(["" + OUR_TOP, GMAIL_HOP])
    assert (info.kind, info.provider, info.origin_ip, info.last_external_ip) == ("provider", "Gmail", None, "209.85.220.41")
    assert info.handover == "mail-sor-f41.google.com [209.85.220.41]"
    # Recognised by range alone (Exchange writes only the HELO name) ...
    info = find_origin(["from mail-eopbgr.outbound.protection.outlook.com (40.107.22.93) by mx1.mycompany.de; Tue, 14 Nov 2023 09:15:45 +0000"])
    assert (info.kind, info.provider) == ("provider", "Outlook / Exchange Online")
    # ... or by the reverse-DNS name our relay recorded, but never by a HELO name.
    info = find_origin(["from out203-205-221-231.mail.qq.com (out203-205-221-231.mail.qq.com [203.205.221.231]) by mx1"])
    assert (info.kind, info.provider) == ("provider", "QQ Mail")
    info = find_origin(["from mail-sor-f41.google.com (unknown [197.210.53.10]) by mx1"])
    assert (info.kind, info.origin_ip) == ("sender-network", "197.210.53.10")


def test_client_ip_headers_count_only_when_the_hand_over_provider_writes_them():
    # Outlook.com/Hotmail records its user's IP: that is the origin.
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + HOTMAIL_HOP, "X-Originating-IP: [105.112.33.44]"), source="t")
    assert (inq.origin_kind, inq.origin_provider, inq.origin_ip, inq.origin_ip_header) == (
        "sender-network", "Outlook / Exchange Online", "105.112.33.44", "X-Originating-IP")
    # Gmail does not: a sender's own X-Originating-IP through Gmail is only information.
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + GMAIL_HOP, "X-Originating-IP: [105.112.33.44]"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_unverified) == ("provider", None, ["X-Originating-IP 105.112.33.44"])
    # A private address in the provider's header is no origin either.
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + HOTMAIL_HOP, "X-Originating-IP: [192.168.0.10]"), source="t")
    assert (inq.origin_kind, inq.origin_ip) == ("provider", None)
    # A company server's hand-over is the origin; headers its own side wrote are not.
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + COMPANY_HOP, "X-Source-IP: 41.58.1.2"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_unverified) == ("sender-network", "85.214.132.117", ["X-Source-IP 41.58.1.2"])


def test_x_sender_ip_without_a_chain_is_not_evidence():
    inq = parse_email(eml("X-Sender-IP: 208.14.9.28"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_unverified) == ("unknown", None, ["X-Sender-IP 208.14.9.28"])
    inq = parse_email(eml("Received: " + OUR_TOP, "X-Source-IP: 2a02:c7f:1::1"), source="t")
    assert (inq.origin_kind, inq.origin_ip) == ("unknown", None)


def test_list_mail_is_re_sent_by_the_lists_server():
    assert list_distribution("Linux man pages <linux-man.vger.kernel.org>", "<linux-man+bounces-12@vger.kernel.org>")
    assert list_distribution("<fork.xent.com>", "fork-admin@xent.com")
    # A List-Id alone is anyone's claim (bulk senders add them): not a list server.
    assert not list_distribution("<news.example-shop.click>", "<bounce@other-domain.com>")
    assert not list_distribution("<news.example-shop.click>", "")
    hop = "from vger.kernel.org (vger.kernel.org [23.128.96.18]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:03 +0200"
    info = find_origin([OUR_TOP, hop], list_id="<linux-man.vger.kernel.org>")
    assert (info.kind, info.provider, info.origin_ip) == ("provider", "mailing list linux-man.vger.kernel.org", None)
    raw = eml("Received: " + OUR_TOP, "Received: " + hop, "List-Id: <linux-man.vger.kernel.org>",
              "Return-Path: <linux-man+bounces-7@vger.kernel.org>")
    assert parse_email(raw, source="t").origin_kind == "provider"
    raw = eml("Received: " + OUR_TOP, "Received: " + hop, "List-Id: <linux-man.vger.kernel.org>", "Return-Path: <x@spam.example>")
    assert parse_email(raw, source="t").origin_kind == "sender-network"


def test_no_public_ip_anywhere():
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: from localhost (localhost [127.0.0.1]) by mx1"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_ip_header) == ("unknown", None, "")
    inq = parse_email(eml("Subject: none"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_ip_header) == ("unknown", None, "")
