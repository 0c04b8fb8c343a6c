"""Writes the genuine-fees false-positive probe (this folder): .eml files, chat.jsonl and labels.toml, from
texts_genuine_fees.py.

Written BLIND (before reading config/rules/ or commit 9296777, which added the seller-pays fee, sample
overpayment, crypto-for-stock, directory fee, tax-refund link, spy and mailbox-capacity families): genuine
buyers and ordinary mail on the same topics, to measure how many of them the new families flag. The provider
headers are make_fifth.py's (Gmail / Workspace, Outlook.com, Microsoft 365, Yahoo, Yandex, Mail.ru, rented
hosts), for a pump exporter's inbox (sales@mingda-pumps.example, Taizhou, UTC+8). Run: python make_genuine_fees.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fifth"))
sys.path.insert(0, str(HERE))

import make_fifth  # noqa: E402  (the provider header writers)
from texts_genuine_fees import CHATS, MAILS  # noqa: E402

make_fifth.SELLER = "sales@mingda-pumps.example"
make_fifth.MX = "mx1.mingda-pumps.example"
PART = "genuine_fees"


def toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels = ["# Expected verdict class per item of the genuine-fees probe (written by make_genuine_fees.py).",
              "# Every item is genuine: a buyer's inquiry or reply, or ordinary mail (kind = \"ham\").",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"genuine_fees\" (written blind, before reading the rules of commit 9296777);",
              "# \"genuine_fees-combined\": written after the first part was scored, still before reading the rules",
              "# (two of the topics in one message).", ""]

    def label(key: str, m: dict) -> None:
        labels.append(f"[{toml_str(key)}]")
        for field in ("class", "lang", "kind", "signals"):
            if m.get(field):
                labels.append(f"{field} = {toml_str(m[field])}")
        labels.append(f"part = {toml_str(m.get('part', PART))}")
        labels.append("")

    for name, m in MAILS.items():
        (HERE / name).write_bytes(make_fifth.build(name, m))
        label(name, m)
    lines = []
    for record in CHATS:
        record = dict(record)
        meta = {k: record.pop(k) for k in ("class", "lang", "kind", "signals", "part") if k in record}
        lines.append(json.dumps(record, ensure_ascii=False))
        label(f"chat.jsonl#{record['id']}", meta)
    (HERE / "chat.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "labels.toml").write_text("\n".join(labels), encoding="utf-8")
    print(f"{len(MAILS)} mails, {len(CHATS)} chat lines")


if __name__ == "__main__":
    main()
