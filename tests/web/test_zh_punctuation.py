"""The dashboard in Chinese (a salesperson's lead reading it): the note under the title and the totals
use full-width punctuation, the business hours are named by their city (上海), never the IANA name
"Asia/Shanghai", and the period picker says 周 (weeks), not "1w"; a task page's attachment line is
（text/html，197 字节；未打开）, not half-width. English is unchanged."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from tests.web.test_sales_findings import chinese, part, task_of  # noqa: E402
from tests.web.web_store import app, logged_in, sessions, store_url  # noqa: E402,F401


def test_the_dashboard_note_and_totals_in_chinese(app, sessions):
    page = chinese(app, sessions).get("/dashboard").text
    note = next(p for p in re.findall(r"<p>(.*?)</p>", page, re.S) if "p90" in p)
    text = " ".join(re.sub(r"<[^>]+>", "", note).split())
    assert "Asia/Shanghai" not in text and "上海" in text, text
    assert "; " not in text and "；" in text, text
    totals = part(page, "totals")
    assert ": " not in totals and "询盘：" in totals, totals
    periods = part(page, "periods")
    assert "4周" in periods and "4w" not in periods, periods


def test_the_dashboard_in_english_keeps_its_words(app):
    page = logged_in(app, "lena").get("/dashboard").text
    assert 'class="current">4w<' in page
    assert "Inquiries: " in part(page, "totals")
    note = next(p for p in re.findall(r"<p>(.*?)</p>", page, re.S) if "p90" in p)
    assert "business hours in Shanghai; p90" in " ".join(re.sub(r"<[^>]+>", "", note).split())


def test_an_attachment_line_in_chinese_and_in_english(app, sessions):
    task = task_of(sessions, "phishing_purchase_order_html.eml")
    zh = part(chinese(app, sessions).get(f"/task/{task}").text, "attachments", "ul")
    assert re.search(r"（text/html，\d+ 字节；未打开）", zh), zh
    assert "(" not in zh and ", " not in zh, zh
    en = part(logged_in(app, "lena").get(f"/task/{task}").text, "attachments", "ul")
    assert re.search(r"\(text/html, \d+ bytes; not opened\)", en), en


def test_the_score_line_in_chinese_and_in_english(app, sessions):
    task = task_of(sessions, "john_tom36_fake_order.eml")  # held for review: suspicious (scam)
    zh = part(chinese(app, sessions).get(f"/task/{task}").text, "score-line")
    assert re.fullmatch(r"得分 -?[\d.]+，风险 [\d.]+，可疑（[^()（）,]+）", zh), zh
    en = part(logged_in(app, "lena").get(f"/task/{task}").text, "score-line")
    assert re.fullmatch(r"score -?[\d.]+, risk [\d.]+, suspicious \([a-z, ]+\)", en), en
