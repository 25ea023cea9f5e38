"""The production server (gunicorn) when its database is unreachable: friendly pages, never a traceback."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.servers import free_port

PROJECT = Path(__file__).resolve().parent.parent


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def server_without_database():
    port = free_port()
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.test",
        # Nothing listens on port 1: every database connection is refused at once.
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
    }
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "clinic_site.wsgi"]
    server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            fetch(url + "/healthz")
            break
        except OSError:
            time.sleep(0.2)
    yield url
    server.terminate()
    server.communicate(timeout=15)


def test_health_check_reports_the_database_down(server_without_database):
    status, body = fetch(server_without_database + "/healthz")
    assert status == 503
    assert '"database": "unreachable"' in body


@pytest.mark.parametrize("path", ["/", "/conditions-treatments/ketamine-therapy-fibromyalgia/", "/search/?q=pain"])
def test_pages_show_the_friendly_error_page(server_without_database, path):
    status, body = fetch(server_without_database + path)
    assert status == 500
    assert "Sorry, something went wrong on our side" in body
    assert "Traceback" not in body and "OperationalError" not in body
