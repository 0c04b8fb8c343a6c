"""`status`'s attention lines ("  ! ...") in the user's language (INQUIRY_TRIAGE_LANG=zh): they stayed
English under a Chinese headline. They are Sentences (reports/status.collect_status): the English text
and --format json are unchanged, the table words them from cli.zh.po. Each kind: a mailbox stale or
failing, snoozed tasks nobody wakes, overdue tasks nobody is reminded of, a scheduler that stopped."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from inquiry_triage.cli import main
from inquiry_triage.queue.rounds import run_round
from inquiry_triage.reports.status import Expectations, collect_status, render_status
from inquiry_triage.store.db import open_store
from inquiry_triage.store.models import InquiryRow, MailboxFolderRow, TaskRow

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
LATIN = re.compile(r"\b(mailbox|is|stale|failing|snoozed|task|scheduler|round|overdue|reminded|escalated|"
                   r"nobody|ago|stopped|start|run|never|from)\b")


def _store(tmp_path):  # type: ignore[no-untyped-def]
    engine, sessions = open_store(f"sqlite:///{tmp_path / 'status.db'}")
    return engine, sessions


def _attention(text: str) -> list[str]:
    return [line[4:] for line in text.splitlines() if line.startswith("  ! ")]


def _zh_and_english(data: dict) -> tuple[list[str], list[str]]:
    zh, english = _attention(render_status(data, "zh")), _attention(render_status(data, "en"))
    assert len(zh) == len(english) == len(data["attention"]) > 0
    assert english == [str(item) for item in data["attention"]]  # English: the sentences as they were
    for line in zh:  # no English word left but the names (mailbox, folder, the command to run)
        assert not LATIN.search(line.replace("`inquiry-triage tick`", "")), line
    return zh, english


def test_a_stale_and_a_failing_mailbox_in_chinese(tmp_path):
    engine, sessions = _store(tmp_path)
    with sessions.begin() as s:
        s.add(MailboxFolderRow(mailbox="sales", folder="INBOX", last_success_at=NOW - timedelta(hours=3),
                               last_poll_at=NOW - timedelta(hours=3)))
        s.add(MailboxFolderRow(mailbox="info", folder="INBOX", last_success_at=NOW - timedelta(minutes=1),
                               last_poll_at=NOW, last_error_at=NOW, last_error="login refused", failures=2))
    with sessions() as s:
        data = collect_status(s, NOW, Expectations(mailbox_seconds={"sales": 60, "info": 60}, any_configured=True))
    engine.dispose()
    zh, english = _zh_and_english(data)
    assert english == ["mailbox info/INBOX is failing", "mailbox sales/INBOX is stale"]
    assert zh == ["邮箱 info/INBOX 出错", "邮箱 sales/INBOX 过久未运行"]
    assert json.loads(json.dumps(data))["attention"] == english  # JSON: the English sentences


def test_snoozed_and_overdue_tasks_nobody_acts_on_in_chinese(tmp_path):
    engine, sessions = _store(tmp_path)
    with sessions.begin() as s:
        row = InquiryRow(message_id="<a@x>", source="t", channel="email", status="triaged", grade="B", result={},
                         triaged_at=NOW - timedelta(days=2))
        row.tasks.append(TaskRow(kind="reply", state="snoozed", grade="B", due_at=NOW + timedelta(days=1),
                                 created_at=NOW - timedelta(days=2), snoozed_until=NOW - timedelta(hours=1)))
        s.add(row)
    with sessions() as s:
        snoozed = collect_status(s, NOW, Expectations())
    with sessions.begin() as s:
        for task in s.query(TaskRow):
            task.state, task.snoozed_until, task.due_at = "open", None, NOW - timedelta(hours=5)
    with sessions() as s:
        overdue = collect_status(s, NOW, Expectations())
    engine.dispose()
    zh, _ = _zh_and_english(snoozed)
    assert zh == ["1 个暂缓任务已过恢复时间，但调度从未运行过（请启动后台服务，或用 cron 运行 `inquiry-triage tick`）"]
    zh, english = _zh_and_english(overdue)
    assert english[0].startswith("1 overdue reply task(s) and no scheduler round has ever run")
    assert zh[0].startswith("1 个回复任务已逾期，但调度从未运行过：没有人会收到提醒或上报")


def test_a_scheduler_that_stopped_in_chinese(tmp_path):
    engine, sessions = _store(tmp_path)
    run_round(sessions, NOW - timedelta(minutes=40), by="daemon")
    with sessions() as s:
        minutes = collect_status(s, NOW, Expectations(scheduler_minutes=5, stale_after=3))
        hours = collect_status(s, NOW + timedelta(hours=3), Expectations(scheduler_minutes=5, stale_after=3))
    engine.dispose()
    zh, english = _zh_and_english(minutes)
    assert english == ["the scheduler's last round was 40 min ago (by daemon): the daemon or the cron `tick` has stopped"]
    assert zh == ["调度上一轮运行于 40 分钟前（由 daemon 运行）：后台服务或 cron 的 `tick` 已停止"]
    assert _zh_and_english(hours)[0] == ["调度上一轮运行于 3 小时前（由 daemon 运行）：后台服务或 cron 的 `tick` 已停止"]


def test_the_command_words_them_and_json_stays_english(tmp_path, monkeypatch, capsys):
    engine, sessions = _store(tmp_path)
    run_round(sessions, datetime.now(UTC) - timedelta(hours=5), by="tick")
    engine.dispose()
    db = f"sqlite:///{tmp_path / 'status.db'}"
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    assert main(["status", "--db", db]) == 3
    out = capsys.readouterr().out
    assert out.startswith("需要处理") and "\n  ! 调度上一轮运行于 5 小时前（由 tick 运行）" in out, out
    assert main(["status", "--db", db, "--format", "json"]) == 3
    said = json.loads(capsys.readouterr().out)["attention"]
    assert said == ["the scheduler's last round was 5 h ago (by tick): the daemon or the cron `tick` has stopped"]
