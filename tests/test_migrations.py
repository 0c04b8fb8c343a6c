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
