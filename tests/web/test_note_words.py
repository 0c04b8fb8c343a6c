"""Notes on the web pages: what the scheduler stored in English (an escalation, a possible duplicate)
is worded in the viewer's language through the same sentence path as refusals (queue/views.stored_note,
then the catalogue); what a person wrote stays exactly as written, even when it looks like a
catalogue word or a scheduler's note."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timezone

import pytest

pytest.importorskip("starlette")

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.queue.views import SYSTEM_AUTHOR  # noqa: E402
from inquiry_triage.store.models import NoteRow, TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, SAME, app, client, open_reply_task, sessions, store_url  # noqa: E402,F401

AT = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
ESCALATED = ("overdue since 2026-11-27T06:00+00:00: escalated to nobody notified ([notifications] not set up): "
             "shown in the queue")  # 06:00 UTC: Friday 14:00 on the seller's clock (Asia/Shanghai)
DUPLICATE = ("possible duplicate of inquiry 3: same Message-ID or record id, different content "
             "(kept as its own item)")
PERSON = ("claimed", "price change for valves: tell the buyer")  # a catalogue word; a scheduler's form


def notes_of(page: str) -> str:
    found = re.search(r'<ol class="notes" id="notes">(.*?)</ol>', page, re.S)
    assert found, page[:500]
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


def zh_login(app):  # type: ignore[no-untyped-def]
    c = client(app)
    r = c.post("/login", data={"name": "wei", "password": PASSWORD}, headers=SAME)
    assert r.status_code == 303
    return c


@pytest.fixture()
def noted_task(sessions):  # type: ignore[no-untyped-def]
    task_id = open_reply_task(sessions)
    with sessions.begin() as s:
        if users.find_user(s, "wei") is None:
            users.add_user(s, "wei", "lead", PASSWORD, AT, language="zh")
        inquiry_id = s.get(TaskRow, task_id).inquiry_id
        for author, action, content in ((SYSTEM_AUTHOR, "escalate", ESCALATED), (SYSTEM_AUTHOR, "note", DUPLICATE),
                                        *(("bob", "note", words) for words in PERSON)):
            s.add(NoteRow(inquiry_id=inquiry_id, task_id=task_id, author=author, action=action, content=content,
                          created_at=AT))
    return task_id


def test_the_schedulers_notes_are_worded_in_chinese_and_a_persons_notes_stay_as_written(app, noted_task):
    notes = notes_of(zh_login(app).get(f"/task/{noted_task}").text)
    assert "自 11月27日 周五 14:00 起逾期：已上报（未通知任何人：未配置 [notifications]），已在队列中标记" in notes
    assert "无人" not in notes and "可能与询盘 3 重复" in notes
    assert "overdue since" not in notes and "possible duplicate" not in notes
    for words in PERSON:
        assert words in notes  # as written: not 已认领, not re-worded


def test_an_english_viewer_reads_the_notes_as_stored(app, noted_task):
    c = client(app)
    assert c.post("/login", data={"name": "alice", "password": PASSWORD}, headers=SAME).status_code == 303
    notes = notes_of(c.get(f"/task/{noted_task}").text)
    assert "overdue since Fri 27 Nov 14:00: escalated to nobody notified" in notes and DUPLICATE in notes
    assert all(words in notes for words in PERSON)


def test_the_buyer_history_words_the_schedulers_notes_too(app, sessions, noted_task):
    with sessions() as s:
        inquiry_id = s.get(TaskRow, noted_task).inquiry_id
    text = htmllib.unescape(zh_login(app).get(f"/buyer?inquiry={inquiry_id}").text)
    assert "可能与询盘 3 重复" in text and "起逾期：已上报（未通知任何人" in text and "无人" not in text
    assert "possible duplicate" not in text and "overdue since" not in text
    assert all(words in text for words in PERSON)


# --- the days and times inside the scheduler's notes: the viewer's format, weekday names included ---

HOLIDAY = "Christmas (DE) on Fri 2026-12-25: send greetings"  # queue/followups.py writes {day:%a %Y-%m-%d}


def test_a_stored_notes_days_and_times_keep_their_english_for_the_command_line():
    from inquiry_triage.config import load_config
    from inquiry_triage.queue.views import NoteDay, NoteTime, note_on_seller_clock, on_seller_clock, stored_note

    config = load_config(None)
    for text in (HOLIDAY, "we are closed 2026-12-24 to 2027-01-02: tell the buyer ahead of time",
                 "no answer to our quotation since 2026-11-20: follow-up 1 of 2"):
        assert stored_note(text) == text and stored_note(text, config) == text
    assert note_on_seller_clock(SYSTEM_AUTHOR, ESCALATED, config) == on_seller_clock(ESCALATED, config)
    assert isinstance(stored_note(HOLIDAY).values["day"], NoteDay)
    assert isinstance(stored_note(ESCALATED, config).values["since"], NoteTime)
    assert stored_note("we are closed 2026-13-45 to 2027-01-02: tell the buyer ahead of time").values["first"] == \
        "2026-13-45"  # not a day: the text as it is


def test_a_holiday_notes_weekday_is_chinese_on_a_chinese_page(app, sessions, noted_task):
    from inquiry_triage.web.i18n import localize

    assert localize("zh", __import__("inquiry_triage.queue.views", fromlist=["stored_note"]).stored_note(HOLIDAY)) == \
        "2026年12月25日 周五 是 Christmas（DE）：请发送节日问候"
    with sessions.begin() as s:
        task = s.get(TaskRow, noted_task)  # a holiday greeting task, as followups.py makes one
        task.kind, task.rule, task.due_note = "follow-up", "holiday-greeting", HOLIDAY
    page = htmllib.unescape(zh_login(app).get(f"/task/{noted_task}").text)
    assert "2026年12月25日 周五" in page and "Fri 2026-12-25" not in page and "send greetings" not in page


def test_a_persons_escalation_tag_is_worded_and_their_words_kept(app, sessions, noted_task):
    """The buyer page showed '[escalate] 需要工厂价格' next to '[放行]': the tag of a person's note is the
    action's word (上报, as the web's button and the CLI say it), the words after it as written, even a
    catalogue word ('claimed' stays, not 已认领)."""
    with sessions.begin() as s:
        inquiry_id = s.get(TaskRow, noted_task).inquiry_id
        for words in ("需要工厂价格", "claimed"):
            s.add(NoteRow(inquiry_id=inquiry_id, task_id=noted_task, author="bob", action="escalate", content=words,
                          created_at=AT))
    text = htmllib.unescape(zh_login(app).get(f"/buyer?inquiry={inquiry_id}").text)
    assert "[上报] 需要工厂价格" in text and "[上报] claimed" in text, text
    assert "[escalate]" not in text and "升级" not in text
    c = client(app)
    assert c.post("/login", data={"name": "alice", "password": PASSWORD}, headers=SAME).status_code == 303
    english = htmllib.unescape(c.get(f"/buyer?inquiry={inquiry_id}").text)
    assert "[escalate] 需要工厂价格" in english and "[escalate] claimed" in english
