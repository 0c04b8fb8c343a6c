"""The scheduler's escalation note is stored with its time in UTC ("overdue since 2026-11-19T05:05+00:00");
`queue show`, `queue buyer` and the web's task and buyer pages print it on the seller's clock, as
every other time of the queue (the shipped [business] timezone is Asia/Shanghai: 13:05)."""

from __future__ import annotations

import re

from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.store.models import InquiryRow, NoteRow, TaskRow
from tests.web.web_store import app, logged_in, sessions, store_url  # noqa: F401 (fixtures)

UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+00:00")


def test_escalation_notes_are_printed_on_the_sellers_clock(store_url, sessions, app, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    with sessions() as s:
        task, due = s.execute(select(TaskRow.id, TaskRow.due_at).join(InquiryRow)
                              .where(InquiryRow.source.contains("phone_log"), TaskRow.kind == "reply")).one()
    assert main(["tick", "--db", store_url, "--now", "2026-12-20T03:00:00+00:00"]) == 0
    with sessions() as s:
        stored = s.scalar(select(NoteRow.content).where(NoteRow.task_id == task, NoteRow.action == "escalate"))
    assert UTC_STAMP.search(stored)  # stored as UTC: the check below can fail
    capsys.readouterr()
    assert main(["queue", "show", str(task), "--db", store_url, "--user", "lena"]) == 0
    shown = capsys.readouterr().out
    note = [line for line in shown.splitlines() if "[escalate]" in line]
    assert note and "overdue since 2026-11-19 13:05:" in note[0] and not UTC_STAMP.search(shown)
    assert main(["queue", "buyer", str(task), "--db", store_url, "--user", "lena"]) == 0
    history = capsys.readouterr().out
    assert "ESCALATE" in history and "overdue since 2026-11-19 13:05:" in history and not UTC_STAMP.search(history)
    lead = logged_in(app, "lena")
    text = re.sub(r"<[^>]+>", " ", lead.get(f"/task/{task}").text)  # what a person reads (not <time datetime>)
    assert "overdue since Thu 19 Nov 13:05:" in text and not UTC_STAMP.search(text)  # the web: the viewer's format
    with sessions() as s:
        inquiry = s.scalar(select(TaskRow.inquiry_id).where(TaskRow.id == task))
    page = lead.get(f"/buyer?inquiry={inquiry}").text
    text = re.sub(r"<[^>]+>", " ", page)
    assert "overdue since Thu 19 Nov 13:05:" in text and not UTC_STAMP.search(text)
