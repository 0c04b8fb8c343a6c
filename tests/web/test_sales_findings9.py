"""A new salesperson's walk through the web queue (session 9): the task page's Done button closed
the task without recording a reply ('标记完成（未回复）' afterwards) but read only 'Done' / '完成', beside
'Replied (sent elsewhere)': a person who had answered on WhatsApp pressed it and the reply, its
follow-ups and the SLA's first response were never recorded. It now says so: 'Done, no reply
needed' / '完成（无需回复）'. The two 'sent elsewhere' buttons said it two ways in Chinese (在别处发送,
在其他渠道发送): one way now."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

pytest.importorskip("starlette")

from inquiry_triage.queue import users  # noqa: E402
from tests.web.web_store import PASSWORD, app, logged_in, open_reply_task, sessions, store_url  # noqa: E402,F401


def button(page: str, element_id: str) -> str:
    found = re.search(rf'<button [^>]*id="{element_id}"[^>]*>(.*?)</button>', page, re.S)
    assert found, element_id
    return found.group(1).strip()


def test_the_done_button_says_it_records_no_reply_and_the_sent_elsewhere_buttons_agree(app, sessions):  # noqa: F811
    with sessions.begin() as s:
        if users.find_user(s, "xiaoli") is None:
            users.add_user(s, "xiaoli", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
    task = open_reply_task(sessions)
    en = logged_in(app, "alice").get(f"/task/{task}").text
    zh = logged_in(app, "xiaoli").get(f"/task/{task}").text
    assert button(en, "do-done") == "Done, no reply needed"
    assert button(zh, "do-done") == "完成（无需回复）"
    assert button(zh, "do-reply") == "已回复（在其他渠道发送）" and button(zh, "do-quote") == "已回复报价（在其他渠道发送）"
