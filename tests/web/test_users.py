"""`inquiry-triage users ...`: argon2 hashes, passwords never printed, roles from [team] by default,
passwd/disable end sessions."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.queue import users
from inquiry_triage.store import open_store
from inquiry_triage.store.models import UserRow

SECRET = "a long enough secret 42"


def run(monkeypatch, capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def db(tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return f"sqlite:///{tmp_path / 'users.db'}"


def test_add_stores_an_argon2_hash_and_never_prints_the_password(db, monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "users", "add", "mei", "--role", "lead", "--password-stdin", "--db", db,
                         stdin=SECRET + "\n")
    assert code == 0 and "mei" in out and SECRET not in out + err
    engine, sessions = open_store(db)
    with sessions() as s:
        user = s.scalar(select(UserRow).where(UserRow.name == "mei"))
        assert user.role == "lead" and user.password_hash.startswith("$argon2id$") and SECRET not in user.password_hash
        assert users.verify_login(s, "mei", SECRET, datetime.now(timezone.utc)) is not None
        assert users.verify_login(s, "mei", SECRET + "x", datetime.now(timezone.utc)) is None
        assert users.verify_login(s, "nobody", SECRET, datetime.now(timezone.utc)) is None
    engine.dispose()
    code, _, err = run(monkeypatch, capsys, "users", "add", "mei", "--password-stdin", "--db", db, stdin=SECRET + "\n")
    assert code == 2 and "exists already" in err


def test_bad_input_is_refused(db, monkeypatch, capsys):
    assert run(monkeypatch, capsys, "users", "add", "kai", "--password-stdin", "--db", db, stdin="short\n")[0] == 2
    assert run(monkeypatch, capsys, "users", "add", "two words", "--password-stdin", "--db", db, stdin=SECRET)[0] == 2
    code, _, err = run(monkeypatch, capsys, "users", "add", "kai", "--db", db)  # no terminal, no --password-stdin
    assert code == 2 and "--password-stdin" in err
    assert run(monkeypatch, capsys, "users", "passwd", "ghost", "--password-stdin", "--db", db, stdin=SECRET)[0] == 2


def test_role_defaults_to_the_team_list_and_list_shows_a_difference(db, tmp_path, monkeypatch, capsys):
    config = tmp_path / "team.toml"
    config.write_text('[team]\nmembers = { wang = "supervisor", li = "agent" }\n')
    assert run(monkeypatch, capsys, "users", "add", "wang", "--password-stdin", "--config", str(config), "--db", db,
               stdin=SECRET)[0] == 0
    assert run(monkeypatch, capsys, "users", "add", "li", "--role", "lead", "--password-stdin", "--config", str(config),
               "--db", db, stdin=SECRET)[0] == 0
    assert run(monkeypatch, capsys, "users", "add", "zhao", "--password-stdin", "--db", db, stdin=SECRET)[0] == 0
    code, out, _ = run(monkeypatch, capsys, "users", "list", "--config", str(config), "--db", db)
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "supervisor" in lines["wang"] and "[team]" not in lines["wang"]
    assert "lead" in lines["li"] and "([team] says agent)" in lines["li"]
    assert lines["zhao"].split()[1] == "agent"  # not listed anywhere: an agent


def test_passwd_and_disable_end_the_users_sessions(db, monkeypatch, capsys):
    assert run(monkeypatch, capsys, "users", "add", "ana", "--password-stdin", "--db", db, stdin=SECRET)[0] == 0
    engine, sessions = open_store(db)
    now = datetime.now(timezone.utc)
    with sessions.begin() as s:
        first = users.start_session(s, users.find_user(s, "ana"), now)
    code, out, _ = run(monkeypatch, capsys, "users", "passwd", "ana", "--password-stdin", "--db", db,
                       stdin="another long secret\n")
    assert code == 0 and "1 session(s) ended" in out
    with sessions.begin() as s:
        assert users.session_user(s, first, now) is None
        assert users.verify_login(s, "ana", "another long secret", now) is not None
        second = users.start_session(s, users.find_user(s, "ana"), now)
    code, out, _ = run(monkeypatch, capsys, "users", "disable", "ana", "--db", db)
    assert code == 0 and "1 session(s) ended" in out
    with sessions.begin() as s:
        assert users.session_user(s, second, now) is None
        assert users.verify_login(s, "ana", "another long secret", now) is None
    engine.dispose()
