"""What newcomers found on the web pages: the clock line set the buyer's time beside ours without
naming our city, the send hour read '10 :xx' (the data mark split the time), overdue badges were
negative numbers ('-3h 05m'), and the review buttons were worded one way on /review and another on
the task page. A real SQLite store of the triaged fixtures; English and Chinese pages."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.test_sales_findings import chinese, task_of  # noqa: E402 (a lead in Chinese; a fixture's task)
from tests.web.web_store import app, logged_in, sessions, store_url  # noqa: E402,F401


def element(page: str, element_id: str, tag: str = "p") -> str:
    found = re.search(rf'<{tag} [^>]*id="{element_id}"[^>]*>(.*?)</{tag}>', page, re.S)
    assert found, element_id
    return found.group(1)


def read_aloud(fragment: str) -> str:
    """The text as a reader that keeps inline elements apart (a screen reader, a text dump) gets it."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


# --- 1. the clock line names both cities; a time is one piece -----------------------------------------

def test_the_clock_line_labels_our_time_with_our_city_beside_the_buyers(sessions, monkeypatch):
    task_id = task_of(sessions, "spanish_greeting_english_body.eml")  # a buyer in Madrid, the seller in Shanghai
    # A fixed clock with Madrid after hours (22:00 there): the line then gives Madrid's next working day
    # on our clock. On the wall clock this test failed whenever it ran in Madrid's working hours.
    night = app_at(sessions, monkeypatch, datetime(2026, 12, 1, 21, 0, tzinfo=timezone.utc))
    for client, ours, theirs in ((logged_in(night, "alice"), "Shanghai", "Madrid"), (chinese(night, sessions), "上海", "马德里")):
        line = element(client.get(f"/task/{task_id}").text, "clock")
        seller_times = re.findall(r'<time [^>]*data-zone="Asia/Shanghai"[^>]*>[^<]*</time> <span class="zone">([^<]*)</span>', line)
        assert seller_times == [ours], line  # the buyer's next working day on the seller's clock, named
        buyer_line = line[line.index('id="clock-buyer"'):]  # to the end of the clock line (spans nest)
        assert buyer_line.count(f'<span class="zone">{ours}</span>') == 1 and theirs in buyer_line
        due = element(line, "clock-due", "span")  # the deadline stays on the viewer's clock (the browser's zone)
        assert re.match(r'[^<]*<time [^>]*data-style="full">', due) and "Asia/Shanghai" not in due, due


def test_the_send_hour_is_one_piece_of_data(app, sessions):
    task_id = task_of(sessions, "spanish_greeting_english_body.eml")
    origin = element(logged_in(app, "alice").get(f"/task/{task_id}").text, "origin")
    assert re.search(r'sent at <span class="data">\d\d:xx</span> on the sender', origin), origin
    assert re.search(r"sent at \d\d:xx on", read_aloud(origin)), read_aloud(origin)
    zh = element(chinese(app, sessions).get(f"/task/{task_id}").text, "origin")
    assert re.search(r'发件人当地 <span class="data">\d\d</span> 点发出', zh), zh  # the Chinese has no :xx


# --- 2. an overdue badge says so, never '-3h 05m' -------------------------------------------------------

def badges(page: str) -> list[str]:
    return [html.unescape(text) for text in re.findall(r'<span class="badge badge-(?:ok|soon|overdue)"[^>]*>([^<]*)</span>', page)]


def app_at(sessions, monkeypatch, now: datetime):  # type: ignore[no-untyped-def]
    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return create_app(load_config(None), sessions, clock=lambda: now)


def test_an_overdue_badge_says_overdue_and_how_long_in_both_languages(sessions, monkeypatch):
    late = app_at(sessions, monkeypatch, datetime(2027, 3, 1, 3, 0, tzinfo=timezone.utc))  # every task past due
    english = badges(logged_in(late, "lena").get("/").text)
    assert english and all(re.fullmatch(r"overdue (\d+h \d\dm|\d+m)", b) for b in english), english
    chinese_badges = badges(chinese(late, sessions).get("/").text)
    assert chinese_badges and all(re.fullmatch(r"已逾期 (\d+小时\d\d分|\d+分)", b) for b in chinese_badges), chinese_badges
    assert not any("-" in b for b in english + chinese_badges)


def test_a_badge_before_the_deadline_is_the_time_left(sessions, monkeypatch):
    with sessions() as s:
        first_due = min(s.scalars(select(TaskRow.due_at).where(TaskRow.kind == "reply", TaskRow.state == "open")))
    early = app_at(sessions, monkeypatch, first_due.replace(tzinfo=timezone.utc) - timedelta(days=30))
    left = badges(logged_in(early, "lena").get("/").text)
    assert left and all(re.fullmatch(r"\d+h \d\dm|\d+m", b) for b in left), left


# --- 3. one set of words for a lead's verdicts, on /review and on the task page -----------------------

def buttons(page: str) -> dict[str, str]:
    """{button id: its words} of the verdict buttons on a page."""
    found = re.findall(r'<button type="submit"[^>]*id="((?:do-)?(?:release|dismiss)[\w-]*)"[^>]*>([^<]*)</button>', page)
    return {name: html.unescape(words) for name, words in found}


def test_the_review_page_and_the_task_page_word_each_verdict_alike_in_both_languages(app, sessions):
    with sessions() as s:
        review_task = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open")
                               .order_by(TaskRow.id).limit(1))
    for client in (logged_in(app, "lena"), chinese(app, sessions)):
        on_review = buttons(client.get("/review").text)
        on_task = buttons(client.get(f"/task/{review_task}").text)
        pairs = {"dismiss-spam": "do-dismiss-spam", "dismiss-spy": "do-dismiss-spy", "release-genuine": "do-release"}
        assert set(pairs) <= set(on_review) and set(pairs.values()) <= set(on_task), (on_review, on_task)
        for bulk, single in pairs.items():
            assert on_review[bulk] == on_task[single], (bulk, on_review[bulk], on_task[single])


def test_every_verdict_has_one_chinese_wording_and_the_catalogue_says_no_message_twice():
    from pathlib import Path

    from inquiry_triage.web.actions import VERDICT_WORDS
    from inquiry_triage.web.i18n import catalogue

    zh = catalogue("zh")
    assert all(re.search(r"[\u4e00-\u9fff]", zh.get(words, "")) for words in VERDICT_WORDS.values())
    po = (Path(__file__).resolve().parents[2] / "inquiry_triage" / "web" / "locale" / "zh.po").read_text(encoding="utf-8")
    msgids = re.findall(r'^msgid (".*")$', po, re.M)
    assert sorted({m for m in msgids if msgids.count(m) > 1}) == []  # a second entry silently wins over the first
