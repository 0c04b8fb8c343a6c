"""`report suspicious --since 24h` lists what was received in the last 24 hours (newcomer 15, finding 8):
it filtered on the triage time, so mail received weeks ago and triaged today was listed, beside a
"received" column saying weeks ago. The period is now the time of receipt every consumer reads
(received_at, else triaged_at: 16cc797), on both databases; --help says so."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.cli import build_parser
from inquiry_triage.reports.suspicious import count_listing, count_suspicious, suspicious_rows
from inquiry_triage.store.models import InquiryRow
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

NOW = datetime.now(timezone.utc).replace(microsecond=0)
ROWS = {  # subject: (received_at, triaged_at)
    "received weeks ago, triaged today": (NOW - timedelta(days=21), NOW - timedelta(hours=1)),
    "received and triaged today": (NOW - timedelta(hours=3), NOW - timedelta(hours=2)),
    "no receipt, triaged today": (None, NOW - timedelta(hours=5)),
    "received and triaged last week": (NOW - timedelta(days=7), NOW - timedelta(days=7)),
    "received today, triaged a day before (a clock ahead)": (NOW - timedelta(hours=4), NOW - timedelta(hours=28)),
}


@pytest.fixture
def flagged(store):
    url, sessions = store
    with sessions.begin() as s:
        for n, (subject, (received, triaged)) in enumerate(ROWS.items()):
            s.add(InquiryRow(message_id=f"<since-{n}@example>", source="test", channel="email", status="triaged",
                             grade="D", suspicious=True, risk=5.0 + n, result={"suspicion": ["scam"], "reasons": []},
                             triaged_at=triaged, received_at=received, buyer_key=f"b{n}@scam.example",
                             from_addr=f"b{n}@scam.example", from_name="", subject=subject))
    return sessions


def test_since_counts_and_lists_by_the_time_of_receipt(flagged):
    since = NOW - timedelta(hours=24)
    wanted = {"received and triaged today", "no receipt, triaged today",
              "received today, triaged a day before (a clock ahead)"}
    with flagged() as s:
        assert {r.subject for r in suspicious_rows(s, since, state="all")} == wanted
        assert {r.subject for r in suspicious_rows(s, since, state="waiting")} == wanted
        assert count_listing(s, since, "waiting").total == 3 and count_suspicious(s, since, "all") == 3
        assert count_listing(s, None, "waiting").total == len(ROWS)  # no period: everything, as before


def test_help_says_the_period_is_by_receipt():
    report = build_parser()._subparsers._group_actions[0].choices["report"]
    since = next(a for a in report._actions if "--since" in a.option_strings)
    assert "received" in since.help


def test_a_period_is_counted_and_cut_from_the_receipt_index_alone(flagged, store):
    """--since at a million inquiries (issue 10): the period's counts and a page's ids come from the
    partial ix_inquiries_suspicious_receipt (0017: triage time, receipt, dismissal, risk, id) alone,
    in every state: the candidates' table rows are not read for their receipt (PostgreSQL 1M, 30 days:
    13,780 buffers, 33-43 ms -> 254 buffers, 2 ms). Both planners must prove the index's predicate
    from the report's WHERE (PostgreSQL does not from "suspicious IS true")."""
    from sqlalchemy import func, select, text

    from inquiry_triage.reports.suspicious import _where, page_statement

    url, _ = store
    postgresql = url.startswith("postgresql")
    since = NOW - timedelta(days=30)
    with flagged() as s:
        if postgresql:  # a small table: whether the index can serve (at 1M it is the cheapest, bench/)
            s.execute(text("SET LOCAL enable_seqscan = off"))
            others = s.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'inquiries' AND indexname "
                                    "LIKE 'ix_%' AND indexname <> 'ix_inquiries_suspicious_receipt'")).all()
            for name in others:  # only the period's index left to serve (rolled back with the transaction)
                s.execute(text(f"DROP INDEX {name}"))
        for state in ("waiting", "dismissed", "all"):
            counted = select(func.count(), func.count(InquiryRow.dismissed_as)).select_from(InquiryRow) \
                .where(*_where(since, state))
            for stmt, alone in ((counted, True), (page_statement(_where(since, state), 50), False)):
                compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
                explain = "EXPLAIN " if postgresql else "EXPLAIN QUERY PLAN "
                plan = " | ".join(str(row[0] if postgresql else row[-1]) for row in s.execute(text(f"{explain}{compiled}")))
                if postgresql:
                    wanted = "Index Only Scan using ix_inquiries_suspicious_receipt" if alone else \
                        "ix_inquiries_suspicious_receipt"
                    assert wanted in plan and "Seq Scan on inquiries" not in plan, (state, plan)
                elif alone:
                    assert "USING COVERING INDEX ix_inquiries_suspicious_receipt" in plan, (state, plan)
        s.rollback()


def test_migration_0017_down_and_up_keeps_the_rows_and_the_answer(flagged, store):
    """0017 only adds (and its downgrade only drops) ix_inquiries_suspicious_receipt: the rows and the
    period's listing are the same at 0016 and at head, and head matches the models."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config as AlembicConfig
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine, inspect

    from inquiry_triage.store.db import MIGRATIONS
    from inquiry_triage.store.models import Base

    url, _ = store
    since = NOW - timedelta(hours=24)
    with flagged() as s:
        before = [r.subject for r in suspicious_rows(s, since, state="all")]
    engine = create_engine(url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        for target, present in (("0016", False), ("head", True), ("0016", False), ("head", True)):
            with engine.begin() as connection:
                cfg.attributes["connection"] = connection
                (command.upgrade if target == "head" else command.downgrade)(cfg, target)
            with engine.connect() as connection:
                names = {i["name"] for i in inspect(connection).get_indexes("inquiries")}
                assert ("ix_inquiries_suspicious_receipt" in names) == present, target
                if present:
                    assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
            with flagged() as s:
                assert [r.subject for r in suspicious_rows(s, since, state="all")] == before, target
                assert count_listing(s, since, "waiting").total == len(before) == 3
    finally:
        engine.dispose()
