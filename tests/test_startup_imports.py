"""Commands that do not triage start without the pipeline: no checks, rules, language models, domain or
phone tables, and no Alembic when the schema is current. Checked on sys.modules in a fresh interpreter
(what a command imported is a fact, not a timing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inquiry_triage.store import open_store
from inquiry_triage.store.db import MIGRATIONS, _head_revision

ROOT = Path(__file__).resolve().parents[1]

# Imported only by triage (and by commands that draft or evaluate).
HEAVY = ("inquiry_triage.pipeline", "inquiry_triage.checks", "inquiry_triage.language", "inquiry_triage.drafts",
         "alembic", "langdetect", "tldextract", "phonenumbers", "email_validator", "dns", "jinja2")

_RUN = """
import contextlib, io, json, sys
from inquiry_triage.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(*argv: str, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    proc = subprocess.run([sys.executable, "-c", _RUN, *argv], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.fixture(scope="module")
def current_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('startup') / 'current.db'}"
    engine, _ = open_store(url)  # migrated to head here, with Alembic
    engine.dispose()
    return url


def test_help_imports_neither_the_pipeline_nor_its_data():
    code, modules = _modules_after("--help")
    assert code == 0
    assert _heavy(modules) == []
    assert "holidays" not in modules and "sqlalchemy" not in modules


def test_a_triage_with_a_warm_per_user_cache_does_not_import_holidays(tmp_path):
    """The calendars' questions to the `holidays` package are answered from the per-user cache
    (scheduling/holiday_facts.py): importing it loads all of its ~250 country modules."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    argv = ("triage", str(ROOT / "fixtures" / "emails" / "company_rfq_fob.eml"), "--offline", "--no-store")
    code, cold = _modules_after(*argv, env=env)
    assert code in (0, 1) and "holidays" in cold  # the first process asks the package
    code, warm = _modules_after(*argv, env=env)
    assert code in (0, 1) and "inquiry_triage.scheduling.deadlines" in warm
    assert not any(m == "holidays" or m.startswith("holidays.") for m in warm)
    # the table names its rows from queue/names.py: a triage that stores nothing never loads the store
    assert "sqlalchemy" not in warm and "inquiry_triage.queue.views" not in warm


@pytest.mark.parametrize("command", [["status"], ["queue"], ["queue", "--format", "json"]])
def test_commands_that_read_the_store_do_not_import_the_pipeline_or_alembic(current_db, command):
    code, modules = _modules_after(*command, "--db", current_db)
    assert code == 0
    assert "inquiry_triage.store.db" in modules  # it did open the database
    assert _heavy(modules) == []


def test_the_head_read_from_the_files_is_alembics_head():
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert _head_revision() == ScriptDirectory.from_config(cfg).get_current_head()


def test_a_database_behind_the_head_is_still_upgraded(tmp_path):
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import create_engine, text

    url = f"sqlite:///{tmp_path / 'old.db'}"
    open_store(url)[0].dispose()
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "-1")
    with engine.connect() as connection:
        behind = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert behind != _head_revision()
    code, modules = _modules_after("status", "--db", url)
    assert code == 0 and "alembic" in modules  # the stored revision differs: Alembic upgrades
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == _head_revision()
    engine.dispose()
