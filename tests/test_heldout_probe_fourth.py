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
from tests.heldout_probe_triage import triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "tests" / "data" / "heldout_probe" / "fourth"
LABELS: dict[str, dict] = tomllib.loads((PART / "labels.toml").read_text(encoding="utf-8"))
NOW = "2026-12-01T09:00+08:00"  # the part's mail is dated 30 November 2026

FIRST_SCORE = ("scam + phishing + spy 17/30 flagged (56.7 %), genuine + ham 0/34 flagged, language 42/64 "
               "(sw and tl read as id, bn as ro / en / und: none of the three was configured), "
               "no full-signal inquiry graded C or D")
# After the general fixes (word families as rule data, not these items' sentences): fees the seller must
# pay named membership / activation / verification / accreditation or "to release the order you must
# pay", and the same ask in sw / tl / bn; "send the extra / excess <sum> to my agent" and overpayment in
# tl / sw / bn; do-not-pay-the-old-account in sw / tl / bn; mail "not secure" and a "large quantity /
# contract" as reasons to move to a chat app, a Telegram @handle; "comparing 30 factories" and payment
# only put off ("discuss later") for spies; order words and order-named files in sw / tl / bn; payouts
# and stores in the account-locked lure; crypto payment for "whatever you have in stock". And sw, tl, bn
# Figures: 26/30 (86.7 %), genuine + ham 0/34, language 42/64; with sw, tl and bn configured (and their
# words, greetings, country priors and base rates in data/language_words.toml) 64/64.
# Still missed: an e-signature lure from a rented server whose link stays on the sender's own domain
# (nothing but the date offset); a chat line "contact me on telegram @..." with a big-order tease (2.5 of
# 3.0); a chat "Trade Assurance payout suspended, login here" (chat records carry no links, so the
# link-borne lures cannot fire); a Swahili chat line "you the supplier must pay the registration fee
# first" (SELLER_MUST_PAY_FEE wants a second marker and a chat line has no mailbox).
MIN_BAD_CAUGHT = 0.86   # items written first ("fourth"): 26/30 measured
# Eight more ("fourth-fresh") were written after those fixes and never tuned on: as written 3/5 scam +
# phishing + spy caught (a Tagalog "i-login ang inyong email para makita" RFQ link, a Tagalog chat
# spy wanting the price list of all products and free samples "nagkukumpara lang po kami ng suppliers",
# an English chat "I will pay in USDT for anything you have available"), genuine 0/3 flagged, language
# 8/8. After the general fixes they led to (log in to view in tl / sw / bn; the full price list and
# comparing suppliers in tl / sw / bn): 4/5; the USDT chat line (crypto, nothing else) is still missed.
FRESH_FIRST_SCORE = "scam + phishing + spy 3/5, genuine 0/3 flagged, language 8/8"
MIN_FRESH_BAD_CAUGHT = 0.8
MAX_GENUINE_FLAGGED = 0
MIN_LANGUAGE_RIGHT = 1.0
MAX_WRONG_GRADE = 0


def emitted() -> dict[str, dict]:
    return triage_part(PART, NOW)


def score(part: str | None = None) -> dict:
    """Figures over the whole part, or over its items written before ("fourth") or after ("fourth-fresh") the fixes."""
    got = emitted()
    fig: dict = {"missed": [], "false_alarms": [], "wrong_language": [], "wrong_grade": [], "unexplained": []}
    bad = [0, 0]
    labels = {k: v for k, v in LABELS.items() if part in (None, v["part"])}
    for key, label in labels.items():
        line = got[key]
        flagged = bool(line["suspicious"])
        if label["class"] == "genuine":
            if flagged:
                fig["false_alarms"].append(f"{key} (risk {line['risk']}: {line['suspicion']})")
        else:
            bad[1] += 1
            if flagged:
                bad[0] += 1
            else:
                fig["missed"].append(f"{key} (risk {line['risk']})")
        if line["language"] != label["lang"]:
            fig["wrong_language"].append(f"{key} ({line['language']} for {label['lang']})")
        if label.get("signals") == "full" and line["grade"] in ("C", "D"):
            fig["wrong_grade"].append(f"{key} ({line['grade']})")
        if flagged and not [r for r in line["reasons"] if r["kind"] in ("scam", "spy") and r["detail"]]:
            fig["unexplained"].append(key)
    fig["bad"] = bad
    fig["bad_caught"] = bad[0] / bad[1]
    fig["language_right"] = 1 - len(fig["wrong_language"]) / len(labels)
    fig["total"] = len(labels)
    return fig


def test_part_is_complete() -> None:
    assert set(emitted()) == set(LABELS)


def test_scams_phishing_and_spies_are_caught() -> None:
    fig = score("fourth")
    assert fig["bad_caught"] >= MIN_BAD_CAUGHT, fig["missed"]
    fresh = score("fourth-fresh")
    assert fresh["bad_caught"] >= MIN_FRESH_BAD_CAUGHT, fresh["missed"]


def test_genuine_and_ordinary_mail_is_not_flagged() -> None:
    assert len(score()["false_alarms"]) <= MAX_GENUINE_FLAGGED, score()["false_alarms"]


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
  for part in ("fourth", "fourth-fresh", None):
    result = score(part)
    print(f"=== {part or 'whole part 4'}")
    for name in ("missed", "false_alarms", "wrong_language", "wrong_grade", "unexplained"):
        print(f"{name} ({len(result[name])}):")
        for item in result[name]:
            print("   ", item)
    print(f"scam+phishing+spy caught {result['bad'][0]}/{result['bad'][1]} = {result['bad_caught']:.1%}, "
          f"language right {result['language_right']:.1%} of {result['total']}")
