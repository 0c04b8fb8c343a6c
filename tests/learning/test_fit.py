"""Fitting points: non-negative logistic regression on a small synthetic feature set."""

from __future__ import annotations

import random

from inquiry_triage.learning.fit import FitOptions, Sample, fit, fit_logistic


def _synthetic(seed: int = 3) -> list[tuple[list[str], bool]]:
    """STRONG fires on 80 % of scams and 1 % of genuine mail, WEAK on 40 % / 10 %, NOISE on 30 %
    of both, HAMMY on 5 % of scams and 40 % of genuine mail (a 'risk' rule that is really ham)."""
    rng = random.Random(seed)
    rows = []
    for label in [True] * 400 + [False] * 800:
        features = []
        for name, p_bad, p_good in (("STRONG", 0.8, 0.01), ("WEAK", 0.4, 0.1), ("NOISE", 0.3, 0.3), ("HAMMY", 0.05, 0.4)):
            if rng.random() < (p_bad if label else p_good):
                features.append(name)
        rows.append((features, label))
    return rows


def test_fit_recovers_sensible_non_negative_weights():
    rows = [(f, label, 1.0) for f, label in _synthetic()]
    weights, intercept = fit_logistic(rows, l2=0.001, may_be_negative=set())
    assert weights["STRONG"] > weights["WEAK"] > 0.3
    assert abs(weights["NOISE"]) < 0.3
    assert weights["HAMMY"] == 0.0  # would be negative; risk weights may not be
    assert intercept < 0
    free, _ = fit_logistic(rows, l2=0.001, may_be_negative={"HAMMY"})
    assert free["HAMMY"] < -0.5  # allowed to be ham evidence, it is


def test_threshold_keeps_false_positives_under_the_limit_and_maps_to_the_points_threshold():
    data = _synthetic()
    samples = [Sample(corpus="bad" if label else "good", suspicious=label, features=f, scam_without_model=0.0, spy=0.0,
                      handset=False) for f, label in data]
    fitted = fit(samples, [s.features for s in samples], FitOptions(l2=0.001, max_fp=0.02), set())
    good = [s for s in samples if not s.suspicious]
    flagged_good = sum(fitted.raw_score(s.features) >= fitted.threshold for s in good)
    assert flagged_good <= 0.02 * len(good)
    assert fitted.threshold > 0
    points = fitted.points(3.0)
    # Rescaled, the points cross 3.0 where the raw weights cross the threshold (up to rounding).
    for s in samples:
        total = sum(points.get(f, 0.0) for f in s.features)
        if abs(total - 3.0) > 0.05:
            assert (total >= 3.0) == (fitted.raw_score(s.features) >= fitted.threshold)
    assert all(v >= 0 for v in points.values())
    assert points["STRONG"] > points["WEAK"]


def test_a_capped_rule_keeps_at_most_its_cap_and_the_others_make_up_for_it():
    data = _synthetic()
    samples = [Sample(corpus="bad" if label else "good", suspicious=label, features=f, scam_without_model=0.0, spy=0.0,
                      handset=False) for f, label in data]
    free = fit(samples, [s.features for s in samples], FitOptions(l2=0.001, max_fp=0.02), set())
    assert free.points(3.0)["STRONG"] > 1.0
    options = FitOptions(l2=0.001, max_fp=0.02, target_points=3.0, caps=(("STRONG", 1.0),))
    capped = fit(samples, [s.features for s in samples], options, set())
    points = capped.points(3.0, options.caps)
    assert points["STRONG"] <= 1.0
    assert points["WEAK"] > 0
