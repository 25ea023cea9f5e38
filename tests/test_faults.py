"""The production server (gunicorn) when its database is unreachable: friendly pages, never a traceback."""

import os
import urllib.error
import urllib.request

import pytest

from tests.servers import gunicorn


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def server_without_database():
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.test",
        # Nothing listens on port 1: every database connection is refused at once.
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
        "WEB_CONCURRENCY": "1",
    }
    with gunicorn(env, "server-without-database") as url:
        yield url


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
