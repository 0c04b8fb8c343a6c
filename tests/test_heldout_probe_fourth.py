"""The held-out probe's fourth part (tests/data/heldout_probe/fourth): 64 items written by hand BEFORE
reading how the rules or checks are worded: genuine buyers in Swahili, Tagalog, Bengali and their mixes
with English, in other languages with real-shaped Gmail / Outlook / Yahoo / Microsoft 365 / Workspace /
Exchange headers, very short inquiries; short chat lines, genuine and scam; modern fraud (USDT and
bitcoin overpayment, customs / registration / membership fees the seller is told to pay, fake Trade
Assurance, bank-detail change in en and sw, a move to Telegram, the card-question order); phishing
dressed as PO / RFQ / quotation / shared document / mailbox / e-signature (en, es, bn, tl, sw); spy
inquiries; legitimate modern mail that is not an inquiry (notices, a freight invoice, a newsletter, a
meeting invitation, a bank's credit alert, colleagues). Scored on exactly what `triage --format jsonl`
prints. Print: `.venv/bin/python tests/test_heldout_probe_fourth.py`.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script: it prints the figures
from tests.heldout_probe_triage import score as score_part, triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "tests" / "data" / "heldout_probe" / "fourth"
LABELS: dict[str, dict] = tomllib.loads((PART / "labels.toml").read_text(encoding="utf-8"))
NOW = "2026-12-01T09:00+08:00"  # the part's mail is dated 30 November 2026

# Held-out figures: the part as written, scored before any fix it led to. Only these say how the
# product does on mail it was not tuned on.
HELD_OUT_SCORE = ("scam + phishing + spy 17/30 flagged (56.7 %), genuine + ham 0/34 flagged, language 42/64 "
                  "(sw and tl read as id, bn as ro / en / und: none of the three was configured), "
                  "no full-signal inquiry graded C or D")
FRESH_HELD_OUT_SCORE = "scam + phishing + spy 3/5, genuine 0/3 flagged, language 8/8"
# The floors below are regression floors, NOT held-out figures: they were measured after general fixes
# made from these same items (word families as rule data, not these items' sentences): fees the seller
# must pay named membership / activation / verification / accreditation or "to release the order you must
# pay", and the same ask in sw / tl / bn; "send the extra / excess <sum> to my agent" and overpayment in
# tl / sw / bn; do-not-pay-the-old-account in sw / tl / bn; mail "not secure" and a "large quantity of
# your product" as reasons to move to a chat app, a Telegram @handle; "comparing 30 factories" and
# payment only put off ("discuss later") for spies; order words and order-named files in sw / tl / bn;
# payouts and platform stores in the account-locked lure; crypto payment for "whatever you have in
# stock". And sw, tl, bn configured (their words, greetings, country priors and base rates in
# data/language_words.toml).
# Tuned figures: "fourth" 26/30 (86.7 %), genuine + ham 0/34, language 64/64.
# Its last four misses then led to general fixes (tuned on them too: tests/test_chat_lures_and_signing.py
# holds each with a hit and a miss of its own): a record's typed URLs are its links, so the link lures and
# the platform notice whose links leave the platform read a chat line ("Alibaba Support": payout
# suspended, login here); a request to sign behind a link from a "service" whose display name is only
# service words and that is no known e-signature provider (the e-signature lure on its own domain); a
# first contact naming nothing that keeps its details for the chat app (the Telegram tease); Swahili /
# Tagalog / Bengali order intent ("tutume oda") as the second marker of a fee demand. Tuned: 30/30.
# The review of ef1d532 then found that rule flagging genuine companies' own signing systems ("Contract
# Signing" linking its own domain's /sign page): it no longer counts a link on the sender's own domain, so
# the e-signature lure on its own rented domain (p4-en-vps-docsign-contract) is missed again, by choice:
# 29/30 measured (tests/test_genuine_shapes_reviewed2.py).
MIN_BAD_CAUGHT = 29 / 30   # "fourth", tuned: 29/30 measured (30/30 before that review, 26/30 before the fixes above)
# "fourth-fresh": eight items written after those fixes and held out until scored (FRESH_HELD_OUT_SCORE:
# missed a Tagalog "i-login ang inyong email para makita" RFQ link, a Tagalog chat spy wanting the price
# list of all products and free samples, an English chat "I will pay in USDT for anything you have
# available"). The fixes they then led to (log in to view in tl / sw / bn; the full price list and
# comparing suppliers in tl / sw / bn; "anything / everything you have available") tune the floor on
# them too: 4/5; then 5/5 after the seller's crypto wallet asked for beside crypto for "anything you have"
# became a second marker (CRYPTO_BUYER_ASKS_WALLET; tuned on that line).
MIN_FRESH_BAD_CAUGHT = 1.0   # "fourth-fresh", tuned: 5/5 measured (4/5 before the wallet rule)
MAX_GENUINE_FLAGGED = 0
# Tuned: 72/72 with sw, tl, bn configured after this part was read (held out: 42/64 and 8/8).
MIN_LANGUAGE_RIGHT = 1.0
MAX_WRONG_GRADE = 0


def emitted() -> dict[str, dict]:
    return triage_part(PART, NOW)


def score(part: str | None = None) -> dict:
    """Figures over the whole part, or over its items written before ("fourth") or after ("fourth-fresh") the fixes."""
    return score_part(emitted(), LABELS, part)


def test_part_is_complete() -> None:
    assert set(emitted()) == set(LABELS)


def test_scams_phishing_and_spies_are_caught() -> None:
    fig = score("fourth")
    assert fig["bad_caught"] >= MIN_BAD_CAUGHT, fig["missed"]
    fresh = score("fourth-fresh")
    assert fresh["bad_caught"] >= MIN_FRESH_BAD_CAUGHT, fresh["missed"]


def test_genuine_and_ordinary_mail_is_not_flagged() -> None:
    false_alarms = score()["false_alarms"]
    assert len(false_alarms) <= MAX_GENUINE_FLAGGED, false_alarms


def test_language_and_grades() -> None:
    fig = score()
    assert fig["language_right"] >= MIN_LANGUAGE_RIGHT, fig["wrong_language"]
    assert len(fig["wrong_grade"]) <= MAX_WRONG_GRADE, fig["wrong_grade"]
    assert not fig["unexplained"]


def test_swahili_tagalog_and_bengali_writers_are_named_so() -> None:
    """Buyers (and scammers) writing sw, tl, bn, alone or mixed with English: greeted in their language."""
    got = emitted()
    named = {key: got[key]["language"] for key, label in LABELS.items() if label["lang"] in ("sw", "tl", "bn")}
    assert len(named) >= 20
    assert all(named[key] == LABELS[key]["lang"] for key in named), named
    assert all(got[key]["minor_language"] for key in named)


if __name__ == "__main__":
  print(f"held out (as written): fourth {HELD_OUT_SCORE}; fourth-fresh {FRESH_HELD_OUT_SCORE}")
  for part in ("fourth", "fourth-fresh", None):
    result = score(part)
    print(f"=== {part or 'whole part 4'}")
    for name in ("missed", "false_alarms", "wrong_language", "wrong_grade", "unexplained"):
        print(f"{name} ({len(result[name])}):")
        for item in result[name]:
            print("   ", item)
    print(f"scam+phishing+spy caught {result['bad'][0]}/{result['bad'][1]} = {result['bad_caught']:.1%}, "
          f"language right {result['language_right']:.1%} of {result['total']}")
