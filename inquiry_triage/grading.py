"""Grading: turn hits into a grade A-D and a separate suspicious verdict, every point explained.

score = the channel's base (the seed's table: phone A, IM B, fax B, email C, web message D)
      + buying-signal points ("grade" hits)
      - risk points x `risk_to_grade` ("scam" and "spy" hits lower the value of the lead too).
Grade by thresholds; suspicious when a kind's risk reaches its `suspicious_at`; a suspicious
inquiry is capped at `suspicious_max_grade`, and an inquiry a rule of `grade_caps` fired on at that
rule's grade. Checks know nothing of this; only this module decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .config import Config
from .model import Hit

GRADES = ("A", "B", "C", "D")
RISK_KINDS = ("scam", "spy")
# What a suspicious inquiry's review task says instead of a reply deadline: the queue (store/queue.task_for)
# and the JSONL output (pipeline.TriageResult.to_json) say the same.
REVIEW_NOTE = "review: release it as genuine or dismiss it as spam/spy"


@dataclass(frozen=True)
class Verdict:
    grade: str
    score: float
    suspicious: bool
    suspicion: list[str]  # kinds whose risk reached the threshold: "scam", "spy"
    risk: float  # total risk points
    risk_by_kind: dict[str, float]
    reasons: list[dict[str, object]] = field(default_factory=list)


def grade_for(score: float, thresholds: dict[str, float]) -> str:
    for grade in ("A", "B", "C"):
        if score >= thresholds[grade]:
            return grade
    return "D"


def grade(channel: str, hits: Sequence[Hit], config: Config) -> Verdict:
    base_table: dict[str, float] = config.get("grading.channel_base")
    thresholds: dict[str, float] = config.get("grading.thresholds")
    suspicious_at: dict[str, float] = config.get("grading.suspicious_at")
    risk_to_grade = float(config.get("grading.risk_to_grade", 0.5))
    cap = config.get("grading.suspicious_max_grade", "D")
    rule_caps: dict[str, str] = config.get("grading.grade_caps", {}) or {}

    base = float(base_table.get(channel, base_table["email"]))
    reported = [h for h in hits if not h.rule.startswith("__")]
    reasons: list[dict[str, object]] = [
        {"rule": f"CHANNEL_{channel.upper()}", "points": base, "kind": "grade",
         "detail": f"{channel} inquiry: base from the channel table"}]
    score = base
    risk_by_kind = {kind: 0.0 for kind in RISK_KINDS}
    for hit in reported:
        if hit.kind == "grade":
            score += hit.points
        elif hit.kind in RISK_KINDS:
            risk_by_kind[hit.kind] += hit.points
        reasons.append(hit.as_reason())
    risk = sum(risk_by_kind.values())
    if risk:
        penalty = round(risk * risk_to_grade, 2)  # rounded as shown, so the reasons add up to the score
        score -= penalty
        reasons.append({"rule": "RISK_PENALTY", "points": -penalty, "kind": "grade",
                        "detail": f"risk {risk:.2f} x {risk_to_grade} lowers the grade"})
    suspicion = [kind for kind in RISK_KINDS if risk_by_kind[kind] >= float(suspicious_at[kind])]
    letter = grade_for(score, thresholds)
    if suspicion and GRADES.index(letter) < GRADES.index(cap):
        reasons.append({"rule": "SUSPICIOUS_CAP", "points": 0, "kind": "grade",
                        "detail": f"suspicious ({', '.join(suspicion)}): grade capped at {cap}"})
        letter = cap
    for hit in reported:
        capped = rule_caps.get(hit.rule)
        if capped in GRADES and GRADES.index(letter) < GRADES.index(capped):
            reasons.append({"rule": "GRADE_CAP", "points": 0, "kind": "grade",
                            # what capped it as a matched excerpt: worded in zh by its shape (web/i18n.rule_words)
                            "detail": f"a rule caps the grade: {f'{hit.rule}: at most {capped}'!r}"})
            letter = capped
    return Verdict(grade=letter, score=round(score, 2), suspicious=bool(suspicion), suspicion=suspicion,
                   risk=round(risk, 2), risk_by_kind={k: round(v, 2) for k, v in risk_by_kind.items()}, reasons=reasons)
