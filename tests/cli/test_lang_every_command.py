"""README and the top-level help say `export INQUIRY_TRIAGE_LANG=zh  # or --lang zh`, but only `queue` and
`report` took --lang: `status --lang zh` was 'unrecognized arguments', `triage --lang zh ...` exit 2 and
`inquiry-triage --lang zh queue` took 'zh' for the command. --lang is now every command's option (after the
command, as the README puts options) and the top level's (before it), meaning what $INQUIRY_TRIAGE_LANG means."""

from __future__ import annotations

import pytest

from tests.cli.queue_findings import english, fresh, run  # noqa: F401 (english, fresh: fixtures)

@pytest.mark.parametrize("before", [False, True])
@pytest.mark.parametrize("command", [("status",), ("queue",), ("report", "sla"), ("users", "list"), ("tick",)])
def test_lang_after_or_before_the_command(capsys, monkeypatch, fresh, english, command, before):
    argv = ("--lang", "zh", *command) if before else (*command, "--lang", "zh")
    code, out, err = run(capsys, monkeypatch, fresh, *argv)
    assert code in ((0, 3) if command == ("status",) else (0,)), (argv, out, err)  # status: 3 needs attention
    assert "unrecognized" not in err and "无法识别" not in err, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in out + err), (argv, out, err)  # said in Chinese


def test_lang_en_keeps_english_over_the_variable(capsys, monkeypatch, fresh, english):
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, out, err = run(capsys, monkeypatch, fresh, "status", "--lang", "en")
    assert code == 3 and not any("\u4e00" <= ch <= "\u9fff" for ch in out), out
    code, out, err = run(capsys, monkeypatch, fresh, "--lang", "en", "queue")
    assert code == 0 and out.lstrip().startswith("ID"), out


def test_triage_takes_lang(capsys, monkeypatch, fresh, english, tmp_path):
    mail = tmp_path / "a.eml"
    mail.write_text("From: Ana <ana@example.com>\nSubject: price of 500 valves\n\nPlease quote 500 valves DN50.\n")
    code, out, err = run(capsys, monkeypatch, fresh, "triage", str(mail), "--lang", "zh", "--offline", "--no-store",
                         "--no-progress")
    assert code == 0, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in out), out  # the table's head in Chinese
    code, out, err = run(capsys, monkeypatch, fresh, "--lang", "zh", "triage", str(mail), "--offline", "--no-store",
                         "--no-progress")
    assert code == 0 and any("\u4e00" <= ch <= "\u9fff" for ch in out), (out, err)


def test_help_names_lang_in_every_command(capsys, monkeypatch, fresh, english):
    for command in ("status", "triage", "notify", "evaluate"):
        with pytest.raises(SystemExit):
            run(capsys, monkeypatch, fresh, command, "--help")
        assert "--lang" in capsys.readouterr().out, command
