"""gunicorn as production runs it: what it writes to its logs for odd requests."""

import http.client
import json
import subprocess
import sys
from contextlib import contextmanager

import pytest

from tests.servers import ARTIFACTS, PROJECT, free_port, manage, production_env, wait_until_up

HOSTILE_PATHS = [
    "/a%0Ab/",
    "/a%0D%0A%7B%22status%22:%20200%7D/",
    "/back%5Cslash/",
    "/nul%00byte/",
    '/quote"d/',
    "/%22%7D,%20%22forged%22:%20%22yes/",
    "/back\\slash/raw/",
    "/line%E2%80%A8separator/",
    "/next%C2%85line/",
    "/caf%C3%A9/",
    "/broken%FF%FE/",
    "/search/?q=never-logged",
]


@pytest.fixture(scope="module")
def server_env(tmp_path_factory):
    env = production_env(tmp_path_factory, "server_log") | {"PAGE_CACHE_SECONDS": "0", "LOG_LEVEL": "INFO"}
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    return env


@contextmanager
def gunicorn_logs(env, name):
    """gunicorn on a free loopback port; yields (send, read_logs), the logs as (stdout, stderr)."""
    port = free_port()
    out_path, err_path = ARTIFACTS / f"{name}.stdout.log", ARTIFACTS / f"{name}.stderr.log"
    with open(out_path, "w") as out, open(err_path, "w") as err:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "clinic_site.wsgi"],
            cwd=PROJECT,
            env=env | {"GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1"},
            stdout=out,
            stderr=err,
        )
        try:
            wait_until_up(f"http://127.0.0.1:{port}/healthz", server)

            def send(method, path):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request(method, path)
                response = connection.getresponse()
                response.read()
                connection.close()
                return response

            yield send, lambda: (out_path.read_text(), err_path.read_text())
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_every_access_log_line_is_one_json_object_whatever_the_path(server_env):
    with gunicorn_logs(server_env, "access-log") as (send, read_logs):
        for path in HOSTILE_PATHS:
            assert send("GET", path).status < 500, path
        send("GET", "/healthz")
    stdout, stderr = read_logs()
    lines = stdout.split("\n")[:-1]
    entries = [json.loads(line) for line in lines]  # each line on its own is one JSON object
    assert all(isinstance(entry, dict) for entry in entries)
    logged = [entry["path"] for entry in entries if "duration_ms" in entry]
    assert logged[-1] == "/healthz"
    assert "/a\nb/" in logged and "/nul\x00byte/" in logged and "/back\\slash/" in logged
    assert '/quote"d/' in logged and "/café/" in logged and "/line\u2028separator/" in logged
    assert "/broken\ufffd\ufffd/" in logged and "/search/" in logged
    assert not any("forged" in entry for entry in entries) and "never-logged" not in stdout
    assert all(set(entry) == {"time", "method", "path", "status", "bytes", "duration_ms"} for entry in entries[-1:])
    for line in lines:  # log readers that also split on Unicode line breaks still see one object a line
        assert line.splitlines() == [line]


def test_head_requests_answer_without_a_body_or_a_warning(server_env):
    with gunicorn_logs(server_env, "head") as (send, read_logs):
        for path in ["/", "/healthz", "/no-such-page/", "/robots.txt"]:
            get, head = send("GET", path), send("HEAD", path)
            assert head.status == get.status, path
            assert head.getheader("Content-Type") == get.getheader("Content-Type"), path
    stdout, stderr = read_logs()
    assert "no-body response" not in stdout + stderr
