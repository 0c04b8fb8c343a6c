"""The genuine-fees false-positive probe (tests/data/heldout_probe/genuine_fees): genuine buyers and ordinary
mail on the topics of the rule families of commit 9296777 (fees the seller pays, sample overpayment,
crypto for stock, directory fees, tax-refund links, "who makes your motors" / "names of your suppliers",
"no order yet" + price list, mailbox capacity), written BLIND before reading those rules, triaged exactly as
`triage --format jsonl` prints them. No genuine item may be flagged suspicious.

As written: part "genuine_fees" (40 mails, 18 chat lines in en/es/pt/fr/de/ru/ar/tr/it/pl/id/vi): 0/58
flagged, none graded D; spy points below the flag on "who makes your motors" (en) and "qui fabrique vos"
(fr), an Exchange NDR's display name "Microsoft Outlook" drew BRAND_IN_NAME_NOT_DOMAIN (1.42).
Part "genuine_fees-combined" (12 mails, 4 chat lines, written after that score, before reading the rules;
two topics in one message): 1/16 flagged, the tender contractor's price list with "who makes your motors"
(gx-en-za-gmail-tender-motor-make.eml: ASKS_FULL_PRICE_LIST + ASKS_TRADE_SECRETS + SAMPLES_ONLY, risk 4.5,
grade D; "24 pump sets" was not read as a quantity).
Fixed in general: QUANTITY also reads a count with one or two words before sets / units / pieces ("24 pump
sets", "120 solar pump units"; not samples, sizes or colours), so SAMPLES_ONLY no longer fires on it: risk
3.0 (the full price list + "who makes your motors", under the spy flag at 4.0), grade B; 0/74 flagged.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.heldout_probe_triage import triage_part  # noqa: E402

FOLDER = Path(__file__).resolve().parent / "data" / "heldout_probe" / "genuine_fees"
NOW = "2026-12-02T09:00+08:00"  # the morning after the set's mail (30 November - 1 December 2026)
LABELS = tomllib.loads((FOLDER / "labels.toml").read_text(encoding="utf-8"))

# Genuine items the rules flag today, each with the rules that fire (reported, not hidden).
# (Empty since QUANTITY reads "24 pump sets": see the module's docstring.)
KNOWN_FALSE_POSITIVES: dict[str, str] = {}


def test_every_item_is_labelled_genuine_and_triaged() -> None:
    got = triage_part(FOLDER, NOW)
    assert set(got) == set(LABELS)
    assert {label["class"] for label in LABELS.values()} == {"genuine"}
    assert len(LABELS) >= 40


@pytest.mark.parametrize("key", [
    pytest.param(key, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FALSE_POSITIVES[key]))
    if key in KNOWN_FALSE_POSITIVES else key
    for key in sorted(LABELS)])
def test_genuine_item_is_not_flagged(key: str) -> None:
    line = triage_part(FOLDER, NOW)[key]
    assert not line["suspicious"], f"{key}: risk {line['risk']} {line['suspicion']}: " + "; ".join(
        f"{r['rule']} {r['detail']}" for r in line["reasons"] if r["kind"] in ("scam", "spy"))
    assert line["grade"] != "D"
