"""The web's reply with a channel no channel has was refused with its own list ('email, phone, im, fax,
message, platform'), while `queue reply --channel` says the channel table's words (model.CHANNEL_CHOICES,
commit 83baccb): the web checks and refuses with ops.reply_channel now, one text in en and zh, and takes
the same words (whatsapp = im)."""

from __future__ import annotations

import html
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.model import CHANNEL_CHOICES  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import ReplyRow, TaskRow  # noqa: E402
from tests.web.web_store import (PASSWORD, SAME, app, form_fields, logged_in, open_reply_task,  # noqa: E402,F401
                                 sessions, store_url)


def _post_reply(c, task: int, channel: str):  # type: ignore[no-untyped-def]
    fields = form_fields(c.get(f"/task/{task}").text, f"/task/{task}/reply")
    return c.post(f"/task/{task}/reply", data={"channel": channel, **fields}, headers=SAME)


def test_the_refusal_is_the_channel_tables_in_both_languages(app, sessions):  # noqa: F811
    with sessions.begin() as s:
        users.add_user(s, "wei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    task = open_reply_task(sessions)
    bad = _post_reply(logged_in(app, "lena"), task, "pigeon")
    assert bad.status_code == 400
    assert f"reply channel must be one of {CHANNEL_CHOICES} (got 'pigeon')" in html.unescape(bad.text), bad.text
    bad = _post_reply(logged_in(app, "wei"), task, "pigeon")
    assert bad.status_code == 400
    assert f"回复渠道必须是以下之一：{CHANNEL_CHOICES}（收到的是 'pigeon'）" in html.unescape(bad.text), bad.text
    with sessions() as s:
        assert s.get(TaskRow, task).state == "open"


def test_the_web_takes_the_words_the_cli_takes(app, sessions):  # noqa: F811
    task = open_reply_task(sessions)
    r = _post_reply(logged_in(app, "lena"), task, "WhatsApp")
    assert r.status_code == 303, r.text
    with sessions() as s:
        assert s.scalar(select(ReplyRow.channel).where(ReplyRow.task_id == task)) == "im"
