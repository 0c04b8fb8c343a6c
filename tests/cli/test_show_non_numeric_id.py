"""`queue show abc` (a task ID that is not a number) is a usage error like argparse's: the message, the
action's usage line and where its help is, exit 2 (it printed the message alone)."""

from __future__ import annotations

from tests.cli.queue_findings import fresh, run  # noqa: F401 (fresh: a fixture)


def test_a_non_numeric_task_id_prints_the_usage_line(capsys, monkeypatch, fresh):
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "show", "abc")
    assert (code, out) == (2, "")
    assert err.splitlines() == ["inquiry-triage queue show: error: 'abc' is not a task ID",
                                "usage: inquiry-triage queue show TASK [--format json]",
                                "see `inquiry-triage queue show --help` (with examples)"], err
    code, _, err = run(capsys, monkeypatch, fresh, "queue", "snooze", "x1", "--until", "2d")
    assert code == 2 and "usage: inquiry-triage queue snooze TASK (--until TIME | --until-reply)" in err, err


def test_in_chinese(capsys, monkeypatch, fresh):
    code, _, err = run(capsys, monkeypatch, fresh, "queue", "show", "abc", "--lang", "zh")
    assert code == 2
    assert err.splitlines() == ["inquiry-triage queue show: 错误： 'abc' 不是任务编号",
                                "用法：inquiry-triage queue show TASK [--format json]",
                                "详见 `inquiry-triage queue show --help`（附示例）"], err
