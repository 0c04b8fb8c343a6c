"""Defects a newcomer (a Chinese-speaking sales user) found in the web queue: a task held for review
(no deadline, a lead's verdicts instead of snooze), raw UTF-8 form posts, one word per channel and per
action. A real SQLite store of the triaged fixtures; the queue layer is not stubbed."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import NoteRow, TaskRow  # noqa: E402
from tests.web.web_store import (SAME, app, client, form_fields, logged_in, open_reply_task,  # noqa: E402,F401
                                 sessions, store_url)


def open_review_task(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as s:
        task_id = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open")
                           .order_by(TaskRow.id.desc()).limit(1))
    assert task_id is not None  # the fixtures hold suspicious inquiries
    return task_id


# --- 1. a task held for review ---------------------------------------------------------------------

def test_a_review_task_page_says_held_for_review_with_no_deadline_and_offers_a_leads_verdicts(app, sessions):
    task_id = open_review_task(sessions)
    page = logged_in(app, "lena").get(f"/task/{task_id}").text
    assert 'id="held"' in page and "held for review" in page
    assert "reply by" not in page and 'id="clock-due"' not in page  # no reply deadline
    assert f'action="/task/{task_id}/snooze"' not in page and 'id="do-snooze"' not in page
    assert f'action="/task/{task_id}/release"' in page and "Release to the queue (genuine)" in page
    for kind in ("spam", "spy", "duplicate"):
        assert f'id="do-dismiss-{kind}"' in page
    assert "Dismiss as spam/scam" in page


def test_a_lead_dismisses_a_review_task_from_its_page_as_the_cli_does(app, sessions):
    task_id = open_review_task(sessions)
    lead = logged_in(app, "lena")
    fields = form_fields(lead.get(f"/task/{task_id}").text, f"/task/{task_id}/dismiss")
    r = lead.post(f"/task/{task_id}/dismiss", data={**fields, "as": "scam"}, headers=SAME)  # scam = spam, as in the CLI
    assert r.status_code == 303, r.text
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        assert task.state == "dismissed" and task.inquiry.dismissed_as == "spam"
    assert "dismissed as spam" in lead.get(f"/task/{task_id}").text


def test_a_review_task_cannot_be_snoozed_nor_dismissed_by_an_agent(app, sessions):
    task_id = open_review_task(sessions)
    lead = logged_in(app, "lena")
    fields = form_fields(lead.get(f"/task/{task_id}").text, f"/task/{task_id}/release")
    r = lead.post(f"/task/{task_id}/snooze", data={**fields, "until": "2d"}, headers=SAME)  # a hand-made form
    assert r.status_code == 400 and "held for review" in r.text
    with sessions() as s:
        assert s.get(TaskRow, task_id).state == "open"
        with pytest.raises(ops.QueueError, match="held for review"):  # the queue layer refuses it (CLI too)
            ops.snooze(s, ops.Actor("lena", "lead"), datetime.now(timezone.utc), task_id,
                       until=datetime.now(timezone.utc) + timedelta(days=1))
        with pytest.raises(ops.NotAllowed):
            ops.dismiss(s, ops.Actor("alice", "agent"), datetime.now(timezone.utc), task_id, "spam")
        s.rollback()


def test_a_review_task_in_chinese_has_no_english(app, sessions):
    task_id = open_review_task(sessions)
    page = zh_client(app, sessions).get(f"/task/{task_id}").text
    assert "待审核" in page and "驳回：垃圾/诈骗" in page and "放行到队列" in page
    assert "held for review" not in page and "Dismiss" not in page


def zh_client(app, sessions):  # type: ignore[no-untyped-def]
    """A lead whose pages are in Chinese."""
    from tests.web.web_store import PASSWORD

    with sessions.begin() as s:
        if users.find_user(s, "mei") is None:
            users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    return logged_in(app, "mei")


# --- 2. snooze times in Chinese --------------------------------------------------------------------

def test_the_snooze_form_reads_chinese_times_and_says_what_it_does_not_understand(app, sessions):
    from zoneinfo import ZoneInfo

    from inquiry_triage.store.models import as_utc

    task_id = open_reply_task(sessions)
    agent = logged_in(app, "alice")
    fields = form_fields(agent.get(f"/task/{task_id}").text, f"/task/{task_id}/snooze")
    refused = agent.post(f"/task/{task_id}/snooze", data={**fields, "until": "过几天"}, headers=SAME)
    assert refused.status_code == 400 and "not understood" in refused.text and "明天上午9点" in refused.text
    r = agent.post(f"/task/{task_id}/snooze", data={**fields, "until": "明天上午9点"}, headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        wakes = as_utc(task.snoozed_until).astimezone(ZoneInfo("Asia/Shanghai"))  # the shipped seller timezone
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    assert task.state == "snoozed" and (wakes.hour, wakes.minute) == (9, 0) and wakes.date() > today


# --- 5. raw UTF-8 form posts -----------------------------------------------------------------------

@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded",
                                          "application/x-www-form-urlencoded; charset=UTF-8"])
def test_a_raw_utf8_form_post_without_a_charset_is_stored_as_written(app, sessions, content_type):
    """`curl --data-raw 'text=客户要 CIF 报价 / Привет'`: the bytes are UTF-8 (WHATWG), never Latin-1 mojibake."""
    task_id = open_reply_task(sessions)
    agent = logged_in(app, "alice")
    text = f"客户要 CIF 报价 / Привет, нужна цена ({content_type[-5:]})"
    body = f"text={text}&version=0&mark=0".encode()  # not percent-encoded, as curl --data-raw sends it
    r = agent.post(f"/task/{task_id}/note", content=body, headers={**SAME, "content-type": content_type})
    assert r.status_code == 303, r.text
    with sessions() as s:
        notes = list(s.scalars(select(NoteRow.content).where(NoteRow.task_id == task_id)))
    assert text in notes


def test_a_form_in_another_named_charset_is_read_in_it_and_percent_escapes_still_work():
    from inquiry_triage.web.app import _charset, urlencoded_fields

    assert urlencoded_fields("text=报价".encode("gbk"), _charset(" charset=GBK")) == [("text", "报价")]
    assert urlencoded_fields(b"a=%E4%B8%AD+x&b&&c=1") == [("a", "中 x"), ("b", ""), ("c", "1")]
    assert urlencoded_fields(b"t=\xff") == [("t", "\ufffd")]  # a bad byte is replaced, not an error


# --- 6. one word per channel and per action; no literal backticks ---------------------------------

def test_the_chinese_catalogue_says_snooze_one_way():
    from inquiry_triage.web.i18n import catalogue

    zh = catalogue("zh")
    assert not [m for m, text in zh.items() if "暂停" in text]
    assert zh["Snooze"] == "暂缓" and zh["snoozed"] == "已暂缓"
    assert all("暂缓" in zh[m] for m in ("snoozed task %(task)s until %(at)s", "snooze until %(at)s: that is not in the future"))


def test_a_platform_inquiry_is_one_channel_word_on_every_page(app, sessions):
    from inquiry_triage.store.models import InquiryRow

    task_id = open_reply_task(sessions)
    with sessions.begin() as s:  # an inquiry from a B2B platform (stored as channel "rfq")
        s.get(InquiryRow, s.get(TaskRow, task_id).inquiry_id).channel = "rfq"
    zh = zh_client(app, sessions)
    for page in (zh.get(f"/task/{task_id}").text, zh.get("/?channel=rfq").text, zh.get("/?channel=platform").text):
        assert "平台" in page and "RFQ 询价" not in page
    task_page = zh.get(f"/task/{task_id}").text
    assert re.search(r"· 平台 ·", task_page)  # the inquiry's channel, worded as the reply channel "platform" is
    english = logged_in(app, "lena").get("/?channel=rfq").text
    assert "<td>platform</td>" in english and "<td>rfq</td>" not in english
    assert '<option value="rfq" selected>platform</option>' in english  # the filter's value is still the stored word


def test_the_dashboard_shows_a_command_as_code_not_backticks(app):
    page = logged_in(app, "lena").get("/dashboard").text
    assert "<code>report sla</code>" in page and "`" not in page.split("<main", 1)[1]


def test_code_marks_escape_and_leave_unpaired_marks():
    from inquiry_triage.web.app import code_marks

    assert str(code_marks("see `users <list>`")) == "see <code>users &lt;list&gt;</code>"
    assert str(code_marks("a ` alone <b>")) == "a ` alone &lt;b&gt;"


# --- 4. the queue's buyer column and untitled records ----------------------------------------------

def test_the_queue_shortens_a_long_address_keeping_the_domain_and_words_an_untitled_record(app, sessions):
    from inquiry_triage.store.models import InquiryRow

    with sessions() as s:
        ids = list(s.scalars(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state.in_(("open", "claimed")), InquiryRow.suspicious.is_(False))
            .order_by(TaskRow.id)))
    long_id, im_id = ids[0], ids[1]
    address = "purchasing.department.manager.north@acme-machinery.example"
    with sessions.begin() as s:
        s.get(TaskRow, long_id).inquiry.from_addr = address
        im = s.get(TaskRow, im_id).inquiry
        im.subject, im.channel, im.buyer_key = "", "im", "im:wechat-buyer-17"  # an IM record: no subject, no phone
        im.body = "您好，我们想订购 2000 套不锈钢球阀 DN50，请报 CIF 价格。\nSecond line"
    page = logged_in(app, "lena").get("/").text
    assert f'<span title="{address}">purchasi…er.north@acme-machinery.example</span>' in page
    row = page[page.index(f'href="/task/{im_id}" class="open"'):]
    row = row[:row.index("</tr>")]
    assert '">im </a>' in row  # the channel where a subject would be (no number known), its words under it
    assert '<small class="first-line">您好，我们想订购 2000 套不锈钢球阀 DN50，请报 CIF 价格。</small>' in row


def test_the_review_list_words_a_record_without_a_subject(app, sessions):
    task_id = open_review_task(sessions)
    with sessions.begin() as s:
        inquiry = s.get(TaskRow, task_id).inquiry
        inquiry.subject, inquiry.channel, inquiry.buyer_key = "", "phone", "tel:+97145550100"
        inquiry.body = "Wants 500 tons of copper cathode, pay by MT103 after shipment"
    page = logged_in(app, "lena").get("/review").text
    # the number spaced as `queue show` and the command line's rows space it (queue/phones.py, one formatter)
    assert "phone +971 4 555 0100 · Wants 500 tons of copper cathode, pay by…</a>" in page
    assert "+97145550100" not in page
