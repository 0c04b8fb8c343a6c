"""A lead overturns a dismissal (newcomer 16, finding 2): after `queue dismiss 3 --as spam`,
`queue genuine 3` / `queue release 3` said "task 3 is already dismissed" (zh "无需重复操作": no need
to repeat, though genuine is another verdict). A review task dismissed as spam or spy is now released
as genuine: a reply task in the sales queue, the verdict genuine, the audit row keeping the dismissal
it replaced. One dismissed as a duplicate is refused with words that say so."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.store import open_store
from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow

NOW = datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture
def db(tmp_path, monkeypatch) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        row = InquiryRow(message_id="<scam@example>", source="test", channel="email", status="triaged", grade="D",
                         suspicious=True, risk=8.0, result={"suspicion": ["scam"], "reasons": [], "suspicious": True},
                         triaged_at=NOW - timedelta(hours=1), received_at=NOW - timedelta(hours=1),
                         buyer_key="buyer@trading.example", from_addr="buyer@trading.example", from_name="",
                         subject="Order Inquiry", body="Please quote 500 valves DN50 FOB Ningbo.")
        s.add(row)
        s.flush()
        task = TaskRow(inquiry_id=row.id, kind="review", grade="D", due_at=NOW + timedelta(hours=4), created_at=NOW)
        s.add(task)
        s.flush()
        task_id = task.id
    engine.dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    return url, task_id


def run(capsys, url: str, *args: str) -> tuple[int, str]:
    code = main(["queue", *args, "--db", url])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("verdict,action", [("spam", "genuine"), ("spy", "release")])
def test_a_dismissal_is_overturned_as_genuine(db, capsys, verdict, action):
    url, task = db
    assert run(capsys, url, "dismiss", str(task), "--as", verdict)[0] == 0
    code, out = run(capsys, url, action, str(task), "--lang", "en")
    assert code == 0 and "genuine; reply task" in out, out
    engine, sessions = open_store(url)
    with sessions() as s:
        inquiry = s.scalar(select(InquiryRow))
        assert inquiry.verdict == "genuine" and inquiry.dismissed_as is None and not inquiry.suspicious
        reply = s.scalar(select(TaskRow).where(TaskRow.kind == "reply"))
        assert reply is not None and reply.state == "open"
        row = s.scalar(select(AuditRow).where(AuditRow.action == "release-review"))
        assert row is not None and row.detail["previous_dismissed_as"] == verdict, row.detail
    engine.dispose()
    code, out = run(capsys, url, "show", str(task), "--lang", "en")
    assert code == 0 and "released as genuine" in out, out


def test_a_duplicate_is_refused_in_words_that_say_so(db, capsys):
    url, task = db
    assert run(capsys, url, "dismiss", str(task), "--as", "duplicate")[0] == 0
    code, out = run(capsys, url, "genuine", str(task), "--lang", "en")
    assert code == 4 and "already dismissed as duplicate" in out, out
    code, out = run(capsys, url, "genuine", str(task), "--lang", "zh")
    assert code == 4 and "无需重复操作" not in out and "已作为重复驳回" in out, out
