"""What every test server harness shares: finding a binary and the CI rule for a missing server."""

from __future__ import annotations

import os
import shutil

import pytest


def find_binary(name: str) -> str | None:
    """A server binary, also when /usr/sbin is not on PATH (non-root users)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in ("/usr/sbin", "/sbin", "/usr/local/sbin"):
        candidate = os.path.join(folder, name)
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def unavailable(message: str) -> None:
    """pytest.fail under CI (CI=true): a missing server fails the run; pytest.skip elsewhere."""
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
