"""`queue --channel phone --channel im` listed only the chats: argparse keeps the last value of an option
given twice, silently (newcomer 20). A second --channel is now a usage error (exit 2) naming both values,
in English and Chinese; one --channel filters as before."""

from __future__ import annotations

from tests.cli_kit import empty_store, run_cli


def test_a_second_channel_is_a_usage_error_naming_both(tmp_path, monkeypatch, capsys):
    url = empty_store(tmp_path, monkeypatch)
    code, out, err = run_cli(capsys, "queue", "--channel", "phone", "--channel", "im", "--db", url)
    assert code == 2 and out == ""
    assert err[0] == "inquiry-triage queue: error: argument --channel: given twice (phone, im): one value only"
    assert err[1].startswith("usage: inquiry-triage queue") and "--help" in err[2]
    code, out, err = run_cli(capsys, "queue", "--channel", "phone", "--channel", "im", "--db", url, "--lang", "zh")
    assert code == 2 and "参数 --channel：给了两次（phone, im）：只能给一个值" in err[0]


def test_one_channel_still_filters(tmp_path, monkeypatch, capsys):
    url = empty_store(tmp_path, monkeypatch)
    code, out, err = run_cli(capsys, "queue", "--channel", "phone", "--db", url)
    assert code == 0 and "No open task matches." in out, err
    code, out, err = run_cli(capsys, "queue", "reply", "1", "--channel", "phone", "--channel", "email", "--db", url)
    assert code == 2 and "given twice (phone, email)" in err[0]  # a reply's channel too: one way it went out
