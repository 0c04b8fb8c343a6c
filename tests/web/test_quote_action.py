"""Reply with quotation: its own action on the task page (not a checkbox), recorded as a reply of
kind quote (the RFQ-quote follow-ups count from it), audited, refused on a stale form like the others;
the CLI's `queue reply ID --quote` records the same."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.queue import followups  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, ReplyRow, TaskRow, as_utc  # noqa: E402
from tests.web.web_store import (SAME, app, form_fields, logged_in, open_reply_task, sessions,  # noqa: E402,F401
                                 store_url)


def test_the_task_page_offers_the_quotation_as_its_own_button(app, sessions):
    task_id = open_reply_task(sessions)
    html = logged_in(app, "alice").get(f"/task/{task_id}").text
    assert f'formaction="/task/{task_id}/quote"' in html and 'id="do-quote"' in html
    assert 'type="checkbox" name="quote"' not in html


def test_reply_with_quotation_is_recorded_audited_and_starts_the_quote_follow_ups(app, sessions):
    task_id = open_reply_task(sessions)
    c = logged_in(app, "alice")
    fields = form_fields(c.get(f"/task/{task_id}").text, f"/task/{task_id}/reply")  # the reply form's fields
    r = c.post(f"/task/{task_id}/quote", data={"channel": "im", **fields}, headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        reply = s.scalar(select(ReplyRow).where(ReplyRow.task_id == task_id))
        audit = s.scalars(select(AuditRow).where(AuditRow.task_id == task_id).order_by(AuditRow.id.desc())).first()
        assert task.state == "done" and task.version == int(fields["version"]) + 1
        assert (reply.author, reply.channel, reply.kind) == ("alice", "im", "quote")
        assert (audit.action, audit.actor, audit.detail.get("kind")) == ("reply", "alice", "quote")
        inquiry_id, sent = task.inquiry_id, as_utc(reply.sent_at)
        assert as_utc(s.get(InquiryRow, inquiry_id).followup_from) == sent
    with sessions.begin() as s:  # days later, the buyer silent: the quotation's follow-up is made
        made = followups.plan(s, sent + timedelta(days=10))
        assert any(t.inquiry_id == inquiry_id and t.rule == "rfq-quote" for t in made)
    assert "recorded the quotation (im)" in c.get(f"/task/{task_id}").text  # the flash line


def test_a_stale_quotation_form_changes_nothing(app, sessions):
    task_id = open_reply_task(sessions)
    alice, bob = logged_in(app, "alice"), logged_in(app, "bob")
    stale = form_fields(alice.get(f"/task/{task_id}").text, f"/task/{task_id}/reply")
    fresh = form_fields(bob.get(f"/task/{task_id}").text, f"/task/{task_id}/claim")
    assert bob.post(f"/task/{task_id}/claim", data=fresh, headers=SAME).status_code == 303
    r = alice.post(f"/task/{task_id}/quote", data={"channel": "email", **stale}, headers=SAME)
    assert r.status_code in (403, 409) and "bob" in r.text
    with sessions() as s:
        assert s.scalar(select(ReplyRow).where(ReplyRow.task_id == task_id)) is None
        assert s.get(TaskRow, task_id).state == "claimed"


def test_the_cli_records_the_same_quotation(store_url, sessions, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    task_id = open_reply_task(sessions)
    assert main(["queue", "reply", str(task_id), "--quote", "--channel", "fax", "--user", "alice",
                 "--db", store_url]) == 0
    assert "quotation" in capsys.readouterr().out
    with sessions() as s:
        reply = s.scalar(select(ReplyRow).where(ReplyRow.task_id == task_id))
        assert (reply.kind, reply.channel, reply.author) == ("quote", "fax", "alice")
