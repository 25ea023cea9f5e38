"""What patients get from the production server when the shared cache or the database fails for real."""

import urllib.error
import urllib.request

import pytest

from tests.servers import ARTIFACTS, NoRedirect, gunicorn, production_demo

PHONE_LINK = 'href="tel:4803064372"'
HOME, ARTICLE, CONTACT = "/", "/conditions-treatments/ketamine-therapy-fibromyalgia/", "/contact/"
# Nothing listens on port 1: every database connection is refused at once.
REFUSING_DATABASE = "postgres://postgres@127.0.0.1:1/unreachable"


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Production settings, one worker, on a demo database of their own."""
    return production_demo(tmp_path_factory, "cache_faults", workers=1)


def test_an_unusable_cache_folder_serves_every_page_uncached(demo, tmp_path):
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    env = demo | {"CACHE_DIR": str(not_a_folder / "shared")}
    with gunicorn(env, "cache-unusable") as url:
        for path in [HOME, ARTICLE, CONTACT] * 5:
            status, headers, body = fetch(url + path)
            assert status == 200 and PHONE_LINK in body, path
            assert headers["X-Page-Cache"] != "hit"
        assert fetch(url + "/healthz")[0] == 200
    log = (ARTIFACTS / "cache-unusable.log").read_text()
    assert "Traceback" not in log
    assert log.count("The shared cache is unavailable") == 1  # once a minute, not once a request


def test_cached_pages_are_still_served_while_the_database_refuses(demo):
    with gunicorn(demo, "database-up") as url:
        for path in [HOME, ARTICLE] * 2:
            fetch(url + path)
    with gunicorn(demo | {"DATABASE_URL": REFUSING_DATABASE}, "database-refusing") as url:
        for path in [HOME, ARTICLE]:
            status, headers, body = fetch(url + path)
            assert (status, headers["X-Page-Cache"]) == (200, "hit"), path
            assert PHONE_LINK in body
        status, _, body = fetch(url + CONTACT)  # never cached: the friendly error page, with the phone
        assert status == 500 and PHONE_LINK in body and "Traceback" not in body
        assert fetch(url + "/healthz")[0] == 503
        # The booking system may well be up: /book/ still sends patients there, uncounted.
        request = urllib.request.Request(url + "/book/")
        opener = urllib.request.build_opener(NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(request, timeout=10)
        assert redirect.value.code == 302
        assert redirect.value.headers["Location"].startswith("https://booking.example.com/")
