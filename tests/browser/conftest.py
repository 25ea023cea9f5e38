"""Browser tests: Debian's Chromium, driven by Playwright, against a real server with the demo site.

The server runs in its own process on its own database (a SQLite file, or a separate
PostgreSQL database when DATABASE_URL is set), built with the same commands a
newcomer runs: migrate, then load_demo_content.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def browser_database_url():
    """A database of the browser tests' own, next to the one the other tests use."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        path = ARTIFACTS / "browser.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_browser"
    admin = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return urlunsplit(parts._replace(path="/" + name))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The test server stopped with exit code {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The test server did not answer at {url} within {seconds} s")


# Known passwords for the demo's staff accounts, set on the browser tests' own database only.
STAFF_PASSWORD = "browser-tests-only-password"
SET_STAFF_PASSWORDS = f"""
from django.contrib.auth import get_user_model
for user in get_user_model().objects.filter(username__in=["editor", "reviewer", "manager"]):
    user.set_password("{STAFF_PASSWORD}")
    user.save()
"""


@pytest.fixture(scope="session")
def site_url():
    ARTIFACTS.mkdir(exist_ok=True)
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "clinic_site.settings.test", "DATABASE_URL": browser_database_url()}
    manage = [sys.executable, str(PROJECT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content"], ["shell", "-c", SET_STAFF_PASSWORDS]):
        subprocess.run(manage + command, env=env, check=True, capture_output=True, cwd=PROJECT)
    port = free_port()
    log = open(ARTIFACTS / "browser-server.log", "w")
    server = subprocess.Popen(
        manage + ["runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        cwd=PROJECT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM}: install Debian's package with 'apt-get install chromium'."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, site_url):
    """open_page(path, width=375, javascript=True): a fresh browser tab at that width, on that page
    (or still blank, when path is None)."""
    contexts = []

    def open_page(path, width=375, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=javascript)
        contexts.append(context)
        tab = context.new_page()
        if path is not None:
            tab.goto(site_url + path)
        return tab

    yield open_page
    for context in contexts:
        context.close()
