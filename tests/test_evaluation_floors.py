"""The figures that matter, on the real dev corpora: the floors the README reports must hold.

Run through the same code as `inquiry-triage evaluate` (offline). Missing corpora skip the test
locally and fail it under CI=true.
"""

from __future__ import annotations

import os

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
    return run_evaluation(CORPORA, load_config(None))


def test_detection_rate_on_phishing_and_fraud419(figures):
    assert figures["detection_rate"] >= 0.90, figures["detection_rate"]
    assert figures["phishing"]["errors"] <= 1  # the one 0-byte file in the set, stored as failed


def test_false_positives_on_ham(figures):
    assert figures["false_positive_rate"] <= 0.02, figures["false_positive_rate"]


def test_language_accuracy_floors(figures):
    assert figures["langid"]["sentences"]["mean"] >= 0.985
    assert figures["langid"]["word-pairs"]["mean"] >= 0.85


def test_real_rfqs_are_mostly_not_suspicious_and_graded(figures):
    rfq = figures["rfq"]
    assert rfq["total"] == 4179 and rfq["errors"] == 0
    assert rfq["rate"] <= 0.05
    assert sum(rfq["grades"].values()) == rfq["total"]
