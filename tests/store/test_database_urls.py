"""A wrong database URL gets one line that says what to write instead, never the password."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inquiry_triage.errors import ConfigError  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402


@pytest.mark.parametrize("url, advice", [
    ("postgres://sales:s3cret-pw@db.example/queue", "postgresql+psycopg://"),
    ("inquiry.db", "not a file name: sqlite:///inquiry-triage.db"),
    ("mysql://sales:s3cret-pw@db.example/queue", "supported: sqlite:///"),
    ("sqlite:///", "names no file"),
    ("sqlite://", "names no file"),
    ("sqlite:///:memory:", "names no file"),
])
def test_a_wrong_url_is_refused_with_the_form_to_use_and_without_the_password(url, advice):
    with pytest.raises(ConfigError) as refused:
        open_store(url)
    assert advice in str(refused.value) and "s3cret-pw" not in str(refused.value)


def test_a_file_url_still_opens(tmp_path):
    engine, _sessions = open_store(f"sqlite:///{tmp_path / 'queue.db'}")
    engine.dispose()
    assert (tmp_path / "queue.db").is_file()
