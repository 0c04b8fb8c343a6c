"""The held-out probe's sixth part (tests/data/heldout_probe/sixth): 48 mails and 21 chat lines written
BLIND (before reading the rules, checks or language data; of the earlier parts only the fifth's generator
and label format were read), for a pump exporter's inbox: genuine buyers and replies in ar, de, es, fr,
it, pt-BR, ru, tr, pl, vi, id, th, ja, ko, zh (Taiwan), sw, fa, uk, en (Kenya) with real-shaped Gmail /
Outlook.com / Microsoft 365 / Yahoo / Yandex / Naver / Libero headers, short chat / phone / web lines;
2026-style fraud (a freight forwarder's documentation fee, a sample paid through an agent who overpays,
a trade-show directory renewal, a customs hold, an LC / bank-guarantee fee, a fake inspection company's
fee, crypto OTC settlement, each in several languages); phishing as a QR-code remittance, a shared file,
an e-signature, mailbox storage and a tax refund (it, es, de, fr, pt, ja, pl, en); spies asking the full
price list, the supplier's own suppliers, customers and audit reports; ordinary mail (an arrival notice,
a bank statement, a customer's delivery reply, a fair newsletter, a colleague). Scored on exactly what
`triage --format jsonl` prints. Print: `.venv/bin/python tests/test_heldout_probe_sixth.py`.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script: it prints the figures
from tests.heldout_probe_triage import score as score_part, triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "tests" / "data" / "heldout_probe" / "sixth"
LABELS: dict[str, dict] = tomllib.loads((PART / "labels.toml").read_text(encoding="utf-8"))
NOW = "2026-12-01T17:00+08:00"  # the part's mail is dated 30 November - 1 December 2026

# Held-out figures: the part as written, scored before any fix it leads to.
HELD_OUT_SCORE = ("scam + phishing + spy 14/34 flagged (41.2 %), genuine + ham 0/35 flagged, language 69/69, "
                  "no full-signal inquiry graded C or D")
# Missed as written: fees the seller must pay (a forwarder's documentation fee en mail + chat, customs hold
# en mail + fr chat, customs clearance / conformity fee fr + ar mail, LC activation / bank-guarantee fee en +
# pt mail + pt chat, a nominated inspection company's fee en mail + es chat, a directory renewal fee chat);
# a sample paid through an agent who overpays (en, es); crypto OTC settlement (en, ru mail, en chat); a tax
# refund link on pages.dev (fr); spies asking who makes the motors and the seller's customers (tr mail, en chat).
MIN_BAD_CAUGHT = 14 / 34   # as written: 14/34 measured
MAX_GENUINE_FLAGGED = 0    # as written: 0/35 measured
MIN_LANGUAGE_RIGHT = 1.0   # as written: 69/69 measured
MAX_WRONG_GRADE = 0        # as written: 0 measured


def emitted() -> dict[str, dict]:
    return triage_part(PART, NOW)


def score(part: str | None = None) -> dict:
    return score_part(emitted(), LABELS, part)


def test_part_is_complete() -> None:
    assert set(emitted()) == set(LABELS)


def test_scams_phishing_and_spies_are_caught() -> None:
    fig = score("sixth")
    assert fig["bad_caught"] >= MIN_BAD_CAUGHT, fig["missed"]


def test_genuine_and_ordinary_mail_is_not_flagged() -> None:
    false_alarms = score()["false_alarms"]
    assert len(false_alarms) <= MAX_GENUINE_FLAGGED, false_alarms


def test_language_and_grades() -> None:
    fig = score()
    assert fig["language_right"] >= MIN_LANGUAGE_RIGHT, fig["wrong_language"]
    assert len(fig["wrong_grade"]) <= MAX_WRONG_GRADE, fig["wrong_grade"]
    assert not fig["unexplained"]


if __name__ == "__main__":
    print(f"held out (as written): sixth {HELD_OUT_SCORE}")
    result = score()
    for name in ("missed", "false_alarms", "wrong_language", "wrong_grade", "unexplained"):
        print(f"{name} ({len(result[name])}):")
        for item in result[name]:
            print("   ", item)
    print(f"scam+phishing+spy caught {result['bad'][0]}/{result['bad'][1]} = {result['bad_caught']:.1%}, "
          f"language right {len(LABELS) - len(result['wrong_language'])}/{result['total']} = {result['language_right']:.1%}")
