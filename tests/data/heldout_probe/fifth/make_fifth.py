"""Writes the probe's fifth part (this folder): .eml files, chat.jsonl and labels.toml, from texts_fifth.py.

Written BLIND (before reading the rules, checks, language data or any earlier part's items): what a
valve exporter's sales inbox (sales@hengtai-valves.example, Wenzhou, UTC+8) gets at the end of November
2026. Provider headers are shaped as each provider really writes them (Gmail / Workspace: Google's own
Received hops and a Pacific-time inner hop; Outlook.com and Microsoft 365: a UTC Date and PROD.OUTLOOK.COM
Message-IDs; Yahoo: an HTTP hop and a UTC Date; Zoho, Yandex, Mail.ru, QQ, Naver: the client IP where the
provider shows it; rented hosts: PHPMailer or a bare MTA on a VPS). Run: python make_fifth.py
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from texts_fifth import CHATS, MAILS

HERE = Path(__file__).resolve().parent
SELLER = "sales@hengtai-valves.example"
MX = "mx1.hengtai-valves.example"
CN = timezone(timedelta(hours=8))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc


def tz(offset: str) -> timezone:
    sign = -1 if offset[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))


def hexid(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def when(local: str, offset: str) -> datetime:
    return datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(offset))


def fmt(dt: datetime, zone: timezone, label: str = "") -> str:
    text = format_datetime(dt.astimezone(zone))
    return f"{text} ({label})" if label else text


def mx_hop(helo: str, ip: str, sent: datetime, seed: str, tls: bool = True) -> str:
    proto = "ESMTPS" if tls else "ESMTP"
    return (f"from {helo} ({helo} [{ip}]) by {MX} (Postfix) with {proto} id {hexid(seed, 11).upper()} "
            f"for <{SELLER}>; {fmt(sent + timedelta(seconds=2), CN, 'CST')}")


def google(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    last = rnd.randint(41, 199)
    host = rnd.choice(["mail-pj1-f", "mail-wm1-f", "mail-ej1-f", "mail-pl1-f", "mail-yw1-f"]) + str(last)
    ip = f"209.85.{rnd.choice([128, 160, 208, 216, 219])}.{last}"
    domain = m["from"].rpartition("@")[2].rstrip(">")
    return [
        ("Received", mx_hop(f"{host}.google.com", ip, sent, seed)),
        ("Received", f"by {host}.google.com with SMTP id {hexid(seed, 6)}-{hexid(seed + 'b', 12)}.{rnd.randint(1, 9)} "
                     f"for <{SELLER}>; {fmt(sent, PST, 'PST')}"),
        ("X-Google-Smtp-Source", "AGHT+I" + hexid(seed + "s", 40)),
        ("X-Received", f"by 2002:a17:90b:{hexid(seed, 4)}:b0:{hexid(seed + 'r', 3)}:{hexid(seed + 'q', 4)} with SMTP id "
                       f"{hexid(seed + 'x', 14)}.{rnd.randint(1, 9)}; {fmt(sent, PST, 'PST')}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={'20230601' if domain == 'gmail.com' else 'google'}; "
                           f"t={int(sent.timestamp())}; x={int(sent.timestamp()) + 604800}; darn=hengtai-valves.example; "
                           f"h=to:subject:message-id:date:from:mime-version:from:to:cc:subject :date:message-id:reply-to; "
                           f"bh={hexid(seed + 'bh', 43)}=; b={hexid(seed + 'b2', 64)}"),
        ("MIME-Version", "1.0"),
        ("From", m["from"]),
        ("Date", format_datetime(sent)),
        ("Message-ID", f"<CA{hexid(seed + 'm', 3).upper()}+{hexid(seed + 'n', 30)}=Q@mail.gmail.com>"),
    ]


def outlook(m: dict, sent: datetime, seed: str, consumer: bool = True) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    region = m.get("region", "namprd")
    prefix = {"namprd": "BL1PR", "eurprd": "DB9PR", "apcprd": "SEZPR", "brazil": "CP6P"}[region]
    box = f"{prefix}{rnd.randint(10, 99)}MB{rnd.randint(1000, 9999)}"
    suffix = {"namprd": f"namprd{rnd.randint(10, 22)}", "eurprd": f"eurprd{rnd.randint(1, 9):02d}",
              "apcprd": f"apcprd0{rnd.randint(1, 6)}", "brazil": f"BRAP{rnd.randint(200, 299)}"}[region]
    edge = "olkn" if consumer else "on"
    ip = f"40.{rnd.choice([92, 107])}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}"
    out = f"mail-{region[:3]}{edge}{rnd.randint(2000, 2199)}.outbound.protection.outlook.com"
    return [
        ("Received", mx_hop(out, ip, sent, seed)),
        ("Received", f"from {box}.{suffix}.prod.outlook.com ([fe80::{hexid(seed, 4)}:{hexid(seed + 'i', 4)}]) by "
                     f"{box}.{suffix}.prod.outlook.com ([fe80::{hexid(seed, 4)}:{hexid(seed + 'i', 4)}%{rnd.randint(3, 7)}]) "
                     f"with mapi id 15.20.{rnd.randint(8600, 8900)}.{rnd.randint(10, 40)}; {fmt(sent, UTC)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b={hexid(seed + 'arc', 60)}"),
        ("From", m["from"]),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Message-ID", f"<{box}{hexid(seed + 'm', 20).upper()}@{box}.{suffix}.prod.outlook.com>"),
        ("Accept-Language", m.get("accept_lang", "en-US")),
        ("Content-Language", m.get("accept_lang", "en-US")),
        ("X-MS-Has-Attach", "yes" if m.get("attach") else ""),
        ("X-MS-Exchange-Organization-SCL", "1" if consumer else "-1"),
        ("MIME-Version", "1.0"),
    ]


def yahoo(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    node = f"sonic{rnd.randint(300, 330)}-{rnd.randint(1, 40)}.consmr.mail.{m.get('yregion', 'sg3')}.yahoo.com"
    return [
        ("Received", mx_hop(node, f"106.10.{rnd.randint(240, 250)}.{rnd.randint(1, 250)}", sent, seed)),
        ("Received", f"from sonic.gate.mail.ne1.yahoo.com by {node} with HTTP; {fmt(sent, UTC)}"),
        ("X-YMail-OSG", hexid(seed + "osg", 48)),
        ("X-Sonic-MF", f"<{m['from'].rpartition('<')[2].rstrip('>')}>"),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("From", m["from"]),
        ("Message-ID", f"<{rnd.randint(1000000000, 2100000000)}.{rnd.randint(100000, 9999999)}.{int(sent.timestamp() * 1000)}@mail.yahoo.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.24652 YMailNorrin"),
    ]


def zoho(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    domain = m["from"].rpartition("@")[2].rstrip(">")
    return [
        ("Received", mx_hop(f"sender4-op-o{rnd.randint(10, 19)}.zoho.eu", f"136.143.169.{rnd.randint(10, 19)}", sent, seed)),
        ("Received", f"from [{m['client_ip']}] ({m['client_host']} [{m['client_ip']}]) by mx.zoho.eu with SMTPS id "
                     f"{int(sent.timestamp() * 1000)}{rnd.randint(100, 999)}.{rnd.randint(100, 999)}; {fmt(sent, UTC)}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; s=zmail; d={domain}; t={int(sent.timestamp())}"),
        ("Date", format_datetime(sent)),
        ("From", m["from"]),
        ("Message-ID", f"<{hexid(seed, 11)}.{hexid(seed + 'z', 8)}.{rnd.randint(10**18, 10**19)}@{domain}>"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Zoho Mail"),
        ("X-Mailer", "Zoho Mail"),
    ]


def yandex(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    fwd = f"forward{rnd.randint(100, 500)}b.mail.yandex.net"
    return [
        ("Received", mx_hop(fwd, f"178.154.239.{rnd.randint(70, 220)}", sent, seed)),
        ("Received", f"from mail-nwsmtp-smtp-production-main-{rnd.randint(10, 99)}.vla.yp-c.yandex.net by {fwd} with LMTP id "
                     f"{hexid(seed, 8)}; {fmt(sent, tz('+0300'))}"),
        ("Received", f"from [{m['client_ip']}] by mail-sendbernar-production-main-{rnd.randint(10, 99)}.sas.yp-c.yandex.net "
                     f"with HTTP; {fmt(sent, tz('+0300'))}"),
        ("X-Yandex-Fwd", "1"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=yandex.ru; s=mail; t={int(sent.timestamp())}"),
        ("From", m["from"]),
        ("Date", format_datetime(sent)),
        ("Message-Id", f"<{rnd.randint(100000, 9999999)}{int(sent.timestamp())}@mail.yandex.ru>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
    ]


def mailru(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    node = f"f{rnd.randint(100, 700)}.i.mail.ru"
    return [
        ("Received", mx_hop(node, f"217.69.128.{rnd.randint(10, 250)}", sent, seed)),
        ("Received", f"by {node} with local (envelope-from <{m['from'].rpartition('<')[2].rstrip('>')}>) id "
                     f"1v{hexid(seed, 5)}-{hexid(seed + 'a', 6)}-{hexid(seed + 'b', 2)}; {fmt(sent, tz('+0300'))}"),
        ("Received", f"by e.mail.ru with HTTP; {fmt(sent, tz('+0300'))}"),
        ("X-Originating-IP", f"[{m['client_ip']}]"),
        ("From", m["from"]),
        ("Date", format_datetime(sent.astimezone(tz("+0300")))),
        ("Message-ID", f"<{int(sent.timestamp())}.{rnd.randint(100000000, 999999999)}@{node}>"),
        ("X-Mailer", "Mail.Ru Mailer 1.0"),
        ("MIME-Version", "1.0"),
    ]


def qq(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    return [
        ("Received", mx_hop(f"out203-205-221-{rnd.randint(150, 250)}.mail.qq.com", f"203.205.221.{rnd.randint(150, 250)}", sent, seed)),
        ("X-QQ-mid", f"xmsmtpt{int(sent.timestamp())}t{hexid(seed, 8)}"),
        ("X-QQ-XMAILINFO", hexid(seed + "info", 40)),
        ("X-QQ-XMRINFO", hexid(seed + "mr", 30)),
        ("Received", f"from qq.com (unknown [{m['client_ip']}]) by smtp.qq.com (ESMTP) with SMTP id 0; "
                     f"{fmt(sent, CN)}"),
        ("From", m["from"]),
        ("Date", format_datetime(sent)),
        ("Message-ID", f"<tencent_{hexid(seed, 40).upper()}@qq.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "QQMail 2.x"),
    ]


def naver(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    node = f"cvsmtppost{rnd.randint(10, 40)}.nm.naver.com"
    return [
        ("Received", mx_hop(node, f"125.209.224.{rnd.randint(200, 230)}", sent, seed)),
        ("Received", f"from cweb0{rnd.randint(10, 30)}.nm.nfra.io ([{m['client_ip']}]) by {node} with ESMTP id "
                     f"{hexid(seed, 22)} for <{SELLER}>; {fmt(sent, tz('+0900'))}"),
        ("X-Originating-IP", m["client_ip"]),
        ("X-Naver-CIP", m["client_ip"]),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; s=s20171208; d=naver.com; t={int(sent.timestamp())}"),
        ("From", m["from"]),
        ("Date", format_datetime(sent)),
        ("Message-ID", f"<{hexid(seed, 24)}@cweb0{rnd.randint(10, 30)}.nm.nfra.io>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NAVER Mail"),
    ]


def vps(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    host = m.get("vps_host", f"vm{rnd.randint(1000, 9999)}")
    out = [("Received", mx_hop(host, m["client_ip"], sent, seed, tls=rnd.random() < 0.5)),
           ("Received", f"from localhost (localhost [127.0.0.1]) by {host} (Postfix) with ESMTPA id "
                        f"{hexid(seed + 'l', 10).upper()}; {fmt(sent, UTC)}")]
    out += [("From", m["from"]), ("Date", format_datetime(sent)),
            ("Message-ID", f"<{hexid(seed, 32)}@{host}>"), ("MIME-Version", "1.0")]
    if m.get("mailer", "PHPMailer") == "PHPMailer":
        out.append(("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))
    return out


def ses(m: dict, sent: datetime, seed: str) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    domain = m["from"].rpartition("@")[2].rstrip(">")
    node = f"a{rnd.randint(8, 48)}-{rnd.randint(1, 250)}.smtp-out.{m.get('ses_region', 'us-west-2')}.amazonses.com"
    return [
        ("Received", mx_hop(node, f"54.240.{rnd.randint(8, 48)}.{rnd.randint(1, 250)}", sent, seed)),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=ses1; d={domain}; t={int(sent.timestamp())}"),
        ("From", m["from"]),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Message-ID", f"<0101019{hexid(seed, 9)}-{hexid(seed + '1', 8)}-{hexid(seed + '2', 4)}-{hexid(seed + '3', 4)}-"
                       f"{hexid(seed + '4', 12)}-000000@{m.get('ses_region', 'us-west-2')}.amazonses.com>"),
        ("Feedback-ID", f"::1.{m.get('ses_region', 'us-west-2')}.{hexid(seed + 'f', 43)}=:AmazonSES"),
        ("List-Unsubscribe", f"<https://{domain}/unsubscribe?u={hexid(seed + 'u', 16)}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("MIME-Version", "1.0"),
    ]


PROVIDERS = {"gmail": google, "workspace": google, "outlook": outlook,
             "o365": lambda m, s, seed: outlook(m, s, seed, consumer=False),
             "yahoo": yahoo, "zoho": zoho, "yandex": yandex, "mailru": mailru, "qq": qq, "naver": naver,
             "vps": vps, "ses": ses}


def html_of(text: str) -> str:
    paragraphs = "".join(f"<div dir=\"auto\">{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{paragraphs}</div>\n"


def build(name: str, m: dict) -> bytes:
    sent = when(m["date"], m["offset"])
    seed = name
    msg = EmailMessage()
    for key, value in PROVIDERS[m["provider"]](m, sent, seed):
        if value != "":
            msg[key] = value
    msg["To"] = m.get("to", SELLER)
    msg["Subject"] = m["subject"]
    for key, value in m.get("headers", []):
        msg[key] = value
    for key in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Priority"):
        if key.lower().replace("-", "_") in m:
            msg[key] = m[key.lower().replace("-", "_")]
    body = m["body"].strip("\n") + "\n"
    if m.get("html_only"):
        msg.set_content(m["html_only"], subtype="html")
    else:
        msg.set_content(body)
        if m["provider"] in ("gmail", "workspace", "outlook", "o365", "yahoo", "ses") or m.get("with_html"):
            msg.add_alternative(html_of(m.get("html_body", body)), subtype="html")
    for filename, ctype, data in m.get("attach", []):
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data.encode() if isinstance(data, str) else data, maintype=maintype, subtype=subtype,
                           filename=filename)
    return msg.as_bytes(policy=SMTP)


def toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_part(folder: Path, mails: dict, chats: list, header: list[str], part: str) -> None:
    """Writes a later part's .eml files, chat.jsonl and labels.toml into `folder` (the sixth part and the
    genuine-fees probe use it; this part's own main() keeps its older label layout). An item's own
    "part" overrides `part` in its label."""
    for old in folder.glob("*.eml"):
        old.unlink()
    labels = list(header)

    def label(key: str, m: dict) -> None:
        labels.append(f"[{toml_str(key)}]")
        for field in ("class", "lang", "kind", "signals"):
            if m.get(field):
                labels.append(f"{field} = {toml_str(m[field])}")
        labels.append(f"part = {toml_str(m.get('part', part))}")
        labels.append("")

    for name, m in mails.items():
        (folder / name).write_bytes(build(name, m))
        label(name, m)
    lines = []
    for record in chats:
        record = dict(record)
        meta = {k: record.pop(k) for k in ("class", "lang", "kind", "signals", "part") if k in record}
        lines.append(json.dumps(record, ensure_ascii=False))
        label(f"chat.jsonl#{record['id']}", meta)
    (folder / "chat.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "labels.toml").write_text("\n".join(labels), encoding="utf-8")
    print(f"{len(mails)} mails, {len(chats)} chat lines")


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels = ["# Expected verdict class per item of the probe's fifth part (written by make_fifth.py).",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"fifth\" (written blind, before reading the rules, checks, language data or earlier parts' items).", ""]

    def label(key: str, m: dict) -> None:
        labels.append(f"[{toml_str(key)}]")
        labels.append(f"class = {toml_str(m['class'])}")
        labels.append(f"lang = {toml_str(m['lang'])}")
        labels.append(f"kind = {toml_str(m['kind'])}")
        if m.get("signals"):
            labels.append(f"signals = {toml_str(m['signals'])}")
        labels.append('part = "fifth"')
        labels.append("")

    for name, m in MAILS.items():
        (HERE / name).write_bytes(build(name, m))
        label(name, m)
    lines = []
    for record in CHATS:
        meta = {k: record.pop(k) for k in ("class", "lang", "kind", "signals") if k in record}
        lines.append(json.dumps(record, ensure_ascii=False))
        label(f"chat.jsonl#{record['id']}", meta)
    (HERE / "chat.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "labels.toml").write_text("\n".join(labels), encoding="utf-8")
    print(f"{len(MAILS)} mails, {len(CHATS)} chat lines")


if __name__ == "__main__":
    main()
