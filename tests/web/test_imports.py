"""The web stack is loaded by `serve` only: --help, `users` and the queue commands start without
Starlette, uvicorn or Jinja2 (checked on sys.modules in a fresh interpreter)."""

from __future__ import annotations

from tests.test_startup_imports import _modules_after

WEB = ("starlette", "uvicorn", "jinja2", "multipart", "inquiry_triage.web")


def _web_modules(*argv: str) -> tuple[int, list[str]]:
    code, modules = _modules_after(*argv, env={"PATH": "/usr/bin:/bin", "INQUIRY_TRIAGE_CONFIG": ""})
    return code, sorted(m for m in modules if any(m == w or m.startswith(w + ".") for w in WEB))


def test_help_and_users_list_do_not_load_the_web_stack(tmp_path):
    assert _web_modules("--help") == (0, [])
    assert _web_modules("serve", "--help") == (0, [])
    code, loaded = _web_modules("users", "list", "--db", f"sqlite:///{tmp_path / 'u.db'}")
    assert code == 0 and loaded == []
    code, loaded = _web_modules("queue", "--db", f"sqlite:///{tmp_path / 'u.db'}")
    assert code == 0 and loaded == []
