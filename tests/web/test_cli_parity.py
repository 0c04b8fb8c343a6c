"""The web pages say what `queue show` and `queue` say (the CLI fixes edb9e2c and adbddb2): a snoozed
task's clock line says when it wakes and when the reply is due, never "overdue ... send now" while it
sleeps; a buyer with no address or name is "(no name)", never an empty column. English and Chinese."""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.web.test_page_words import app_at  # noqa: E402 (the app at a fixed `now`)
from tests.web.test_sales_findings import chinese, part, task_of  # noqa: E402 (a lead in Chinese; a fixture's task)
from tests.web.web_store import logged_in, sessions, store_url  # noqa: E402,F401

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)  # every fixture's reply is overdue by then
WAKES = datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc)  # 09:00 on the seller's clock (Shanghai)


def snoozed(sessions, source_end: str, until: datetime | None) -> int:  # type: ignore[no-untyped-def]
    """The fixture's task, snoozed until `until` (None: until the buyer writes)."""
    task_id = task_of(sessions, source_end)
    with sessions.begin() as s:
        task = s.get(TaskRow, task_id)
        task.state, task.snoozed_until = "snoozed", until
    return task_id


# --- a snoozed task: when it wakes, when the reply is due; no call to send now ---------------------------

def test_a_snoozed_task_page_says_when_it_wakes_not_overdue_send_now(sessions, monkeypatch):
    app = app_at(sessions, monkeypatch, NOW)
    timed = snoozed(sessions, "company_rfq_fob.eml", WAKES)
    untimed = snoozed(sessions, "russian_mailru.eml", None)
    english, zh = logged_in(app, "lena"), chinese(app, sessions)
    line = part(english.get(f"/task/{timed}").text, "clock")
    assert "overdue" not in line and "send now" not in line, line
    assert line == "snoozed: wakes Wed 2 Dec 09:00 (seller's clock); reply by Fri 13 Nov 10:05", line  # Shanghai
    line = part(zh.get(f"/task/{timed}").text, "clock")
    assert line.startswith("已暂缓：") and "（卖方时间）恢复；回复截止" in line, line
    assert "已超时" not in line and "立即发送" not in line, line
    assert part(english.get(f"/task/{untimed}").text, "clock").startswith("snoozed until the buyer writes; reply by ")
    assert part(zh.get(f"/task/{untimed}").text, "clock").startswith("已暂缓：买家来信时恢复；回复截止")


def test_a_snoozed_task_past_its_wake_time_has_the_usual_deadline_line(sessions, monkeypatch):
    task_id = snoozed(sessions, "company_rfq_fob.eml", datetime(2026, 11, 29, 1, 0))  # woke before NOW (naive: UTC)
    line = part(logged_in(app_at(sessions, monkeypatch, NOW), "lena").get(f"/task/{task_id}").text, "clock")
    assert "snoozed" not in line and "overdue by" in line, line


# --- a buyer with no address or name: "(no name)" ------------------------------------------------------

def buyer_cells(page: str, task_id: int) -> list[str]:
    """The buyer column of the task's row on a list page (the queue, the review list)."""
    rows = re.findall(rf'<tr class="task" data-task="{task_id}".*?</tr>', page, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", cell)).split())
            for row in rows for cell in re.findall(r'<td class="buyer">(.*?)</td>', row, re.S)]


def test_a_buyer_without_address_or_name_is_no_name_on_the_queue_and_the_task_page(sessions, monkeypatch):
    task_id = task_of(sessions, "web_form.jsonl:1")
    with sessions.begin() as s:  # as an RFQ export row whose buyer columns the shipped [csv.columns] do not read
        inquiry = s.get(InquiryRow, s.get(TaskRow, task_id).inquiry_id)
        inquiry.from_addr, inquiry.from_name = "", ""
    app = app_at(sessions, monkeypatch, NOW)
    for client, no_name in ((logged_in(app, "lena"), "(no name)"), (chinese(app, sessions), "（无名称）")):
        assert buyer_cells(client.get("/").text, task_id) == [no_name]
        assert part(client.get(f"/task/{task_id}").text, "from").startswith(f"{no_name} · "), no_name
        history = client.get(f"/buyer?inquiry={inquiry.id}").text  # the buyer's history, as `queue history`
        assert re.findall(r'data-kind="inquiry"[^>]*>.*?<td class="who">([^<]*)</td>', history, re.S) == [no_name]
