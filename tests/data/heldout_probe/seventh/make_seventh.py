"""Writes the probe's seventh part (this folder): .eml files, chat.jsonl and labels.toml, from texts_seventh.py.

Written BLIND (before reading the rules, checks or language data; of the earlier parts only the test's
layout and make_fifth.py's header writers were read). The inbox is an industrial fan exporter's
(sales@kaiyuan-fans.example, Foshan, UTC+8). Besides make_fifth.py's providers, this part adds web mail
shaped as GMX / Web.de, Libero, UOL, 163.com, Orange and a company's own Exchange server write it.
Run: python make_seventh.py
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fifth"))
sys.path.insert(0, str(HERE))

import make_fifth  # noqa: E402  (the provider header writers)
from make_fifth import UTC, fmt, hexid, mx_hop, tz  # noqa: E402
from texts_seventh import CHATS, MAILS  # noqa: E402

make_fifth.SELLER = "sales@kaiyuan-fans.example"
make_fifth.MX = "mx1.kaiyuan-fans.example"
PART = "seventh"


def _addr(m: dict) -> str:
    return m["from"].rpartition("<")[2].rstrip(">")


def gmx(m: dict, sent, seed: str) -> list[tuple[str, str]]:
    """GMX and Web.de (the same United Internet mail platform): a mout relay and the web client's HTTP hop."""
    rnd = random.Random(seed)
    webde = _addr(m).endswith("@web.de")
    relay = "mout.web.de" if webde else "mout.gmx.net"
    app = f"3c-app-{'webde' if webde else 'gmx'}-bap{rnd.randint(10, 70)}"
    return [
        ("Received", mx_hop(relay, f"212.227.{15 if webde else 17}.{rnd.randint(3, 22)}", sent, seed)),
        ("Received", f"from [{m['client_ip']}] ([{m['client_ip']}]) by web-mail.{'web.de' if webde else 'gmx.net'} "
                     f"({app}) with HTTP; {fmt(sent, tz('+0100'))}"),
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<trinity-{hexid(seed, 8)}-{hexid(seed + 'a', 4)}-{hexid(seed + 'b', 4)}-{hexid(seed + 'c', 4)}-"
                       f"{hexid(seed + 'd', 12)}-{app}>"),
        ("From", m["from"]),
        ("Date", format_datetime(sent)),
        ("X-Provags-ID", "V03:K1:" + hexid(seed + "p", 40)),
        ("UI-OutboundReport", "notjunk:1;M01:P0:" + hexid(seed + "u", 12)),
    ]


def libero(m: dict, sent, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    return [
        ("Received", mx_hop(f"smtp-{rnd.randint(30, 39)}.iol.local", f"213.209.10.{rnd.randint(30, 90)}", sent, seed)),
        ("Received", f"from libero.it ([{m['client_ip']}]) by smtp-{rnd.randint(30, 39)}.iol.local with esmtpa "
                     f"id {hexid(seed, 16)}; {fmt(sent, tz('+0100'))}"),
        ("X-CNFS-Analysis", "v=2.4 cv=" + hexid(seed + "c", 16)),
        ("Date", format_datetime(sent)),
        ("From", m["from"]),
        ("Message-ID", f"<{rnd.randint(10**6, 10**7)}.{rnd.randint(10**5, 10**6)}.{int(sent.timestamp() * 1000)}@libero.it>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Libero Mail"),
        ("X-Originating-IP", m["client_ip"]),
    ]


def uol(m: dict, sent, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    return [
        ("Received", mx_hop(f"a{rnd.randint(1, 9)}-mxo{rnd.randint(10, 40)}.uol.com.br", f"200.147.36.{rnd.randint(10, 60)}", sent, seed)),
        ("Received", f"from [{m['client_ip']}] by wm{rnd.randint(1, 9)}.uol.com.br (UOL Webmail) with HTTP; "
                     f"{fmt(sent, tz('-0300'))}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=uol.com.br; s=1; t={int(sent.timestamp())}"),
        ("Date", format_datetime(sent)),
        ("From", m["from"]),
        ("Message-ID", f"<{hexid(seed, 20)}@uol.com.br>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "UOL Webmail"),
    ]


def c163(m: dict, sent, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    return [
        ("Received", mx_hop(f"m{rnd.randint(10, 16)}.mail.163.com", f"220.181.12.{rnd.randint(10, 20)}", sent, seed)),
        ("Received", f"from {_addr(m).partition('@')[0]}$163.com ( [{m['client_ip']}] ) by ajax-webmail-wmsvr-40-{rnd.randint(100, 140)} "
                     f"(Coremail) ; {fmt(sent, tz('+0800'))}"),
        ("X-Originating-IP", f"[{m['client_ip']}]"),
        ("Date", format_datetime(sent)),
        ("From", m["from"]),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15) Copyright (c) 2002-2026 www.mailtech.cn 163com"),
        ("X-NTES-SC", "AL_Qu2" + hexid(seed + "n", 40)),
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<{hexid(seed, 8)}.{rnd.randint(1000, 9999)}.{hexid(seed + 'x', 11)}.Coremail.{_addr(m).partition('@')[0]}@163.com>"),
    ]


def orange(m: dict, sent, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    return [
        ("Received", mx_hop(f"smtp-{rnd.randint(10, 30)}.smtpout.orange.fr", f"80.12.242.{rnd.randint(10, 150)}", sent, seed)),
        ("Received", f"from wwinf{rnd.randint(1000, 2000)} ([{m['client_ip']}]) by smtp.orange.fr with ME id "
                     f"{hexid(seed, 18)}; {fmt(sent, tz('+0100'))}"),
        ("X-ME-Helo", f"wwinf{rnd.randint(1000, 2000)}"),
        ("X-ME-Date", fmt(sent, tz('+0100'))),
        ("X-Originating-IP", f"[{m['client_ip']}]"),
        ("Date", format_datetime(sent)),
        ("From", m["from"]),
        ("Message-ID", f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**5, 10**6)}.{int(sent.timestamp() * 1000)}.JavaMail.www@wwinf{rnd.randint(1000, 2000)}>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Orange Webmail"),
    ]


def exchange(m: dict, sent, seed: str) -> list[tuple[str, str]]:
    """A company's own Exchange server: its edge relay, then the internal mailbox-server hop."""
    rnd = random.Random(seed)
    domain = _addr(m).rpartition("@")[2]
    return [
        ("Received", mx_hop(f"mail.{domain}", m["client_ip"], sent, seed)),
        ("Received", f"from EXCH{rnd.randint(1, 4):02d}.{domain.split('.')[0]}.local (10.{rnd.randint(0, 20)}.{rnd.randint(0, 250)}.{rnd.randint(1, 250)}) "
                     f"by EXCH{rnd.randint(1, 4):02d}.{domain.split('.')[0]}.local (10.{rnd.randint(0, 20)}.{rnd.randint(0, 250)}.{rnd.randint(1, 250)}) "
                     f"with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; "
                     f"{format_datetime(sent)}"),
        ("From", m["from"]),
        ("Date", format_datetime(sent)),
        ("Message-ID", f"<{hexid(seed, 32)}@EXCH{rnd.randint(1, 4):02d}.{domain.split('.')[0]}.local>"),
        ("Accept-Language", m.get("accept_lang", "en-US")),
        ("Content-Language", m.get("accept_lang", "en-US")),
        ("X-MS-Has-Attach", "yes" if m.get("attach") else ""),
        ("X-Originating-IP", f"[10.{rnd.randint(0, 20)}.{rnd.randint(0, 250)}.{rnd.randint(1, 250)}]"),
        ("MIME-Version", "1.0"),
    ]


make_fifth.PROVIDERS.update({"gmx": gmx, "libero": libero, "uol": uol, "163": c163, "orange": orange,
                             "exchange": exchange})


def main() -> None:
    header = ["# Expected verdict class per item of the probe's seventh part (written by make_seventh.py).",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"seventh\" (written blind, before reading the rules, checks or language data);",
              "# \"seventh-fresh\": written after the fixes the part led to, scored unseen.", ""]
    make_fifth.write_part(HERE, MAILS, CHATS, header, PART)


if __name__ == "__main__":
    main()
