"""Header chains for the held-out probe, written from the providers' public header shapes.

Each function returns (headers above the message headers, top-down, excluding the seller's own hop;
the hand-over host, its reverse name and IP; the Message-ID; extra message headers). The seller's MX
line and its Authentication-Results are added by make_probe.py. Deterministic: every random part
comes from a Random seeded by the item's name.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime


def b64(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def rfc(dt: datetime, tz: timezone | None = None) -> str:
    return format_datetime(dt.astimezone(tz or timezone.utc))


def dkim(r: random.Random, domain: str, selector: str, t: int) -> str:
    body = b64(r, 216)
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector}; t={t};\n"
            f"\th=from:to:subject:date:message-id:mime-version;\n\tbh={b64(r, 43)}=;\n"
            f"\tb={body[:72]}\n\t {body[72:144]}\n\t {body[144:]}")


def gmail(r, sent, frm, domain, client_ip):  # noqa: ANN001
    n = r.randint(1, 60)
    host, ip = r.choice([(f"mail-wr1-f{n}.google.com", f"209.85.221.{n}"), (f"mail-pf1-f{n + 100}.google.com", f"209.85.210.{n + 100}"),
                         (f"mail-lj1-f{n + 130}.google.com", f"209.85.208.{n + 130}")])
    t = int(sent.timestamp())
    pst = timezone(timedelta(hours=-8))
    hdrs = [f"Received: by {host} with SMTP id {hexs(r, 10)}-{hexs(r, 12)}so{digits(r, 6)}f8.{r.randint(0, 3)}\n"
            f"        for <{{to}}>; {rfc(sent + timedelta(seconds=1), pst)}",
            dkim(r, domain, "20230601" if domain == "gmail.com" else "google", t),
            f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t={t};\n"
            f"\th=x-gm-message-state:mime-version:from:date:message-id:subject:to;\n\tbh={b64(r, 43)}=;\n\tb={b64(r, 70)}",
            f"X-Gm-Message-State: AOJu0Y{b64(r, 60)}",
            f"X-Google-SMTP-Source: AGHT+IG{b64(r, 58)}=",
            f"X-Received: by 2002:a05:6000:{hexs(r, 4)}:b0:{hexs(r, 3)}:{hexs(r, 4)} with SMTP id {hexs(r, 12)}mr{digits(r, 7)}wrx.{r.randint(1, 9)}.{t}{digits(r, 3)};\n"
            f"        {rfc(sent + timedelta(seconds=1), pst)}"]
    msgid = f"<CAJ{b64(r, 4).replace('/', '_')}{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(38))}@mail.gmail.com>"
    return hdrs, (host, host + ".", ip), msgid, []


def outlook_com(r, sent, frm, domain, client_ip):  # noqa: ANN001
    dc = r.choice(["AM7", "DB9", "PAXP", "VI1"])
    n = r.randint(1, 6)
    host = f"EUR0{n}-{dc}-obe.outbound.protection.outlook.com"
    rdns = f"mail-{dc.lower()}eur0{n}olkn20{r.randint(10, 99)}.outbound.protection.outlook.com"
    ip = f"40.92.{r.randint(16, 127)}.{r.randint(10, 250)}"
    mbx = f"{dc}PR0{r.randint(1, 9)}MB{r.randint(1000, 9999)}.EURPRD0{r.randint(1, 9)}.PROD.OUTLOOK.COM"
    ver = f"15.20.{r.randint(8100, 8400)}.{r.randint(10, 40)}"
    hdrs = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(r, 120)}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh={b64(r, 43)}=;\n b={b64(r, 120)}",
            "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
            dkim(r, domain, "selector1", int(sent.timestamp())),
            f"Received: from {mbx} (2603:10a6:20b:{hexs(r, 3)}::{hexs(r, 2)})\n by {dc}PR0{r.randint(1, 9)}MB{r.randint(1000, 9999)}.EURPRD0{r.randint(1, 9)}.PROD.OUTLOOK.COM\n"
            f" (2603:10a6:102:{hexs(r, 3)}::{r.randint(5, 19)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(sent + timedelta(seconds=1))}",
            f"Received: from {mbx}\n ([fe80::{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}]) by {mbx}\n ([fe80::{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}%5]) with mapi id {ver}; {rfc(sent)}"]
    msgid = f"<{mbx.split('.')[0]}{''.join(r.choice('0123456789ABCDEF') for _ in range(16))}@{mbx}>"
    extra = [f"Thread-Index: A{b64(r, 30)}==", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "x-ms-publictraffictype: Email", f"x-tmn: [{b64(r, 40)}]",
             "X-OriginatorOrg: outlook.com", "X-MS-Exchange-CrossTenant-AuthAs: Internal"]
    return hdrs, (host, rdns, ip), msgid, extra


def o365_company(r, sent, frm, domain, client_ip):  # noqa: ANN001
    """A company mailbox on Exchange Online (Microsoft 365)."""
    n = r.randint(1, 6)
    dc = r.choice(["DB3", "FRA", "AM4", "BN8", "SJ2"])
    host = f"EUR0{n}-{dc}-obe.outbound.protection.outlook.com"
    rdns = f"mail-{dc.lower()}eur0{n}on20{r.randint(60, 99)}.outbound.protection.outlook.com"
    ip = f"40.107.{r.randint(1, 250)}.{r.randint(10, 250)}"
    mbx = f"{dc}PR0{r.randint(1, 9)}MB{r.randint(1000, 9999)}.eurprd0{r.randint(1, 9)}.prod.outlook.com"
    ver = f"15.20.{r.randint(8100, 8400)}.{r.randint(10, 40)}"
    tenant = f"{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}"
    hdrs = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(r, 120)}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh={b64(r, 43)}=;\n b={b64(r, 120)}",
            f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none header.from={domain};\n dkim=pass header.d={domain}; arc=none",
            dkim(r, domain, "selector2", int(sent.timestamp())),
            f"Received: from {mbx.upper()} ([fe80::{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}]) by\n {mbx.upper()} ([fe80::{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}%4]) with mapi id\n {ver}; {rfc(sent)}"]
    msgid = f"<{mbx.split('.')[0].upper()}{''.join(r.choice('0123456789ABCDEF') for _ in range(16))}@{mbx.upper()}>"
    extra = [f"Thread-Topic: {{subject}}", f"Thread-Index: A{b64(r, 30)}==", "X-MS-Has-Attach:",
             f"X-MS-Exchange-CrossTenant-id: {tenant}", "X-MS-Exchange-CrossTenant-AuthSource: " + mbx.upper(),
             "X-MS-Exchange-CrossTenant-AuthAs: Internal", "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + mbx.split('.')[0].upper(),
             "x-ms-exchange-senderadcheck: 1", "x-ms-publictraffictype: Email"]
    return hdrs, (host, rdns, ip), msgid, extra


def yahoo(r, sent, frm, domain, client_ip):  # noqa: ANN001
    n = r.randint(100, 399)
    host = f"sonic{n}-{r.randint(10, 40)}.consmr.mail.ne1.yahoo.com"
    ip = f"66.163.{r.randint(184, 191)}.{r.randint(10, 250)}"
    t = int(sent.timestamp())
    hdrs = [dkim(r, "yahoo.com", "s2048", t),
            f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={t}; bh={b64(r, 43)}=; h=Date:From:Subject:From:Subject:Reply-To; b={b64(r, 80)}",
            f"X-YMail-OSG: {b64(r, 60)}\n {b64(r, 60)}",
            f"X-Sonic-MF: <{frm}>", f"X-Sonic-ID: {hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}",
            f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{n}.consmr.mail.ne1.yahoo.com with HTTP; {rfc(sent)}"]
    msgid = f"<{r.randint(10 ** 8, 10 ** 9)}.{r.randint(10 ** 6, 10 ** 7)}.{t}{digits(r, 3)}@mail.yahoo.com>"
    extra = [f"References: <{r.randint(10 ** 8, 10 ** 9)}.{r.randint(10 ** 6, 10 ** 7)}.{t}{digits(r, 3)}.ref@mail.yahoo.com>",
             "X-Mailer: WebService/1.1.22888 YMailNorrin"]
    return hdrs, (host, host + ".", ip), msgid, extra


def qq(r, sent, frm, domain, client_ip):  # noqa: ANN001
    ip = f"203.205.221.{r.randint(150, 250)}"
    host = f"out{ip.replace('.', '-')}.mail.qq.com"
    hdrs = [dkim(r, "qq.com", "s201512", int(sent.timestamp())),
            f"X-QQ-FEAT: {b64(r, 60)}", f"X-QQ-SSF: 0000000000000000000000000000000",
            f"X-QQ-XMAILINFO: {b64(r, 90)}",
            f"X-QQ-mid: xmsezb{r.randint(1, 60)}-0t{int(sent.timestamp())}t{r.randint(1000, 9999)}",
            f"X-QQ-XMRINFO: {b64(r, 30)}=="]
    msgid = f"<tencent_{''.join(r.choice('0123456789ABCDEF') for _ in range(36))}@qq.com>"
    extra = ["X-Mailer: QQMail 2.x", "X-QQ-STYLE:", "X-QQ-MIME: TCMime 1.0 by Tencent"]
    return hdrs, (host, host + ".", ip), msgid, extra


def netease(r, sent, frm, domain, client_ip):  # noqa: ANN001
    ip = f"220.197.31.{r.randint(1, 120)}"
    host = f"m{r.randint(1, 20)}.mail.{domain}"
    cst = timezone(timedelta(hours=8))
    hdrs = [dkim(r, domain, "s110527", int(sent.timestamp())),
            f"Received: from {frm.split('@')[0]}${domain} ( [{client_ip}] ) by\n ajax-webmail-wmsvr-{r.randint(10, 99)}-{r.randint(1, 9)} (Coremail) ; {rfc(sent, cst)} (CST)",
            f"X-Originating-IP: [{client_ip}]",
            f"X-Coremail-Antispam: 1Tf5ctZlSRAMe{b64(r, 40)}",
            "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
            "X-NTES-SC: AL_Qu2cAf6avUEt{0}".format(b64(r, 30)),
            f"X-CM-TRANSID:{b64(r, 30)}--.{r.randint(10000, 99999)}S2"]
    msgid = f"<{hexs(r, 5)}{hexs(r, 3)}.{r.randint(1000, 9999)}.{hexs(r, 11)}.Coremail.{frm.split('@')[0]}@{domain}>"
    return hdrs, (host, host + ".", ip), msgid, []


def yandex(r, sent, frm, domain, client_ip):  # noqa: ANN001
    n = r.randint(100, 500)
    host = f"forward{n}b.mail.yandex.net"
    ip = f"178.154.239.{r.randint(64, 200)}"
    msk = timezone(timedelta(hours=3))
    hdrs = [f"Received: from mail-nwsmtp-mxback-production-main-{r.randint(10, 80)}.vla.yp-c.yandex.net (mail-nwsmtp-mxback-production-main-{r.randint(10, 80)}.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1f:{hexs(r, 4)}:0:640:{hexs(r, 4)}:0])\n"
            f"\tby forward{n}b.mail.yandex.net (Yandex) with ESMTPS id {b64(r, 10)};\n\t{rfc(sent + timedelta(seconds=1), msk)}",
            f"Received: from mail.yandex.ru (2a02:6b8:c0c:{hexs(r, 4)}:0:640:{hexs(r, 4)}:0 [2a02:6b8:c0c:{hexs(r, 4)}:0:640:{hexs(r, 4)}:0])\n"
            f"\tby mail-nwsmtp-mxback-production-main-{r.randint(10, 80)}.vla.yp-c.yandex.net (mxback/Yandex) with HTTP id {b64(r, 12)};\n\t{rfc(sent, msk)}",
            f"X-Yandex-Fwd: 1",
            dkim(r, "yandex.ru", "mail", int(sent.timestamp()))]
    msgid = f"<{r.randint(100000, 999999)}{int(sent.timestamp())}@mail.yandex.ru>"
    return hdrs, (host, host + ".", ip), msgid, ["X-Mailer: Yamail [ http://yandex.ru ] 5.0"]


def mailru(r, sent, frm, domain, client_ip):  # noqa: ANN001
    n = r.randint(100, 499)
    host = f"f{n}.i.mail.ru"
    ip = f"217.69.128.{r.randint(10, 250)}"
    msk = timezone(timedelta(hours=3))
    hdrs = [dkim(r, "mail.ru", "mail4", int(sent.timestamp())),
            f"Received: by f{n}.i.mail.ru with local (envelope-from <{frm}>)\n\tid 1t{b64(r, 5)}-{b64(r, 6)}; {rfc(sent + timedelta(seconds=1), msk)}",
            f"Received: by e.mail.ru with HTTP;\n\t{rfc(sent, msk)}",
            f"X-Originating-IP: [{client_ip}]",
            f"X-Mailru-Src: fe", f"X-7564579A: 646B95376F6C166E", f"X-77F55803: {b64(r, 40)}",
            f"X-Mras: Ok"]
    msgid = f"<{int(sent.timestamp())}{r.randint(100000, 999999)}.{hexs(r, 8)}@f{n}.i.mail.ru>"
    return hdrs, (host, host + ".", ip), msgid, ["X-Mailer: Mail.Ru Mailer 1.0"]


def gmx(r, sent, frm, domain, client_ip):  # noqa: ANN001
    """GMX / web.de webmail: the provider records the user's IP in its own (via HTTP) line."""
    brand = "webde" if domain == "web.de" else "gmx"
    host = "mout.web.de" if brand == "webde" else "mout.gmx.net"
    ip = "217.72.192.78" if brand == "webde" else "212.227.17.22"
    cet = timezone(timedelta(hours=1))
    app = f"3c-app-{brand}-bap{r.randint(10, 60)}"
    hdrs = [dkim(r, domain, "s29768273" if brand == "webde" else "s31663417", int(sent.timestamp())),
            f"X-UI-Sender-Class: {hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}",
            f"Received: from [{client_ip}] ([{client_ip}]) by web-mail.{'web.de' if brand == 'webde' else 'gmx.net'}\n (3c-app-{brand}-bap{r.randint(10, 60)}.server.lan [172.19.172.{r.randint(10, 99)}]) (via HTTP); {rfc(sent, cet)}",
            f"X-Provags-ID: V03:K1:{b64(r, 60)}", f"UI-OutboundReport: notjunk:1;M01:P0:{b64(r, 20)}=",
            f"X-UI-Message-Type: mail"]
    msgid = f"<trinity-{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}-{int(sent.timestamp())}{digits(r, 3)}@{app}>"
    extra = ["Importance: normal", "Sensitivity: Normal", "X-Priority: 3"]
    return hdrs, (host, host + ".", ip), msgid, extra


def naver(r, sent, frm, domain, client_ip):  # noqa: ANN001
    n = r.randint(1, 12)
    host = f"cvsmtppost{n:02d}.nm.naver.com"
    ip = f"125.209.224.{r.randint(200, 250)}"
    kst = timezone(timedelta(hours=9))
    hdrs = [dkim(r, "naver.com", "s20171208", int(sent.timestamp())),
            f"Received: from cweb{r.randint(1, 30):03d}.nm.nfra.io ([10.20.{r.randint(1, 200)}.{r.randint(1, 200)}])\n"
            f"  by crvsmtp{r.randint(1, 9):02d}.nm.naver.com with ESMTP id {b64(r, 22)}\n  for <{{to}}>; {rfc(sent, kst)}",
            f"X-Naver-CIP: {client_ip}", "X-Naver-ESV: " + b64(r, 40), "X-Session-IP: " + client_ip]
    msgid = f"<{hexs(r, 8)}{hexs(r, 24)}@cweb{r.randint(1, 30):03d}.nm.nfra.io>"
    return hdrs, (host, host + ".", ip), msgid, []


def workspace(r, sent, frm, domain, client_ip):  # noqa: ANN001
    hdrs, hop, msgid, extra = gmail(r, sent, frm, domain, client_ip)
    return hdrs, hop, msgid, extra


def own_exchange(r, sent, frm, domain, client_ip):  # noqa: ANN001
    """An on-premises Exchange: its outbound relay, internal hops, and X-Originating-IP of the LAN."""
    host = f"mail.{domain}"
    ip = client_ip  # the company's public address
    hdrs = [f"Received: from EXCH02.corp.{domain.split('.')[0]}.local (10.10.{r.randint(1, 20)}.{r.randint(2, 50)}) by\n"
            f" EXCH01.corp.{domain.split('.')[0]}.local (10.10.{r.randint(1, 20)}.{r.randint(2, 50)}) with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(sent)}",
            f"Received: from EXCH02.corp.{domain.split('.')[0]}.local ([fe80::{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}]) by\n"
            f" EXCH02.corp.{domain.split('.')[0]}.local ([fe80::{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}%12]) with mapi id\n 15.01.2507.039; {rfc(sent)}"]
    msgid = f"<{hexs(r, 32)}@EXCH02.corp.{domain.split('.')[0]}.local>"
    extra = [f"X-MS-Has-Attach:", f"X-MS-TNEF-Correlator:", f"x-originating-ip: [10.10.{r.randint(30, 90)}.{r.randint(2, 250)}]",
             f"x-ms-exchange-transport-fromentityheader: Hosted", f"Thread-Index: A{b64(r, 30)}=="]
    return hdrs, (host, host + ".", ip), msgid, extra


def vps(r, sent, frm, domain, client_ip):  # noqa: ANN001
    """Direct from a rented server or a hijacked website host: no provider in between."""
    host = r.choice(["server.hostingvps.xyz", "vmi1{0}.contaboserver.net".format(digits(r, 5)), f"mail.{domain}",
                     "host-{0}.static.example-dc.net".format(client_ip.replace('.', '-'))])
    msgid = f"<{hexs(r, 24)}@{domain}>"
    return [], (host, host + ".", client_ip), msgid, ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)" if r.random() < 0.5 else "X-Mailer: Microsoft Outlook 16.0"]


def bulk(r, sent, frm, domain, client_ip):  # noqa: ANN001
    """An ESP sending a company's newsletters and receipts (Amazon SES shape)."""
    ip = f"54.240.{r.randint(1, 60)}.{r.randint(1, 250)}"
    host = f"a{ip.replace('.', '-')}.smtp-out.amazonses.com"
    t = int(sent.timestamp())
    hdrs = [dkim(r, domain, "s1", t), dkim(r, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t)]
    msgid = f"<0100{hexs(r, 12)}-{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}-000000@email.amazonses.com>"
    extra = [f"Feedback-ID: ::1.us-east-1.{b64(r, 30)}=:AmazonSES", f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{ip}"]
    return hdrs, (host, host + ".", ip), msgid, extra


PROVIDERS = {"gmail": gmail, "outlook": outlook_com, "o365": o365_company, "yahoo": yahoo, "qq": qq, "163": netease,
             "126": netease, "yandex": yandex, "mailru": mailru, "gmx": gmx, "webde": gmx, "naver": naver,
             "workspace": workspace, "exchange": own_exchange, "vps": vps, "ses": bulk}
