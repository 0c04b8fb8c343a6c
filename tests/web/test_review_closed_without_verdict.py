"""A review task closed without a verdict (`queue done` on a review task, before the queue layer
refused it: stored by an older version). Its web task page said "reviewed: released as genuine", or
linked the inquiry's newest reply task as the release's, though no lead released or dismissed it;
`queue show` said "REVIEWED ... (closed without a verdict)" (已审核 ... 未判定即关闭: reviewed and not
judged at once). Both now say it was closed without a verdict, in the words `queue show` and
`report suspicious` already use: 'closed without a verdict' / 未判定即关闭, never "reviewed" or
"held for review". A real SQLite store of the triaged fixtures; the queue layer is not stubbed."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, app, logged_in, sessions, store_url  # noqa: E402,F401


def _header(page: str) -> str:
    block = page[page.index('<p class="meta">'):page.index('<section class="actions">')]
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", block))).strip()


@pytest.fixture()
def unjudged(sessions) -> int:  # type: ignore[no-untyped-def]
    """A review task left done with no release nor dismissal, as an older `queue done` left it; its
    inquiry also holds a reply task (made by hand here), which is no release's."""
    now = datetime.now(timezone.utc)
    with sessions.begin() as s:
        task = s.scalar(select(TaskRow).where(TaskRow.kind == "review", TaskRow.state == "open")
                        .order_by(TaskRow.id).limit(1))
        assert task is not None  # the fixtures hold suspicious inquiries
        task.state, task.done_at, task.assignee = "done", now, "lena"
        s.add(TaskRow(inquiry_id=task.inquiry_id, kind="reply", grade=task.grade, due_at=now + timedelta(hours=4),
                      created_at=now))
        return task.id


def _zh_lead(app, sessions):  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        if users.find_user(s, "mei") is None:
            users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    return logged_in(app, "mei")


def test_the_task_page_says_closed_without_a_verdict(app, sessions, unjudged):
    page = logged_in(app, "lena").get(f"/task/{unjudged}").text
    header = _header(page)
    assert re.search(r"closed without a verdict by lena · arrived ", header), header
    assert "reviewed" not in header and "released" not in header and "held for review" not in header, header
    assert 'id="reply-task"' not in page and 'id="held"' not in page
    header = _header(_zh_lead(app, sessions).get(f"/task/{unjudged}").text)
    assert "未判定即关闭 处理人 lena · 到达 " in header, header
    assert "已审核" not in header and "放行" not in header and "待审核" not in header, header


def test_queue_show_says_the_same_without_reviewed(store_url, unjudged, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    for lang, said, never in (("en", "(closed without a verdict, lena)", ("REVIEW", "released")),
                              ("zh", "（未判定即关闭，lena）", ("审核", "放行"))):
        assert main(["queue", "show", str(unjudged), "--db", store_url, "--lang", lang]) == 0
        head = capsys.readouterr().out.splitlines()[0]
        assert said in head and not any(word in head for word in never), head
