"""Browser tests: Debian's Chromium, driven by Playwright, against a real server with the demo site.

The server runs in its own process on its own database (a SQLite file, or a separate
PostgreSQL database when DATABASE_URL is set), built with the same commands a
newcomer runs: migrate, then load_demo_content.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import (
    ARTIFACTS,
    PROJECT,
    build_demo_site,
    free_port,
    own_database_url,
    wait_until_up,
)

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


@pytest.fixture(scope="session")
def site_env():
    """The environment the test server runs in: its settings and its own database, with the demo site."""
    ARTIFACTS.mkdir(exist_ok=True)
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.test",
        "DATABASE_URL": own_database_url("browser"),
    }
    build_demo_site(env)
    return env


@pytest.fixture(scope="session")
def site_url(site_env):
    port = free_port()
    log = open(ARTIFACTS / "browser-server.log", "w")
    server = subprocess.Popen(
        [sys.executable, str(PROJECT / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=site_env,
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
