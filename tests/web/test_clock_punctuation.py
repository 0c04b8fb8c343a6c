"""The task page's clock line in Chinese joins its parts with Chinese punctuation (newcomer finding: the
parts were separated by an English '; ' between Chinese sentences); the English line keeps '; '."""

from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from tests.web.test_sales_findings import chinese, task_of  # noqa: E402 (a lead in Chinese; a fixture's task)
from tests.web.web_store import app, logged_in, sessions, store_url  # noqa: E402,F401


def clock_text(page: str) -> str:
    found = re.search(r'<p [^>]*id="clock"[^>]*>(.*?)</p>', page, re.S)
    assert found, "no clock line"
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


def test_the_chinese_clock_line_uses_chinese_punctuation_between_its_parts(app, sessions):
    task_id = task_of(sessions, "spanish_greeting_english_body.eml")  # a buyer in Madrid: the buyer's clock is shown
    zh = clock_text(chinese(app, sessions).get(f"/task/{task_id}").text)
    assert "马德里" in zh and "；" in zh, zh
    assert ";" not in zh, zh  # no English semicolon between Chinese sentences
    english = clock_text(logged_in(app, "alice").get(f"/task/{task_id}").text)
    assert "Madrid" in english and "; " in english and "；" not in english, english
