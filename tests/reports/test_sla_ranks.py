"""The SLA medians and p90s read at their ranks from sorted runs (reports/ranks.py) instead of sorting
every response time: the same values as sorting them all.

1. ranks.Times.at against sorted(values)[k] on random runs: many and few, long and short, ties,
   negative and equal values, sampled densely, as shipped and sparsely (one value a run), the first
   bracket right and wrong (the sample bisected).
2. collect_sla_groupings on a store with known data (tests/reports/test_sla_week_parts._build: 1,200
   inquiries over 45 days, awkward rows, business hours stamped on half), SQLite and PostgreSQL, by
   the rollups cold and warm and directly, with the selection forced on every group (and with a
   sparse sample, so the values between two sampled ones are many) == the code before it: every group's times
   sorted whole and read as before (_old_figures: the previous _median / _p90, verbatim)."""

from __future__ import annotations

import random
import sys
from array import array
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports import ranks, sla  # noqa: E402
from inquiry_triage.reports.ranks import Times  # noqa: E402
from tests.reports.test_sla_week_parts import NOW, _build, _calendar  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401


def _times(runs: list[list[float]], loose: list[float]) -> Times:
    times = Times()
    for run in runs:
        times.add_sorted_run(array("d", sorted(run)))
    for value in loose:
        times.add_value(value)
    return times


def _every_rank(times: Times, values: list[float]) -> None:
    ordered = sorted(values)
    n = len(ordered)
    ranks_asked = sorted({0, n - 1, (n - 1) // 2, n // 2, (9 * n + 9) // 10 - 1, *random.Random(n).sample(range(n), min(n, 20))})
    assert times.at(ranks_asked) == [ordered[k] for k in ranks_asked]


@pytest.mark.parametrize("seed", range(12))
def test_values_at_ranks_equal_sorting_them_all(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(ranks, "SORT_UP_TO", 0)  # the selection on every size
    shape = seed % 4
    runs: list[list[float]] = []
    for i in range(rng.choice((2, 7, 60, 450))):
        size = rng.choice((0, 1, 3, 15, 40, 300)) if shape != 1 else rng.randint(0, 20)  # 1: runs shorter than a stride
        if shape == 2:  # many ties: whole hours
            runs.append([float(rng.randint(0, 30) * 3600) for _ in range(size)])
        else:
            runs.append([rng.expovariate(1 / 30000) * (1 + i % 5) - (500 if shape == 3 else 0) for _ in range(size)])
    loose = [rng.uniform(0, 200000) for _ in range(rng.choice((0, 5, 500)))]
    values = [v for run in runs for v in run] + loose
    if not values:
        return
    # as shipped; every value sampled; dense; one value a run; a first bracket of two sampled values
    # (often wrong: the sample bisected)
    for stride, margin in ((32, 24), (1, 24), (3, 1), (1000, 1), (32, 1)):
        monkeypatch.setattr(ranks, "STRIDE", stride)
        monkeypatch.setattr(ranks, "MARGIN", margin)
        _every_rank(_times(runs, loose), values)


def test_groups_joined_keep_every_value() -> None:
    a, b, c = _times([[3.0, 1.0], [2.0]], [9.0, 0.5]), _times([[7.0]], [4.0]), Times()
    c.add_merged(a)
    c.add_merged(b)
    c.add_merged(a)  # a group may be joined into several (each grouping and the total): runs are shared
    assert len(c) == 12 and c.at(range(12)) == sorted([3.0, 1.0, 2.0, 9.0, 0.5] * 2 + [7.0, 4.0])
    assert Times().at([]) == [] and len(Times()) == 0


def _old_median(ordered: Any) -> float | None:
    """The previous reports/sla._median, verbatim."""
    n = len(ordered)
    if not n:
        return None
    if n % 2:
        return round(sla._hours(ordered[n // 2]), 4)
    return round((sla._hours(ordered[n // 2 - 1]) + sla._hours(ordered[n // 2])) / 2, 4)


def _old_p90(ordered: Any) -> float | None:
    n = len(ordered)
    return sla._hours(ordered[(9 * n + 9) // 10 - 1]) if n else None


def _old_figures(group: Any) -> tuple[float | None, float | None]:
    """The previous figures' reading of a group: all its times sorted."""
    ordered = sorted(v for run in group.sorted_runs() for v in run)
    return _old_median(ordered), _old_p90(ordered)


def test_the_report_equals_sorting_every_group(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _, sessions = store
    _build(sessions)
    results: dict[str, list[Any]] = {"old": [], "new": [], "new, sparse sample": []}
    for how in results:
        with monkeypatch.context() as patch:
            if how == "old":
                patch.setattr(sla, "_median_and_p90", _old_figures)
            else:
                patch.setattr(ranks, "SORT_UP_TO", 0)
                if how == "new, sparse sample":
                    patch.setattr(ranks, "STRIDE", 1000)  # one sampled value a run: wide spans between them
                    patch.setattr(ranks, "MARGIN", 1)  # a first bracket of two: often wrong, the sample bisected
            for name in ("shanghai", None):
                for since in (None, NOW - timedelta(days=30), NOW - timedelta(hours=36)):
                    for use_rollups in (True, False):  # the first True computes and keeps the days
                        args = {"now": NOW, "since": since, "calendar": _calendar(name), "use_rollups": use_rollups}
                        with sessions.begin() as s:
                            results[how].append(sla.collect_sla_groupings(s, **args))
                        with sessions.begin() as s:
                            results[how].append(sla.collect_sla(s, by="week", **args))
    assert results["new"] == results["old"]
    assert results["new, sparse sample"] == results["old"]
    figures = [g for out in results["old"] for data in (out.values() if "by" not in out else [out])
               for g in [*data["groups"], data["total"]]]
    assert sum(g["first_response_median_h"] is not None for g in figures) > 100  # the comparison compares something
    assert sum("first_response_p90_business_h" in g and g["first_response_p90_business_h"] is not None
               for g in figures) > 50
