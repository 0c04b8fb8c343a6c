"""`serve` binds its socket before it announces anything: a port in use is one clear line and
exit 1; --port 0 announces the port the system gave. Real processes, real sockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from inquiry_triage.web.server import announcement

ROOT = Path(__file__).resolve().parents[2]


def _serve(tmp_path: Path, port: int | str, *more: str) -> subprocess.Popen:
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
    return subprocess.Popen([sys.executable, "-m", "inquiry_triage", "serve", "--port", str(port),
                             "--db", f"sqlite:///{tmp_path / 'web.db'}", *more], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _login_page(port: int, path: str = "/login") -> int:
    """The status of GET path once the server answers (it may still be starting)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as page:
                return page.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("port", ["99999", "-5", "65536", "eighty"])
def test_a_port_out_of_range_is_a_usage_error_not_a_traceback(tmp_path: Path, port: str) -> None:
    proc = _serve(tmp_path, port)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert [line for line in err.splitlines() if "error" in line] == [
        f"inquiry-triage serve: error: argument --port: expected a port number 0-65535 (0: any free port), got '{port}'"]


def test_a_port_in_use_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        proc = _serve(tmp_path, taken.getsockname()[1])
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "cannot listen on 127.0.0.1" in err and "http://" not in err and "Traceback" not in err


def test_port_0_announces_the_real_port_and_answers_there(tmp_path: Path) -> None:
    proc = _serve(tmp_path, 0)
    try:
        line = proc.stderr.readline()  # the announcement comes first
        assert line.startswith("inquiry-triage serve: http://127.0.0.1:"), line
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        assert port != 0 and "nobody can log in yet: add people with" in line  # an empty store
        assert _login_page(port) == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)


def test_behind_a_proxy_with_a_prefix_the_printed_address_answers_and_the_public_one_is_named(tmp_path: Path) -> None:
    """The proxy strips --root-path: the address printed is the app's root, which answers opened
    directly; the prefix is named as the proxy's. Someone can log in: no hint to add people."""
    added = subprocess.run([sys.executable, "-m", "inquiry_triage", "users", "add", "bob", "--password-stdin",
                            "--db", f"sqlite:///{tmp_path / 'web.db'}"], cwd=ROOT, input="correct horse battery\n",
                           env={**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}, capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    proc = _serve(tmp_path, 0, "--proxy", "--root-path", "/inquiries")
    try:
        line = proc.stderr.readline()
        assert line.startswith("inquiry-triage serve: http://127.0.0.1:"), line
        address = line.split()[2]
        assert address.endswith("/") and "/inquiries" not in address, line
        assert "the public one is the proxy's, under /inquiries/" in line and "users add" not in line
        port = int(address.split(":")[2].rstrip("/"))
        assert _login_page(port) == 200
        assert _login_page(port, "/inquiries/login") == 404  # why the prefix is not printed: the proxy adds it
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)


def test_the_hint_to_add_people_only_while_nobody_can_log_in() -> None:
    assert "users add" in announcement("127.0.0.1", 8080, people=0)
    assert announcement("127.0.0.1", 8080, people=2) == "inquiry-triage serve: http://127.0.0.1:8080/"
    assert announcement("::1", 8080, people=1, prefix="/q") == (
        "inquiry-triage serve: http://[::1]:8080/ (the app's direct address; the public one is the proxy's, under /q/)")
    assert announcement("127.0.0.1", 80, trusted=("127.0.0.1",), hosts=("q.example.com",), named_hosts=True,
                        people=0).endswith("users add NAME`); behind a proxy at 127.0.0.1; answering q.example.com")
