"""`inquiry-triage --version` and the queue actions called without what they need (newcomer 17, findings 1
and 2). --version was an unknown argument (exit 2); it prints the installed version, exit 0, and is in
`--help`'s option list in both languages. `queue snooze 6` without --until (or --until-reply), `note 6`
without text and `buyer-timezone 6` without a zone printed one line with no usage, unlike `assign 6`
without --to: they now say 'error:', the action's usage line and where its help is, exit 2, English and
Chinese; so does an --until the snooze cannot read."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from tests.cli_kit import empty_store, run_cli


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    return empty_store(tmp_path, monkeypatch)


run = run_cli


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_installed_version(db, capsys, flag):
    code, out, err = run(capsys, flag)
    assert code == 0 and err == [] and out == f"inquiry-triage {version('inquiry-triage')}\n"


@pytest.mark.parametrize("lang, words", [("en", "print the installed version and exit"), ("zh", "显示已安装的版本并退出")])
def test_version_is_in_the_help(db, capsys, lang, words):
    code, out, _ = run(capsys, "--lang", lang, "--help")
    assert code == 0 and "[-V]" in out.split("\n\n")[0]
    line = next(line for line in out.splitlines() if "--version" in line)
    assert line.split() == ["-V,", "--version", *words.split()]


@pytest.mark.parametrize("args, first, usage", [
    (("snooze", "6"), "--until TIME or --until-reply is required", "snooze TASK (--until TIME | --until-reply)"),
    (("snooze", "6", "--until", " "), "--until TIME or --until-reply is required",
     "snooze TASK (--until TIME | --until-reply)"),
    (("note", "6"), "the note's TEXT is required", "note TASK TEXT..."),
    (("note", "6", " "), "the note's TEXT is required", "note TASK TEXT..."),
    (("buyer-timezone", "6"), "ZONE is required: an IANA name such as Europe/Moscow, or auto",
     "buyer-timezone TASK ZONE|auto"),
    (("snooze", "6", "--until", "soonish"), "--until 'soonish': use a duration (2d, 4h, 30m)",
     "snooze TASK (--until TIME | --until-reply)"),
])
def test_queue_actions_without_what_they_need_print_their_usage(db, capsys, args, first, usage):
    code, out, lines = run(capsys, "queue", *args, "--db", db)
    assert code == 2 and out == "" and len(lines) == 3, lines
    assert lines[0].startswith(f"inquiry-triage queue {args[0]}: error: {first}"), lines
    assert lines[1] == f"usage: inquiry-triage queue {usage}"
    assert lines[2] == f"see `inquiry-triage queue {args[0]} --help` (with examples)"


@pytest.mark.parametrize("args, first", [
    (("snooze", "6"), "需要 --until 时间 或 --until-reply"),
    (("note", "6"), "需要备注内容"),
    (("buyer-timezone", "6"), "需要时区 ZONE：IANA 时区名"),
    (("snooze", "6", "--until", "soonish"), "暂缓时间 'soonish' 无法识别"),
])
def test_queue_actions_without_what_they_need_in_chinese(db, capsys, args, first):
    code, _, lines = run(capsys, "queue", *args, "--db", db, "--lang", "zh")
    assert code == 2 and lines[0].startswith(f"inquiry-triage queue {args[0]}: 错误： {first}"), lines
    assert lines[1].startswith(f"用法：inquiry-triage queue {args[0]} ") and lines[2].startswith("详见"), lines


def test_a_snooze_with_its_time_still_works(db, capsys, tmp_path):
    """The check does not refuse what was fine: --until-reply alone passes it (and reaches the task lookup)."""
    code, _, lines = run(capsys, "queue", "snooze", "6", "--until-reply", "--db", db)
    assert code == 2 and lines == ["inquiry-triage queue snooze: no task with ID 6"]
