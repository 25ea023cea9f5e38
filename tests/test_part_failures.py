"""When a part fails for real, patients still learn how to reach the clinic, and nothing is lost.

Each test stops the part itself: a Redis server of the test's own is shut down, a database
that accepts connections and never answers is a socket that reads nothing, a hundred booking
clicks arrive at once, and editors save at the same moment on SQLite.
"""

import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers import (
    ARTIFACTS,
    BROWSER,
    NoRedirect,
    StaffBrowser,
    build_demo_site,
    free_port,
    gunicorn,
    manage,
    production_demo,
    production_env,
    silent_server,
)

PHONE_LINK = 'href="tel:4803064372"'
PUBLIC_PAGES = [
    "/",
    "/conditions-treatments/",
    "/conditions-treatments/ketamine-therapy-fibromyalgia/",
    "/contact/",
    "/about/",
]
BOOKING_URL = "https://booking.example.com/replace-with-your-booking-page"
CLICKS_AT_ONCE = 100


def fetch(url, timeout=15):
    """(status, headers, body, seconds) without following redirects."""
    opener = urllib.request.build_opener(NoRedirect)
    started = time.monotonic()
    try:
        with opener.open(urllib.request.Request(url, headers={"User-Agent": BROWSER}), timeout=timeout) as response:
            return response.status, response.headers, response.read().decode(), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(), time.monotonic() - started


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo site with the production settings, on a database of its own."""
    return production_demo(tmp_path_factory, "part_failures", workers=2)


@pytest.fixture
def own_redis():
    """A Redis server of this test's own, so that stopping it disturbs nobody else."""
    if not shutil.which("redis-server"):
        message = "redis-server is not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).returncode:
        assert time.monotonic() < deadline, "the test's Redis did not start"
        time.sleep(0.1)
    yield server, f"redis://127.0.0.1:{port}/0"
    server.kill()
    server.wait()


def test_a_stopped_redis_serves_every_page_uncached(demo, own_redis):
    redis_server, redis_url = own_redis
    with gunicorn(demo | {"REDIS_URL": redis_url}, "redis-stopped") as url:
        for path in PUBLIC_PAGES * 2:
            fetch(url + path)
        redis_server.terminate()
        redis_server.wait(timeout=10)
        for path in PUBLIC_PAGES * 2:
            status, headers, body, _ = fetch(url + path)
            assert status == 200 and PHONE_LINK in body, path
        status, _, body, _ = fetch(url + "/healthz")
        assert status == 200
        report = json.loads(body)
        assert {name: report[name] for name in ("status", "database", "cache")} == {
            "status": "degraded",
            "database": "ok",
            "cache": "unreachable",
        }
        assert "state" in report["backup"]  # read from the backup storage, the cache being down
        status, headers, _, _ = fetch(url + "/book/")
        assert (status, headers["Location"]) == (302, BOOKING_URL)
    log = (ARTIFACTS / "redis-stopped.log").read_text()
    assert "Traceback" not in log
    # Once a minute in each of the two workers, not once a request.
    assert 1 <= log.count("The shared cache is unavailable") <= 2


@pytest.fixture
def silent_database():
    """A 'database' that accepts every connection and never says a word."""
    with silent_server() as port:
        yield f"postgres://postgres@127.0.0.1:{port}/stalled"


def test_a_stalled_database_gives_an_answer_within_seconds(demo, silent_database):
    with gunicorn(demo, "before-the-stall") as url:
        for path in PUBLIC_PAGES[:2] * 2:
            fetch(url + path)  # cached while the database answered
    stalled = demo | {"DATABASE_URL": silent_database, "DATABASE_CONNECT_TIMEOUT": "2"}
    with gunicorn(stalled, "database-stalled") as url:
        status, _, body, seconds = fetch(url + "/healthz")
        assert status == 503 and seconds < 10
        for path in PUBLIC_PAGES[:2]:
            status, headers, body, _ = fetch(url + path)
            assert (status, headers["X-Page-Cache"]) == (200, "hit"), path
        status, _, body, seconds = fetch(url + "/contact/")  # never cached: the error page, with the phone
        assert status == 500 and PHONE_LINK in body and seconds < 10
        status, headers, _, seconds = fetch(url + "/book/")  # the booking link kept for the error page
        assert (status, headers["Location"]) == (302, BOOKING_URL) and seconds < 10
    # The log names the error's class (its message, which can quote data, is never logged).
    assert "OperationalError" in (ARTIFACTS / "database-stalled.log").read_text()


COUNT_CLICKS = """
from booking.models import BookingClick
from django.db.models import Sum
print(BookingClick.objects.count(), BookingClick.objects.aggregate(total=Sum("count"))["total"])
BookingClick.objects.all().delete()
"""


def test_a_hundred_first_clicks_at_once_are_all_redirected_and_counted(demo):
    with gunicorn(demo | {"WEB_CONCURRENCY": "4"}, "clicks-at-once") as url:
        for burst in range(3):  # each burst makes the day's first row, where the race is
            manage(demo, "shell", "-c", COUNT_CLICKS)  # and removes the rows
            with ThreadPoolExecutor(CLICKS_AT_ONCE) as pool:
                answers = list(pool.map(lambda _: fetch(url + "/book/", timeout=30), range(CLICKS_AT_ONCE)))
            assert [(status, headers["Location"]) for status, headers, _, _ in answers] == [
                (302, BOOKING_URL)
            ] * CLICKS_AT_ONCE, burst
            assert manage(demo, "shell", "-c", COUNT_CLICKS).split()[-2:] == ["1", str(CLICKS_AT_ONCE)], burst


def test_editors_saving_at_once_on_sqlite_all_succeed(tmp_path_factory):
    env = production_env(tmp_path_factory, "sqlite_writers")
    folder = tmp_path_factory.mktemp("sqlite")
    env["DATABASE_URL"] = f"sqlite:///{folder / 'clinic.sqlite3'}"
    build_demo_site(env)
    manage(env, "collectstatic", "--noinput", "-v0")
    with gunicorn(env | {"WEB_CONCURRENCY": "4"}, "sqlite-writers") as url:
        staff = [StaffBrowser(url, "manager") for _ in range(4)]

        def save_clinic_details(member):
            for _ in range(3):  # an error page or a 500 fails the save
                member.edit_form("/admin/settings/clinic/clinicsettings/1/", lambda data: {"phone": "480.555.0199"})

        with ThreadPoolExecutor(len(staff)) as pool:
            list(pool.map(save_clinic_details, staff))
        with ThreadPoolExecutor(CLICKS_AT_ONCE) as pool:  # and patients booking meanwhile
            answers = list(pool.map(lambda _: fetch(url + "/book/", timeout=30)[0], range(CLICKS_AT_ONCE)))
        assert answers == [302] * CLICKS_AT_ONCE
        # The database's folder gone from under the server (an unmounted volume), with the file and its
        # write-ahead log: moving the file alone would let SQLite start an empty one beside the old log.
        folder.rename(folder.with_name(folder.name + "-away"))
        assert fetch(url + "/healthz")[0] == 503
        folder.with_name(folder.name + "-away").rename(folder)
        assert fetch(url + "/healthz")[0] == 200
    assert manage(env, "shell", "-c", COUNT_CLICKS).split()[-2:] == ["1", str(CLICKS_AT_ONCE)]
    assert "database is locked" not in (ARTIFACTS / "sqlite-writers.log").read_text()
