"""Migrations 0010 (daily rollups) and 0011 (their change log on PostgreSQL) down and up again on a
store with rows, on both databases: SQLite through the product's own engine (foreign_keys=ON: no
table the tasks point into may be rebuilt, or every task goes with it), the rollup tables and
triggers gone after the downgrade (writes no longer touch them), back after the upgrade, 0010's
triggers restored exactly by 0011's downgrade, and the report the same from the rollups as directly."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import inspect, text

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports.sla import collect_sla  # noqa: E402
from inquiry_triage.store.db import open_store  # noqa: E402
from tests.reports.sla_store import migrate  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc)


def _add(sessions, n: int) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        for i in range(n):
            at = NOW - timedelta(days=i + 1, hours=i)
            row = InquiryRow(message_id=f"<m{i}-{n}@x>", source="t", channel="email", status="triaged", grade="ABCD"[i % 4],
                             result={}, received_at=at, triaged_at=at)
            row.tasks.append(TaskRow(kind="reply", state="open" if i % 3 else "done", grade="ABCD"[i % 4],
                                     due_at=at + timedelta(hours=30), created_at=at))
            s.add(row)


def _same(sessions) -> dict:  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        got = collect_sla(s, now=NOW, since=None, use_rollups=True)
    with sessions() as s:
        assert got == collect_sla(s, now=NOW, since=None, use_rollups=False)
    return got


def test_downgrade_and_upgrade_keep_every_row(db_url) -> None:  # noqa: F811
    engine, sessions = open_store(db_url)
    try:
        _add(sessions, 6)
        first = _same(sessions)  # days kept
        assert first["total"]["inquiries"] == 6
        migrate(engine, False, "0009")
        with engine.connect() as c:
            assert c.scalar(text("SELECT count(*) FROM tasks")) == 6
            assert c.scalar(text("SELECT count(*) FROM inquiries")) == 6
            assert not {"sla_days", "sla_day_groups"} & set(inspect(c).get_table_names())
        _add(sessions, 3)  # no trigger left that writes to a dropped table
        migrate(engine, True, "head")
        with engine.connect() as c:
            assert c.scalar(text("SELECT count(*) FROM sla_days")) == 0  # nothing to back-fill: computed when read
        assert _same(sessions)["total"]["inquiries"] == 9
        _add(sessions, 2)  # the triggers are back: the kept days go stale, the figures follow
        assert _same(sessions)["total"]["inquiries"] == 11
    finally:
        engine.dispose()


def _sla_triggers(engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The definitions of 0010's rollup triggers (and, on PostgreSQL, of their functions)."""
    with engine.connect() as c:
        if engine.dialect.name == "sqlite":
            return dict(c.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%sla_day%'")).all())
        functions = c.execute(text("SELECT proname, pg_get_functiondef(oid) FROM pg_proc WHERE proname LIKE '%sla_day'")).all()
        triggers = c.execute(text("SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname LIKE '%sla_day%'")).all()
        return dict(functions + triggers)


def test_0011_down_restores_0010s_triggers_exactly(db_url) -> None:  # noqa: F811
    """0011 replaces 0010's version bump on PostgreSQL by the change log (sla_day_changes); its
    downgrade puts 0010's trigger functions back word for word, and the kept days are then stale
    (versions did not move meanwhile). SQLite's triggers are 0010's throughout."""
    from sqlalchemy import create_engine

    engine = create_engine(db_url)
    try:
        migrate(engine, True, "0010")
        at_0010 = _sla_triggers(engine)
        assert len(at_0010) == (6 if engine.dialect.name == "sqlite" else 4)
    finally:
        engine.dispose()
    engine, sessions = open_store(db_url)  # to head
    try:
        postgres = engine.dialect.name == "postgresql"
        assert (_sla_triggers(engine) != at_0010) == postgres
        _add(sessions, 6)
        _same(sessions)  # days kept
        with engine.connect() as c:
            assert c.scalar(text("SELECT count(*) FROM sla_days WHERE rolled_snapshot IS NOT NULL")) == (6 if postgres else 0)
        migrate(engine, False, "0010")
        assert _sla_triggers(engine) == at_0010
        with engine.connect() as c:
            assert "sla_day_changes" not in inspect(c).get_table_names()
            assert "rolled_snapshot" not in {col["name"] for col in inspect(c).get_columns("sla_days")}
            kept = c.scalar(text("SELECT count(*) FROM sla_days WHERE rolled_version = version"))
            assert kept == (0 if postgres else 6)
        _add(sessions, 3)  # 0010's bump again
        with engine.connect() as c:
            assert c.scalar(text("SELECT sum(version) FROM sla_days")) > 0
        migrate(engine, True, "head")
        assert _same(sessions)["total"]["inquiries"] == 9
        _add(sessions, 2)
        assert _same(sessions)["total"]["inquiries"] == 11
    finally:
        engine.dispose()
