"""`serve` binds its socket before it announces anything: a port in use is one clear line and
exit 1; --port 0 announces the port the system gave. Real processes, real sockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _serve(tmp_path: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
    return subprocess.Popen([sys.executable, "-m", "inquiry_triage", "serve", "--port", str(port),
                             "--db", f"sqlite:///{tmp_path / 'web.db'}"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


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
        assert port != 0
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as page:
                    assert page.status == 200
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
