"""The language switch in a real browser (Playwright driving Debian's chromium, the fixtures of
test_browser.py): a Chinese browser, an English user; pressing 中文 turns the queue Chinese, it stays
so on the next page, and pressing English turns it back; no script error, no CSP refusal."""

from __future__ import annotations

from tests.web.test_browser import WAIT_MS, browser, server  # noqa: F401 (pytest fixtures)
from tests.web.test_browser_zh import real
from tests.web.web_store import PASSWORD


def test_pressing_the_switch_turns_the_pages_language_and_it_stays(server, browser):  # noqa: F811
    base, _ = server
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    try:
        page.goto(base + "/login")
        assert page.locator("#login").inner_text() == "登录"
        page.click("#lang-en")  # English chosen before signing in
        page.wait_for_selector("html[lang=en]", timeout=WAIT_MS)
        assert page.locator("#login").inner_text() == "Log in"
        page.fill("#name", "alice")  # stored in English
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.wait_for_selector("#rows", timeout=WAIT_MS)
        assert page.locator("#claim-next").inner_text() == "Claim the top task"
        assert page.locator("#lang-en").get_attribute("aria-pressed") == "true"
        page.click("#lang-zh")
        page.wait_for_selector("html[lang=zh-CN] #rows", timeout=WAIT_MS)
        assert page.locator("#claim-next").inner_text() == "认领最优先的任务"
        page.locator("#rows a.open").first.click()
        page.wait_for_selector("#task-id", timeout=WAIT_MS)
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("#buyer-link").inner_text() == "该买家的全部往来"
        page.click("#lang-en")  # back to English, on the same task page
        page.wait_for_selector("html[lang=en] #task-id", timeout=WAIT_MS)
        assert page.locator("#buyer-link").inner_text() == "This buyer's history"
        assert real(errors) == []
    finally:
        context.close()
