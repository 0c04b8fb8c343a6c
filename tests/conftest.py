"""Every test starts from the same language: the command line follows the system locale (LANG=zh_CN.UTF-8
prints Chinese: queue/cli_words.cli_language) and INQUIRY_TRIAGE_LANG, so a developer's Chinese desktop
or an exported INQUIRY_TRIAGE_LANG would turn the English assertions' output Chinese. A test that wants
another language sets it itself (monkeypatch.setenv), which wins over this."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _english_unless_a_test_asks():  # type: ignore[no-untyped-def]
    pinned = pytest.MonkeyPatch()
    for name in ("INQUIRY_TRIAGE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        pinned.delenv(name, raising=False)
    pinned.setenv("LANG", "C.UTF-8")
    yield
    pinned.undo()
