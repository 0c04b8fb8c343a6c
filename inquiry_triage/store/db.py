"""Engine and session factory. The caller owns the session: `with sessions.begin() as s: ...`."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
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


def url_source(cli_url: str | None, config: Config) -> str:
    """Where resolve_url found the URL, for a message that names the database looked for."""
    if cli_url:
        return "--db"
    if os.environ.get(DB_ENV):
        return f"${DB_ENV}"
    where = config.sources[-1] if config.sources else None
    return f"[store] url in {where}" if where else "the default [store] url"


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist (None: it exists, or the URL is no SQLite
    file). Read commands (queue, report, status) must not create an empty database by opening it."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # a bad URL: open_store words that
        return None
    name = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return None if path.exists() else path.resolve()


def open_existing_store(url: str, source: str) -> tuple[Engine, sessionmaker[Session]]:
    """open_store for a command that reads: a SQLite file that is not there is an error naming it and
    where its URL came from, not a new empty database (triage, serve and tick create one)."""
    missing = missing_sqlite_file(url)
    if missing is not None:
        raise ConfigError(f"no database at {missing} (from {source}): `inquiry-triage triage PATH` creates it; "
                          "or name the one to read with --db URL or $" + DB_ENV)
    return open_store(url)


# A person's name compared as a person types it: lower case in every script and without accents
# ("JORGE RAMIREZ" finds "Jorge Ramírez", "андрей" "Андрей"). SQLite's lower() folds only ASCII, so
# SQLite connections get this very function (FOLD_FUNCTION); PostgreSQL folds with lower() and unaccent
# (store/queue._name_folding), which agree with it on the letters here as unaccent.rules has them:
# the accents of Latin and Greek letters dropped (NFKD's marks), the Latin letters without a
# decomposition mapped (ł -> l, ß -> ss), Cyrillic ё read as е, while й, ї stay letters of their own.
FOLD_FUNCTION = "inquiry_triage_fold"
_OWN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
                              "þ": "th", "ħ": "h", "ŀ": "l", "ё": "е"})


def fold_text(text: str) -> str:
    """`text` lower case, its accents dropped (see FOLD_FUNCTION)."""
    import unicodedata

    if text.isascii():
        return text.lower()
    kept: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        # A mark on a Cyrillic (or other) letter makes another letter (и + breve is й): kept, recomposed.
        if unicodedata.combining(ch) and kept and ord(kept[-1][-1]) < 0x0400:
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_OWN_LETTERS)


def _fold_sql(text):  # type: ignore[no-untyped-def]
    return fold_text(text) if isinstance(text, str) else text


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.create_function(FOLD_FUNCTION, 1, _fold_sql, deterministic=True)
    cursor = dbapi_connection.cursor()
    # busy_timeout rides out a brief lock (first: switching to WAL needs a lock too); WAL lets the
    # queue be read while a run writes.
    cursor.execute("PRAGMA busy_timeout=10000")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """PRAGMA journal_mode=WAL, waiting out another process doing the same. On a new database two
    processes switching at once can get "database is locked" at once, without SQLite calling the
    busy handler, so the wait is ours: up to the same 10 s as busy_timeout."""
    import sqlite3
    import time

    deadline = time.monotonic() + 10.0
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it is there already).

    The usual case, a current schema, is decided without importing Alembic (a few hundred ms that
    every `queue` or `status` call would pay): the stored revision is compared with the head read
    from the versions folder. Alembic runs only when they differ (or the folder is not one chain)."""
    head = _head_revision()
    with engine.connect() as connection:
        if head is not None and _stored_revisions(connection) == (head,):
            return
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
    # Two processes opening a new database at once: the first takes a lock and migrates, the
    # second waits for it, then finds the schema current.
    with engine.connect() as connection:
        _lock_for_migration(connection)
        if MigrationContext.configure(connection).get_current_revision() != head:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
        connection.commit()


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['"]([^'"]+)['"]|None)\s*$""", re.M)


@lru_cache(maxsize=1)
def _head_revision() -> str | None:
    """The one revision of migrations/versions that no other revision follows, read from the files'
    `revision = "..."` / `down_revision = "..."` lines; None when that is not a single plain chain
    (a merge, a branch, an unreadable file): Alembic then decides."""
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        try:
            found = dict((key, value or None) for key, value in _REVISION_LINE.findall(path.read_text("utf-8")))
        except (OSError, UnicodeDecodeError):
            return None
        if "revision" not in found or found["revision"] is None or "down_revision" not in found:
            return None
        revisions[found["revision"]] = found["down_revision"]
    followed = set(revisions.values())
    heads = [rev for rev in revisions if rev not in followed]
    return heads[0] if len(heads) == 1 and len(revisions) == len(followed - {None}) + 1 else None


def _stored_revisions(connection) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The revisions in alembic_version (none for a new database)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return ()
    return tuple(row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version")))


_MIGRATION_LOCK = 0x1E7A_6E08  # any fixed number: PostgreSQL's advisory lock for migrations


def _lock_for_migration(connection) -> None:  # type: ignore[no-untyped-def]
    """Hold the database's write lock until the migration commits (SQLite: BEGIN IMMEDIATE, which
    waits up to busy_timeout; PostgreSQL: a transaction-scoped advisory lock)."""
    from sqlalchemy import text

    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


def _without_secrets(text: str, url: str) -> str:
    """`text` (an error message that may echo the URL or the driver's DSN) with every form of the
    URL's password masked: user:PW@, ?password=PW, DSN password=PW, percent-encoded."""
    from urllib.parse import parse_qs, unquote, urlsplit

    from ..safe_text import mask_secrets

    known: list[str] = []
    try:
        parts = urlsplit(url)
        if parts.password:
            known += [parts.password, unquote(parts.password)]
        for key, values in parse_qs(parts.query).items():
            if key.lower() in ("password", "passwd", "pwd", "sslpassword"):
                known += values
    except ValueError:  # not even a URL: the generic patterns below still apply
        pass
    return mask_secrets(text.replace(url, mask_secrets(url, *known)), *known)


_URL_FORMS = ("sqlite:///inquiry-triage.db (a file here), sqlite:////var/lib/inquiry-triage.db (an absolute "
              "path), postgresql+psycopg://USER@HOST/DB")


def _url_hint(url: str, exc: Exception) -> str:
    """What to write instead, for the URL mistakes people make (never echoing the URL itself)."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if isinstance(exc, ModuleNotFoundError) and "psycopg" in str(exc):
        return "; for PostgreSQL install the driver: pip install 'inquiry-triage[postgres]'"
    if not scheme:
        return f"; a database URL, not a file name: {_URL_FORMS}"
    if scheme in ("postgres", "pg", "psql"):
        return "; PostgreSQL is spelled postgresql+psycopg://USER@HOST/DB"
    return f"; supported: {_URL_FORMS}"


def _is_memory_sqlite(url: str) -> bool:
    """sqlite:// and sqlite:/// (no path) or :memory: keep nothing after the command ends."""
    if not url.lower().startswith("sqlite"):
        return False
    path = url.split("://", 1)[1] if "://" in url else ""
    path = path[1:] if path.startswith("/") else path
    return path.split("?", 1)[0] in ("", ":memory:")


def _driver_options(url: str) -> dict:
    """psycopg prepares a statement on the server after its 5th run, and PostgreSQL then may switch
    to a generic plan that ignores the bound values: a filtered queue count read every inquiry
    (1-2 s at 1M instead of ~0.1 s). Our statements are cheap to plan; plan each with its values."""
    scheme = url.split("://", 1)[0].lower()
    return {"prepare_threshold": None} if scheme in ("postgresql+psycopg", "postgresql+psycopg_async") else {}


def open_store(url: str) -> tuple[Engine, sessionmaker[Session]]:
    if _is_memory_sqlite(url):
        raise ConfigError(f"the database URL names no file (an in-memory database keeps nothing): {_URL_FORMS}")
    try:
        engine = create_engine(url, future=True, connect_args=_driver_options(url))
    except Exception as exc:  # sqlalchemy raises ArgumentError / NoSuchModuleError for bad URLs
        # Never echo the URL: it may carry a password.
        hint = _url_hint(url, exc)
        raise ConfigError(f"cannot use the database URL ({type(exc).__name__}: {_without_secrets(str(exc), url)}){hint}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    sessions = sessionmaker(engine, expire_on_commit=False)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:  # cannot connect, locked, read-only, full, not a database: exit 1
        from .guard import database_failure

        raise database_failure(sessions, exc) from None
    return engine, sessions
