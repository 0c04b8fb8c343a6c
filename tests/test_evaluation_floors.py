"""The figures that matter, on the real dev corpora: the floors the README reports must hold.

Everything is scored on what `triage --format jsonl` emits (`inquiry-triage evaluate` runs
`triage_item(...).to_json()` and nothing else), offline. Missing corpora skip the test locally and
fail it under CI=true.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.evaluate import default_corpora, run_evaluation

CORPORA = default_corpora()


@pytest.fixture(scope="module")
def figures() -> dict:
    if not (CORPORA / "phishing").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpora not found at {CORPORA} (set INQUIRY_TRIAGE_CORPORA)")
        pytest.skip("corpora not present")
    # The cross-corpus refit is a report, not a floor: skipped here to keep the run short.
    return run_evaluation(CORPORA, load_config(None), cross=False)


# Detection floors are issue 7's (95 % phishing + fraud419, 90 % fraud_modern), held on the whole
# dev corpora: 95.1 % and 91.9 % when written. The held-out halves (bench/split_eval.py: each corpus
# split by a hash of the file name, rules designed on the tuning half only) show 94.4 % and 90.7 %:
# a change that costs unseen mail shows there first; run it beside this test.
def test_detection_on_phishing_and_fraud419(figures):
    assert figures["detection_rate"] >= 0.95, figures["detection_rate"]
    assert figures["phishing"]["errors"] <= 1  # the one 0-byte file in the set, stored as failed


def test_detection_on_modern_fraud(figures):
    assert figures["fraud_modern"]["rate"] >= 0.90, figures["fraud_modern"]["rate"]


@pytest.mark.parametrize("name", ["ham", "modern_ham"])
def test_false_positives_on_legitimate_mail(figures, name):
    assert figures[name]["rate"] <= 0.005, (name, figures[name]["rate"], figures[name]["top_rules"])


def test_language_in_the_triage_output(figures):
    langid = figures["langid"]
    assert langid["sentences"]["mean"] >= 0.99, langid["sentences"]["accuracy"]
    assert langid["word-pairs"]["mean"] >= 0.90, langid["word-pairs"]["accuracy"]


def test_real_rfqs_are_not_suspicious_and_all_graded(figures):
    rfq = figures["rfq"]
    assert rfq["total"] == 4179 and rfq["errors"] == 0
    assert rfq["rate"] <= 0.01, (rfq["rate"], rfq["top_rules"])
    assert sum(rfq["grades"].values()) == rfq["total"]


def test_genuine_buyer_set_is_never_flagged_and_its_language_is_right(figures):
    genuine = figures["genuine"]
    assert genuine["total"] >= 150
    assert genuine["flagged"] == [], genuine["flagged"]
    assert genuine["wrong_language"] == [], genuine["wrong_language"]


def test_evaluate_scores_exactly_what_triage_prints(tmp_path):
    """The same five files through `triage --format jsonl` and through evaluate's scorer agree
    line for line: evaluate has no side path."""
    from inquiry_triage.evaluate import emitted
    from inquiry_triage.pipeline import build_context
    from inquiry_triage.sources import open_inputs

    folder = CORPORA / "fraud_modern"
    if not folder.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpora not found at {CORPORA}")
        pytest.skip("corpora not present")
    files = sorted(str(p) for p in folder.iterdir())[:5]
    printed = subprocess.run([sys.executable, "-m", "inquiry_triage", "triage", "--format", "jsonl", "--offline",
                              "--no-store", *files], capture_output=True, text=True, check=True).stdout
    ctx = build_context(load_config(None), offline=True)
    scored = [emitted(item, ctx) for item in open_inputs(files)]
    keys = ("source", "suspicious", "suspicion", "grade", "language", "minor_language", "reasons")
    assert [{k: json.loads(line)[k] for k in keys} for line in printed.splitlines()] == [{k: row[k] for k in keys} for row in scored]
