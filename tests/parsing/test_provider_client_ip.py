"""Providers that record their user's IP somewhere other than X-Originating-IP: GMX / WEB.DE in
their own submission Received line ("(via HTTP)" web mail, "with ESMTPSA" from a mail program),
Naver in X-Naver-CIP. Believed only when that provider handed the message to us, and only its own
line (the first public hop below its hand-over, under hops its own hosts received): a line or
header the sender wrote is information, never the origin. Headers written for these tests."""

from __future__ import annotations

from inquiry_triage.parsing import find_origin, parse_email

OUR_TOP = ("from mx2.example-valves.cn (mx2.example-valves.cn [10.8.0.4]) by mail.example-valves.cn (Postfix) "
           "with ESMTP id 9F2; Thu, 12 Nov 2026 17:40:06 +0800")
GMX_OUT = ("from mout.gmx.net (mout.gmx.net [212.227.17.20]) by mx2.example-valves.cn (Postfix) with ESMTPS id 44A1; "
           "Thu, 12 Nov 2026 17:40:05 +0800")
WEBDE_OUT = ("from mout.web.de (mout.web.de [217.72.192.81]) by mx2.example-valves.cn (Postfix) with ESMTPS id 7B0C; "
             "Thu, 12 Nov 2026 17:40:05 +0800")
GMX_WEBMAIL = ("from [79.241.88.17] ([79.241.88.17]) by web-mail.gmx.net\r\n (3c-app-gmx-bs31.server.lan [172.19.170.83])"
               " (via HTTP); Thu, 12 Nov 2026 10:40:01 +0100")
WEBDE_SMTP = ("from [192.168.178.23] ([84.150.7.9]) by smtp.web.de (mrweb006 [213.165.67.108]) with ESMTPSA (Nemesis)"
              " id 1MLzPq-1t9Wkx3B2e-00H4Tz; Thu, 12 Nov 2026 10:40:02 +0100")
VPS_HOP = ("from vps-21807.example-host.net (vps-21807.example-host.net [102.89.34.61]) by mx2.example-valves.cn "
           "(Postfix) with ESMTP id 12C; Thu, 12 Nov 2026 17:40:05 +0800")
NAVER_OUT = ("from cvsmtppost07.nm.naver.com (cvsmtppost07.nm.naver.com [125.209.224.211]) by mx2.example-valves.cn "
             "(Postfix) with ESMTPS id 5D3; Thu, 12 Nov 2026 17:40:04 +0800")
NAVER_INNER = ("from cweb009.nm.nfra.io ([10.20.33.141])\r\n  by crvsmtp04.nm.naver.com with ESMTP id q0Zx1\r\n"
               "  for <sales@example-valves.cn>; Thu, 12 Nov 2026 18:40:00 +0900")
GMAIL_HOP = ("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52]) by mx2.example-valves.cn "
             "(Postfix) with ESMTPS id 0A1; Thu, 12 Nov 2026 17:40:04 +0800")


def eml(*headers: str) -> bytes:
    return ("\r\n".join(headers) + "\r\nFrom: a@b.example\r\n\r\nGuten Tag").encode()


def test_gmx_web_mail_line_is_the_users_network():
    info = find_origin([OUR_TOP, GMX_OUT, GMX_WEBMAIL])
    assert (info.kind, info.provider, info.origin_ip, info.origin_header) == (
        "sender-network", "GMX / WEB.DE", "79.241.88.17", "Received")
    assert info.last_external_ip == "212.227.17.20" and info.unverified == []


def test_web_de_submission_from_a_mail_program_takes_the_connecting_ip_not_the_helo():
    info = find_origin([OUR_TOP, WEBDE_OUT, WEBDE_SMTP])
    assert (info.kind, info.provider, info.origin_ip) == ("sender-network", "GMX / WEB.DE", "84.150.7.9")


def test_a_submission_line_below_someone_elses_hand_over_is_only_information():
    info = find_origin([OUR_TOP, VPS_HOP, GMX_WEBMAIL])
    assert (info.kind, info.provider, info.origin_ip) == ("sender-network", "", "102.89.34.61")
    assert info.unverified == ["Received 79.241.88.17"]


def test_a_forged_line_below_the_providers_own_one_is_never_reached():
    forged = ("from [41.203.72.6] ([41.203.72.6]) by web-mail.gmx.net (3c-app-gmx-bs01.server.lan [172.19.170.1])"
              " (via HTTP); Thu, 12 Nov 2026 10:39:00 +0100")
    smtp = WEBDE_SMTP.replace("smtp.web.de (mrweb006 [213.165.67.108])", "mail.gmx.net (mrgmx104 [212.227.17.168])")
    info = find_origin([OUR_TOP, GMX_OUT, smtp, forged])
    assert info.origin_ip == "84.150.7.9"
    assert info.unverified == ["Received 41.203.72.6"]


def test_a_line_under_a_hop_outside_the_provider_is_not_believed():
    # A hop between the hand-over and the "submission" line that the provider did not receive:
    # everything from there down is the sender's writing.
    outside = ("from relay.example-host.net ([172.16.4.4]) by relay2.example-host.net with ESMTP id 7; "
               "Thu, 12 Nov 2026 10:40:03 +0100")
    info = find_origin([OUR_TOP, GMX_OUT, outside, GMX_WEBMAIL])
    assert (info.kind, info.provider, info.origin_ip) == ("provider", "GMX / WEB.DE", None)
    # Nor a line whose receiving host is the provider's but not one of its submission hosts.
    other = GMX_WEBMAIL.replace("by web-mail.gmx.net", "by mrgmx005.gmx.net")
    assert find_origin([OUR_TOP, GMX_OUT, other]).origin_ip is None


def test_gmx_hand_over_does_not_vouch_for_x_originating_ip():
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + GMX_OUT, "X-Originating-IP: [41.203.72.6]"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_unverified) == ("provider", None, ["X-Originating-IP 41.203.72.6"])


def test_naver_client_ip_header_counts_through_naver_only():
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + NAVER_OUT, "Received: " + NAVER_INNER,
                          "X-Naver-CIP: 175.223.19.40"), source="t")
    assert (inq.origin_kind, inq.origin_provider, inq.origin_ip, inq.origin_ip_header) == (
        "sender-network", "Naver Mail", "175.223.19.40", "X-Naver-CIP")
    # Written by the sender and sent through Gmail (or his own server): only information.
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + GMAIL_HOP, "X-Naver-CIP: 175.223.19.40"), source="t")
    assert (inq.origin_kind, inq.origin_ip, inq.origin_unverified) == ("provider", None, ["X-Naver-CIP 175.223.19.40"])
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + VPS_HOP, "X-Naver-CIP: 175.223.19.40"), source="t")
    assert (inq.origin_ip, inq.origin_unverified) == ("102.89.34.61", ["X-Naver-CIP 175.223.19.40"])
    # A private address in Naver's own header is no origin.
    inq = parse_email(eml("Received: " + OUR_TOP, "Received: " + NAVER_OUT, "X-Naver-CIP: 10.1.2.3"), source="t")
    assert (inq.origin_kind, inq.origin_ip) == ("provider", None)
