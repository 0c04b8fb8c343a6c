"""A newcomer's finding: with users stored, `report sla --user nobody` printed the table (exit 0) where
every other command refuses an unknown name (exit 4, README "Once users are stored ..."). Any stored user
may read the SLA report (agents see their own figures on the web dashboard too); a stranger may not."""

from __future__ import annotations

from inquiry_triage.cli import main as cli_main
from tests.cli.test_assign_and_closed_refusals import db, store_users, triaged  # noqa: F401


def main(argv: list[str]) -> int:
    """The exit status as the shell sees it (a refusal may leave through SystemExit(4))."""
    try:
        return cli_main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def test_report_sla_refuses_an_unknown_user(db, capsys):  # noqa: F811
    store_users(db, lena="lead", alice="agent")
    capsys.readouterr()
    assert main(["report", "sla", "--since", "all", "--db", db, "--user", "nobody"]) == 4
    captured = capsys.readouterr()
    assert "nobody" in captured.err and captured.out == ""


def test_report_sla_serves_a_stored_user(db, capsys):  # noqa: F811
    store_users(db, lena="lead", alice="agent")
    capsys.readouterr()
    assert main(["report", "sla", "--since", "all", "--db", db, "--user", "alice"]) == 0
    assert capsys.readouterr().out.strip()
