"""Values at given ranks of a multiset of floats, exactly, without sorting all of it (issue 10: the
dashboard over 13 weeks sorted ~100,000 response times per table, twice, for a median and a p90).

The response times of `report sla` arrive as sorted runs (each kept day group's, reports/rollups.py)
plus a few loose values (the inquiries read directly). `Times` holds them as runs; `at(ranks)` finds
each rank between two values of a strided sample of the runs (at least one value of each run): those
MARGIN either side of where the rank falls in the sample, checked by counting the values below each
(the runs bisected at it: C-level, one call per run), else two neighbouring sampled values found by
bisecting the sample the same way; only the values between the two are sorted. The answer is
always the value sorted(all)[rank] would give.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from itertools import chain, repeat
from operator import getitem

SORT_UP_TO = 4096  # at most this many values: sorting them all is as fast
STRIDE = 32  # one sampled value per this many
MARGIN = 24  # sampled values either side of the estimate: the first bracket holds ~2 x 24 x 32 values


class Times:
    """A multiset of floats: sorted runs (shared, never changed) and loose values."""

    __slots__ = ("runs", "loose")

    def __init__(self) -> None:
        self.runs: list[array] = []
        self.loose = array("d")

    def add_value(self, value: float) -> None:
        """One value, in no order (a response time read directly): sorted once, when ranks are read."""
        self.loose.append(value)

    def add_sorted_run(self, run: array) -> None:
        """A run already sorted ascending (a kept day group's times are: rollups.DayGroup.settle),
        kept as it is (shared, never changed)."""
        if run:
            self.runs.append(run)

    def add_merged(self, other: Times) -> None:
        """Add all of `other`'s values as one run: its runs are merged once (and kept merged: a group is joined
        into each grouping and the total), so a table's group holds a run per group joined, not one
        per kept day (~2,600 at 13 weeks: bisecting each for every rank cost more than sorting)."""
        merged = other.merged()
        if merged:
            self.runs.append(merged)

    def merged(self) -> array:
        """All the values as one sorted run (timsort joins the sorted runs fast)."""
        runs = self.sorted_runs()
        if len(runs) > 1:
            self.runs = [array("d", sorted(chain.from_iterable(runs)))]
        return self.runs[0] if self.runs else array("d")

    def sorted_runs(self) -> list[array]:
        if self.loose:
            self.runs.append(array("d", sorted(self.loose)))
            self.loose = array("d")
        return self.runs

    def __len__(self) -> int:
        return sum(map(len, self.runs)) + len(self.loose)

    def at(self, ranks: Sequence[int]) -> list[float]:
        """sorted(values)[k] for each k of `ranks` (0 <= k < len)."""
        runs = self.sorted_runs()
        n = sum(map(len, runs))
        if n <= SORT_UP_TO or len(runs) == 1:
            ordered = runs[0] if len(runs) == 1 else sorted(chain.from_iterable(runs))
            return [ordered[k] for k in ranks]
        return select(runs, n, ranks)


def select(runs: list[array], n: int, ranks: Sequence[int]) -> list[float]:
    """The values at `ranks` among the sorted `runs` (n values in all). A sample of the runs (every
    STRIDE-th value, and at least one of each run) gives two sampled values `low` < `high` with at
    most k values below `low` and more than k below `high` (each count: one C-level bisection per
    run), so the k-th value is in [low, high) and only the values there are sorted: first the sampled
    values MARGIN either side of where k falls in the sample (two counts; right nearly always), else
    two neighbouring sampled values found by bisecting the whole sample."""
    sample = sorted(chain.from_iterable(run[min(len(run) - 1, STRIDE // 2)::STRIDE] for run in runs))
    m = len(sample)

    def below(i: int) -> int:  # the values below sample[i]; none below "-1", all below "m"
        return 0 if i < 0 else n if i >= m else sum(map(bisect_left, runs, repeat(sample[i])))

    found: dict[int, float] = {}
    for k in ranks:
        if k in found:
            continue
        at = k * m // n
        lo, hi = max(-1, at - MARGIN), min(m, at + MARGIN)  # below(lo) <= k < below(hi) is wanted
        if below(lo) > k or below(hi) <= k:
            lo, hi = -1, m
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if below(mid) <= k:
                    lo = mid
                else:
                    hi = mid
        starts = list(map(bisect_left, runs, repeat(sample[lo]))) if lo >= 0 else [0] * len(runs)
        ends = list(map(bisect_left, runs, repeat(sample[hi]))) if hi < m else list(map(len, runs))
        inside = sorted(chain.from_iterable(map(getitem, runs, map(slice, starts, ends))))
        found[k] = inside[k - sum(starts)]
    return [found[k] for k in ranks]
