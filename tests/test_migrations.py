"""Schema changes go through Alembic: the migrations build exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from inquiry_triage.store import open_store
from inquiry_triage.store.models import Base
from tests.servers.postgres import postgres_server  # noqa: F401  (fixture)


def test_open_store_migrates_to_head_and_matches_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_store(url)
    open_store(url)  # a second open is a no-op
    engine = create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() is not None
        assert compare_metadata(context, Base.metadata) == []
    assert {"inquiries", "tasks", "notes", "replies", "audit_log", "mailbox_folders", "mailbox_messages",
            "alembic_version"} <= set(inspect(engine).get_table_names())


_OPEN_AT_ONCE = """
import sys, time
from inquiry_triage.store import open_store
start = float(sys.argv[2])
while time.time() < start:  # both processes leave this line at the same moment
    time.sleep(0.001)
engine, _ = open_store(sys.argv[1])
engine.dispose()
print("ok")
"""


def _open_in_two_processes(url: str) -> None:
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    start = str(time.time() + 3.0)  # after both interpreters have imported the package
    procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AT_ONCE, url, start], cwd=root, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.strip() == "ok", err
    engine = create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() is not None
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_a_new_sqlite_database_migrated_by_two_processes_at_once(tmp_path):
    for attempt in range(3):
        _open_in_two_processes(f"sqlite:///{tmp_path / f'race{attempt}.db'}")


def test_a_new_postgresql_database_migrated_by_two_processes_at_once(postgres_server):
    for _attempt in range(2):
        name = postgres_server.create_database()
        try:
            _open_in_two_processes(postgres_server.url_for(name))
        finally:
            postgres_server.drop_database(name)


def _migration_0004_keeps_rows_and_moves_unjudged_suspicious_replies_to_review(url: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import text

    from inquiry_triage.store.db import MIGRATIONS

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0003")
    rows = [  # (id, suspicious, verdict, dismissed_as, task state)
        (1, True, None, None, "open"), (2, True, None, None, "claimed"), (3, True, "genuine", None, "open"),
        (4, False, None, None, "open"), (5, True, None, None, "done"), (6, True, None, "spam", "dismissed")]
    with engine.begin() as connection:
        assert "filing" not in {c["name"] for c in inspect(connection).get_columns("inquiries")}
        for id_, suspicious, verdict, dismissed, state in rows:
            connection.execute(text(
                "INSERT INTO inquiries (id, message_id, content_hash, source, channel, status, grade, suspicious, risk, "
                "from_addr, from_name, subject, body, country, triaged_at, result, draft, buyer_key, buyer_timezone, "
                "product, raw, verdict, dismissed_as) VALUES (:id, :mid, '', 's', 'email', 'triaged', 'D', :susp, 1.0, "
                "'', '', 'x', 'y', '', '2026-03-02 09:00:00', '{}', 'Thank you for your inquiry', '', '', '', :raw, "
                ":verdict, :dismissed)"),
                {"id": id_, "mid": f"<m{id_}@x>", "susp": suspicious, "raw": b"", "verdict": verdict,
                 "dismissed": dismissed})
            connection.execute(text(
                "INSERT INTO tasks (inquiry_id, kind, rule, attempt, state, snooze_until_buyer_writes, grade, due_at, "
                "assignee, created_at, due_note) VALUES (:id, 'reply', '', 0, :state, :false, 'D', "
                "'2026-03-05 09:00:00', :assignee, '2026-03-02 09:00:00', '')"),
                {"id": id_, "state": state, "false": False, "assignee": "lena" if state == "claimed" else None})
    engine.dispose()
    engine, _ = open_store(url)  # upgrades to head
    with engine.connect() as connection:
        got = {r.inquiry_id: (r.kind, r.state, r.assignee) for r in connection.execute(
            text("SELECT inquiry_id, kind, state, assignee FROM tasks"))}
        filings = {r.id: r.filing for r in connection.execute(text("SELECT id, filing FROM inquiries"))}
        indexes = {i["name"] for i in inspect(connection).get_indexes("inquiries")}
    engine.dispose()
    assert got == {1: ("review", "open", None), 2: ("review", "open", None), 3: ("reply", "open", None),
                   4: ("reply", "open", None), 5: ("reply", "done", None), 6: ("reply", "dismissed", None)}
    assert set(filings.values()) == {"inquiry"} and len(filings) == 6
    assert "ix_inquiries_filing" in indexes


def test_migration_0004_on_sqlite(tmp_path):
    _migration_0004_keeps_rows_and_moves_unjudged_suspicious_replies_to_review(f"sqlite:///{tmp_path / 'old.db'}")


def test_migration_0004_on_postgresql(postgres_server):
    name = postgres_server.create_database()
    try:
        _migration_0004_keeps_rows_and_moves_unjudged_suspicious_replies_to_review(postgres_server.url_for(name))
    finally:
        postgres_server.drop_database(name)
