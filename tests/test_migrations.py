"""Schema changes go through Alembic: the migrations build exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from inquiry_triage.store import open_store
from inquiry_triage.store.models import Base


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
