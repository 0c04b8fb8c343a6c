"""The web stack is loaded by `serve` only: --help, `users` and the queue commands start without
Starlette, uvicorn or Jinja2 (checked on sys.modules in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WEB = ("starlette", "uvicorn", "jinja2", "multipart", "inquiry_triage.web")

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


def _web_modules(*argv: str) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, "-c", _RUN, *argv], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "INQUIRY_TRIAGE_CONFIG": ""})
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return report["code"], [m for m in report["modules"] if any(m == w or m.startswith(w + ".") for w in WEB)]


def test_help_and_users_list_do_not_load_the_web_stack(tmp_path):
    assert _web_modules("--help") == (0, [])
    assert _web_modules("serve", "--help") == (0, [])
    code, loaded = _web_modules("users", "list", "--db", f"sqlite:///{tmp_path / 'u.db'}")
    assert code == 0 and loaded == []
    code, loaded = _web_modules("queue", "--db", f"sqlite:///{tmp_path / 'u.db'}")
    assert code == 0 and loaded == []
