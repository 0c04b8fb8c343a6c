"""A usage mistake in `queue` prints a short error, the one usage line of the action it was for and a
hint to its --help (exit 2), not the queue's whole option list; and every `queue ACTION --help` is that
action's own page with an example (a newcomer's findings: the same long page for every action)."""

from __future__ import annotations

import pytest

from inquiry_triage.cli import QUEUE_ACTIONS, main
from inquiry_triage.queue.actions_help import ACTIONS


def _usage_error(capsys, *argv: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    assert stop.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def _help(capsys, *argv: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    assert stop.value.code in (0, None)
    return capsys.readouterr().out


def test_a_mistyped_option_names_the_action_and_its_one_usage_line(capsys):
    err = _usage_error(capsys, "queue", "snooze", "12", "--untl", "2d")
    lines = err.splitlines()
    assert lines == ["inquiry-triage queue snooze: error: unrecognized arguments: --untl 2d",
                     "usage: inquiry-triage queue snooze TASK (--until TIME | --until-reply)",
                     "see `inquiry-triage queue snooze --help` (with examples)"], err
    assert "--hide-suspicious" not in err  # not the whole option list


def test_a_bad_value_and_a_missing_option_value(capsys):
    err = _usage_error(capsys, "queue", "dismiss", "12", "--as", "junk")
    assert err.splitlines()[1] == "usage: inquiry-triage queue dismiss TASK --as spam|scam|spy|duplicate", err
    err = _usage_error(capsys, "queue", "assign", "12", "--to")
    assert "argument --to: expected one argument" in err and "usage: inquiry-triage queue assign TASK --to NAME" in err
    err = _usage_error(capsys, "queue", "--limit", "x")
    assert len(err.splitlines()) == 3 and err.splitlines()[1].startswith("usage: inquiry-triage queue [list]"), err


def test_a_mistyped_action_says_the_nearest_one(capsys):
    err = _usage_error(capsys, "queue", "shw", "12")
    assert "unknown action 'shw' (did you mean show?)" in err and len(err.splitlines()) == 3, err


def test_other_commands_end_with_a_hint(capsys):
    err = _usage_error(capsys, "report", "sla", "--bogus")
    assert "inquiry-triage report: error: unrecognized arguments: --bogus" in err
    assert err.splitlines()[-1] == "see `inquiry-triage report --help`"


@pytest.mark.parametrize("action", [a for a in QUEUE_ACTIONS if a != "list"])
def test_every_action_has_its_own_help_page_with_an_example(capsys, action):
    page = _help(capsys, "queue", action, "--help")
    assert page.startswith(f"usage: inquiry-triage queue {ACTIONS[action].usage}"), page
    assert "examples:" in page and f"inquiry-triage queue {ACTIONS[action].examples[0][0]}" in page
    assert "a salesperson's day" not in page  # not the queue's whole page


def test_the_pages_differ_and_list_only_their_options(capsys):
    snooze, show = _help(capsys, "queue", "snooze", "12", "--help"), _help(capsys, "queue", "show", "--help")
    assert "--until TIME" in snooze and "--until" not in show and "--format" in show
    assert _help(capsys, "queue", "reply", "-h") != _help(capsys, "queue", "note", "-h")


def test_queue_help_is_still_the_whole_queue(capsys):
    page = _help(capsys, "queue", "--help")
    assert "a salesperson's day" in page and "--hide-suspicious" in page and "queue ACTION --help" in page
    assert set(ACTIONS) == set(QUEUE_ACTIONS)  # every action has its words
