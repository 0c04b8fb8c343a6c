"""The web dashboard's three SLA tables from one reading of the period (reports/sla.collect_sla_groupings):
each grouping's dict equals collect_sla's for that grouping (rollup path cold and warm, the direct
path, with and without a business calendar whose weeks cut UTC days), on both databases; and the
kept days are read once for the three tables, not once per table."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports.sla import BY, collect_sla, collect_sla_groupings  # noqa: E402
from tests.reports.test_sla_week_parts import NOW, _build, _calendar  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401


def test_each_grouping_equals_its_own_report(store) -> None:  # type: ignore[no-untyped-def]
    _, sessions = store
    _build(sessions)
    for name in ("shanghai", "madrid", None):
        calendar = _calendar(name)
        for since in (None, NOW - timedelta(days=30), NOW - timedelta(hours=36)):
            for use_rollups in (True, False, None):
                args = {"now": NOW, "since": since, "calendar": calendar, "use_rollups": use_rollups}
                with sessions.begin() as s:  # first (cold on the rollup path: days computed and kept)
                    together = collect_sla_groupings(s, bys=BY, **args)
                with sessions.begin() as s:  # warm: the days read back
                    again = collect_sla_groupings(s, bys=BY, **args)
                with sessions.begin() as s:
                    apart = {by: collect_sla(s, by=by, **args) for by in BY}
                assert list(together) == list(BY)
                assert together == apart == again, (name, since, use_rollups)
    with sessions.begin() as s:  # a subset, in the order asked
        assert list(collect_sla_groupings(s, now=NOW, since=None, bys=("week", "agent"))) == ["week", "agent"]


def test_the_kept_days_are_read_once_for_three_tables(store) -> None:  # type: ignore[no-untyped-def]
    _, sessions = store
    engine = sessions.kw["bind"]
    _build(sessions)
    calendar = _calendar("shanghai")
    since = NOW - timedelta(days=30)
    with sessions.begin() as s:
        collect_sla_groupings(s, now=NOW, since=since, calendar=calendar, use_rollups=True)  # days kept
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with sessions.begin() as s:
            collect_sla_groupings(s, now=NOW, since=since, calendar=calendar, use_rollups=True)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert sum("sla_day_groups" in sql for sql in statements) == 1, statements
    assert sum("min(tasks.due_at)" in sql for sql in statements) == 1, statements  # the review backlog
