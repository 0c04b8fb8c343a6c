"""Notes on the web pages: what the scheduler stored in English (an escalation, a possible duplicate)
is worded in the viewer's language through the same sentence path as refusals (queue/views.stored_note,
then the catalogue); what a person wrote stays exactly as written, even when it looks like a
catalogue word or a scheduler's note."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timezone

import pytest

pytest.importorskip("starlette")

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.queue.views import SYSTEM_AUTHOR  # noqa: E402
from inquiry_triage.store.models import NoteRow, TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, SAME, app, client, open_reply_task, sessions, store_url  # noqa: E402,F401

AT = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
ESCALATED = "overdue since 2026-11-27T06:00+00:00: escalated to the assignee and leads"
DUPLICATE = ("possible duplicate of inquiry 3: same Message-ID or record id, different content "
             "(kept as its own item)")
PERSON = ("claimed", "price change for valves: tell the buyer")  # a catalogue word; a scheduler's form


def notes_of(page: str) -> str:
    found = re.search(r'<ol class="notes" id="notes">(.*?)</ol>', page, re.S)
    assert found, page[:500]
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


def zh_login(app):  # type: ignore[no-untyped-def]
    c = client(app)
    r = c.post("/login", data={"name": "wei", "password": PASSWORD}, headers=SAME)
    assert r.status_code == 303
    return c


@pytest.fixture()
def noted_task(sessions):  # type: ignore[no-untyped-def]
    task_id = open_reply_task(sessions)
    with sessions.begin() as s:
        if users.find_user(s, "wei") is None:
            users.add_user(s, "wei", "lead", PASSWORD, AT, language="zh")
        inquiry_id = s.get(TaskRow, task_id).inquiry_id
        for author, action, content in ((SYSTEM_AUTHOR, "escalate", ESCALATED), (SYSTEM_AUTHOR, "note", DUPLICATE),
                                        *(("bob", "note", words) for words in PERSON)):
            s.add(NoteRow(inquiry_id=inquiry_id, task_id=task_id, author=author, action=action, content=content,
                          created_at=AT))
    return task_id


def test_the_schedulers_notes_are_worded_in_chinese_and_a_persons_notes_stay_as_written(app, noted_task):
    notes = notes_of(zh_login(app).get(f"/task/{noted_task}").text)
    assert "起超时：已升级给" in notes and "可能与询盘 3 重复" in notes
    assert "overdue since" not in notes and "possible duplicate" not in notes
    for words in PERSON:
        assert words in notes  # as written: not 已认领, not re-worded


def test_an_english_viewer_reads_the_notes_as_stored(app, noted_task):
    c = client(app)
    assert c.post("/login", data={"name": "alice", "password": PASSWORD}, headers=SAME).status_code == 303
    notes = notes_of(c.get(f"/task/{noted_task}").text)
    assert "escalated to the assignee and leads" in notes and DUPLICATE in notes
    assert all(words in notes for words in PERSON)


def test_the_buyer_history_words_the_schedulers_notes_too(app, sessions, noted_task):
    with sessions() as s:
        inquiry_id = s.get(TaskRow, noted_task).inquiry_id
    text = htmllib.unescape(zh_login(app).get(f"/buyer?inquiry={inquiry_id}").text)
    assert "可能与询盘 3 重复" in text and "起超时：已升级给" in text
    assert "possible duplicate" not in text and "overdue since" not in text
    assert all(words in text for words in PERSON)
