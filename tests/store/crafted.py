"""The crafted inputs of issue 8 ("One message stops a mailbox"), as bytes and files.

Each poison item sits between normal inquiries, so a test can check that the batch goes on.
"""

from __future__ import annotations

import os
from pathlib import Path

NORMAL_BODY = "We need 500 pcs, please quote FOB Ningbo."


def mail(n: int, *, subject: str | None = None, date: str = "Mon, 16 Nov 2026 10:00:00 +0100",
         sender: str | None = None, message_id: str | None = None, body: str = NORMAL_BODY,
         extra_headers: str = "") -> bytes:
    return (f"From: {sender or f'Buyer {n} <buyer{n}@acme-tools.example>'}\r\nTo: sales@our-factory.example\r\n"
            f"Subject: {subject or f'RFQ number {n}'}\r\nMessage-ID: {message_id or f'<rfq-{n}@acme-tools.example>'}\r\n"
            f"Date: {date}\r\n{extra_headers}\r\n{body}\r\n").encode("utf-8")


# name -> raw message; every one must end stored (triaged or failed), never stop the batch.
POISON_MAILS: dict[str, bytes] = {
    "utf7_lone_surrogate": mail(101, subject="=?utf-7?Q?hello_+2AA-_world?="),
    "year_9999": mail(102, date="Fri, 31 Dec 9999 23:59:59 -1200"),
    "year_1": mail(103, date="Mon, 1 Jan 0001 00:00:00 +1400"),
    "nul_header_and_body": mail(104, subject="RFQ\x00with NUL", body="We need\x00 500 pcs.",
                                extra_headers="X-Note: a\x00b\r\n"),
    "long_sender": mail(105, sender=f"Long <{'a' * 400}@{'b' * 300}.example>"),
    "long_message_id": mail(106, message_id=f"<{'m' * 900}@x.example>"),
}


def same_id_two_contents() -> tuple[bytes, bytes]:
    """Two different mails that share one Message-ID."""
    first = mail(201, message_id="<shared@acme-tools.example>", body="We need 100 valves.")
    second = mail(202, message_id="<shared@acme-tools.example>", body="Different mail: 300 pumps, CIF Valencia.")
    return first, second


def write_poison_folder(folder: Path) -> int:
    """Poison mails between normal ones, plus record files and an unreadable entry; returns how many
    items the folder holds (one output line each)."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for index, (name, raw) in enumerate(POISON_MAILS.items()):
        (folder / f"{index:02d}a_normal.eml").write_bytes(mail(index))
        (folder / f"{index:02d}b_{name}.eml").write_bytes(raw)
        count += 2
    first, second = same_id_two_contents()
    (folder / "20_same_id_1.eml").write_bytes(first)
    (folder / "21_same_id_2.eml").write_bytes(second)
    count += 2
    records = folder / "records"
    records.mkdir()
    (records / "a_huge_number.jsonl").write_text('{"id": "n1", "body": "need 100 pcs", "qty": ' + "9" * 5000 + "}\n"
                                                 '{"id": "n2", "body": "after the big number, 200 pcs"}\n')
    (records / "b_deep_array.jsonl").write_text('{"id": "d1", "body": "deep", "x": ' + "[" * 100_000 + "]" * 100_000
                                                + '}\n{"id": "d2", "body": "after the deep one, 300 pcs"}\n')
    (records / "c_log_one.jsonl").write_text('{"id": "1", "channel": "phone", "name": "Ann", "body": "100 pcs of valves"}\n')
    (records / "d_log_two.jsonl").write_text('{"id": "1", "channel": "phone", "name": "Bob", "body": "40 pumps, CIF"}\n')
    (records / "e_latin1.csv").write_bytes(b"title,description,quantity,unit,country\n"
                                           b"RFQ J\xfcrgen,need 100 pcs of valves,100,pcs,DE\n"
                                           b"RFQ Ann,after the latin-1 row 200 pcs,200,pcs,ES\n")
    (records / "f_big_field.csv").write_text("title,description,quantity,unit,country\nRFQ big," + "x" * 131_072
                                             + ",1,pcs,DE\nRFQ Ann,after the big field 200 pcs,200,pcs,ES\n")
    count += 2 + 2 + 1 + 1 + 2 + 2
    # Unreadable: a dangling link (chmod 000 does not stop root, which CI runs as).
    os.symlink(folder / "no-such-target.eml", folder / "30_unreadable.eml")
    (folder / "31_normal_after.eml").write_bytes(mail(31))
    count += 2
    return count
