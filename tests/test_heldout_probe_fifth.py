"""The held-out probe's fifth part (tests/data/heldout_probe/fifth): 48 mails and 23 chat lines written
BLIND (before reading the rules, checks, language data or any earlier part's items): genuine buyers in
es, pt, fr, de, ar, ru, tr, pl, vi, th, id, hi (Devanagari mixed with English, and Hinglish in Latin
script), ko, ja, it, nl, zh, some mixed with English, some one or two lines, with real-shaped Gmail /
Workspace / Outlook.com / Microsoft 365 / Yahoo / Zoho / Yandex / Mail.ru / QQ / Naver headers; short
chat, phone and web-form lines; modern fraud in new wording (a cheque covering the "freight" to pass on,
an overpaid transfer to refund to a logistics agent, a supplier-registration / conformity / tender fee
the seller must pay, a fake escrow's "compliance bond", a fake platform's guarantee deposit, a
supplier's new bank account, USDT for whatever is in stock, the card question, WhatsApp only); phishing
dressed as PO / RFQ / quotation / invoice / shared document / mailbox quota / e-signature on lookalike
or rented hosts (pages.dev, workers.dev, web.app), in en, es, de, fr, pt, ru, ko, tr; spies asking for
full price lists, cost breakdowns, raw-material suppliers and customer lists; ordinary mail that is not
an inquiry (a vessel departure notice, a trade-fair newsletter, a colleague, a bank credit alert, a
customer's delivery reply, an out-of-office). Scored on exactly what `triage --format jsonl` prints.
Print: `.venv/bin/python tests/test_heldout_probe_fifth.py`.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script: it prints the figures
from tests.heldout_probe_triage import score as score_part, triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "tests" / "data" / "heldout_probe" / "fifth"
LABELS: dict[str, dict] = tomllib.loads((PART / "labels.toml").read_text(encoding="utf-8"))
NOW = "2026-12-01T09:00+08:00"  # the part's mail is dated 29-30 November 2026

# Held-out figures: the part as written, scored before any fix it leads to. Only these say how the
# product does on mail it was not tuned on.
HELD_OUT_SCORE = ("scam + phishing + spy 11/31 flagged (35.5 %), genuine + ham 0/40 flagged, language 70/71 "
                  "(a Hinglish chat line in Latin script read as en), one full-signal inquiry graded C (a Mail.ru "
                  "web mail from Tashkent whose Date carries Moscow's +0300)")
# The floors are the as-written figures (nothing has been tuned on this part yet): a fix made from these
# items may raise them, and must say so here (as a tuned figure, no longer a held-out one).
# Missed as written, by family: overpayment passed on (a cheque "covering the freight" to wire to the cargo
# handler, en mail + en chat; an overpaid transfer to refund to a logistics agent, es); a fake escrow's
# "compliance bond" to open a merchant profile (en); crypto for whatever is in stock (pt mail; an en chat that
# also asks the seller to pay the inspection agent); fees the seller must pay (a tender's supplier
# registration and contract attestation fee, ar; customs pre-clearance to the buyer's forwarder, fr chat);
# WhatsApp / Telegram only because "email is monitored / not trusted" (en mail, ru chat); a platform's
# "annual verification audit fee" and a supplier's new bank account as chat lines; link lures with no
# attachment on lookalike or rented hosts (PO view link en, invoice portal de, mailbox quota fr, RFQ on a
# "corporate disk" ru, tender portal on pages.dev from Gmail en: risk 2.0-2.8); spies asking for cost
# breakdowns, raw-material suppliers, dealer prices and customer lists (en and de mail, es chat).
MIN_BAD_CAUGHT = 11 / 31   # as written: 11/31 measured
MAX_GENUINE_FLAGGED = 0    # as written: 0/40 measured
MIN_LANGUAGE_RIGHT = 1 - 1 / 71   # as written: 70/71 measured
MAX_WRONG_GRADE = 1        # as written: 1 measured (g5-ru-mailru-tashkent-short.eml graded C)


def emitted() -> dict[str, dict]:
    return triage_part(PART, NOW)


def score(part: str | None = None) -> dict:
    return score_part(emitted(), LABELS, part)


def test_part_is_complete() -> None:
    assert set(emitted()) == set(LABELS)


def test_scams_phishing_and_spies_are_caught() -> None:
    fig = score("fifth")
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
    print(f"held out (as written): fifth {HELD_OUT_SCORE}")
    result = score()
    for name in ("missed", "false_alarms", "wrong_language", "wrong_grade", "unexplained"):
        print(f"{name} ({len(result[name])}):")
        for item in result[name]:
            print("   ", item)
    print(f"scam+phishing+spy caught {result['bad'][0]}/{result['bad'][1]} = {result['bad_caught']:.1%}, "
          f"language right {len(LABELS) - len(result['wrong_language'])}/{result['total']} = {result['language_right']:.1%}")
