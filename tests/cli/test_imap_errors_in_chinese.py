"""A mailbox's errors (sources/imap.py) in the reader's language: `poll` and `status` printed them in English
under a Chinese UI. The server's or system's own reason, the host, folder and user stay as they are."""

from __future__ import annotations

import socket

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue.cli_words import error_words


@pytest.fixture()
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_poll_and_status_say_a_mailbox_error_in_chinese(capsys, monkeypatch, tmp_path, closed_port):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_IMAP_PASSWORD", "x")
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    db = f"sqlite:///{tmp_path / 'q.db'}"
    capsys.readouterr()
    assert main(["poll", "--once", "--url", f"imap://lena@127.0.0.1:{closed_port}/INBOX", "--db", db]) == 3
    out = capsys.readouterr().out
    assert f"出错 邮箱 'lena@127.0.0.1'：无法连接 127.0.0.1:{closed_port} (plain)：" in out, out
    assert "cannot connect" not in out and "mailbox '" not in out, out
    main(["status", "--db", db])
    out = capsys.readouterr().out
    assert f"邮箱 'lena@127.0.0.1'：无法连接 127.0.0.1:{closed_port} (plain)：" in out and "cannot connect" not in out, out
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "en")  # English as it was
    assert main(["poll", "--once", "--url", f"imap://lena@127.0.0.1:{closed_port}/INBOX", "--db", db]) == 3
    assert f"ERROR mailbox 'lena@127.0.0.1': cannot connect to 127.0.0.1:{closed_port} (plain): " in capsys.readouterr().out


@pytest.mark.parametrize("english, chinese", [
    ("mailbox 'work': login as 'lena' at imap.x.com:993 (tls) failed: [AUTHENTICATIONFAILED] Authentication failed.",
     "邮箱 'work'：以 'lena' 登录 imap.x.com:993 (tls) 失败：[AUTHENTICATIONFAILED] Authentication failed."),
    ("mailbox 'work': TLS with imap.x.com:993 (tls) failed: certificate verify failed",
     "邮箱 'work'：与 imap.x.com:993 (tls) 的 TLS 连接失败：certificate verify failed"),
    ("mailbox 'work': cannot connect to imap.x.com:993 (tls): timed out after 30 s",
     "邮箱 'work'：无法连接 imap.x.com:993 (tls)：30 秒后超时"),
    ("mailbox 'work': cannot open folder 'Sales': NO [NONEXISTENT] Unknown Mailbox",
     "邮箱 'work'：无法打开文件夹 'Sales'：NO [NONEXISTENT] Unknown Mailbox"),
    ("mailbox 'work': connection to imap.x.com:993 lost during UID FETCH: timed out",
     "邮箱 'work'：与 imap.x.com:993 的连接在 UID FETCH 时中断：timed out"),
    ('mailbox \'work\': imap.x.com:143 (starttls) does not offer STARTTLS: use security = "tls" (port 993) if it '
     'speaks implicit TLS', '邮箱 \'work\'：imap.x.com:143 (starttls) 不支持 STARTTLS：如果它使用隐式 TLS，请设置 '
     'security = "tls"（端口 993）'),
    ("mailbox 'work': something the table does not know", "邮箱 'work'：something the table does not know"),
], ids=["login", "tls", "timeout", "folder", "lost", "starttls", "unknown-shape"])
def test_the_shapes(english, chinese):
    assert error_words("zh", english) == chinese
    assert error_words("en", english) == english
