"""The held-out probe (tests/data/heldout_probe): mail and chat of kinds, years, providers and
languages the dev corpora lack, written by hand for this probe (make_probe.py) and never tuned on
the corpora. It is scored on exactly what `inquiry-triage triage --format jsonl` prints.

The floors are the figures measured after the probe's general causes were fixed; they are not
100 % by construction: a second, "fresh" part was written after those fixes and is scored on its
own, and what the probe still misses is listed in README (Figures, "Held-out probe"). Print the
figures: `.venv/bin/python tests/test_heldout_probe.py`.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script: it prints the figures
from tests.heldout_probe_triage import triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "data" / "heldout_probe"
LABELS: dict[str, dict] = tomllib.loads((PROBE / "labels.toml").read_text(encoding="utf-8"))
NOW = "2026-11-27T09:00+08:00"  # the probe's mail is dated 23-26 November 2026

# Floors (measured; see the module docstring).
# First written: scam + phishing 28/45 (62.2 %); after the general fixes 45/45. The fresh part,
# written after those fixes, scored 7/14 (50.0 %) as written and 13/14 after its own general fixes.
MIN_BAD_CAUGHT = 0.98      # scam + phishing flagged, whole probe (59/59 measured 2026-12-03)
MIN_PHISHING_CAUGHT = 0.96
MIN_SCAM_CAUGHT = 0.96
MIN_FRESH_BAD_CAUGHT = 0.92  # the fresh part alone (13/14 measured)
MAX_GENUINE_FLAGGED = 0     # genuine inquiries + ham flagged (count)
MIN_LANGUAGE_RIGHT = 0.98   # two chat records fail: channels "zalo" and "line" are not known aliases
MAX_WRONG_GRADE_DIRECTION = 1  # a genuine inquiry with quantity, model and destination graded C or D


def emitted() -> dict[str, dict]:
    return triage_part(PROBE, NOW)


def score(part: str | None = None) -> dict:
    """Figures over the whole probe, or over one part ("first" or "fresh")."""
    got = emitted()
    fig: dict = {"missed": [], "false_alarms": [], "wrong_language": [], "wrong_grade": [], "unexplained": [],
                 "wrong_kind": []}
    counts = {c: [0, 0] for c in ("phishing", "scam", "spy", "genuine")}
    labels = {k: v for k, v in LABELS.items() if part in (None, v["part"])}
    for key, label in labels.items():
        line = got[key]
        cls = label["class"]
        flagged = bool(line["suspicious"])
        counts[cls][1] += 1
        if cls == "genuine":
            if flagged:
                fig["false_alarms"].append(key)
            else:
                counts[cls][0] += 1
        elif flagged:
            counts[cls][0] += 1
            want = "spy" if cls == "spy" else "scam"
            if want not in line["suspicion"]:
                fig["wrong_kind"].append(f"{key} ({line['suspicion']})")
        else:
            fig["missed"].append(f"{key} (risk {line['risk']})")
        if line["language"] != label["lang"]:
            fig["wrong_language"].append(f"{key} ({line['language']} for {label['lang']})")
        if label.get("signals") == "full" and line["grade"] in ("C", "D"):
            fig["wrong_grade"].append(f"{key} ({line['grade']})")
        risk_lines = [r for r in line["reasons"] if r["kind"] in ("scam", "spy") and r["detail"]]
        if flagged and not risk_lines:
            fig["unexplained"].append(key)
    bad = counts["phishing"][0] + counts["scam"][0]
    fig["counts"] = counts
    fig["bad_caught"] = bad / (counts["phishing"][1] + counts["scam"][1])
    fig["phishing_caught"] = counts["phishing"][0] / counts["phishing"][1]
    fig["scam_caught"] = counts["scam"][0] / counts["scam"][1]
    fig["language_right"] = 1 - len(fig["wrong_language"]) / len(labels)
    fig["total"] = len(labels)
    return fig


def test_probe_is_complete() -> None:
    assert set(emitted()) == set(LABELS)
    assert len({label["lang"] for label in LABELS.values()}) >= 15


def test_scams_and_phishing_are_caught() -> None:
    fig = score()
    assert fig["bad_caught"] >= MIN_BAD_CAUGHT, fig["missed"]
    assert fig["phishing_caught"] >= MIN_PHISHING_CAUGHT, fig["missed"]
    assert fig["scam_caught"] >= MIN_SCAM_CAUGHT, fig["missed"]
    assert score("fresh")["bad_caught"] >= MIN_FRESH_BAD_CAUGHT, score("fresh")["missed"]


def test_genuine_mail_is_not_flagged() -> None:
    fig = score()
    assert len(fig["false_alarms"]) <= MAX_GENUINE_FLAGGED, fig["false_alarms"]


def test_language() -> None:
    fig = score()
    assert fig["language_right"] >= MIN_LANGUAGE_RIGHT, fig["wrong_language"]


def test_grade_direction_and_explanations() -> None:
    fig = score()
    assert len(fig["wrong_grade"]) <= MAX_WRONG_GRADE_DIRECTION, fig["wrong_grade"]
    assert not fig["unexplained"]


if __name__ == "__main__":
    for part in ("first", "fresh", None):
        result = score(part)
        print(f"=== {part or 'whole probe'}")
        for name in ("missed", "false_alarms", "wrong_kind", "wrong_language", "wrong_grade", "unexplained"):
            print(f"{name} ({len(result[name])}):")
            for item in result[name]:
                print("   ", item)
        print("counts (caught or right / total):", result["counts"])
        print(f"scam+phishing caught {result['bad_caught']:.1%}, phishing {result['phishing_caught']:.1%}, "
              f"scam {result['scam_caught']:.1%}, language right {result['language_right']:.1%} of {result['total']}")
