"""One overdue wording for the CLI's clock note, the queue badge and the task page (a newcomer saw
`overdue by 0.0 business hours`, a red `已逾期 0分`, and `4.9 个工作小时` on the task page beside
`4小时55分` on its queue row): business time in hours and minutes everywhere, and a deadline passed
outside business hours with no business minute since it says "overdue since <due>", never 0."""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

import pytest

from inquiry_triage.scheduling.deadlines import BusinessCalendar, clock_note

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.test_page_words import app_at  # noqa: E402 (the app at a fixed `now`)
from tests.web.test_sales_findings import chinese, part, task_of  # noqa: E402
from tests.web.web_store import logged_in, sessions, store_url  # noqa: E402,F401

MON_18 = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # Mon 18:00 Shanghai: the day's close
TUE_0820 = datetime(2026, 12, 1, 0, 20, tzinfo=timezone.utc)  # Tue 08:20 Shanghai: before hours
MON_1305 = datetime(2026, 11, 30, 5, 5, tzinfo=timezone.utc)  # Mon 13:05 Shanghai: 4h 55m before the close


def test_the_cli_clock_note_says_overdue_since_when_no_business_time_has_passed():
    seller = BusinessCalendar("Asia/Shanghai")
    note = clock_note(MON_18, seller, None, TUE_0820)
    assert note == "reply by Mon 2026-11-30 18:00 Shanghai; overdue since Mon 2026-11-30 18:00 Shanghai, send now"
    assert clock_note(MON_1305, seller, None, MON_18).endswith("; overdue by 4h 55m of business time, send now")


def badge(page: str, task_id: int) -> str:
    row = re.search(rf'<tr class="task" data-task="{task_id}".*?</tr>', page, re.S)
    assert row, task_id
    cell = re.search(r'<span class="badge badge-\w+"[^>]*>(.*?)</span></td>', row.group(0), re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", cell.group(1))).split())


def due(sessions, at: datetime) -> int:  # type: ignore[no-untyped-def]
    task_id = task_of(sessions, "company_rfq_fob.eml")
    with sessions.begin() as s:
        s.get(TaskRow, task_id).due_at = at
    return task_id


def test_a_deadline_passed_after_hours_is_overdue_since_it_not_zero(sessions, monkeypatch):
    task_id = due(sessions, MON_18)
    app = app_at(sessions, monkeypatch, TUE_0820)
    english, zh = logged_in(app, "lena"), chinese(app, sessions)
    for client, since in ((english, "overdue since"), (zh, "起逾期")):
        shown = badge(client.get("/").text, task_id)
        assert since in shown and "0m" not in shown and "0分" not in shown, shown
    line = part(english.get(f"/task/{task_id}").text, "clock")
    assert "overdue since" in line and "send now" in line and "0.0" not in line, line
    line = part(zh.get(f"/task/{task_id}").text, "clock")
    assert "起已逾期，请立即发送" in line and "0.0" not in line, line


def test_the_task_page_and_its_queue_row_say_the_same_business_time(sessions, monkeypatch):
    task_id = due(sessions, MON_1305)
    app = app_at(sessions, monkeypatch, MON_18)
    english, zh = logged_in(app, "lena"), chinese(app, sessions)
    assert badge(english.get("/").text, task_id) == "overdue 4h 55m"
    assert "overdue by 4h 55m of business time, send now" in part(english.get(f"/task/{task_id}").text, "clock")
    assert badge(zh.get("/").text, task_id) == "已逾期 4小时55分"
    line = part(zh.get(f"/task/{task_id}").text, "clock")
    assert "已逾期 4小时55分（工作时间），请立即发送" in line and "4.9" not in line, line
