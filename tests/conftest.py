"""Every test starts from the same language: the command line follows the system locale (LANG=zh_CN.UTF-8
prints Chinese: queue/cli_words.cli_language) and INQUIRY_TRIAGE_LANG, so a developer's Chinese desktop
or an exported INQUIRY_TRIAGE_LANG would turn the English assertions' output Chinese. A test that wants
another language sets it itself (monkeypatch.setenv), which wins over this."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# Compiled bytecode for the tests' own Python processes: with PYTHONDONTWRITEBYTECODE set (as in the
# CI environment) every `python -m inquiry_triage ...` the tests start (hundreds) compiled the whole
# package from source again (~0.15 s CPU each), and pytest re-rewrote every test module's asserts in
# each worker. The bytecode goes to a cache folder outside the checkout (PYTHONPYCACHEPREFIX; files
# mirror the sources' absolute paths and are checked against their mtime and size as usual), so no
# __pycache__ appears in the tree. Nothing else changes: same code, same tests.
if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    _PREFIX = os.environ.get("PYTHONPYCACHEPREFIX") or str(
        Path(tempfile.gettempdir()) / f"inquiry-triage-tests-pycache-{os.getuid()}")
    os.environ.pop("PYTHONDONTWRITEBYTECODE")
    os.environ["PYTHONPYCACHEPREFIX"] = _PREFIX
    sys.pycache_prefix = _PREFIX
    sys.dont_write_bytecode = False


@pytest.fixture(autouse=True, scope="session")
def _english_unless_a_test_asks():  # type: ignore[no-untyped-def]
    pinned = pytest.MonkeyPatch()
    for name in ("INQUIRY_TRIAGE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        pinned.delenv(name, raising=False)
    pinned.setenv("LANG", "C.UTF-8")
    yield
    pinned.undo()
