"""Issue 8: one bad item never stops a batch, a broken database always does, on SQLite and on a
real PostgreSQL (tests/servers/postgres.py). `triage` runs as a user runs it (a subprocess), except
where a fault has to be injected."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select, text

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage import cli  # noqa: E402
from inquiry_triage.errors import StoreError  # noqa: E402
from inquiry_triage.pipeline import TriageResult  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store import queue as store_queue  # noqa: E402
from inquiry_triage.store.guard import write_item  # noqa: E402
from inquiry_triage.store.models import InquiryRow, NoteRow  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.store.crafted import mail, write_poison_folder  # noqa: E402


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'triage.db'}"


def triage(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inquiry_triage", "triage", *args, "--offline", "--format", "jsonl",
                           "--no-progress"], capture_output=True, text=True, cwd=_ROOT, timeout=timeout,
                          env={**os.environ, "INQUIRY_TRIAGE_CONFIG": "", "INQUIRY_TRIAGE_DB": "", **(env or {})})


def rows(url: str) -> list[InquiryRow]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(InquiryRow.__table__).order_by(InquiryRow.id)))
    finally:
        engine.dispose()


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# --- the crafted inputs, through `triage`, on both databases ----------------------------------------

def test_every_crafted_input_is_stored_and_the_batch_goes_on(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = write_poison_folder(folder)
    first = triage(str(folder), "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(lines) == expected  # one output line per input item

    stored = rows(db_url)
    assert len(stored) == expected  # nothing dropped: same-id mails and same-id records are their own items
    by_source = {row.source: row for row in stored}
    for row in stored:
        assert "\x00" not in row.subject + row.body + row.from_addr + (row.error or "") + json.dumps(row.result)
        if row.status == "failed":
            assert row.error, row.source
            if not row.source.endswith("30_unreadable.eml"):
                assert len(row.raw) > 0, row.source  # the bytes are kept to look at
    assert by_source[str(folder / "30_unreadable.eml")].status == "failed"
    assert by_source[str(folder / "31_normal_after.eml")].status == "triaged"  # later items are triaged
    for name in ("utf7_lone_surrogate", "year_9999", "year_1", "nul_header_and_body", "long_sender", "long_message_id"):
        row = next(r for s, r in by_source.items() if name in s)
        assert row.status == "triaged", (name, row.error)
    assert len(next(r for s, r in by_source.items() if "long_sender" in s).buyer_key) <= 320
    assert by_source[str(folder / "records" / "a_huge_number.jsonl") + ":2"].status == "triaged"
    assert by_source[str(folder / "records" / "b_deep_array.jsonl") + ":2"].status == "triaged"

    # Same Message-ID with other content: kept and flagged, not dropped. The same record id in two
    # logs is no clash at all: a record's identity is channel:system:id (issue 9), the log names the system.
    flagged = [row for row in stored if row.duplicate_of is not None]
    assert [row.source.rsplit("/", 1)[-1] for row in flagged] == ["21_same_id_2.eml"]
    engine, sessions = open_store(db_url)
    with sessions() as session:
        notes = session.scalars(select(NoteRow).where(NoteRow.inquiry_id.in_([r.id for r in flagged]))).all()
        assert len(notes) == 1 and "possible duplicate" in notes[0].content
    engine.dispose()
    logs = [row for row in stored if "_log_" in row.source]
    assert len(logs) == 2 and len({row.message_id for row in logs}) == 2
    assert {row.from_name for row in logs} == {"Ann", "Bob"}

    again = triage(str(folder), "--db", db_url)  # an identical re-run adds nothing
    assert again.returncode == 0 and len(again.stdout.splitlines()) == expected
    assert len(rows(db_url)) == expected


# --- a store failure of one item ------------------------------------------------------------------

def test_an_item_the_database_refuses_is_stored_as_failed_and_the_batch_goes_on(db_url: str, tmp_path: Path,
                                                                               monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(1, 4):
        (folder / f"{n}.eml").write_bytes(mail(n))
    real = store_queue.save_result

    def refuses_the_second(session, result, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "rfq-2@" in result.message_id:
            session.add(InquiryRow(message_id="x" * 600 if "postgresql" in db_url else None, source="s"))
            session.flush()  # PostgreSQL: value too long; SQLite: NOT NULL constraint failed
        return real(session, result, *args, **kwargs)

    monkeypatch.setattr(store_queue, "save_result", refuses_the_second)
    code = cli.main(["triage", str(folder), "--db", db_url, "--offline", "--format", "jsonl", "--no-progress"])
    out = capsys.readouterr()
    assert code == 0, out.err
    lines = [json.loads(line) for line in out.out.splitlines()]
    assert len(lines) == 3 and "could not be stored" in lines[1]["error"]
    stored = {row.source.rsplit("/", 1)[-1]: row for row in rows(db_url)}
    assert len(stored) == 3
    assert stored["2.eml"].status == "failed" and "could not be stored" in stored["2.eml"].error
    assert stored["2.eml"].raw == mail(2)  # the raw bytes are kept
    assert "x" * 100 not in stored["2.eml"].error  # the driver's first line only, not the statement's parameters
    assert stored["1.eml"].status == stored["3.eml"].status == "triaged"

    monkeypatch.setattr(store_queue, "save_result", real)
    code = cli.main(["triage", str(folder), "--db", db_url, "--offline", "--format", "jsonl", "--no-progress"])
    capsys.readouterr()
    assert code == 0 and len(rows(db_url)) == 3  # a re-run does not try the failed item again


def test_unsanitised_text_refused_by_postgresql_is_isolated(pg_url: str, monkeypatch) -> None:
    """If cleaning ever missed a NUL, PostgreSQL refuses the row: the item still ends stored."""
    from inquiry_triage.model import Inquiry

    engine, sessions = open_store(pg_url)
    monkeypatch.setattr(store_queue, "clean_text", lambda value: "" if value is None else str(value))
    inquiry = Inquiry(source="test", message_id="<nul@x>", subject="NUL \x00 here", body="text", content_hash="ab" * 32)
    result = TriageResult(source="test", message_id="<nul@x>", channel="email", inquiry=inquiry, raw=b"raw bytes")

    def unstorable(session, reason):  # type: ignore[no-untyped-def]
        return store_queue.save_unstorable(session, result, reason)[0].error

    outcome = write_item(sessions, lambda s: store_queue.save_result(s, result), unstorable)
    assert isinstance(outcome, str) and "could not be stored" in outcome and "NUL" in outcome
    with sessions() as session:
        row = session.scalars(select(InquiryRow)).one()
        assert row.status == "failed" and row.raw == b"raw bytes"
    engine.dispose()


# --- a broken database stops the run: one line, exit 1 ------------------------------------------------

def test_read_only_sqlite_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_store(f"sqlite:///{path}")[0].dispose()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.eml").write_bytes(mail(1, subject="Secret customer subject"))
    result = triage(str(tmp_path / "in"), "--db", f"sqlite:///file:{path}?mode=ro&uri=true")
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "readonly" in line and "Secret customer" not in line and result.stdout == ""


def test_locked_sqlite_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """Held longer than busy_timeout (10 s) for the write and for the failed-row retry: ~20 s."""
    path = tmp_path / "locked.db"
    open_store(f"sqlite:///{path}")[0].dispose()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.eml").write_bytes(mail(1, subject="Secret customer subject"))
    locker = sqlite3.connect(path, check_same_thread=False)
    locker.execute("begin exclusive")
    try:
        result = triage(str(tmp_path / "in"), "--db", f"sqlite:///{path}", timeout=120)
    finally:
        locker.rollback()
        locker.close()
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "locked" in line and "Secret customer" not in line


def test_a_full_database_raises_store_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'full.db'}"
    engine, sessions = open_store(url)
    engine.dispose()

    @event.listens_for(engine, "connect")
    def no_room(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    result = TriageResult(source="big", message_id="<big@x>", channel="email", raw=os.urandom(2_000_000),
                          error="ParseError: test")
    with pytest.raises(StoreError) as raised:
        write_item(sessions, lambda s: store_queue.save_result(s, result),
                   lambda s, why: store_queue.save_unstorable(s, result, why))
    assert "full" in str(raised.value) and "\n" not in str(raised.value)
    engine.dispose()


def test_unreachable_postgresql_is_one_line_exit_1_and_no_password(tmp_path: Path) -> None:
    from tests.servers.postgres import free_port

    (tmp_path / "1.eml").write_bytes(mail(1))
    url = f"postgresql+psycopg://sales:S3cretPW@127.0.0.1:{free_port()}/triage?connect_timeout=3"
    result = triage(str(tmp_path / "1.eml"), "--db", url, timeout=120)
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "S3cretPW" not in result.stdout + result.stderr and "database" in line


def test_read_only_postgresql_is_one_line_and_exit_1(postgres_server, tmp_path: Path) -> None:
    name = postgres_server.create_database()
    url = postgres_server.url_for(name)
    try:
        open_store(url)[0].dispose()
        postgres_server.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
        (tmp_path / "1.eml").write_bytes(mail(1, subject="Secret customer subject"))
        result = triage(str(tmp_path / "1.eml"), "--db", url)
        assert result.returncode == 1
        line = one_line_error(result.stderr)
        assert "read-only" in line and "Secret customer" not in line
    finally:
        postgres_server.drop_database(name)


# --- concurrency -------------------------------------------------------------------------------------

def test_overlapping_triage_runs_store_every_item_exactly_once(db_url: str, tmp_path: Path) -> None:
    shared, only_a, only_b = tmp_path / "shared", tmp_path / "a", tmp_path / "b"
    for folder, numbers in ((shared, range(0, 40)), (only_a, range(100, 110)), (only_b, range(200, 210))):
        folder.mkdir()
        for n in numbers:
            (folder / f"{n}.eml").write_bytes(mail(n))
    open_store(db_url)[0].dispose()
    runs: dict[str, subprocess.CompletedProcess] = {}

    def run(name: str, *paths: Path) -> None:
        runs[name] = triage(*(str(p) for p in paths), "--db", db_url)

    threads = [threading.Thread(target=run, args=("a", shared, only_a)),
               threading.Thread(target=run, args=("b", only_b, shared)),
               threading.Thread(target=run, args=("c", shared))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, done in runs.items():
        assert done.returncode == 0 and "Traceback" not in done.stderr, (name, done.stderr)
    stored = rows(db_url)
    assert len(stored) == 60 and len({row.message_id for row in stored}) == 60
    assert all(row.status == "triaged" and row.duplicate_of is None for row in stored)
    engine = create_engine(db_url)
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from tasks")).scalar() == 60
    engine.dispose()
