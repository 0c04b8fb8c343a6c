"""Regenerate the probe's third part: `python tests/data/heldout_probe/third/make_third.py`.

Texts in texts_third.py; each mail is dressed in its provider's header chain by the first part's
make_probe.build (same seller, same MX hop). Writes the .eml files, chat.jsonl and labels.toml
(class: genuine / spy / scam / phishing; `ham` items are class genuine) into this folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_probe import build  # noqa: E402
from texts_third import CHAT, FRESH_CHAT, FRESH_MAIL, MAIL  # noqa: E402

for _item in FRESH_MAIL + FRESH_CHAT:
    _item["part"] = "third-fresh"
MAIL = MAIL + FRESH_MAIL
CHAT = CHAT + FRESH_CHAT


def main() -> None:
    labels = []
    names: set[str] = set()
    for item in MAIL:
        assert item["name"] not in names, item["name"]
        names.add(item["name"])
        (HERE / f"{item['name']}.eml").write_bytes(build(item))
        labels.append((item["name"] + ".eml", item))
    with (HERE / "chat.jsonl").open("w", encoding="utf-8") as out:
        for rec in CHAT:
            assert rec["id"] not in names, rec["id"]
            names.add(rec["id"])
            fields = {k: v for k, v in rec.items() if k not in ("cls", "lang", "kind", "signals", "note", "part")}
            out.write(json.dumps(fields, ensure_ascii=False) + "\n")
            labels.append(("chat.jsonl#" + rec["id"], rec))
    with (HERE / "labels.toml").open("w", encoding="utf-8") as out:
        out.write("# Expected verdict class per item of the probe's third part (written by make_third.py).\n"
                  "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).\n"
                  "# part: \"third\" (written before reading the rules) or \"third-fresh\" (written after the fixes, never tuned on).\n")
        for key, item in labels:
            out.write(f'\n["{key}"]\nclass = "{item["cls"]}"\nlang = "{item["lang"]}"\nkind = "{item["kind"]}"\n')
            if item.get("signals"):
                out.write(f'signals = "{item["signals"]}"\n')
            out.write(f'part = "{item.get("part", "third")}"\n')
    print(f"{len(MAIL)} mails, {len(CHAT)} chat records")


if __name__ == "__main__":
    main()
