"""Writes the probe's sixth part (this folder): .eml files, chat.jsonl and labels.toml, from texts_sixth.py.

Written BLIND (before reading the rules, checks or language data; only the fifth part's generator and
label format were read). The provider headers are make_fifth.py's (Gmail / Workspace, Outlook.com,
Microsoft 365, Yahoo, Zoho, Yandex, Mail.ru, QQ, Naver, rented hosts, Amazon SES), written here for a
pump exporter's inbox (sales@mingda-pumps.example, Taizhou, UTC+8). Run: python make_sixth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fifth"))
sys.path.insert(0, str(HERE))

import make_fifth  # noqa: E402  (the provider header writers)
from texts_sixth import CHATS, MAILS  # noqa: E402

make_fifth.SELLER = "sales@mingda-pumps.example"
make_fifth.MX = "mx1.mingda-pumps.example"
PART = "sixth"


def main() -> None:
    header = ["# Expected verdict class per item of the probe's sixth part (written by make_sixth.py).",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"sixth\" (written blind, before reading the rules, checks or language data).", ""]
    make_fifth.write_part(HERE, MAILS, CHATS, header, PART)


if __name__ == "__main__":
    main()
