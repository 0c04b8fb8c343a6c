"""Writes the probe's sixth part (this folder): .eml files, chat.jsonl and labels.toml, from texts_sixth.py.

Written BLIND (before reading the rules, checks or language data; only the fifth part's generator and
label format were read). The provider headers are make_fifth.py's (Gmail / Workspace, Outlook.com,
Microsoft 365, Yahoo, Zoho, Yandex, Mail.ru, QQ, Naver, rented hosts, Amazon SES), written here for a
pump exporter's inbox (sales@mingda-pumps.example, Taizhou, UTC+8). Run: python make_sixth.py
"""

from __future__ import annotations

import json
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


def toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels = ["# Expected verdict class per item of the probe's sixth part (written by make_sixth.py).",
              "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).",
              "# part: \"sixth\" (written blind, before reading the rules, checks or language data).", ""]

    def label(key: str, m: dict) -> None:
        labels.append(f"[{toml_str(key)}]")
        for field in ("class", "lang", "kind", "signals"):
            if m.get(field):
                labels.append(f"{field} = {toml_str(m[field])}")
        labels.append(f"part = {toml_str(PART)}")
        labels.append("")

    for name, m in MAILS.items():
        (HERE / name).write_bytes(make_fifth.build(name, m))
        label(name, m)
    lines = []
    for record in CHATS:
        record = dict(record)
        meta = {k: record.pop(k) for k in ("class", "lang", "kind", "signals") if k in record}
        lines.append(json.dumps(record, ensure_ascii=False))
        label(f"chat.jsonl#{record['id']}", meta)
    (HERE / "chat.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "labels.toml").write_text("\n".join(labels), encoding="utf-8")
    print(f"{len(MAILS)} mails, {len(CHATS)} chat lines")


if __name__ == "__main__":
    main()
