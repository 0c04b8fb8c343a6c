"""The queue lists name a chat buyer's app in the channel column, as `queue show` and the web's list
do: 'im WhatsApp', 'im WeChat'; a chat whose app nobody named stays 'im'. A row stored before 0013
(no chat_app value) has it read from its record. A list without a named app keeps its old columns.
(A newcomer's finding: the app was in `queue show` only.) SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import update

from inquiry_triage.cli import main
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401 (fixtures)
from tests.store.test_chat_app import store, tasks_by_record  # noqa: F401 (fixture)


def _rows(capsys, url: str, *argv: str) -> dict[int, str]:
    capsys.readouterr()
    assert main(["queue", *argv, "--db", url]) == 0
    return {int(line.split()[0]): line for line in capsys.readouterr().out.splitlines()
            if line.split()[:1] and line.split()[0].isdigit()}


def test_the_list_names_the_chat_app(store, capsys):  # noqa: F811
    tasks = tasks_by_record(store)
    rows = _rows(capsys, store)
    assert " im WhatsApp " in rows[tasks["c1"]] and " im WeChat " in rows[tasks["c2"]], rows
    assert " im " in rows[tasks["c3"]] and "WhatsApp" not in rows[tasks["c3"]]  # "chat": no app named


def test_a_row_stored_before_0013_and_the_snoozed_list(store, capsys):  # noqa: F811
    tasks = tasks_by_record(store)
    engine, sessions = open_store(store)
    with sessions.begin() as s:
        s.execute(update(InquiryRow).values(chat_app=None))
    engine.dispose()
    assert " im WhatsApp " in _rows(capsys, store)[tasks["c1"]]
    assert main(["queue", "claim", str(tasks["c2"]), "--db", store]) == 0
    assert main(["queue", "snooze", str(tasks["c2"]), "--until-reply", "--db", store]) == 0
    assert " im WeChat " in _rows(capsys, store, "--snoozed")[tasks["c2"]]


def test_a_list_without_a_named_app_keeps_its_columns(tmp_path, capsys, monkeypatch):
    from tests.queue.test_id_labels import _store

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    _store(url)[0].dispose()
    capsys.readouterr()
    assert main(["queue", "--db", url, "--user", "lena"]) == 0
    assert " CHANNEL LANG SUSP " in capsys.readouterr().out.splitlines()[0]
