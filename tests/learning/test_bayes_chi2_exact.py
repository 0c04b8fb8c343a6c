"""bayes._chi2q stops adding terms once they cannot change the total: the same float as the whole sum."""

from __future__ import annotations

import math
import random

from inquiry_triage.learning.bayes import _chi2q


def _whole_sum(x2: float, v: int) -> float:
    m = x2 / 2.0
    total = term = math.exp(-m)
    for i in range(1, v // 2):
        term *= m / i
        total += term
    return min(total, 1.0)


def test_the_same_float_as_the_whole_sum():
    rnd = random.Random(3)
    for _ in range(50_000):
        v = 2 * rnd.randint(1, 160)  # 2 x the significant tokens (150 at most)
        x2 = rnd.choice([rnd.uniform(0, 5), rnd.uniform(0, 400), rnd.uniform(0, 5000), rnd.expovariate(0.01)])
        assert _chi2q(x2, v) == _whole_sum(x2, v), (x2, v)
    for x2, v in ((0.0, 2), (0.0, 300), (1e-300, 300), (2000.0, 300), (150.0, 300), (1e6, 2)):
        assert _chi2q(x2, v) == _whole_sum(x2, v)
