"""README's sentence on `--user` names the commands that take it, and only those (a newcomer's finding: it
read as if every command took --user, but `status`, `tick` and `triage` refuse it as an unknown option:
they act as no one). Checked against the parser, so a command that starts taking --user is named too."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from inquiry_triage.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _takes_user(command: argparse.ArgumentParser) -> bool:
    return any("--user" in action.option_strings for action in command._actions)


def test_the_readme_names_the_commands_that_take_user():
    text = " ".join(README.read_text(encoding="utf-8").split())
    said = re.search(r"each command that acts as a person \(([^)]*)\) names one of them", text)
    assert said, "README: which commands take --user"
    named = set(re.findall(r"`(\w[\w-]*)`", said.group(1)))
    commands = _commands()
    assert named == {name for name, command in commands.items() if _takes_user(command)}
    # ... and the ones a newcomer tried are said to take none
    others = re.search(r"names one of them[^.]*\. ([^.]*take no `--user`)", text)
    assert others and {"triage", "status", "tick"} <= set(re.findall(r"`(\w[\w-]*)`", others.group(1)))
    assert not any(_takes_user(commands[name]) for name in ("triage", "status", "tick"))
