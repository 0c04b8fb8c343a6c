"""A bad configuration is a usage error as the README's exit codes say (2: the error, the command's usage
line and `see ... --help`): a bad --config TOML, an unknown key, a wrong type or a missing file printed
'inquiry-triage: error: ...' alone. The error still names the file and the key (newcomer's finding,
session 20)."""

from __future__ import annotations

import pytest

from tests.cli_kit import empty_store, run_cli, usage_error_line

FILES = {  # what the file holds -> what the error says about it, after the file's path
    "not toml [": ": not valid TOML",
    '[seller]\ntimezon = "Asia/Shanghai"\n': ": unknown key [seller] timezon: did you mean timezone?",
    "[seller]\ntimezone = 5\n": ": [seller] timezone = 5 is not a known timezone",
    "[nosuch]\na = 1\n": ": unknown section [nosuch]",
}


@pytest.mark.parametrize("text", FILES)
@pytest.mark.parametrize("argv, command", [(("status",), "status"), (("queue",), "queue"),
                                           (("queue", "show", "1"), "queue show"), (("report", "sla"), "report")])
def test_a_bad_configuration_file_says_its_file_key_usage_and_help(capsys, monkeypatch, tmp_path, text, argv, command):
    url = empty_store(tmp_path, monkeypatch)
    config = tmp_path / "mine.toml"
    config.write_text(text, encoding="utf-8")
    code, out, err = run_cli(capsys, *argv, "--config", str(config), "--db", url)
    assert (code, out) == (2, ""), err
    said = usage_error_line("\n".join(err), command)
    assert said.startswith(f"inquiry-triage {command}: error: {config}{FILES[text]}"), said


def test_a_missing_configuration_file_says_where_it_was_named(capsys, monkeypatch, tmp_path):
    url = empty_store(tmp_path, monkeypatch)
    missing = tmp_path / "nope.toml"
    code, _, err = run_cli(capsys, "status", "--config", str(missing), "--db", url)
    assert code == 2
    assert usage_error_line("\n".join(err), "status") == \
        f"inquiry-triage status: error: configuration file not found: {missing} (from --config)"
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(missing))
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, _, err = run_cli(capsys, "status", "--db", url)
    assert code == 2
    assert usage_error_line("\n".join(err), "status", "zh") == \
        f"inquiry-triage status: 错误：找不到配置文件 {missing}（来自 $INQUIRY_TRIAGE_CONFIG）"
