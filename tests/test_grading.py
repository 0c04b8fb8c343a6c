from inquiry_triage.config import load_config
from inquiry_triage.grading import grade, grade_for
from inquiry_triage.model import Hit

CONFIG = load_config(None)


def test_channel_table_is_the_base():
    # The seed's table with no evidence at all: phone A, IM B, fax B, email C, web message D.
    assert {ch: grade(ch, [], CONFIG).grade for ch in ("phone", "im", "fax", "email", "message")} == \
        {"phone": "A", "im": "B", "fax": "B", "email": "C", "message": "D"}


def test_buying_signals_raise_and_risk_lowers_with_every_point_explained():
    signals = [Hit("QUANTITY", 1.0, "q"), Hit("INCOTERMS", 1.0, "i"), Hit("MODEL_SPEC", 1.0, "m")]
    up = grade("email", signals, CONFIG)
    assert up.score == 6.0 and up.grade == "B"
    assert [r["rule"] for r in up.reasons] == ["CHANNEL_EMAIL", "QUANTITY", "INCOTERMS", "MODEL_SPEC"]
    assert sum(r["points"] for r in up.reasons) == up.score
    risky = grade("email", [Hit("OFF_PLATFORM", 1.0, "o", kind="scam")], CONFIG)
    assert risky.score == 3.0 - 0.5
    assert risky.risk == 1.0 and not risky.suspicious
    assert any(r["rule"] == "RISK_PENALTY" and r["points"] == -0.5 for r in risky.reasons)


def test_suspicious_is_separate_and_caps_the_grade():
    hits = [Hit("QUANTITY", 1.0, "q"), Hit("ADVANCE_FEE_FRAUD", 3.0, "a", kind="scam"),
            Hit("LOTTERY_PRIZE", 2.5, "l", kind="scam")]
    verdict = grade("phone", hits, CONFIG)
    assert verdict.suspicious and verdict.suspicion == ["scam"]
    assert verdict.grade == "D"
    assert any(r["rule"] == "SUSPICIOUS_CAP" for r in verdict.reasons)
    spy = grade("email", [Hit("LONG_VAGUE_INQUIRY", 2.0, "", kind="spy"), Hit("ASKS_FULL_PRICE_LIST", 1.5, "", kind="spy"),
                          Hit("SAMPLES_ONLY", 1.5, "", kind="spy")], CONFIG)
    assert spy.suspicion == ["spy"]


def test_sub_rules_are_not_reported():
    verdict = grade("email", [Hit("__ASKS_SAMPLES", 0.0, "s", kind="spy")], CONFIG)
    assert all(not r["rule"].startswith("__") for r in verdict.reasons)


def test_thresholds():
    t = {"A": 6.5, "B": 4.5, "C": 2.5}
    assert [grade_for(s, t) for s in (7, 6.5, 6.49, 4.5, 2.5, 2.49, -3)] == ["A", "A", "B", "B", "C", "D", "D"]


def test_a_rule_in_grade_caps_caps_the_grade_and_says_so():
    from inquiry_triage.config import load_config
    from inquiry_triage.grading import grade
    from inquiry_triage.model import Hit

    config = load_config(None)
    hits = [Hit("QUANTITY", 1.0, "quantity"), Hit("NO_CONTACT", -2.0, "no way to reach the buyer")]
    verdict = grade("phone", hits, config)  # 7 + 1 - 2 = 6.0 ... and 9 - 2 = 7 would be A
    rich = grade("phone", [*hits, Hit("MODEL_SPEC", 1.0, "model"), Hit("TARGET_PRICE", 1.0, "price")], config)
    assert rich.score >= config.get("grading.thresholds")["A"] and rich.grade == "B"
    cap = next(r for r in rich.reasons if r["rule"] == "GRADE_CAP")
    assert cap["points"] == 0 and cap["detail"] == "a rule caps the grade: 'NO_CONTACT: at most B'"
    from inquiry_triage.web.i18n import rule_words
    assert rule_words("zh", "GRADE_CAP", cap["detail"]) == "规则限定了最高等级: 'NO_CONTACT：最高 B 级'"  # rule and grade kept
    assert verdict.grade == "B" and not any(r["rule"] == "GRADE_CAP" for r in verdict.reasons)  # B already
    assert grade("phone", [Hit("QUANTITY", 1.0, "quantity"), Hit("MODEL_SPEC", 1.0, "m")], config).grade == "A"
