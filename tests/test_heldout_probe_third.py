"""The held-out probe's third part (tests/data/heldout_probe/third): 59 items written by hand BEFORE
reading how the rules are worded, in languages the first two parts barely touch (vi, id, th, tr, pl,
he, sw, tl, fa, bn, uk, el, cs, ro, and minor language + English), very short chat lines, and modern
scams (fake procurement portals, supplier-registration fees, fake Trade Assurance / Alibaba notices,
crypto and cheque overpayment, card-type questions, invoice and shared-document lures, move-to-
WhatsApp / Telegram requests). Scored on exactly what `triage --format jsonl` prints.

As written (before any fix they led to): FIRST_SCORE below. The floors are the figures after the
general fixes (word families as data, not one campaign's phrase); what is still missed is listed in
README (Figures, "Held-out probe"). Twelve "third-fresh" items were written after the fixes (see
FRESH_FIRST_SCORE). Print: `.venv/bin/python tests/test_heldout_probe_third.py`.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script: it prints the figures
from tests.heldout_probe_triage import score as score_part, triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "tests" / "data" / "heldout_probe" / "third"
LABELS: dict[str, dict] = tomllib.loads((PART / "labels.toml").read_text(encoding="utf-8"))
NOW = "2026-11-28T09:00+08:00"  # the part's mail is dated 26-27 November 2026

FIRST_SCORE = ("scam + phishing 10/24 flagged (41.7 %), genuine + ham 0/35 flagged, language 53/59 "
               "(sw, tl read as id; bn und), 3 full-signal inquiries graded C (sw, fa, bn)")
# After the general fixes (rule data in config/rules/*.toml, drafts' term boundaries): scam + phishing
# 23/24 (95.8 %; then 24/24: an Indonesian chat line asking to return an "overpayment" to an agent's
# account had no mailbox to weigh it with: money to a third party's account now counts as the second
# marker of SELLER_MUST_PAY_FEE), genuine + ham 0/35 flagged, language 53/59 (Swahili and Tagalog are read
# as Indonesian, Bengali is not named: none of the three is a configured language), no inquiry with
# quantity, model and destination graded C or D.
MIN_BAD_CAUGHT = 1.0   # whole part 3: 31/31 measured
# Twelve more items ("third-fresh") were written after those fixes, held out until scored: as written
# (the held-out figure) they scored 3/7 scam + phishing (42.9 %: "the processing charge is the
# responsibility of the supplier", "ödemesini yeni hesabımıza yapınız", "you accept which credit card?",
# a Romanian registration fee), 0/5 genuine flagged, language 11/12 (Taglish read as English); after the
# general fixes they led to (fee "is the responsibility of / for the account of / payable by" the
# supplier, any inflection of the Turkish payment, "do not pay the old account" in
# tr/pl/id/vi/he/cs/ro/el/uk, the buyer's word order of the card question, ro registration fee) 7/7: a
# floor tuned on them, not a held-out figure.
FRESH_FIRST_SCORE = "scam + phishing 3/7 (42.9 %), genuine 0/5 flagged, language 11/12"
MIN_FRESH_BAD_CAUGHT = 1.0
MAX_GENUINE_FLAGGED = 0
# Swahili, Tagalog and Bengali configured (session 9): language 71/71.
MIN_LANGUAGE_RIGHT = 1.0
MAX_WRONG_GRADE = 0


def emitted() -> dict[str, dict]:
    return triage_part(PART, NOW)


def score(part: str | None = None) -> dict:
    """Figures over the whole part, or over its items written before ("third") or after ("third-fresh") the fixes."""
    return score_part(emitted(), LABELS, part)


def test_part_is_complete() -> None:
    assert set(emitted()) == set(LABELS)


def test_scams_and_phishing_are_caught() -> None:
    fig = score()
    assert fig["bad_caught"] >= MIN_BAD_CAUGHT, fig["missed"]
    fresh = score("third-fresh")
    assert fresh["bad_caught"] >= MIN_FRESH_BAD_CAUGHT, fresh["missed"]


def test_genuine_mail_is_not_flagged() -> None:
    false_alarms = score()["false_alarms"]
    assert len(false_alarms) <= MAX_GENUINE_FLAGGED, false_alarms


def test_language_and_grades() -> None:
    fig = score()
    assert fig["language_right"] >= MIN_LANGUAGE_RIGHT, fig["wrong_language"]
    assert len(fig["wrong_grade"]) <= MAX_WRONG_GRADE, fig["wrong_grade"]
    assert not fig["unexplained"]


if __name__ == "__main__":
  print(f"held out (as written): third {FIRST_SCORE}; third-fresh {FRESH_FIRST_SCORE}")
  for part in ("third", "third-fresh", None):
    result = score(part)
    print(f"=== {part or 'whole part 3'}")
    for name in ("missed", "false_alarms", "wrong_language", "wrong_grade", "unexplained"):
        print(f"{name} ({len(result[name])}):")
        for item in result[name]:
            print("   ", item)
    print(f"scam+phishing caught {result['bad'][0]}/{result['bad'][1]} = {result['bad_caught']:.1%}, "
          f"language right {result['language_right']:.1%} of {result['total']}")
