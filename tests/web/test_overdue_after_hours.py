"""A newcomer found (later: never "0m" either, it says "overdue since <due>"; tests/web/test_overdue_words.py): a task whose deadline passed outside business hours (due 18:00 on the seller's
clock, now 20:00) showed a red '0m' / '0分' badge without saying overdue: the badge counted business
time since the deadline, which is none until the next business morning. Past the deadline the badge
says overdue whatever the business clock says."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.test_page_words import app_at  # noqa: E402
from tests.web.test_sales_findings import chinese  # noqa: E402
from tests.web.web_store import logged_in, sessions, store_url  # noqa: E402,F401

DUE = datetime(2026, 11, 19, 10, 0, tzinfo=timezone.utc)  # Thursday 18:00 in Shanghai, the seller's close of day
EVENING = DUE + timedelta(hours=2)  # 20:00 in Shanghai: no business time has passed since the deadline


def badge_of(page: str, task_id: int) -> tuple[str, str]:
    row = re.search(rf'<tr[^>]*>(?:(?!</tr>).)*?/task/{task_id}\b.*?</tr>', page, re.S)
    assert row, task_id
    found = re.search(r'<span class="badge badge-(\w+)"[^>]*>(.*?)</span>', row.group(0), re.S)
    assert found, row.group(0)
    return found.group(1), " ".join(html.unescape(re.sub(r"<[^>]+>", "", found.group(2))).split())


def test_a_deadline_passed_after_hours_is_overdue_on_the_badge(sessions, monkeypatch):
    from inquiry_triage.config import load_config
    from inquiry_triage.queue.views import business_lefts, seller_calendar

    with sessions.begin() as s:
        task = s.scalars(select(TaskRow).where(TaskRow.kind == "reply", TaskRow.state == "open")
                         .order_by(TaskRow.id)).first()
        task.due_at = DUE.replace(tzinfo=None)
        task_id = task.id
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    assert business_lefts(seller_calendar(load_config(None)), EVENING, [DUE])[DUE] == timedelta(0)  # the situation found
    late = app_at(sessions, monkeypatch, EVENING)
    assert badge_of(logged_in(late, "lena").get("/").text, task_id) == ("overdue", "overdue since Thu 18:00")  # never 0m
    assert badge_of(chinese(late, sessions).get("/").text, task_id) == ("overdue", "自 周四 18:00 起逾期")
