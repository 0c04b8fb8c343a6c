"""The queue list's channel cell names a chat buyer's app, as the task page does: `im WhatsApp`,
`即时通讯 微信` (the catalogue's name for it), nothing more for a chat whose app nobody named or for
email; a row stored before 0013 (no chat_app column value) has it read from its record, as the task
page does. The list and its 5-second refresh (/queue/rows) alike. SQLite and PostgreSQL."""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import update

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow  # noqa: E402
from tests.store.test_chat_app import PASSWORD, store, tasks_by_record  # noqa: E402,F401 (fixture)
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401 (fixtures)

BASE = "http://127.0.0.1:8080"


def channel_cells(page: str) -> dict[int, str]:
    """task id -> its row's channel cell as text (the sixth cell), tags left out."""
    cells = {}
    for row in re.finditer(r'<tr class="task" data-task="(\d+)".*?</tr>', page, re.S):
        tds = re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)
        cells[int(row.group(1))] = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", tds[5])).split())
    return cells


def test_the_channel_cell_names_the_chat_app(store, monkeypatch):  # noqa: F811
    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app

    tasks = tasks_by_record(store)
    engine, sessions = open_store(store)
    with sessions.begin() as s:
        users.add_user(s, "lena", "lead", PASSWORD, datetime.now(timezone.utc), language="en")
        users.add_user(s, "wei", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
    app = create_app(load_config(None), sessions)
    clients = {}
    for name in ("lena", "wei"):
        clients[name] = c = TestClient(app, base_url=BASE, follow_redirects=False)
        assert c.post("/login", data={"name": name, "password": PASSWORD}, headers={"origin": BASE}).status_code == 303
    try:
        for path in ("/", "/queue/rows"):
            en, zh = channel_cells(clients["lena"].get(path).text), channel_cells(clients["wei"].get(path).text)
            assert en[tasks["c1"]] == "im WhatsApp" and en[tasks["c2"]] == "im WeChat" and en[tasks["c3"]] == "im"
            assert zh[tasks["c1"]] == "即时通讯 WhatsApp" and zh[tasks["c2"]] == "即时通讯 微信" and zh[tasks["c3"]] == "即时通讯"
        assert '<small class="chat-app">WhatsApp</small>' in clients["lena"].get("/").text
        with sessions.begin() as s:  # as stored before 0013: the app is read from the record
            s.execute(update(InquiryRow).values(chat_app=None))
        en = channel_cells(clients["lena"].get("/").text)
        assert en[tasks["c1"]] == "im WhatsApp" and en[tasks["c2"]] == "im WeChat" and en[tasks["c3"]] == "im"
    finally:
        engine.dispose()


def test_an_email_row_has_no_app(monkeypatch, tmp_path):
    from tests.web.web_store import logged_in, triaged_store

    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    engine, sessions = open_store(triaged_store(tmp_path / "web.db"))
    try:
        page = logged_in(create_app(load_config(None), sessions), "alice").get("/").text
        cells = channel_cells(page)
        assert cells and "email" in cells.values() and 'class="chat-app"' not in page
    finally:
        engine.dispose()
