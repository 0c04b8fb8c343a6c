"""Times in the browser's own locale and time zone (Playwright driving Debian's chromium, the server
of test_browser.py): a German browser in New York sees the deadline written by Intl in German on
New York's clock, while the buyer's clock beside it stays on the buyer's zone."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.web.test_browser import WAIT_MS, browser, server  # noqa: F401 (pytest fixtures)
from tests.web.web_store import PASSWORD

GERMAN_WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def a_reply_task_with_a_buyer_zone(db: str) -> int:
    engine, sessions = open_store(db)
    try:
        with sessions() as s:
            return s.scalar(select(TaskRow.id).join(InquiryRow).where(
                TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False),
                InquiryRow.buyer_timezone.like("%/%"), InquiryRow.buyer_timezone.notlike("Etc/%")).limit(1))
    finally:
        engine.dispose()


def hhmm(iso: str, zone: str) -> str:
    return datetime.fromisoformat(iso).astimezone(ZoneInfo(zone)).strftime("%H:%M")


def test_times_show_in_the_browsers_locale_and_zone_and_the_buyers_stays_pinned(server, browser):  # noqa: F811
    base, db = server
    task_id = a_reply_task_with_a_buyer_zone(db)
    assert task_id is not None
    context = browser.new_context(locale="de-DE", timezone_id="America/New_York")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(base + "/login")
        page.fill("#name", "alice")
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.wait_for_selector("#rows", timeout=WAIT_MS)
        page.goto(f"{base}/task/{task_id}")
        page.wait_for_selector("#clock-due time[data-local]", timeout=WAIT_MS)
        due = page.locator("#clock-due time").first
        iso, text = due.get_attribute("datetime"), due.inner_text()
        # alice's interface is English ("Mon 16 Nov 10:00" from the server); the browser writes German, New York
        assert text.startswith(GERMAN_WEEKDAYS) and hhmm(iso, "America/New_York") in text, text
        assert not re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ", text)
        buyer = page.locator("#clock-due time[data-zone]")
        zone, buyer_text = buyer.get_attribute("data-zone"), buyer.inner_text()
        assert buyer_text.startswith(GERMAN_WEEKDAYS) and hhmm(buyer.get_attribute("datetime"), zone) in buyer_text
        # the queue's rows: written again after each refresh too
        page.goto(base + "/")
        page.wait_for_selector("#rows time[data-local]", timeout=WAIT_MS)
        page.wait_for_timeout(6500)  # one refresh of the rows (every 5 s)
        assert page.locator("#rows time").count() == page.locator("#rows time[data-local]").count() > 0
        assert errors == []
    finally:
        context.close()
