"""Behind a reverse proxy (docs/reverse-proxy.md): forwarded headers believed from the named proxies
only (the client address the login throttle counts, https for Secure cookies and the Origin check),
the app under a path prefix (links, redirects, the cookie's path, the static files), Host names from
[web] allowed_hosts, and `serve --proxy --root-path` end to end on a real uvicorn."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.web.app import LOOPBACK_HOSTS, create_app  # noqa: E402
from inquiry_triage.web.server import answered_hosts, clean_root_path, proxies  # noqa: E402
from tests.web.web_store import PASSWORD, sessions, store_url  # noqa: E402,F401  (fixtures are used by name)

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = "https://queue.example.com"
FORWARDED = {"x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9"}


@pytest.fixture()
def config(monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return load_config(None)


def login(client: TestClient, origin: str, headers: dict[str, str] | None = None, password: str = PASSWORD,
          path: str = "/login"):
    return client.post(path, data={"name": "alice", "password": password},
                       headers={"origin": origin, **(headers or {})})


def test_forwarded_headers_from_a_trusted_proxy_make_cookies_secure_and_name_the_client(config, sessions, caplog):
    app = create_app(config, sessions, hosts=("queue.example.com",), trusted_proxies=("testclient",))
    c = TestClient(app, base_url="http://queue.example.com", follow_redirects=False)
    with caplog.at_level(logging.WARNING, logger="inquiry_triage.web"):
        assert login(c, PUBLIC, FORWARDED, password="wrong password!!").status_code == 401
    assert "from 203.0.113.9" in caplog.text  # the throttle and the log count the real client, not the proxy
    r = login(c, PUBLIC, FORWARDED)  # the browser's Origin is https: the forwarded scheme makes it ours
    assert r.status_code == 303, r.text
    cookie = r.headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "samesite=strict" in cookie.lower()


def test_forwarded_headers_from_anyone_else_are_ignored(config, sessions, caplog):
    for trusted in (None, ("10.0.0.1",)):  # none named, or another proxy named: the client here is "testclient"
        app = create_app(config, sessions, hosts=("queue.example.com",), trusted_proxies=trusted)
        c = TestClient(app, base_url="http://queue.example.com", follow_redirects=False)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="inquiry_triage.web"):
            login(c, "http://queue.example.com", FORWARDED, password="wrong password!!")
        assert "203.0.113.9" not in caplog.text and "from testclient" in caplog.text
        assert login(c, PUBLIC, FORWARDED).status_code == 403  # https Origin, plain http here: cross-site
        r = login(c, "http://queue.example.com", FORWARDED)
        assert r.status_code == 303 and "Secure" not in r.headers["set-cookie"]


def test_under_a_root_path_links_redirects_and_the_cookie_carry_the_prefix(config, sessions):
    app = create_app(config, sessions, hosts=("queue.example.com",), trusted_proxies=("testclient",))
    # https here: the client keeps the Secure cookie for the next requests (the proxy spoke https to it)
    c = TestClient(app, base_url="https://queue.example.com", root_path="/inq", follow_redirects=False)
    # uvicorn --root-path gives the app the prefixed path (the proxy stripped it, uvicorn puts it back)
    assert c.get("/inq/").headers["location"] == "/inq/login"
    page = c.get("/inq/login").text
    assert 'data-root="/inq"' in page and 'action="/inq/login"' in page and 'href="/inq/static/queue.css"' in page
    assert c.get("/inq/static/queue.js").status_code == 200
    r = login(c, PUBLIC, FORWARDED, path="/inq/login")
    assert r.status_code == 303 and r.headers["location"] == "/inq/"
    assert "Path=/inq/" in r.headers["set-cookie"]
    queue = c.get("/inq/").text
    links = re.findall(r'(?:href|action|src|data-href|data-poll|formaction)="([^"]*)"', queue)
    assert links and all(link.startswith("/inq/") for link in links), [l for l in links if not l.startswith("/inq/")]
    task = re.search(r'data-href="/inq/task/(\d+)"', queue).group(1)
    page = c.get(f"/inq/task/{task}").text
    links = re.findall(r'(?:href|action|src|formaction)="([^"]*)"', page)
    assert all(link.startswith(("/inq/", "?", "#")) for link in links), links
    block = page[page.index(f'action="/inq/task/{task}/claim"'):]
    fields = {k: re.search(rf'name="{k}" value="(\d+)"', block).group(1) for k in ("version", "mark")}
    r = c.post(f"/inq/task/{task}/claim", data=fields, headers={"origin": PUBLIC, **FORWARDED})
    assert r.status_code == 303 and r.headers["location"] == f"/inq/task/{task}"


def test_host_names_are_refused_unless_allowed(config, sessions):
    allowed = create_app(config, sessions, hosts=("queue.example.com",))
    assert TestClient(allowed, base_url="http://queue.example.com").get("/login").status_code == 200
    assert TestClient(allowed, base_url="http://queue.example.com:443").get("/login").status_code == 200
    for elsewhere in ("http://attacker.example", "http://127.0.0.1:8080", "http://queue.example.com.attacker.example"):
        assert TestClient(allowed, base_url=elsewhere).get("/login").status_code == 421, elsewhere


def test_serve_takes_allowed_hosts_and_proxies_from_config_when_the_operator_says_so(config, monkeypatch, tmp_path):
    assert answered_hosts(config, "127.0.0.1") == LOOPBACK_HOSTS and answered_hosts(config, "0.0.0.0") is None
    assert proxies(config, None) == ("127.0.0.1", "::1") and proxies(config, "10.0.0.5, 10.1.0.0/16") == (
        "10.0.0.5", "10.1.0.0/16")
    own = tmp_path / "config.toml"
    own.write_text('[web]\nallowed_hosts = ["Queue.Example.com"]\ntrusted_proxies = ["192.0.2.1"]\n')
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(own))
    mine = load_config(None)
    assert answered_hosts(mine, "127.0.0.1") == ("queue.example.com",) == answered_hosts(mine, "0.0.0.0")
    assert proxies(mine, None) == ("192.0.2.1",)
    assert (clean_root_path("inq/"), clean_root_path("/a/b"), clean_root_path(""), clean_root_path("/")) == (
        "/inq", "/a/b", "", "")
    assert clean_root_path("//evil.example") == "/evil.example"  # never a scheme-relative "//host" link
    for bad in ("/a?b", "/a b", '/a"b', "/a//b"):
        with pytest.raises(ValueError):
            clean_root_path(bad)


def test_serve_with_proxy_and_root_path_on_a_real_uvicorn(store_url, tmp_path):
    own = tmp_path / "config.toml"
    own.write_text('[web]\nallowed_hosts = ["queue.example.com"]\n')
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": str(own)}
    proc = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "serve", "--port", "0", "--db", store_url,
                             "--proxy", "--root-path", "/inq/"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "/inq/" in line and "behind a proxy at 127.0.0.1, ::1" in line, line
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])

        def get(path: str, host: str, proto: str = "https"):
            request = urllib.request.Request(f"http://127.0.0.1:{port}{path}",
                                             headers={"Host": host, "X-Forwarded-Proto": proto})
            try:
                with urllib.request.urlopen(request, timeout=5) as page:
                    return page.status, page.read().decode()
            except urllib.error.HTTPError as exc:
                return exc.code, exc.read().decode()

        deadline = time.monotonic() + 60
        while True:
            try:
                status, page = get("/login", "queue.example.com")  # as nginx sends it: prefix stripped
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert status == 200 and 'action="/inq/login"' in page and 'data-root="/inq"' in page
        assert get("/login", "127.0.0.1")[0] == 421  # not a name the operator allowed
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)


def test_serve_refuses_a_bad_root_path(store_url, tmp_path):
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
    done = subprocess.run([sys.executable, "-m", "inquiry_triage", "serve", "--port", "0", "--db", store_url,
                           "--root-path", "/a?b"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "plain path" in done.stderr
