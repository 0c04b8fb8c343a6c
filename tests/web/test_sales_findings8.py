"""The sales team's findings on the web pages (session 8). A real SQLite store of the triaged fixtures
(one per module: each test takes tasks of its own), English and Chinese pages."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.web.web_store import SAME, app, form_fields, logged_in, sessions, store_url  # noqa: E402,F401
from tests.web.test_sales_findings import chinese, task_of  # noqa: E402


def text_of(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def record_task(sessions, log: str) -> int:  # type: ignore[no-untyped-def]
    """The first task of a record from the JSONL log `log` (its source names the log and the line)."""
    with sessions() as s:
        return s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.contains(log))
                        .order_by(TaskRow.id).limit(1))


# --- 1. a snoozed task woken by its holder -------------------------------------------------------

def test_the_task_page_wakes_my_snoozed_task(app, sessions):
    task_id = task_of(sessions, "company_rfq_fob.eml")
    now = datetime.now(timezone.utc)
    with sessions.begin() as s:
        ops.claim(s, ops.Actor("alice"), now, task_id)
        ops.snooze(s, ops.Actor("alice"), now, task_id, until=now + timedelta(days=2))
    alice = logged_in(app, "alice")
    page = alice.get(f"/task/{task_id}").text
    assert 'id="do-wake"' in page
    r = alice.post(f"/task/{task_id}/wake", data=form_fields(page, f"/task/{task_id}/wake"), headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        assert (task.state, task.assignee, task.snoozed_until) == ("claimed", "alice", None)
    assert 'id="do-wake"' not in alice.get(f"/task/{task_id}").text
    with sessions.begin() as s:
        ops.snooze(s, ops.Actor("alice"), now, task_id, until=now + timedelta(days=2))
    wei = chinese(app, sessions)
    assert "结束暂缓" in wei.get(f"/task/{task_id}").text


# --- 7. a task without a subject is called by the buyer's first words ---------------------------

def test_the_task_page_titles_a_phone_record_by_its_first_words(app, sessions):
    task_id = record_task(sessions, "phone_log.jsonl")
    wei = chinese(app, sessions)
    page = wei.get(f"/task/{task_id}").text
    title = re.search(r'<h1 id="subject">(.*?)</h1>', page, re.S).group(1)
    assert "Called about 40HQ container" in title and "无主题" not in title, title


# --- 6. one Chinese word for overdue; the snooze error names the Chinese forms on the zh page --------

def test_overdue_is_one_word_in_the_zh_catalogue():
    from pathlib import Path

    import inquiry_triage.web as web

    catalogue = (Path(web.__file__).parent / "locale" / "zh.po").read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "(.*)"\nmsgstr "(.*)"$', catalogue, re.M)
    overdue = [(msgid, msgstr) for msgid, msgstr in pairs if "overdue" in msgid.lower()]
    assert len(overdue) >= 4, overdue
    assert all("逾期" in msgstr and "超时" not in msgstr for _, msgstr in overdue), overdue


def test_the_snooze_error_on_the_zh_page_names_the_chinese_forms(app, sessions):
    task_id = task_of(sessions, "russian_mailru.eml")
    wei = chinese(app, sessions)
    page = wei.get(f"/task/{task_id}").text
    r = wei.post(f"/task/{task_id}/snooze", data={**form_fields(page, f"/task/{task_id}/snooze"), "until": "someday"},
                 headers=SAME)
    assert r.status_code == 400
    error = text_of(r.text)
    assert "暂缓时间 'someday' 无法识别" in error and "明天上午9点" in error and "3天" in error, error
    assert "use a duration" not in error
