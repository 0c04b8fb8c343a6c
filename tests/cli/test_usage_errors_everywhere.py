"""Usage errors said one way in every command (newcomer 15, finding 11's rest): `queue dismiss` without
--as, `queue assign` without --to, `users` without NAME / --role / --language and `report --since soon`
printed one line; they now carry the usage line and "see ... --help" as argparse's errors do, exit 2,
in English and Chinese."""

from __future__ import annotations

import pytest

from tests.cli_kit import empty_store, run_cli


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    return empty_store(tmp_path, monkeypatch)


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    code, out, err = run_cli(capsys, *argv)
    assert out == ""
    return code, err


@pytest.mark.parametrize("args, first, usage", [
    (("dismiss", "1"), "inquiry-triage queue dismiss: error: --as spam|spy|duplicate is required",
     "usage: inquiry-triage queue dismiss TASK --as spam|scam|spy|duplicate"),
    (("assign", "1"), "inquiry-triage queue assign: error: --to NAME is required",
     "usage: inquiry-triage queue assign TASK --to NAME"),
])
def test_queue_actions_without_their_option(db, capsys, args, first, usage):
    code, lines = run(capsys, "queue", *args, "--db", db)
    assert code == 2 and lines[0] == first and lines[1].startswith(usage), lines
    assert lines[2].startswith(f"see `inquiry-triage queue {args[0]} --help`"), lines


def test_queue_dismiss_in_chinese(db, capsys):
    code, lines = run(capsys, "queue", "dismiss", "1", "--db", db, "--lang", "zh")
    assert code == 2 and lines[0].startswith("inquiry-triage queue dismiss: 错误： 需要 --as"), lines
    assert lines[1].startswith("用法：inquiry-triage queue dismiss") and lines[2].startswith("详见"), lines


@pytest.mark.parametrize("args, message", [
    (("users", "role"), "whose? give a NAME"),
    (("users", "role", "bob"), "--role agent|lead|supervisor is required"),
    (("users", "language", "bob"), "--language zh|en is required"),
])
def test_users_errors_carry_the_usage(db, capsys, args, message):
    code, lines = run(capsys, *args, "--db", db)
    assert code == 2 and lines[0].startswith("usage: inquiry-triage users "), lines
    assert f"inquiry-triage users {args[1]}: error: {message}" in lines and lines[-1] == "see `inquiry-triage users --help`"


def test_users_errors_in_chinese(db, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, lines = run(capsys, "users", "role", "bob", "--db", db)
    assert code == 2 and lines[0].startswith("用法：inquiry-triage users "), lines
    assert "inquiry-triage users role: 错误：需要 --role agent|lead|supervisor" in lines
    assert lines[-1] == "详见 `inquiry-triage users --help`"


@pytest.mark.parametrize("lang, error, hint", [
    ("en", "inquiry-triage report: error: --since 'soon': use a number and a unit, e.g. 90m, 24h, 7d, 2w",
     "see `inquiry-triage report --help`"),
    ("zh", "inquiry-triage report: 错误：--since 'soon'：请写数字加单位，例如 90m、24h、7d、2w",
     "详见 `inquiry-triage report --help`"),
])
def test_report_since_error_carries_the_usage(db, capsys, lang, error, hint):
    code, lines = run(capsys, "report", "sla", "--since", "soon", "--db", db, "--lang", lang)
    assert code == 2 and lines[0].split()[:2] == (["usage:", "inquiry-triage"] if lang == "en"
                                                   else ["用法：inquiry-triage", "report"]), lines
    assert error in lines and lines[-1] == hint, lines
