"""Writes the probe's ninth part (this folder): .eml files, chat.jsonl and labels.toml, from texts_ninth.py.

Written BLIND (before reading the rules, checks or language data; of the earlier parts only the test's
layout and the generators' header writers were read). The inbox is a hydraulic hose and fittings
exporter's (sales@weida-hydraulics.example, Ningbo, UTC+8). Headers come from make_fifth.py's and
make_seventh.py's provider writers (Gmail / Workspace, Outlook.com / Microsoft 365, Yahoo, Yandex, Mail.ru,
QQ, 163, Naver, GMX / Web.de, Zoho, a company's own Exchange, rented VPS hosts, Amazon SES).
Run: python make_ninth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fifth"))
sys.path.insert(0, str(HERE.parent / "seventh"))
sys.path.insert(0, str(HERE))

import make_fifth  # noqa: E402  (the provider header writers)
import make_seventh  # noqa: E402,F401  (adds GMX / Web.de, Libero, UOL, 163, Orange, Exchange)
from texts_ninth import CHATS, MAILS  # noqa: E402

make_fifth.SELLER = "sales@weida-hydraulics.example"
make_fifth.MX = "mx1.weida-hydraulics.example"
PART = "ninth"


def main() -> None:
    header = ["# Expected verdict class per item of the probe's ninth part (written by make_ninth.py).",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"ninth\" (written blind, before reading the rules, checks or language data);",
              "# \"ninth-fresh\": written after the fixes the part led to, scored unseen.", ""]
    make_fifth.write_part(HERE, MAILS, CHATS, header, PART)


if __name__ == "__main__":
    main()
