"""A mailbox's settings errors in Chinese (newcomer 15: half-translated). `poll` with a bad [mailboxes.NAME]
table or --url said '错误：邮箱 'sales'：environment variable NOPE (field 'password_env') is not set': the
mailbox was worded, the problem (sources/imap.py's ConfigError) was not. queue/cli_words now words every
settings problem imap.py raises; the field, variable, path and values stay as given."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.cli import main
from inquiry_triage.errors import ConfigError
from inquiry_triage.queue.cli_words import mailbox_error_words
from inquiry_triage.sources.imap import mailbox_from_config, mailbox_from_url
from tests.cli_kit import usage_error_line

GOOD = {"host": "imap.example.com", "user": "sales@example.com", "password_env": "SALES_PW"}
ENV = {"SALES_PW": "correct horse battery staple"}


def _left_english(text: str) -> str:
    """What is left after the values a user typed (quoted), URLs, field/variable names, IMAP's system flags,
    known lists and the system's own reason (strerror, as for every file error)."""
    left = re.sub(r"'[^']*'|\"[^\"]*\"|imaps?://\S*|https?://|\\[A-Za-z]+|password_(?:env|file)|"
                  r"No such file or directory|\b[A-Z_]{3,}\b|\$Triaged|\((?:known|已知)[^)]*\)|已知：[^）]*|"
                  r"\b(?:tls|starttls|plain|leave|flag|move|after|localhost|NUL|CR|LF|IMAP|URL|UTF|USER|HOST|"
                  r"FOLDER)\b|/\S+", " ", text)
    return " ".join(re.findall(r"[A-Za-z]{3,}", left))


TABLES = [
    {"security": "ssl"}, {"security": "plain"}, {"port": "993"}, {"port": 70000}, {"host": None}, {"user": 5},
    {"after": "delete"}, {"after": "move"}, {"after": "move", "move_to": "INBOX"},
    {"after": "flag", "flag": "two words"}, {"after": "flag", "flag": "\\Deleted"}, {"folders": []},
    {"folders": ["INBOX", "inbox"]}, {"batch_size": 0}, {"timeout": "soon"}, {"hots": "x"},
    {"password": "x"}, {"password_file": "/x"}, {"password_env": None}, {"password_env": "NOPE"},
    {"password_env": None, "password_file": "/no/such/file"}, {"timeout": 0}, {"max_item_bytes": 10},
]


@pytest.mark.parametrize("change", TABLES)
def test_every_settings_error_is_worded(change):
    table = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    with pytest.raises(ConfigError) as caught:
        mailbox_from_config("sales", table, env=ENV)
    worded = mailbox_error_words("zh", str(caught.value))
    assert worded and worded.startswith("邮箱 'sales'："), (worded, str(caught.value))
    assert not _left_english(worded), (worded, str(caught.value))


@pytest.mark.parametrize("url", [
    "http://host/INBOX", "imap://host/INBOX", "imap://u:pw@host/INBOX", "imaps://u@host/INBOX?security=plain",
    "imap://u@imap.example.com/INBOX?security=tls", "imap://u@host/INBOX?after=move&after=flag",
    "imap://u@host/INBOX?colour=red", "imaps://u@host/INBOX", "imap://@/INBOX",
])
def test_every_url_error_is_worded(url):
    with pytest.raises(ConfigError) as caught:
        mailbox_from_url(url, env={})
    worded = mailbox_error_words("zh", str(caught.value))
    assert worded and worded.startswith("邮箱 "), (worded, str(caught.value))
    assert not _left_english(worded), (worded, str(caught.value))


def test_poll_says_it_in_chinese(tmp_path, capsys, monkeypatch):
    config = tmp_path / "team.toml"
    config.write_text('[mailboxes.sales]\nhost = "imap.example.com"\nuser = "sales@example.com"\n'
                      'password_env = "NOPE_SALES_PW"\n')
    monkeypatch.delenv("NOPE_SALES_PW", raising=False)
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    capsys.readouterr()
    code = main(["poll", "--once", "--config", str(config), "--db", f"sqlite:///{tmp_path / 'q.db'}"])
    err = capsys.readouterr().err
    assert code == 2 and usage_error_line(err, "poll", "zh") == \
        "inquiry-triage poll: 错误：邮箱 'sales'：环境变量 NOPE_SALES_PW（字段 'password_env'）未设置", err
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "en")
    assert main(["poll", "--once", "--config", str(config), "--db", f"sqlite:///{tmp_path / 'q.db'}"]) == 2
    assert usage_error_line(capsys.readouterr().err, "poll") == (
        "inquiry-triage poll: error: mailbox 'sales': environment variable NOPE_SALES_PW (field 'password_env') is not set")


@pytest.mark.parametrize("config, option, expected", [
    ('[mailboxes.sales]\nhost = "imap.example.com"\nuser = "sales@example.com"\npassword_env = "HOME"\n'
     "interval = 1\n", (), "邮箱 'sales'：字段 'interval' 必须是不小于 5 的秒数（实际为 1）"),
    ("mailboxes = 3\n", (), "[mailboxes] 必须由 [mailboxes.名称] 表组成"),
    ('[mailboxes.sales]\nhost = "imap.example.com"\nuser = "sales@example.com"\npassword_env = "HOME"\n',
     ("--mailbox", "other"), "配置中没有名为 'other' 的邮箱（已配置：sales）"),
    ("", ("--mailbox", "other"), "配置中没有名为 'other' 的邮箱（尚未配置任何邮箱）"),
])
def test_the_daemons_mailbox_errors_in_chinese(tmp_path, capsys, monkeypatch, config, option, expected):
    """daemon.mailboxes_from_config's own: the poll interval, the [mailboxes] table, --mailbox NAME."""
    path = tmp_path / "team.toml"
    path.write_text(config)
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    capsys.readouterr()
    code = main(["poll", "--once", "--config", str(path), *option, "--db", f"sqlite:///{tmp_path / 'q.db'}"])
    assert code == 2 and usage_error_line(capsys.readouterr().err, "poll", "zh") == f"inquiry-triage poll: 错误：{expected}"
