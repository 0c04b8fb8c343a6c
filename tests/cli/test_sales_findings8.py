"""The sales team's findings on the command-line queue (session 8): an agent could not wake their own
snoozed task (`release`/`claim` said "not claimed"). A real SQLite store of the fixtures, the CLI in
process (tests/cli/queue_findings.run)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from inquiry_triage.cli import build_parser
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def record_task(url: str, log: str) -> int:
    """The first task of a record from the JSONL log `log` (its source is "LOG:LINE" or "LOG#ID")."""
    engine, sessions = open_store(url)
    try:
        with sessions() as s:
            return s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.contains(log))
                            .order_by(TaskRow.id).limit(1))
    finally:
        engine.dispose()


def state_of(store, task_id: int) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    engine, sessions = open_store(store[0])
    try:
        with sessions() as s:
            task = s.get(TaskRow, task_id)
            return task.state, task.assignee
    finally:
        engine.dispose()


def snoozed_by_alice(capsys, monkeypatch, store) -> int:  # type: ignore[no-untyped-def]
    task_id = task_of(store, "company_rfq_fob.eml")
    assert run(capsys, monkeypatch, store, "queue", "claim", str(task_id), user="alice")[0] == 0
    assert run(capsys, monkeypatch, store, "queue", "snooze", str(task_id), "--until", "2d", user="alice")[0] == 0
    assert state_of(store, task_id) == ("snoozed", "alice")
    return task_id


def test_wake_gives_my_snoozed_task_back_to_me(fresh, capsys, monkeypatch):  # noqa: F811
    task_id = snoozed_by_alice(capsys, monkeypatch, fresh)
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "wake", str(task_id), user="alice")
    assert code == 0, err
    assert f"woke task {task_id}: claimed by alice" in out
    assert state_of(fresh, task_id) == ("claimed", "alice")
    code, _, err = run(capsys, monkeypatch, fresh, "queue", "wake", str(task_id), user="alice")
    assert code == 4 and "not snoozed" in err  # awake already: a refusal


def test_claim_and_release_accept_my_own_snoozed_task(fresh, capsys, monkeypatch):  # noqa: F811
    task_id = snoozed_by_alice(capsys, monkeypatch, fresh)
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "claim", str(task_id), user="alice")
    assert code == 0 and "not claimed" not in err, err
    assert state_of(fresh, task_id) == ("claimed", "alice")
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(task_id), "--until", "2d", user="alice")[0] == 0
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "release", str(task_id), user="alice")
    assert code == 0, err
    assert state_of(fresh, task_id) == ("open", None)


def test_an_agent_cannot_wake_or_claim_a_colleagues_snoozed_task(fresh, capsys, monkeypatch):  # noqa: F811
    task_id = snoozed_by_alice(capsys, monkeypatch, fresh)
    assert run(capsys, monkeypatch, fresh, "queue", "wake", str(task_id), user="bob")[0] == 4
    assert run(capsys, monkeypatch, fresh, "queue", "claim", str(task_id), user="bob")[0] == 4
    assert state_of(fresh, task_id) == ("snoozed", "alice")


def test_wake_is_in_the_help_and_the_readme():
    queue_help = build_parser()._subparsers._group_actions[0].choices["queue"].format_help()
    assert "queue wake 12" in queue_help
    assert "queue wake" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- 7. a task without a subject is called by the buyer's first words ---------------------------

def test_queue_show_titles_a_phone_record_by_its_first_words(fresh, capsys, monkeypatch):  # noqa: F811
    task_id = record_task(fresh[0], "phone_log.jsonl")
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "show", str(task_id))
    assert code == 0, err
    subject = [line for line in out.splitlines() if line.startswith("Subject:")][0]
    assert "Called about 40HQ container" in subject and "(no subject)" not in subject, subject


def test_first_words_are_bounded_for_text_without_spaces():
    from inquiry_triage.queue.views import TITLE_CHARS, first_words, title_of

    chinese = "您好，我们公司想采购一批不锈钢阀门，请报价" * 10
    title = title_of("", chinese)
    assert len(title) <= TITLE_CHARS and title.endswith("…") and title.startswith("您好，我们公司")
    assert title_of("  Re: valves ", chinese) == "Re: valves"
    assert title_of("", "") == "" and first_words("price?") == "price?"


# --- 3. dismiss: a reply task is said to be one, a second verdict says what it replaces ---------

def test_dismissing_a_reply_task_says_so_and_a_second_verdict_says_it_replaces_the_first(fresh, capsys, monkeypatch):  # noqa: F811
    task_id = task_of(fresh, "company_rfq_fob.eml")  # an ordinary reply task
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(task_id), "--as", "spam")
    assert code == 0, err
    assert "a reply task: triage did not flag this inquiry" in out and "replaces" not in out
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(task_id), "--as", "spy")
    assert code == 0, err
    assert "this replaces the earlier verdict spam" in out
    code, _, err = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(task_id), "--as", "spy")
    assert code == 4 and "already dismissed as spy" in err  # nothing would change
    engine, sessions = open_store(fresh[0])
    with sessions() as s:
        from inquiry_triage.store.models import AuditRow

        details = [d for d, in s.execute(select(AuditRow.detail).where(AuditRow.task_id == task_id,
                                                                        AuditRow.action == "dismiss")
                                         .order_by(AuditRow.id))]
    engine.dispose()
    assert details == [{"dismissed_as": "spam"}, {"dismissed_as": "spy", "previous_verdict": "spam"}]

