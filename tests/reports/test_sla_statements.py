"""The report's statement is built once per shape and reused with other values (reports/sla.py
_report_statement: `now` and the receipt ranges' bounds are parameters; the groupings, the week
starts and the calendar are part of its key). A process that reuses it must give exactly what a
process building every statement afresh gives, and the direct path's figures, for reports at other
`now`s, other periods (other weeks, another count of live ranges), groupings and calendars in any
order, on both databases. Counted, not timed: the statements kept grow only with new shapes."""

from __future__ import annotations

import sys
from collections import OrderedDict
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports import sla  # noqa: E402
from tests.reports.test_sla_rollups import NOW, _build, _calendar  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401


def _cases() -> list[dict[str, Any]]:
    """(now, since, bys, calendar) in an order that reuses shapes with other values in between."""
    out = []
    for hours in (0, 3, 17, 30):  # later `now`s: other deadlines passed; 30 h: another UTC day (other live ranges)
        now = NOW + timedelta(hours=hours)
        # shorter periods first: a statement kept for fewer weeks must not serve a longer period
        for since in (NOW - timedelta(hours=20), NOW - timedelta(days=9), NOW - timedelta(days=30, hours=5),
                      NOW - timedelta(days=30), None):
            out.append({"now": now, "since": since, "bys": sla.BY, "calendar": "shanghai"})
    out += [{"now": NOW, "since": NOW - timedelta(days=30), "bys": ("week",), "calendar": "madrid"},
            {"now": NOW, "since": NOW - timedelta(days=30), "bys": ("agent",), "calendar": "none"},
            {"now": NOW + timedelta(hours=3), "since": NOW - timedelta(days=23), "bys": ("week",), "calendar": "madrid"}]
    return out


def _report(sessions, case: dict[str, Any], use_rollups: bool) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        return sla.collect_sla_groupings(s, now=case["now"], since=case["since"], bys=case["bys"],
                                         calendar=_calendar(case["calendar"]), use_rollups=use_rollups)


def test_reused_statements_give_what_fresh_ones_give(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _, sessions = store
    _build(sessions)
    sla.clear_held()
    monkeypatch.setattr(sla, "_STATEMENTS", OrderedDict())
    cases = _cases()
    for _ in range(2):  # the second round: every shape is kept already
        for case in cases:
            got = _report(sessions, case, True)
            direct = _report(sessions, case, False)
            with monkeypatch.context() as fresh:  # a process that builds every statement afresh
                fresh.setattr(sla, "_STATEMENTS", OrderedDict())
                fresh.setattr(sla, "_HELD", OrderedDict())
                assert _report(sessions, case, True) == got == direct, case
    kept = len(sla._STATEMENTS)
    for case in cases:
        _report(sessions, case, True)
    assert len(sla._STATEMENTS) == kept  # nothing new built: reused
    sla.clear_held()


def test_the_kept_statements_are_bounded(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _, sessions = store
    _build(sessions)
    monkeypatch.setattr(sla, "_STATEMENTS", OrderedDict())
    monkeypatch.setattr(sla, "_STATEMENTS_KEPT", 2)
    for days in range(20, 26):  # other periods (other weeks for some): more shapes than are kept
        case = {"now": NOW, "since": NOW - timedelta(days=days), "bys": sla.BY, "calendar": "shanghai"}
        assert _report(sessions, case, True) == _report(sessions, case, False)
        assert len(sla._STATEMENTS) <= 2
    sla.clear_held()
