"""The web's list rows space a caller's number as `queue show`, the task page and the command line's rows
do ('+971 4 555 0199', not '+97145550199'): one formatter (queue/phones.spaced_phone through
views.spaced_caller) for the queue page's rows and the review page's rows alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue.phones import spaced_phone  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.web.web_store import app, client, logged_in, sessions, store_url  # noqa: E402,F401


def test_the_queue_rows_space_the_callers_number_as_the_task_page(app, sessions):
    with sessions() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(
            InquiryRow.buyer_key == "tel:+97145550199", TaskRow.kind == "reply").order_by(TaskRow.id).limit(1))
    assert task_id is not None  # the fixtures' phone record (phone_log.jsonl:1)
    agent = logged_in(app, "lena")
    page = agent.get("/").text
    row = page[page.index(f'href="/task/{task_id}"'):]
    row = row[:row.index("</tr>")]
    assert f"{spaced_phone('+97145550199')}</a>" in row and spaced_phone("+97145550199") == "+971 4 555 0199", row
    assert "+97145550199" not in row
    assert 'id="phone">' in (task := agent.get(f"/task/{task_id}").text) and "+971 4 555 0199" in task  # the same on its page
