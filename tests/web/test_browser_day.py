"""A salesperson's day and a lead's review in a real browser (Playwright driving Debian's chromium,
the helpers of test_browser.py), against `serve` configured with a real SMTP server on 127.0.0.1
(tests/servers/smtp.py), so the edited draft is really mailed:

- alice claims the top task, reads it, edits the draft in its textarea and sends it: the mail carries
  her sentence and In-Reply-To the inquiry, the reply is recorded by her, the task is done and the page
  says so; she records another reply as sent elsewhere, and notes and snoozes a third task;
- lena (a lead) ticks two suspicious inquiries on /review and dismisses them as spam, then releases a
  third as genuine: they leave the list, the released one has a reply task in an agent's queue, and an
  agent who opens /review is refused (403).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from sqlalchemy import select

pytest.importorskip("aiosmtpd")

from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, NoteRow, ReplyRow, TaskRow  # noqa: E402
from tests.servers.smtp import smtp_inbox  # noqa: E402
from tests.web.test_browser import WAIT_MS, browser, login, start_serve  # noqa: E402,F401 (fixture)
from tests.web.web_store import triaged_store  # noqa: E402

SENDER = "sales@seller.example"
EDITED = "Edited in the browser: 800 pcs at USD 1.95 each, FOB Ningbo, ships in 12 days."


@pytest.fixture(scope="module")
def smtp():
    with smtp_inbox() as running:
        yield running


@pytest.fixture(scope="module")
def server(tmp_path_factory, smtp) -> Iterator[tuple[str, str]]:
    """(base URL, database URL) of `serve` whose [notifications.smtp] is the test's SMTP inbox."""
    controller, _ = smtp
    folder = tmp_path_factory.mktemp("day")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        db = triaged_store(folder / "day.db")
    config = folder / "smtp.toml"
    config.write_text(f'[notifications.smtp]\nhost = "127.0.0.1"\nport = {controller.port}\nsecurity = "plain"\n'
                      f'sender = "{SENDER}"\n', encoding="utf-8")
    with start_serve(db, str(config)) as base:
        yield base, db


@contextlib.contextmanager
def store(db: str):
    engine, sessions = open_store(db)
    try:
        with sessions() as s:
            yield s
    finally:
        engine.dispose()


def claim_next(page, base: str) -> int:
    page.goto(base + "/")
    page.wait_for_load_state("load", timeout=WAIT_MS)
    page.click("#claim-next")
    page.wait_for_selector("#task-id", timeout=WAIT_MS)
    assert page.locator("#state").inner_text() == "claimed" and page.locator("#assignee").inner_text() == "alice"
    return int(page.locator("#task-id").inner_text())


def mailable(db: str, task_id: int) -> tuple[str, str] | None:
    """(buyer address, Message-ID) when the task's inquiry came by email from an address, else None."""
    with store(db) as s:
        row = s.execute(select(InquiryRow.channel, InquiryRow.from_addr, InquiryRow.message_id)
                        .join(TaskRow, TaskRow.inquiry_id == InquiryRow.id).where(TaskRow.id == task_id)).one()
    return (row.from_addr, row.message_id) if row.channel == "email" and "@" in (row.message_id or "") else None


def test_a_salespersons_day_edit_the_draft_send_it_reply_elsewhere_note_snooze(server, browser, smtp):
    base, db = server
    _, inbox = smtp
    context, page, errors = login(browser, base, "alice")
    try:
        # 1. The top task: read it, edit the draft, send it by email.
        task_id = claim_next(page, base)
        assert page.locator("#body").inner_text().strip() and page.locator("#evidence tr").count() > 1
        draft = page.locator("#reply-text").input_value()
        assert draft.strip() and draft.strip() == page.locator("#draft").inner_text().strip()
        buyer = mailable(db, task_id)
        assert buyer is not None, f"the fixtures' top task {task_id} is no longer an email: pick another mailed task"
        address, message_id = buyer
        page.locator("#reply-text").click()
        page.keyboard.press("Control+End")
        page.keyboard.type("\n\n" + EDITED)  # typed into the textarea, key by key, as a person would
        before = len(inbox.messages)
        page.click("#do-send")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert page.locator("#message").inner_text() == f"reply mailed to {address} and recorded; task {task_id} done"
        assert page.locator("#state").inner_text() == "done"
        assert EDITED in page.locator("#notes").inner_text()
        assert page.locator("#do-send").count() == 0 and page.locator("#do-reply").count() == 0  # closed: no more replies

        assert len(inbox.messages) == before + 1
        mail_from, rcpt, content = inbox.messages[-1]
        mail = message_from_bytes(content, policy=default_policy)
        assert (mail_from, rcpt) == (SENDER, [address])
        assert mail["In-Reply-To"] == "<" + message_id.strip("<>") + ">"
        body = mail.get_content().replace("\r\n", "\n")
        assert EDITED in body and body.strip().startswith(draft.strip().splitlines()[0].strip())
        with store(db) as s:
            task = s.get(TaskRow, task_id)
            assert (task.state, task.assignee) == ("done", "alice")
            reply = s.scalars(select(ReplyRow).where(ReplyRow.task_id == task_id)).one()
            assert (reply.author, reply.channel, reply.kind) == ("alice", "email", "reply")
            sent = s.scalar(select(NoteRow.content).where(NoteRow.task_id == task_id, NoteRow.action == "sent"))
            assert EDITED in sent

        # 2. The next task: the reply went out by phone; recorded as sent elsewhere.
        other = claim_next(page, base)
        assert other != task_id
        page.select_option("#reply-channel", "phone")
        page.click("#do-reply")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert page.locator("#message").inner_text() == f"recorded the reply (phone) for task {other}; task done"
        assert page.locator("#state").inner_text() == "done"
        with store(db) as s:
            assert s.get(TaskRow, other).state == "done"
            reply = s.scalars(select(ReplyRow).where(ReplyRow.task_id == other)).one()
            assert (reply.author, reply.channel) == ("alice", "phone")
        assert len(inbox.messages) == before + 1  # nothing mailed for a reply sent elsewhere

        # 3. A third task: a note, then a snooze.
        third = claim_next(page, base)
        assert third not in (task_id, other)
        page.fill("#note-text", "called the buyer, wants CIF prices")
        page.click("#do-note")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert page.locator("#message").inner_text() == f"note added to task {third}"
        assert "called the buyer, wants CIF prices" in page.locator("#notes").inner_text()
        page.fill("#until", "tomorrow 10:00")
        page.click("#do-snooze")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert page.locator("#message").inner_text().startswith(f"snoozed task {third} until ")
        assert page.locator("#state").inner_text() == "snoozed"
        with store(db) as s:
            task = s.get(TaskRow, third)
            assert (task.state, task.assignee) == ("snoozed", "alice") and task.snoozed_until is not None
            assert s.scalars(select(ReplyRow).where(ReplyRow.task_id == third)).all() == []
        assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
    finally:
        context.close()


def review_ids(page) -> list[int]:
    return [int(t) for t in page.locator("#review-form tr.task").evaluate_all("rows => rows.map(r => r.dataset.task)")]


def test_a_leads_review_bulk_dismiss_release_one_and_an_agent_is_refused(server, browser):
    base, db = server
    context, page, errors = login(browser, base, "lena")
    agent, agent_page, _ = login(browser, base, "bob")
    try:
        page.goto(base + "/review")
        page.wait_for_load_state("load", timeout=WAIT_MS)
        waiting = review_ids(page)
        assert len(waiting) >= 3, f"the fixtures hold {len(waiting)} suspicious inquiries; this test needs three"
        dismissed, released = waiting[:2], waiting[2]

        for task_id in dismissed:
            page.check(f"#pick-{task_id}")
        page.click("#dismiss-spam")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert page.locator("#message").inner_text() == "2 task(s) dismissed as spam"
        assert not set(dismissed) & set(review_ids(page)) and released in review_ids(page)

        page.check(f"#pick-{released}")
        page.click("#release-genuine")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert page.locator("#message").inner_text() == "1 task(s) released as genuine"
        assert released not in review_ids(page)
        assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors

        with store(db) as s:
            for task_id in dismissed:
                task = s.get(TaskRow, task_id)
                assert (task.state, task.inquiry.dismissed_as) == ("dismissed", "spam")
            review = s.get(TaskRow, released)
            assert review.state == "done" and review.inquiry.verdict == "genuine" and not review.inquiry.suspicious
            reply_id = s.scalar(select(TaskRow.id).where(TaskRow.inquiry_id == review.inquiry_id, TaskRow.kind == "reply",
                                                         TaskRow.state == "open"))
        assert reply_id is not None

        # The released inquiry is real work now: on an agent's queue, unassigned.
        agent_page.goto(base + "/?unassigned=1")
        agent_page.wait_for_selector(f'tr.task[data-task="{reply_id}"]', timeout=WAIT_MS)
        # ...and the review page is a lead's: an agent is refused.
        response = agent_page.goto(base + "/review")
        assert response is not None and response.status == 403
        assert "may not see review tasks" in agent_page.locator("#error").inner_text()
        assert agent_page.locator("#review-form").count() == 0
    finally:
        agent.close()
        context.close()
