"""Writes the genuine-fees false-positive probe (this folder): .eml files, chat.jsonl and labels.toml, from
texts_genuine_fees.py.

Written BLIND (before reading config/rules/ or commit 9296777, which added the seller-pays fee, sample
overpayment, crypto-for-stock, directory fee, tax-refund link, spy and mailbox-capacity families): genuine
buyers and ordinary mail on the same topics, to measure how many of them the new families flag. The provider
headers are make_fifth.py's (Gmail / Workspace, Outlook.com, Microsoft 365, Yahoo, Yandex, Mail.ru, rented
hosts), for a pump exporter's inbox (sales@mingda-pumps.example, Taizhou, UTC+8). Run: python make_genuine_fees.py
"""

from __future__ import annotations

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


def main() -> None:
    header = ["# Expected verdict class per item of the genuine-fees probe (written by make_genuine_fees.py).",
              "# Every item is genuine: a buyer's inquiry or reply, or ordinary mail (kind = \"ham\").",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"genuine_fees\" (written blind, before reading the rules of commit 9296777);",
              "# \"genuine_fees-combined\": written after the first part was scored, still before reading the rules",
              "# (two of the topics in one message).", ""]
    make_fifth.write_part(HERE, MAILS, CHATS, header, PART)


if __name__ == "__main__":
    main()
