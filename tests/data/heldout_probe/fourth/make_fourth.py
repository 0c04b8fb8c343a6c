"""Regenerate the probe's fourth part: `python tests/data/heldout_probe/fourth/make_fourth.py`.

Texts in texts_fourth.py; each mail is dressed in its provider's header chain by the first part's
make_probe.build (same seller, same MX hop) through make_probe.write_part. Writes the .eml files,
chat.jsonl and labels.toml (class: genuine / spy / scam / phishing; `ham` items are class genuine).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_probe import write_part  # noqa: E402
from texts_fourth import CHAT, FRESH_CHAT, FRESH_MAIL, MAIL  # noqa: E402

for _item in FRESH_MAIL + FRESH_CHAT:
    _item["part"] = "fourth-fresh"
MAIL = MAIL + FRESH_MAIL
CHAT = CHAT + FRESH_CHAT


def main() -> None:
    write_part(HERE, MAIL, CHAT,
               "# Expected verdict class per item of the probe's fourth part (written by make_fourth.py).\n"
               "# signals = \"full\": a genuine inquiry with quantity, model and destination (grade A or B expected).\n"
               "# part: \"fourth\" (written before reading the rules or checks) or \"fourth-fresh\" (written after the fixes, never tuned on).\n",
               "fourth")


if __name__ == "__main__":
    main()
