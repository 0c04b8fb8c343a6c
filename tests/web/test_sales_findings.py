"""What the sales team found on the web task page: the reply-template picker selected no option, the
origin was '?' when the sender's IP or country is not known, a snoozed task did not say when it wakes,
and a buyer's clock (a German buyer on a fixed UTC+8 clock) came without a word of where it came from.
A real SQLite store of the triaged fixtures; English and Chinese pages."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, SAME, app, client, logged_in, sessions, store_url  # noqa: E402,F401


def task_of(sessions, source_end: str) -> int:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.endswith(source_end))
                        .order_by(TaskRow.id).limit(1))


def chinese(app, sessions):  # type: ignore[no-untyped-def]
    """A client logged in as wei, a lead whose pages are in Chinese."""
    with sessions.begin() as s:
        if users.find_user(s, "wei") is None:
            users.add_user(s, "wei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    c = client(app)
    assert c.post("/login", data={"name": "wei", "password": PASSWORD}, headers=SAME).status_code == 303
    return c


def part(page: str, element: str, tag: str = "p") -> str:
    """The text of the <tag> with id `element` (tags within dropped, entities read)."""
    found = re.search(rf'<{tag} [^>]*id="{element}"[^>]*>(.*?)</{tag}>', page, re.S)
    assert found, element
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).split())


def selected(page: str) -> list[str]:
    picker = page[page.index('id="draft-lang"'):]
    picker = picker[:picker.index("</select>")]
    return re.findall(r'<option value="([a-z]+)" selected>', picker)


# --- 2. the template picker shows the draft's language --------------------------------------------

def test_the_template_picker_selects_the_language_the_draft_is_written_in(app, sessions):
    alice = logged_in(app, "alice")
    assert selected(alice.get(f"/task/{task_of(sessions, 'spanish_greeting_english_body.eml')}").text) == ["es"]
    assert selected(alice.get(f"/task/{task_of(sessions, 'russian_mailru.eml')}").text) == ["ru"]
    english = task_of(sessions, "company_rfq_fob.eml")
    assert selected(alice.get(f"/task/{english}").text) == ["en"]
    assert selected(alice.get(f"/task/{english}/draft?lang=pt").text) == ["pt"]  # the one picked since


def test_a_language_without_its_own_template_selects_english_the_drafts_fallback(app, sessions):
    task = task_of(sessions, "web_form.jsonl:1")
    with sessions.begin() as s:
        row = s.scalar(select(InquiryRow).join(TaskRow).where(TaskRow.id == task))
        before = dict(row.result)
        row.result = {**before, "language": "ms"}  # Malay: no reply template, the English one is used (Swahili has one since)
    try:
        page = logged_in(app, "alice").get(f"/task/{task}").text
        assert selected(page) == ["en"]
        assert "Dear Priya Nair" in page  # the draft itself is the English template's
    finally:
        with sessions.begin() as s:
            s.execute(update(InquiryRow).where(InquiryRow.id == row.id).values(result=before))


# --- 3. the origin in words, in English and in Chinese ----------------------------------------------

def test_the_task_page_says_where_an_inquiry_came_from_in_plain_words(app, sessions):
    alice = logged_in(app, "alice")
    phone = alice.get(f"/task/{task_of(sessions, 'phone_log.jsonl:1')}").text
    assert part(phone, "origin") == "Origin: not known (a phone, chat or form record carries no IP)"
    german = alice.get(f"/task/{task_of(sessions, 'german_ip_2am_beijing_offset.eml')}").text
    assert part(german, "origin") == ("Origin: IP 78.46.1.1 (DE), sent at 02:xx on the sender's clock, "
                                      "Date: header offset +0800")
    assert '<span class="data">78.46.1.1</span>' in german  # values are data, escaped, marked as such
    lead = logged_in(app, "lena")
    gmail = lead.get(f"/task/{task_of(sessions, 'john_tom36_fake_order.eml')}").text
    assert part(gmail, "origin").startswith("Origin: not known (sent through Gmail, a mail provider")
    for page in (phone, german, gmail):
        assert "(?)" not in page and " · ? · " not in page


def test_the_chinese_task_page_says_it_in_chinese(app, sessions):
    wei = chinese(app, sessions)
    phone = wei.get(f"/task/{task_of(sessions, 'phone_log.jsonl:1')}").text
    assert part(phone, "origin") == "来源： 未知（电话、即时消息或表单记录不带 IP）"
    german = wei.get(f"/task/{task_of(sessions, 'german_ip_2am_beijing_offset.eml')}").text
    assert part(german, "origin") == "来源： IP 78.46.1.1（DE），发件人当地 02 点发出，邮件日期头时区偏移 +0800"
    # the +0800 is the seller's own clock: the German network's country wins (test_buyer_zone_seller_side)
    assert part(german, "buyer-clock-from") == "买家时间依据： 发件网络所在国家 DE（根据其 IP）"


# --- 7. where the buyer's clock came from -------------------------------------------------------------

def test_the_task_page_says_where_the_buyers_clock_came_from(app, sessions):
    alice = logged_in(app, "alice")
    german = alice.get(f"/task/{task_of(sessions, 'german_ip_2am_beijing_offset.eml')}").text
    # the +0800 is the seller's own clock: the German network's country wins (test_buyer_zone_seller_side)
    assert part(german, "buyer-clock-from") == "Buyer's clock from: the sender network's country DE (from its IP)"
    berlin = alice.get(f"/task/{task_of(sessions, 'company_rfq_fob.eml')}").text
    assert part(berlin, "buyer-clock-from") == ("Buyer's clock from: the sender network's country DE (from its IP); "
                                                "the Date: header's offset +0100 fits it")
    lead = logged_in(app, "lena")
    review = lead.get(f"/task/{task_of(sessions, 'john_tom36_fake_order.eml')}").text
    assert 'id="buyer-clock-from"' not in review  # held for review: no buyer clock is shown


# --- 4. a snoozed task's page says when it wakes ---------------------------------------------------------

def test_a_snoozed_tasks_page_says_when_it_wakes(app, sessions):
    task = task_of(sessions, "russian_mailru.eml")
    now = datetime.now(timezone.utc)
    with sessions.begin() as s:
        ops.snooze(s, ops.Actor("lena", "lead"), now, task, until=now + timedelta(days=2))
    try:
        page = logged_in(app, "alice").get(f"/task/{task}").text
        assert part(page, "wake", "span").startswith("wakes ")
        assert '<span id="wake">wakes <time' in page  # a <time>, written in the viewer's language and clock
        with sessions.begin() as s:
            ops.snooze(s, ops.Actor("lena", "lead"), now, task, until_buyer_writes=True)
        assert part(logged_in(app, "alice").get(f"/task/{task}").text, "wake", "span") == "wakes when the buyer writes"
    finally:
        with sessions.begin() as s:
            s.execute(update(TaskRow).where(TaskRow.id == task).values(state="open", snoozed_until=None,
                                                                       snooze_until_buyer_writes=False))
    assert 'id="wake"' not in logged_in(app, "alice").get(f"/task/{task}").text
