"""The /review page with nothing to review. It showed the bulk-verdict buttons (dismiss as spam/scam,
dismiss as spy, release as genuine) under the empty table, offering verdicts on nothing. With no rows
the page says only that nothing is waiting, in English and in Chinese: no buttons, no check boxes, no
verdict form. A real SQLite store of the triaged fixtures; the queue layer is not stubbed."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, SAME, app, logged_in, sessions, store_url  # noqa: E402,F401

VERDICT_BUTTONS = ('id="dismiss-spam"', 'id="dismiss-spy"', 'id="release-genuine"', 'name="verdict"')


def _waiting(sessions) -> list[int]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return list(s.scalars(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open")))


def _zh_lead(app, sessions):  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        if users.find_user(s, "mei") is None:
            users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    return logged_in(app, "mei")


def test_a_review_page_with_rows_offers_the_verdicts(app, sessions):
    assert _waiting(sessions)  # the fixtures hold suspicious inquiries
    page = logged_in(app, "lena").get("/review").text
    assert all(button in page for button in VERDICT_BUTTONS) and 'type="checkbox"' in page


def test_an_empty_review_page_says_so_and_offers_no_verdicts(app, sessions):
    lead = logged_in(app, "lena")
    r = lead.post("/review", data={"task": [str(i) for i in _waiting(sessions)], "verdict": "spam"}, headers=SAME)
    assert r.status_code == 303 and not _waiting(sessions)
    for client, empty, other in ((lead, "Nothing to review: no suspicious inquiry is waiting.", "没有待审核"),
                                 (_zh_lead(app, sessions), "没有待审核的可疑询盘。", "Nothing to review")):
        page = client.get("/review").text
        assert empty in page and other not in page
        assert not any(button in page for button in VERDICT_BUTTONS), page
        assert 'type="checkbox"' not in page and 'id="review-form"' not in page
        for words in ("Dismiss as spam/scam", "驳回：垃圾/诈骗", "Release to the queue", "放行到队列"):
            assert words not in page
        assert not re.search(r"<th>", page)  # no empty table header either
        assert "nothing matches" not in page and 'class="pages"' not in page  # the sentence says it once
