"""A sales finding: `queue assign 12 --to carol` gave the task to carol although `users disable carol`
had been run (she cannot log in to work it). The queue layer refuses it (CLI exit 4, the web the same
Refused), naming `users enable`."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue import operations as ops
from inquiry_triage.queue import users
from inquiry_triage.store import open_store
from tests.cli.test_assign_and_closed_refusals import a_reply_task, assignee_of, db, store_users, triaged  # noqa: F401


def disable(db_url: str, name: str) -> None:
    engine, sessions = open_store(db_url)
    with sessions.begin() as session:
        users.disable_user(session, name, datetime.now(timezone.utc))
    engine.dispose()


def test_assigning_to_a_disabled_user_is_refused_with_exit_4(db, capsys):  # noqa: F811
    store_users(db, lena="lead", carol="agent")
    disable(db, "carol")
    task_id, before = a_reply_task(db)
    capsys.readouterr()
    assert main(["queue", "assign", str(task_id), "--to", "carol", "--db", db]) == 4
    err = capsys.readouterr().err
    assert "'carol' is disabled" in err and "users enable" in err, err
    assert assignee_of(db, task_id) == before


def test_the_web_assign_refuses_a_disabled_user_too(db):  # noqa: F811
    store_users(db, lena="lead", carol="agent")
    disable(db, "carol")
    task_id, _ = a_reply_task(db)
    engine, sessions = open_store(db)
    with sessions() as session, pytest.raises(ops.Refused) as refused:
        ops.assign(session, ops.Actor("lena", "lead"), datetime.now(timezone.utc), task_id, "carol")
    engine.dispose()
    assert "disabled" in str(refused.value)
