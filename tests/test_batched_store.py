"""Issue 10 part 5: `triage` commits in batches ([store] batch_size / batch_seconds).

A batch is one transaction; an item the database refuses inside it is isolated exactly as on its
own (the batch is rewritten item by item); nothing is reported before its batch commits; and a
`kill -9` mid-run loses at most the batch in hand, which the next run redoes: every item stored
exactly once, with the verdicts of an uninterrupted run. On SQLite and a real PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage import cli  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.guard import BatchedWrites, write_batch  # noqa: E402
from inquiry_triage.store.models import InquiryRow  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.store.crafted import mail  # noqa: E402

NOW = "2026-06-01T09:00+08:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'triage.db'}"


def config_file(tmp_path: Path, batch_size: int, batch_seconds: float = 3600.0) -> Path:
    path = tmp_path / "batch.toml"
    path.write_text(f"[store]\nbatch_size = {batch_size}\nbatch_seconds = {batch_seconds}\n")
    return path


def mail_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:04d}.eml").write_bytes(mail(n))
    return folder


def triage_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "inquiry_triage", "triage", *args, "--offline", "--format", "jsonl", "--no-progress",
            "--now", NOW]


def env_with(config: Path | None) -> dict[str, str]:
    return {**os.environ, "INQUIRY_TRIAGE_CONFIG": str(config) if config else "", "INQUIRY_TRIAGE_DB": ""}


def stored_rows(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(InquiryRow.__table__).order_by(InquiryRow.id)))
    finally:
        engine.dispose()


@pytest.fixture
def commits():  # type: ignore[no-untyped-def]
    """Counts the commits of every engine in this process."""
    seen: list[int] = []

    def count(_connection) -> None:  # type: ignore[no-untyped-def]
        seen.append(1)

    event.listen(Engine, "commit", count)
    yield seen
    event.remove(Engine, "commit", count)


# --- the cadence ---------------------------------------------------------------------------------------

def test_one_commit_per_batch_and_every_item_reported_after_it(db_url: str, tmp_path: Path, commits, capsys,
                                                               monkeypatch) -> None:
    folder = mail_folder(tmp_path / "in", 23)
    open_store(db_url)[0].dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(config_file(tmp_path, 10)))
    commits.clear()
    code = cli.main(["triage", str(folder), "--db", db_url, "--offline", "--format", "jsonl", "--no-progress",
                     "--now", NOW])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert len(out.out.splitlines()) == 23 and out.err.startswith("23 triaged")
    # 23 items in batches of 10: 3 commits (10, 10, 3), where one commit per item made 23.
    assert len(commits) == 3
    assert len(stored_rows(db_url)) == 23


def test_batch_seconds_commits_a_slow_trickle() -> None:
    clock = [0.0]
    written: list[list[int]] = []
    reported: list[int] = []

    class FakeSessions:  # just enough of a sessionmaker: write_batch is tested on real databases below
        kw: dict = {}

    import inquiry_triage.store.guard as guard

    real = guard.write_batch
    guard.write_batch = lambda sessions, writes: (written.append([w(None) for w, _ in writes]) or written[-1])
    try:
        writes = BatchedWrites(FakeSessions(), size=100, seconds=2.0, clock=lambda: clock[0])  # type: ignore[arg-type]
        for n in range(5):
            writes.add(lambda _s, n=n: n, lambda _s, _why: -1, reported.append)
            clock[0] += 0.9  # the 3rd item arrives 1.8 s after the 1st; the 4th 2.7 s: commit
        assert written == [[0, 1, 2, 3]] and reported == [0, 1, 2, 3]  # reported only once committed
        writes.flush()
        assert written == [[0, 1, 2, 3], [4]] and reported == [0, 1, 2, 3, 4]
    finally:
        guard.write_batch = real


# --- a failure inside a batch -------------------------------------------------------------------------

def test_a_refused_item_in_a_batch_is_failed_and_the_others_are_stored(db_url: str) -> None:
    from inquiry_triage.pipeline import TriageResult
    from inquiry_triage.store.queue import save_result, save_unstorable

    engine, sessions = open_store(db_url)
    results = [TriageResult(source=f"s{n}", message_id=f"<m{n}@x>", channel="email", raw=f"raw {n}".encode(),
                            error="ParseError: test") for n in range(5)]

    def work(result):  # type: ignore[no-untyped-def]
        def run(session):  # type: ignore[no-untyped-def]
            if result.message_id == "<m2@x>":
                raise IntegrityError("INSERT ...", {}, Exception("refused by the database"))
            return save_result(session, result) is not None
        return run

    def fallback(result):  # type: ignore[no-untyped-def]
        return lambda session, why: save_unstorable(session, result, why)[1]

    outcomes = write_batch(sessions, [(work(r), fallback(r)) for r in results])
    assert outcomes == [True] * 5
    with sessions() as session:
        rows = {row.source: row for row in session.scalars(select(InquiryRow))}
    assert len(rows) == 5
    assert "could not be stored" in rows["s2"].error and "refused by the database" in rows["s2"].error
    assert rows["s2"].raw == b"raw 2" and rows["s4"].raw == b"raw 4"
    assert all("could not be stored" not in rows[f"s{n}"].error for n in (0, 1, 3, 4))
    engine.dispose()


# --- crash recovery -----------------------------------------------------------------------------------

def _run_until_lines_then_kill(argv: list[str], env: dict[str, str], lines: int) -> list[str]:
    proc = subprocess.Popen(argv, cwd=_ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    seen = []
    try:
        while len(seen) < lines:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line.decode())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
    return seen


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_mid_run_then_rerun_stores_every_item_exactly_once(db_url: str, tmp_path: Path, jobs: str) -> None:
    count = 240
    folder = mail_folder(tmp_path / "in", count)
    (folder / "0100.eml").write_bytes(b"\x00\xff not mail at all")  # a failed item among them, stored once too
    config = config_file(tmp_path, 7)
    open_store(db_url)[0].dispose()
    argv = triage_argv(str(folder), "--db", db_url, "--jobs", jobs)

    printed = _run_until_lines_then_kill(argv, env_with(config), 30)
    assert 30 <= len(printed) < count, "the kill must land mid-run"
    after_kill = stored_rows(db_url)
    # Nothing is reported before its batch commits: every printed item is stored; at most one
    # batch of work was in hand, uncommitted.
    assert {json.loads(line)["source"] for line in printed} <= {row.source for row in after_kill}
    assert len(after_kill) < count and len(after_kill) % 7 == 0

    rerun = subprocess.run(argv, cwd=_ROOT, capture_output=True, text=True, env=env_with(config), timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(after_kill)} already triaged, not stored again" in rerun.stderr

    rows = stored_rows(db_url)
    assert len(rows) == count and len({row.source for row in rows}) == count
    assert len({row.message_id for row in rows}) == count
    # The verdicts of an uninterrupted run, item by item.
    clean = subprocess.run(triage_argv(str(folder), "--no-store"), cwd=_ROOT, capture_output=True, text=True,
                           env=env_with(None), timeout=600)
    expected = {line["source"]: line for line in map(json.loads, clean.stdout.splitlines())}
    assert len(expected) == count
    for row in rows:
        want = expected[row.source]
        assert (row.grade, row.score, row.suspicious, row.status) == (
            want["grade"], want["score"], want["suspicious"], "failed" if want["error"] else "triaged"), row.source
        assert row.result == want, row.source
    engine = create_engine(db_url)
    with engine.connect() as connection:
        tasks = connection.execute(text("select count(*), count(distinct inquiry_id) from tasks")).one()
    engine.dispose()
    assert tasks[0] == tasks[1] == sum(1 for row in rows if row.status == "triaged")


def test_a_batch_of_large_items_commits_before_it_holds_too_many_bytes(monkeypatch) -> None:
    import inquiry_triage.store.guard as guard

    written: list[list[int]] = []
    monkeypatch.setattr(guard, "write_batch", lambda sessions, writes: written.append([w(None) for w, _ in writes])
                        or written[-1])
    monkeypatch.setattr(guard, "BATCH_BYTES", 1000)
    writes = BatchedWrites(object(), size=100, seconds=3600.0)  # type: ignore[arg-type]
    for n in range(5):
        writes.add(lambda _s, n=n: n, lambda _s, _why: -1, lambda _outcome: None, nbytes=400)
    assert written == [[0, 1, 2]]  # 1,200 bytes waiting: committed
    writes.flush()
    assert written == [[0, 1, 2], [3, 4]]


@pytest.mark.parametrize("setting", ['batch_size = 0', 'batch_size = "many"', "batch_seconds = -1"])
def test_a_bad_batch_setting_is_a_usage_error(tmp_path: Path, setting: str) -> None:
    (tmp_path / "1.eml").write_bytes(mail(1))
    config = tmp_path / "bad.toml"
    config.write_text(f"[store]\n{setting}\n")
    done = subprocess.run(triage_argv(str(tmp_path / "1.eml"), "--db", f"sqlite:///{tmp_path / 't.db'}"), cwd=_ROOT,
                          capture_output=True, text=True, env=env_with(config), timeout=300)
    assert done.returncode == 2 and "[store] batch_" in done.stderr and "Traceback" not in done.stderr
