"""What a newcomer found on the command line: `queue assign 12 --to dave` succeeded when users are
stored and dave is not one of them (the task then belonged to someone who can never log in), and
`queue done` on a done task exited 2 where the README's exit codes say a task already closed is
refused (exit 4). The fixtures triaged into a SQLite store, the CLI run in process."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.queue import users
from inquiry_triage.store import open_store
from inquiry_triage.store.models import TaskRow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def triaged(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("refusals") / "triaged.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        assert main(["triage", str(ROOT / "fixtures"), "--db", f"sqlite:///{path}", "--offline", "--no-progress"]) == 0
    return path


@pytest.fixture
def db(triaged: Path, tmp_path: Path, monkeypatch) -> str:
    """A fresh copy of the triaged store (each test changes tasks); the CLI run as 'lena'."""
    for part in triaged.parent.glob(triaged.name + "*"):  # the SQLite file and its WAL, if any
        shutil.copy(part, tmp_path / part.name.replace(triaged.name, "store.db"))
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    return f"sqlite:///{tmp_path / 'store.db'}"


def store_users(db: str, **people: str) -> None:
    engine, sessions = open_store(db)
    with sessions.begin() as session:
        for name, role in people.items():
            users.add_user(session, name, role, "correct horse battery", datetime.now(timezone.utc), language="en")
    engine.dispose()


def a_reply_task(db: str) -> tuple[int, str | None]:
    engine, sessions = open_store(db)
    with sessions() as session:
        task = session.scalars(select(TaskRow).where(TaskRow.kind == "reply", TaskRow.state == "open")
                               .order_by(TaskRow.id)).first()
        found = task.id, task.assignee
    engine.dispose()
    return found


def assignee_of(db: str, task_id: int) -> str | None:
    engine, sessions = open_store(db)
    with sessions() as session:
        name = session.get(TaskRow, task_id).assignee
    engine.dispose()
    return name


def test_assigning_to_someone_not_stored_is_refused_naming_users_add(db, capsys):
    store_users(db, lena="lead", alice="agent")
    task_id, before = a_reply_task(db)
    assert main(["queue", "assign", str(task_id), "--to", "dave", "--db", db]) == 4
    err = capsys.readouterr().err
    assert "'dave' is not a stored user" in err and "inquiry-triage users add" in err, err
    assert assignee_of(db, task_id) == before  # nothing changed
    assert main(["queue", "assign", str(task_id), "--to", "alice", "--db", db]) == 0  # a stored user is fine
    assert assignee_of(db, task_id) == "alice"


def test_with_nobody_stored_any_name_can_be_assigned_as_before(db):
    task_id, _ = a_reply_task(db)
    assert main(["queue", "assign", str(task_id), "--to", "dave", "--db", db]) == 0
    assert assignee_of(db, task_id) == "dave"


def test_the_web_assign_refuses_the_same_way(db):
    from inquiry_triage.queue import operations as ops

    store_users(db, lena="lead")
    task_id, _ = a_reply_task(db)
    engine, sessions = open_store(db)
    with sessions() as session, pytest.raises(ops.Refused) as refused:
        ops.assign(session, ops.Actor("lena", "lead"), datetime.now(timezone.utc), task_id, "dave")
    engine.dispose()
    assert "users add" in str(refused.value)


def test_a_task_already_closed_is_refused_with_exit_4_as_the_readme_says(db, capsys):
    task_id, _ = a_reply_task(db)
    assert main(["queue", "done", str(task_id), "--db", db]) == 0
    capsys.readouterr()
    assert main(["queue", "done", str(task_id), "--db", db]) == 4
    assert f"task {task_id} is already done" in capsys.readouterr().err
    assert main(["queue", "assign", str(task_id), "--to", "bob", "--db", db]) == 4
    assert main(["queue", "escalate", str(task_id), "--db", db]) == 4
    assert main(["queue", "done", "99999", "--db", db]) == 2  # no such task stays a usage error (exit 2)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "a task someone else holds or already closed" in readme and "4 refused" in readme


@pytest.mark.parametrize("close", [["done"], ["dismiss", "--as", "spam"]])
def test_every_action_on_a_closed_task_exits_4_release_too(db, capsys, close):
    """A newcomer's finding: the README gave a closed task's refusal as exit 4 (Roles) and "an action the
    task's state does not allow" as 2; `queue release` on a done or dismissed task exited 2 ("is done, not
    claimed") where every other action exits 4. Releasing an open task nobody claimed stays a usage error."""
    task_id, _ = a_reply_task(db)
    assert main(["queue", "release", str(task_id), "--db", db]) == 2  # open, nobody claimed it
    assert main(["queue", *close[:1], str(task_id), *close[1:], "--db", db]) == 0
    capsys.readouterr()
    for action in (["release"], ["done"], ["claim"], ["snooze", "--until", "2d"], ["wake"], ["escalate"],
                   ["reply"], ["assign", "--to", "bob"]):
        code = main(["queue", action[0], str(task_id), *action[1:], "--db", db])
        err = capsys.readouterr().err
        assert code == 4, (action, err)
    assert main(["queue", "release", str(task_id), "--db", db]) == 4
    state = "done" if close == ["done"] else "dismissed"
    assert f"task {task_id} is already {state}" in capsys.readouterr().err
