"""`queue --filed list` lists mailing-list mail (the filing "list"), not "the filed items": the help,
the heading and an empty answer say so (a newcomer read it as "list what is filed"). The JSON is unchanged."""

from __future__ import annotations

import json

from inquiry_triage.cli import build_parser, main
from tests.queue.test_id_labels import _store  # inquiry 1: mail filed "list"; inquiries 2 and 3 have tasks


def _run(capsys, url: str, *argv: str) -> str:
    capsys.readouterr()
    assert main(["queue", *argv, "--db", url, "--user", "lena"]) == 0
    return capsys.readouterr().out


def test_the_listing_says_what_it_lists(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'filed.db'}"
    _store(url)[0].dispose()
    lines = _run(capsys, url, "--filed", "list").splitlines()
    assert lines[0] == "Stored mail filed as list (mailing-list mail): not an inquiry, so it has no task", lines
    assert lines[1] == "All stored items by filing: inquiry 2 (the queue's inquiries), list 1 (mailing-list mail)", lines
    assert lines[2].startswith("inquiry 1 ") and "showing 1-1 of 1" in lines
    lines = _run(capsys, url, "--filed", "all").splitlines()
    assert lines[0] == "Stored mail that is not an inquiry, so has no task: every filing", lines
    out = _run(capsys, url, "--filed", "bounce")
    assert out.splitlines()[-1] == "No stored mail is filed as bounce (bounces, undeliverable mail).", out
    data = json.loads(_run(capsys, url, "--filed", "list", "--format", "json"))
    assert set(data) == {"counts", "total", "offset", "items"} and data["counts"] == {"inquiry": 2, "list": 1}


def test_the_help_says_list_is_mailing_list_mail():
    queue = build_parser()._subparsers._group_actions[0].choices["queue"]  # type: ignore[union-attr]
    filed = next(a for a in queue._actions if "--filed" in a.option_strings)
    assert "list = mailing-list mail" in filed.help and "no task" in filed.help
    assert "--filed list (mailing-list mail)" in queue.epilog
