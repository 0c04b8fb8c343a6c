"""Engine and session factory. The caller owns the session: `with sessions.begin() as s: ...`."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..config import DB_ENV, Config
from ..errors import ConfigError, TriageError
from .models import NoteRow


class AppendOnlyError(TriageError):
    """Notes are append-only: nobody edits or deletes a note (DOMAIN.md 5)."""


@event.listens_for(Session, "before_flush")
def _notes_are_append_only(session: Session, _context, _instances) -> None:  # type: ignore[no-untyped-def]
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, NoteRow) and (obj in session.deleted or session.is_modified(obj)):
            raise AppendOnlyError(f"note {obj.id} cannot be changed or deleted: notes are append-only")


def resolve_url(cli_url: str | None, config: Config) -> str:
    """--db, else $INQUIRY_TRIAGE_DB, else the configuration's [store] url."""
    return cli_url or os.environ.get(DB_ENV) or config.get("store.url", "sqlite:///inquiry-triage.db")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL lets the queue be read while a run writes; busy_timeout rides out a brief lock.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it is there already)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except Exception:
        # Another process may have migrated at the same moment: fine if the schema is now current.
        with engine.connect() as connection:
            if MigrationContext.configure(connection).get_current_revision() != head:
                raise


def _without_secrets(text: str, url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        password = make_url(url).password
    except Exception:
        password = None
    if password:
        text = text.replace(str(password), "***")
    return text.replace(url, "<url>")


def open_store(url: str) -> tuple[Engine, sessionmaker[Session]]:
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # sqlalchemy raises ArgumentError / NoSuchModuleError for bad URLs
        # Never echo the URL: it may carry a password.
        raise ConfigError(f"cannot use the database URL ({type(exc).__name__}: {_without_secrets(str(exc), url)})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except OperationalError as exc:
        raise ConfigError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {exc.orig}") from None
    return engine, sessionmaker(engine, expire_on_commit=False)
