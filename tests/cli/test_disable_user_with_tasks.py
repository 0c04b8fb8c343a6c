"""`users disable NAME` while NAME still holds tasks says how many (by state), that they stay in
NAME's name until a lead hands them over, and how (a newcomer's finding: no word at all). The user is
disabled all the same (exit 0); the tasks are not changed."""

from __future__ import annotations

from inquiry_triage.cli import main
from tests.cli.test_assign_and_closed_refusals import assignee_of, db, store_users, triaged  # noqa: F401
from tests.cli.test_assign_and_closed_refusals import a_reply_task


def _queue(db: str, *argv: str, user: str = "lena") -> None:  # noqa: F811
    assert main(["queue", *argv, "--db", db, "--user", user]) == 0


def test_disabling_someone_who_holds_tasks_says_so_and_how_to_hand_them_over(db, capsys):  # noqa: F811
    store_users(db, lena="lead", carol="agent")
    first, _ = a_reply_task(db)
    _queue(db, "claim", str(first), user="carol")
    second, _ = a_reply_task(db)
    _queue(db, "claim", str(second), user="carol")
    _queue(db, "snooze", str(second), "--until-reply", user="carol")
    capsys.readouterr()
    assert main(["users", "disable", "carol", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "user carol disabled; 0 session(s) ended", lines
    assert lines[1].startswith("carol still holds 2 tasks (1 claimed, 1 snoozed): they stay in carol's name"), lines
    assert "inquiry-triage queue --assignee carol" in lines[2] and "queue --snoozed --assignee carol" in lines[2]
    assert "inquiry-triage queue assign TASK --to NAME" in lines[3] and "queue release TASK" in lines[3]
    assert assignee_of(db, first) == assignee_of(db, second) == "carol"  # said, not changed
    _queue(db, "assign", str(first), "--to", "lena")  # the hint works
    assert assignee_of(db, first) == "lena"


def test_someone_without_tasks_gets_the_one_line(db, capsys):  # noqa: F811
    store_users(db, lena="lead", dora="agent")
    capsys.readouterr()
    assert main(["users", "disable", "dora", "--db", db]) == 0
    assert capsys.readouterr().out == "user dora disabled; 0 session(s) ended\n"
