"""Regenerate the probe's third part: `python tests/data/heldout_probe/third/make_third.py`.

Texts in texts_third.py; each mail is dressed in its provider's header chain by the first part's
make_probe.build (same seller, same MX hop). Writes the .eml files, chat.jsonl and labels.toml
(class: genuine / spy / scam / phishing; `ham` items are class genuine) into this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_probe import write_part  # noqa: E402
from texts_third import CHAT, FRESH_CHAT, FRESH_MAIL, MAIL  # noqa: E402

for _item in FRESH_MAIL + FRESH_CHAT:
    _item["part"] = "third-fresh"
MAIL = MAIL + FRESH_MAIL
CHAT = CHAT + FRESH_CHAT


def main() -> None:
    write_part(HERE, MAIL, CHAT,
               "# Expected verdict class per item of the probe's third part (written by make_third.py).\n"
               "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).\n"
               "# part: \"third\" (written before reading the rules) or \"third-fresh\" (written after the fixes, never tuned on).\n",
               "third")


if __name__ == "__main__":
    main()
