"""The task page of a review task a lead has closed. Its header said "done by lena · held for review ·
arrived ..." (in Chinese "已完成 处理人 lena · 待审核 · 到达": waiting for review and finished at once)
and did not lead to the reply task the release made. A closed review says it was reviewed and how
(released as genuine, linking its reply task; or dismissed), as `queue show` does; a waiting review
is worded as before. A real SQLite store of the triaged fixtures; the queue layer is not stubbed."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, SAME, app, form_fields, logged_in, sessions, store_url  # noqa: E402,F401


def _review_tasks(sessions) -> list[int]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        found = list(s.scalars(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open")
                               .order_by(TaskRow.id)))
    assert found  # the fixtures hold several suspicious inquiries (each test closes at most one)
    return found


def _header(page: str) -> str:
    """The task page's header (title to the actions) as a reader sees it: tags dropped, spaces folded."""
    block = page[page.index('<p class="meta">'):page.index('<section class="actions">')]
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", block))).strip()


def _zh_lead(app, sessions):  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        if users.find_user(s, "mei") is None:
            users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    return logged_in(app, "mei")


def _close(app, task_id: int, action: str, **extra: str) -> None:  # type: ignore[no-untyped-def]
    lead = logged_in(app, "lena")
    fields = form_fields(lead.get(f"/task/{task_id}").text, f"/task/{task_id}/{action}")
    assert lead.post(f"/task/{task_id}/{action}", data={**fields, **extra}, headers=SAME).status_code == 303


def test_a_released_review_says_reviewed_and_links_its_reply_task(app, sessions):
    review = _review_tasks(sessions)[0]
    _close(app, review, "release")
    with sessions() as s:
        inquiry = s.get(TaskRow, review).inquiry_id
        reply = s.scalar(select(TaskRow.id).where(TaskRow.inquiry_id == inquiry, TaskRow.kind == "reply"))
    assert reply is not None and reply != review
    page = logged_in(app, "lena").get(f"/task/{review}").text
    header = _header(page)
    assert "held for review" not in header and 'id="held"' not in page, header
    assert re.search(rf"reviewed : released as genuine \(reply task {reply}\) by lena · arrived ", header), header
    assert f'href="/task/{reply}" id="reply-task"' in page
    zh = _zh_lead(app, sessions).get(f"/task/{review}").text
    header = _header(zh)
    assert "待审核" not in header and "已完成" not in header, header
    assert f"已审核 ： 已作为真实询盘放行（回复任务 {reply}） 处理人 lena · 到达 " in header, header


def test_a_dismissed_review_says_reviewed_and_dismissed(app, sessions):
    review = _review_tasks(sessions)[0]
    _close(app, review, "dismiss", **{"as": "spy"})
    page = logged_in(app, "lena").get(f"/task/{review}").text
    header = _header(page)
    assert "held for review" not in header and "reviewed : dismissed · arrived " in header, header
    assert 'id="reply-task"' not in page  # a dismissed review made no reply task
    header = _header(_zh_lead(app, sessions).get(f"/task/{review}").text)
    assert "待审核" not in header and "已审核 ：已驳回 · 到达 " in header, header


def test_a_waiting_review_is_still_held(app, sessions):
    review = _review_tasks(sessions)[-1]
    page = logged_in(app, "lena").get(f"/task/{review}").text
    header = _header(page)
    assert 'id="held"' in page and "open · held for review · arrived " in header and "reviewed" not in header, header
    assert "待处理 · 待审核 · 到达 " in _header(_zh_lead(app, sessions).get(f"/task/{review}").text)


def test_a_reply_task_page_has_no_review_words(app, sessions):
    from tests.web.web_store import open_reply_task

    task_id = open_reply_task(sessions)
    header = _header(logged_in(app, "lena").get(f"/task/{task_id}").text)
    assert "reviewed" not in header and "held for review" not in header and " · due " in header, header
