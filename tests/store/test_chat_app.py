"""A sales finding: the chat app a record came by (WhatsApp, WeChat, Telegram ...) was folded into the
channel 'im' and lost. It is kept (inquiries.chat_app, migration 0013 _chat_app), shown by `queue show`
(table and JSON) and the web task page, and the web's reply-channel picker starts at the buyer's chat
app for a chat buyer (not email). A row stored before 0013 has it read from its record's raw bytes.
The verdict JSON is unchanged (the app is not in it). SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import inspect, select, update

from inquiry_triage.cli import main
from inquiry_triage.model import channel_word, chat_app_word
from inquiry_triage.queue import users
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.reports.sla_store import migrate
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401 (fixtures)

PASSWORD = "correct horse battery"
RECORDS = [
    {"id": "c1", "channel": "WhatsApp", "name": "Rahul Mehta", "phone": "+91 98100 12345", "country": "India",
     "received_at": "2026-11-19T10:05:00+08:00",
     "body": "Hello, we need price for 500 pcs LED panel 600x600 40W, CIF Mumbai. Please send catalogue."},
    {"id": "c2", "channel": "im", "app": "WeChat", "name": "Li Wei", "phone": "+86 138 0013 8000", "country": "China",
     "received_at": "2026-11-19T10:06:00+08:00",
     "body": "你好，我们需要采购1000个LED面板灯，600x600，请报价，谢谢。"},
    {"id": "c3", "channel": "chat", "name": "Ana Ruiz", "phone": "+34 612 345 678", "country": "Spain",
     "received_at": "2026-11-19T10:07:00+08:00",
     "body": "Hola, necesitamos precio de 300 paneles LED 600x600, entrega en Valencia."},
]


def test_the_app_words():
    assert chat_app_word("WhatsApp_Business") == "WhatsApp" and chat_app_word("Wei Xin") == "WeChat"
    assert chat_app_word("line") == "LINE" and chat_app_word("chat") == "" and chat_app_word("email") == ""
    assert channel_word("WhatsApp") == "im"  # the channel stays 'im': filters and reports unchanged


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'chat.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    log = tmp_path / "chats.jsonl"
    log.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    assert main(["triage", str(log), "--db", url, "--offline", "--no-progress"]) == 0
    return url


def tasks_by_record(url: str) -> dict[str, int]:
    engine, sessions = open_store(url)
    with sessions() as s:
        found = {source.rsplit("#", 1)[-1].rsplit(":", 1)[-1]: task for source, task in s.execute(
            select(InquiryRow.message_id, TaskRow.id).join(TaskRow).order_by(TaskRow.id))}
    engine.dispose()
    return {next(r["id"] for r in RECORDS if key.endswith(r["id"])): task for key, task in found.items()}


def shown(url: str, task_id: int, capsys) -> tuple[dict, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["queue", "show", str(task_id), "--db", url, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert main(["queue", "show", str(task_id), "--db", url]) == 0
    channel_line = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Channel:")][0]
    return data, channel_line


def test_queue_show_names_the_chat_app_and_the_verdict_json_does_not(store, capsys):
    tasks = tasks_by_record(store)
    data, line = shown(store, tasks["c1"], capsys)
    assert data["chat_app"] == "WhatsApp" and data["channel"] == "im" and line.startswith("Channel:  im (WhatsApp)")
    # the line's other facts are the task's own, not a template left unfilled
    assert f"language: {data['language']}   mailbox: {data['mailbox']}" in line and "{" not in line
    assert shown(store, tasks["c2"], capsys)[0]["chat_app"] == "WeChat"
    data, line = shown(store, tasks["c3"], capsys)
    assert data["chat_app"] is None and line.startswith(f"Channel:  im   language: {data['language']}   ")
    engine, sessions = open_store(store)
    with sessions() as s:
        results = [r for r, in s.execute(select(InquiryRow.result))]
    engine.dispose()
    assert all("chat_app" not in json.dumps(r) for r in results)  # the public verdict JSON is unchanged


def test_a_row_stored_before_0013_reads_its_app_from_the_record(store, capsys):
    tasks = tasks_by_record(store)
    engine, sessions = open_store(store)
    with sessions.begin() as s:
        s.execute(update(InquiryRow).values(chat_app=None))
    engine.dispose()
    assert shown(store, tasks["c1"], capsys)[0]["chat_app"] == "WhatsApp"
    assert shown(store, tasks["c2"], capsys)[0]["chat_app"] == "WeChat"


def test_the_migration_adds_and_drops_the_column(store):
    engine, _ = open_store(store)
    assert "chat_app" in {c["name"] for c in inspect(engine).get_columns("inquiries")}
    migrate(engine, False, "0012")
    assert "chat_app" not in {c["name"] for c in inspect(engine).get_columns("inquiries")}
    migrate(engine, True, "head")
    assert "chat_app" in {c["name"] for c in inspect(engine).get_columns("inquiries")}
    engine.dispose()


def test_the_task_page_shows_the_app_and_the_reply_picker_starts_there(store, monkeypatch):
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app

    tasks = tasks_by_record(store)
    engine, sessions = open_store(store)
    with sessions.begin() as s:
        users.add_user(s, "lena", "lead", PASSWORD, datetime.now(timezone.utc), language="en")
        users.add_user(s, "wei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    app = create_app(load_config(None), sessions)
    pages = {}
    for name in ("lena", "wei"):
        c = TestClient(app, base_url="http://127.0.0.1:8080", follow_redirects=False)
        assert c.post("/login", data={"name": name, "password": PASSWORD},
                      headers={"origin": "http://127.0.0.1:8080"}).status_code == 303
        pages[name] = {key: c.get(f"/task/{task}").text for key, task in tasks.items()}
    engine.dispose()

    def picked(page: str) -> list[str]:
        picker = page[page.index('id="reply-channel"'):]
        return re.findall(r'<option value="([a-z]+)" selected>', picker[:picker.index("</select>")])

    whatsapp = pages["lena"]["c1"]
    assert re.search(r'id="chat-app">\(WhatsApp\)<', whatsapp)
    assert picked(whatsapp) == ["im"] and re.search(r'<option value="im" selected>[^<]*WhatsApp</option>', whatsapp)
    assert "(微信)" in pages["wei"]["c2"] and picked(pages["wei"]["c2"]) == ["im"]
    assert 'id="chat-app"' not in pages["lena"]["c3"] and picked(pages["lena"]["c3"]) == ["im"]
