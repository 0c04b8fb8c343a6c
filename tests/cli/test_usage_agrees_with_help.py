"""What a queue action's usage line and help say is what it does (newcomer ux17b): `queue escalate`
takes an optional reason (the web's reason field is optional, operations.escalate keeps one as a note,
a bare escalation is shown 'by hand'), so its usage is `[REASON...]`; `queue snooze` takes --until or
--until-reply, not both (a usage error said as the others: 'error:', the usage line, the help hint,
exit 2, in en and zh); every `queue ACTION --help` lists --lang and its last line names it; `users
--help` tells --language (stored for the user's web pages and html reports) from --lang (this
command's output)."""

from __future__ import annotations

import re
from itertools import takewhile

import pytest
from sqlalchemy import func, select

from inquiry_triage.cli import QUEUE_ACTIONS
from inquiry_triage.store.models import AuditRow, NoteRow, TaskRow
from tests.cli_kit import run_cli
from tests.web.web_store import open_reply_task, sessions, store_url  # noqa: F401 (fixtures)

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C")


def run(capsys, *argv: str) -> tuple[int, str, list[str]]:
    code, out, err = run_cli(capsys, *argv)
    return code or 0, out, err


# --- 1. escalate: the reason is optional, and its usage says so ---

def test_escalate_usage_says_the_reason_is_optional(capsys):
    code, out, _ = run(capsys, "queue", "escalate", "--help")
    assert code == 0 and out.splitlines()[0] == "usage: inquiry-triage queue escalate TASK [REASON...]", out
    assert "inquiry-triage queue escalate 12 " in out  # the bare form has its example
    code, out, _ = run(capsys, "queue", "escalate", "--help", "--lang", "zh")
    assert out.splitlines()[0] == "用法：inquiry-triage queue escalate TASK [REASON...]" and "可不填" in out, out


def test_escalate_without_a_reason_marks_the_task_and_without_an_id_is_a_usage_error(store_url, sessions, capsys):  # noqa: F811
    task = open_reply_task(sessions)
    db = ("--db", store_url, "--user", "lena")
    code, out, err = run(capsys, "queue", "escalate", *db)
    assert code == 2 and err == ["inquiry-triage queue escalate: error: which task? give its ID",
                                 "usage: inquiry-triage queue escalate TASK [REASON...]",
                                 "see `inquiry-triage queue escalate --help` (with examples)"], err
    code, out, err = run(capsys, "queue", "escalate", str(task), *db)
    assert (code, out.strip(), err) == (0, f"task {task} escalated", [])
    with sessions() as s:
        assert s.get(TaskRow, task).escalated_at is not None
        assert s.scalar(select(NoteRow.id).where(NoteRow.task_id == task, NoteRow.action == "escalate")) is None


def test_escalate_twice_says_it_is_already_escalated_and_records_one_escalation(store_url, sessions, capsys):  # noqa: F811
    task = open_reply_task(sessions)
    db = ("--db", store_url, "--user", "lena")
    run(capsys, "queue", "escalate", str(task), *db)  # (the fixture's task may be escalated by the test above)
    code, out, err = run(capsys, "queue", "escalate", str(task), *db)
    assert code == 4 and f"task {task} is already escalated" in out + "\n".join(err), (out, err)
    code, out, err = run(capsys, "queue", "escalate", str(task), *db, "--lang", "zh")
    assert code == 4 and f"任务 {task} 已上报过" in out + "\n".join(err), (out, err)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.task_id == task,
                                                                        AuditRow.action == "escalate")) == 1


# --- 2. snooze: --until or --until-reply, not both ---

def test_snooze_with_both_is_a_usage_error_in_both_languages(store_url, sessions, capsys):  # noqa: F811
    task = open_reply_task(sessions)
    db = ("--db", store_url, "--user", "lena")
    code, out, err = run(capsys, "queue", "snooze", str(task), "--until", "2d", "--until-reply", *db)
    assert (code, out) == (2, "") and err == [
        "inquiry-triage queue snooze: error: give --until TIME or --until-reply, not both",
        "usage: inquiry-triage queue snooze TASK (--until TIME | --until-reply)",
        "see `inquiry-triage queue snooze --help` (with examples)"], err
    code, out, err = run(capsys, "queue", "snooze", str(task), "--until-reply", "--until", "明天", *db, "--lang", "zh")
    assert (code, out) == (2, "") and err == [
        "inquiry-triage queue snooze: 错误： 请给 --until 时间 或 --until-reply（暂缓到买家再次来信），不要同时给",
        "用法：inquiry-triage queue snooze TASK (--until TIME | --until-reply)",
        "详见 `inquiry-triage queue snooze --help`（附示例）"], err
    with sessions() as s:
        assert s.get(TaskRow, task).state == "open"  # nothing done
    code, out, err = run(capsys, "queue", "snooze", str(task), "--until-reply", *db)  # one of them: as before
    assert code == 0 and "until the buyer writes again" in out, err


# --- 4. every queue action's page is the same about --lang ---

@pytest.mark.parametrize("action", [a for a in QUEUE_ACTIONS if a != "list"])
def test_every_action_page_lists_lang_and_says_every_command_takes_it(capsys, action):
    code, out, _ = run(capsys, "queue", action, "--help")
    assert code == 0 and re.search(r"^  --lang \{en,zh\}", out, re.M), out
    assert out.rstrip().splitlines()[-1] == ("every command also takes --config FILE, --db URL and --lang en|zh; "
                                             "all queue actions: inquiry-triage queue --help"), out
    code, zh, _ = run(capsys, "queue", action, "--help", "--lang", "zh")
    assert code == 0 and re.search(r"^  --lang \{en,zh\}\s+本命令", zh, re.M), zh
    assert "所有命令都可加 --config 文件、--db 数据库地址 和 --lang en|zh" in zh, zh


# --- 5. users: --language is stored for the web, --lang is this command's ---

def _option_help(page: str, option: str) -> str:
    """The option's line and its help's continuation lines (indented deeper than the next option's)."""
    lines = page[page.index(f"\n  {option} "):].splitlines()[1:]
    taken = [lines[0]] + list(takewhile(lambda line: line.startswith("   "), lines[1:]))
    return " ".join(" ".join(taken).split())


def test_users_help_tells_language_from_lang(capsys):
    code, out, _ = run(capsys, "users", "--help")
    said = _option_help(out, "--language")
    assert code == 0 and "interface language" not in said, said
    assert "stored for the user" in said and "web pages" in said and "report --format html" in said, said
    assert "Not --lang, which is this command's own output language" in said, said
    code, zh, _ = run(capsys, "users", "--help", "--lang", "zh")
    said = "".join(_option_help(zh, "--language").split())
    assert "界面语言" not in said and "为该用户保存的语言" in said and "网页" in said, said
    assert "不是--lang，后者只是本命令自身输出的语言" in said, said
