"""A snooze is until a time OR until the buyer writes, never both (the CLI refuses --until with --until-reply as
a usage error). The web refuses the pair too, in the viewer's language, and its task page offers the two
as separate forms, so neither can be sent with the other."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import TaskRow  # noqa: E402
from tests.web.web_store import (SAME, app, client, form_fields, logged_in, open_reply_task,  # noqa: E402,F401
                                 sessions, store_url)


def _forms(page: str, action: str) -> list[str]:
    """Every <form> of the page posting to `action`."""
    return [m.group(0) for m in re.finditer(r'<form[^>]*action="%s".*?</form>' % re.escape(action), page, re.S)]


@pytest.mark.parametrize("lang, words", [
    ("en", "snooze until a time or until the buyer writes, not both"),
    ("zh", "暂缓到某个时间或暂缓到买家再次来信，只能选一种"),
])
def test_a_time_and_until_the_buyer_writes_together_are_refused(app, sessions, lang, words):
    name = f"snoozer_{lang}"
    with sessions.begin() as s:
        if users.find_user(s, name) is None:
            users.add_user(s, name, "lead", "correct horse battery staple", datetime.now(timezone.utc), language=lang)
    task_id = open_reply_task(sessions)
    c = client(app)
    assert c.post("/login", data={"name": name, "password": "correct horse battery staple"}, headers=SAME).status_code == 303
    fields = form_fields(c.get(f"/task/{task_id}").text, f"/task/{task_id}/snooze")
    r = c.post(f"/task/{task_id}/snooze", data={**fields, "until": "tomorrow 10:00", "until_reply": "1"}, headers=SAME)
    assert r.status_code == 400 and words in r.text, r.text[-2000:]
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        assert task.state != "snoozed" and not task.snooze_until_buyer_writes and task.snoozed_until is None


def test_the_task_page_offers_a_time_and_until_the_buyer_writes_as_separate_forms(app, sessions):
    task_id = open_reply_task(sessions)
    c = logged_in(app, "lena")
    page = c.get(f"/task/{task_id}").text
    forms = _forms(page, f"/task/{task_id}/snooze")
    assert len(forms) == 2, forms
    timed, untimed = (f for f in forms if 'name="until"' in f), (f for f in forms if 'name="until_reply"' in f)
    timed, untimed = next(timed), next(untimed)
    assert 'name="until_reply"' not in timed and 'name="until"' not in untimed
    assert 'type="checkbox"' not in untimed and 'type="hidden" name="until_reply" value="1"' in untimed
    # each one snoozes as it says
    r = c.post(f"/task/{task_id}/snooze", data={**form_fields(untimed, f"/task/{task_id}/snooze"), "until_reply": "1"},
               headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        assert task.state == "snoozed" and task.snooze_until_buyer_writes and task.snoozed_until is None
