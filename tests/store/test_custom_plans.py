"""On PostgreSQL every statement is planned with its own values: psycopg would prepare a statement
on the server after its fifth run, and the generic plan PostgreSQL may then choose ignored the
filter values (a filtered queue count read every inquiry at 1M)."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401


def test_no_statement_is_prepared_on_the_server_however_often_it_runs(pg_url):  # noqa: F811
    from inquiry_triage.store.db import open_store

    engine, sessions = open_store(pg_url)
    try:
        with sessions() as session:
            for language in ["ru", "es", "ru", "de", "ru", "ru", "pt", "ru"]:
                session.execute(text("SELECT count(*) FROM inquiries WHERE language = :language"),
                                {"language": language})
            prepared = session.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one()
        assert prepared == 0
    finally:
        engine.dispose()
