"""The Chinese interface in a real browser (Playwright driving Debian's chromium, the fixtures of
test_browser.py): an agent's queue, task and buyer pages and a lead's dashboard in 简体中文, with
no script error and no CSP violation (the browser reports both on the console)."""

from __future__ import annotations

from datetime import datetime, timezone

from inquiry_triage.queue import users
from inquiry_triage.store import open_store
from tests.web.test_browser import WAIT_MS, browser, server  # noqa: F401 (pytest fixtures)
from tests.web.web_store import PASSWORD


def add_chinese_users(db: str) -> None:
    engine, sessions = open_store(db)
    with sessions.begin() as s:
        for name, role in (("wei", "agent"), ("mei", "lead")):
            if users.find_user(s, name) is None:  # the server (and its store) is shared by the module
                users.add_user(s, name, role, PASSWORD, datetime.now(timezone.utc), language="zh")
    engine.dispose()


def real(errors: list[str]) -> list[str]:
    """Script errors, CSP refusals and failed responses of our pages; Chromium's own favicon.ico
    request (we serve none) shows only as a console line without its URL, and is left out."""
    return [e for e in errors if not e.startswith("Failed to load resource")]


def login_zh(browser, base: str, name: str):  # noqa: F811
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(base + "/login")
    assert page.locator("#login").inner_text() == "登录"  # the browser's language before anyone signs in
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("#login")
    page.wait_for_selector("#rows", timeout=WAIT_MS)
    return context, page, errors


def test_an_agent_works_in_chinese_queue_task_and_buyer_pages(server, browser):  # noqa: F811
    base, db = server
    add_chinese_users(db)
    context, page, errors = login_zh(browser, base, "wei")
    try:
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("#nav-queue").inner_text() == "队列"
        assert page.locator("#logout").inner_text() == "退出登录"
        assert page.locator("#nav-dashboard").count() == 0  # an agent has no dashboard
        page.click("#claim-next")
        page.wait_for_selector("#task-id", timeout=WAIT_MS)
        assert page.locator("#buyer-link").inner_text() == "该买家的全部往来"
        assert page.locator("#do-template").inner_text() == "使用此模板"
        page.click("#buyer-link")
        page.wait_for_selector("#buyer-history", timeout=WAIT_MS)
        assert "最新的在前" in page.locator("main").inner_text()
        assert page.locator("tr.event-inquiry").count() >= 1
        assert page.locator("tr.event-inquiry td").nth(1).inner_text().split()[:2] == ["询盘", "询盘"]  # kind, "inquiry N"
        assert real(errors) == []
    finally:
        context.close()


def test_a_lead_reads_the_dashboard_in_chinese_with_its_charts(server, browser):  # noqa: F811
    base, db = server
    add_chinese_users(db)
    context, page, errors = login_zh(browser, base, "mei")
    try:
        page.click("#nav-dashboard")
        page.wait_for_selector("#sla-grade", timeout=WAIT_MS)
        assert page.locator("h1").inner_text() == "主管看板"
        assert page.locator("#sla-agent h2").inner_text() == "首次回复（按业务员）"
        assert page.locator("svg.chart").count() >= 12
        # the stylesheet applied (no inline style): bars are filled by dashboard.css's class
        fill = page.locator("#volume svg.chart .chart-bar").first.evaluate("e => getComputedStyle(e).fill")
        assert fill == "rgb(59, 130, 246)"
        page.click("#periods a >> text=全部")
        page.wait_for_selector("#sla-week", timeout=WAIT_MS)
        assert page.url.endswith("period=all")
        assert real(errors) == []
    finally:
        context.close()
