"""Originating IP from Received chains and X-Originating-IP."""

from __future__ import annotations

from inquiry_triage.parsing import find_origin, parse_email
from inquiry_triage.parsing.received import is_public_ip, parse_received

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


def test_public_ip_classification():
    for ip in ("8.8.8.8", "41.58.1.2", "100.128.0.1", "2603:10b6:408:e6::28", "2a02:1234::5"):
        assert is_public_ip(ip), ip
    for ip in ("10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.1.1", "100.64.1.1", "192.0.2.5",
               "224.0.0.1", "0.0.0.0", "255.255.255.255", "240.0.0.1", "::1", "fe80::1", "fc00::1", "2001:db8::1", "nonsense"):
        assert not is_public_ip(ip), ip


def test_lowest_public_ip_skipping_private_and_trusted_relays():
    raw = eml(
        "Received: " + OUR_TOP,
        "Received: from edge.mycompany.de (edge.mycompany.de [85.10.20.30]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:04 +0200",
        "Received: from mail-out.sender-isp.ng (mail-out.sender-isp.ng [197.210.53.10]) by edge.mycompany.de; Wed, 20 Sep 2023 08:00:03 +0200",
        "Received: from [102.89.34.5] (helo=laptop) by mail-out.sender-isp.ng with esmtpa; Wed, 20 Sep 2023 06:59:50 +0100",
        "Received: from localhost (localhost [127.0.0.1]) by laptop; Wed, 20 Sep 2023 06:59:49 +0100",
    )
    inq = parse_email(raw, source="t", trusted_relays=["85.10.20.0/24"])
    assert (inq.origin_ip, inq.origin_ip_header) == ("102.89.34.5", "Received")
    info = find_origin(inq.header_all("Received"), trusted_relays=["85.10.20.0/24"])
    assert info.last_external_ip == "197.210.53.10"  # the hand-over our relay saw: unforgeable
    assert len(info.hops) == 5


def test_trusted_relays_by_hostname_suffix_and_ipv6():
    received = [
        "from SA3PR19MB7370.namprd19.prod.outlook.com (::1) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Tue, 19 Sep 2023 18:36:46 +0000",
        "from BN0PR03CA0023.namprd03.prod.outlook.com (2603:10b6:408:e6::28) by SA3PR19MB7370.namprd19.prod.outlook.com; Tue, 19 Sep 2023 18:36:45 +0000",
        "from BN8NAM11FT066.eop-nam11.prod.protection.outlook.com (2603:10b6:408:e6:cafe::23) by BN0PR03CA0023.outlook.office365.com; Tue, 19 Sep 2023 18:36:45 +0000",
        "from vps-1.example (2a01:4f8:1:2::99) by BN8NAM11FT066.mail.protection.outlook.com (10.13.177.138); Tue, 19 Sep 2023 18:36:44 +0000",
    ]
    trusted = [".outlook.com", ".office365.com"]
    info = find_origin(received, trusted_relays=trusted)
    assert (info.origin_ip, info.origin_header, info.last_external_ip) == ("2a01:4f8:1:2::99", "Received", "2a01:4f8:1:2::99")
    # Without the trust list the Microsoft hops count as public relays; the lowest public IP
    # is still the sender's, but the hand-over IP is Microsoft's.
    info = find_origin(received)
    assert info.origin_ip == "2a01:4f8:1:2::99"
    assert info.last_external_ip == "2603:10b6:408:e6::28"
    # The same chain with the sender's own hop missing: nothing outside our relays.
    assert find_origin(received[:3], trusted_relays=trusted).origin_ip is None
    assert find_origin(received[:3], trusted_relays=["2603:10b6::/32"]).origin_ip is None


def test_x_originating_ip_is_preferred_when_public():
    chain = [
        "Received: " + OUR_TOP,
        "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:03 +0200",
    ]
    inq = parse_email(eml(*chain, "X-Originating-IP: [105.112.33.44]"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == ("105.112.33.44", "X-Originating-IP")
    inq = parse_email(eml(*chain, "X-Originating-IP: [192.168.0.10]"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == ("209.85.220.41", "Received")


def test_x_sender_ip_and_x_source_ip_are_fallbacks():
    inq = parse_email(eml("Received: " + OUR_TOP, "X-Sender-IP: 208.14.9.28"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == ("208.14.9.28", "X-Sender-IP")
    inq = parse_email(eml("X-Source-IP: 2a02:c7f:1::1"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == ("2a02:c7f:1::1", "X-Source-IP")
    chain = "Received: from h (h [41.1.2.3]) by mx; Mon, 1 Jan 2024 00:00:00 +0000"
    inq = parse_email(eml(chain, "X-Sender-IP: 208.14.9.28"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == ("41.1.2.3", "Received")


def test_no_public_ip_anywhere():
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: from localhost (localhost [127.0.0.1]) by mx1"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == (None, "")
    inq = parse_email(eml("Subject: none"), source="t")
    assert (inq.origin_ip, inq.origin_ip_header) == (None, "")
