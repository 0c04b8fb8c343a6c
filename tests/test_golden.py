"""Golden fixtures: every hand-made case gets its expected grade, suspicion and rule hits."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context, triage_item
from inquiry_triage.sources import open_inputs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = tomllib.loads((FIXTURES / "expected.toml").read_text())["cases"]
CTX = build_context(load_config(None), offline=True)


def test_every_fixture_file_has_an_expectation():
    files = {str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*") if p.is_file() and p.name != "expected.toml"}
    assert files == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_case(name):
    expected = CASES[name]
    [item] = list(open_inputs([FIXTURES / name]))
    result = triage_item(item, CTX)
    assert result.error is None
    data = result.to_json()
    fired = {h.rule for h in result.hits}
    missing = set(expected.get("hits", [])) - fired
    assert not missing, f"{name}: expected rules did not fire: {missing}; reasons: {data['reasons']}"
    unexpected = set(expected.get("absent", [])) & fired
    assert not unexpected, f"{name}: rules fired that should not: {unexpected}"
    assert data["grade"] == expected["grade"], data["reasons"]
    assert data["suspicion"] == expected["suspicion"], data["reasons"]
    for key in ("language", "minor_language", "mixed_language", "mailbox", "ip_country", "sender_local_hour", "channel"):
        if key in expected:
            assert data[key] == expected[key], key
    if "draft_starts" in expected:
        assert result.draft.startswith(expected["draft_starts"]), result.draft
    # Every point of the grade is explained: the reasons add up to the score.
    grade_points = sum(r["points"] for r in data["reasons"] if r["kind"] == "grade")
    assert round(grade_points, 2) == data["score"]
    assert result.draft.split("\n\n")[-2].endswith("?")  # the draft ends with a question before the signature
