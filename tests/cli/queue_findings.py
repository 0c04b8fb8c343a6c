"""What the tests of newcomers' and a reviewer's findings on the command-line queue share (session 7):
in-process `main` against a real SQLite store of the fixtures, on a seller clock that is not the
shipped one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.web.web_store import triaged_store

ZONE = "America/Sao_Paulo"  # UTC-3 all year: a UTC time printed by mistake shows


def _store(where: Path) -> tuple[str, Path]:
    config = where / "seller.toml"
    config.write_text(f'[seller]\ntimezone = "{ZONE}"\n')
    return triaged_store(where / "q.db"), config


LOCALE = ("INQUIRY_TRIAGE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture()
def english(monkeypatch):
    """No language setting in the environment but an English locale."""
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture()
def fresh(tmp_path) -> tuple[str, Path]:
    return _store(tmp_path)


def run(capsys, monkeypatch, store, *argv: str, user: str = "lena") -> tuple[int, str, str]:
    url, config = store
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(config))
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", user)
    capsys.readouterr()
    code = main([*argv, "--db", url])
    out, err = capsys.readouterr()
    return code, out, err


def task_of(store, source_end: str) -> int:  # type: ignore[no-untyped-def]
    engine, sessions = open_store(store[0])
    try:
        with sessions() as s:
            return s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.endswith(source_end))
                            .order_by(TaskRow.id).limit(1))
    finally:
        engine.dispose()


_UTC_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+00:00")


