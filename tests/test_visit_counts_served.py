"""Visit counts through the production stack: gunicorn with the page cache (hits answered by the WSGI front),
a caching proxy standing in for a CDN in beacon mode, and the database or Redis stopped for real."""

import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.servers import (
    ARTIFACTS,
    BROWSER,
    PROJECT,
    NoRedirect,
    StaffBrowser,
    build_demo_site,
    free_port,
    gunicorn,
    manage,
    production_env,
    require_program,
    serving,
)

ARTICLE = "/conditions-treatments/ketamine-therapy-fibromyalgia/"
HOME = "/"
BOOKING_URL = "https://booking.example.com/replace-with-your-booking-page"
# What a test sends that must never reach the database or the log.
SECRET_PATH = "/t/ketamine-and-me-4711"
REFERER = f"https://painforum.example{SECRET_PATH}?user=ana"
ODD_BROWSER = BROWSER + " PatientPhone/7.3.9"

COUNTS = """
import json
from stats.models import PageViews, VisitSource
from booking.models import BookingClick
from wagtail.models import Page
print(json.dumps({
    "views": {f"{Page.objects.get(pk=row.page_id).url_path}|{row.language}": row.views
              for row in PageViews.objects.all()},
    "sources": sorted([row.language, row.kind, row.host, row.visits] for row in VisitSource.objects.all()),
    "clicks": sum(row.count for row in BookingClick.objects.all()),
    "columns": sorted({field.column for model in (PageViews, VisitSource) for field in model._meta.fields}),
    "rows": [list(map(str, row)) for model in (PageViews, VisitSource) for row in model.objects.values_list()],
}))
PageViews.objects.all().delete()
VisitSource.objects.all().delete()
BookingClick.objects.all().delete()
"""


def taken_counts(env):
    """The counts in the database as JSON, then deleted for the next test."""
    return json.loads(manage(env, "shell", "-c", COUNTS).strip().splitlines()[-1])


def total_views(counts):
    return sum(counts["views"].values())


def fetch(url, method="GET", **headers):
    """(status, headers, body) as a browser would get them, redirects not followed."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": BROWSER, **headers})
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The production settings on a demo site of their own; on SQLite, in a folder of its own, so that
    a test can take the database away."""
    env = production_env(tmp_path_factory, "visit_counts") | {"WEB_CONCURRENCY": "2", "VISIT_COUNT_SECONDS": "1"}
    if env["DATABASE_URL"].startswith("sqlite"):
        env["DATABASE_URL"] = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'clinic.sqlite3'}"
    build_demo_site(env)
    manage(env, "collectstatic", "--noinput", "-v0")
    return env


def spanish_address(url, path):
    html = BeautifulSoup(fetch(url + path)[2], "html.parser")
    return urlsplit(html.find("link", rel="alternate", hreflang="es")["href"]).path


def test_views_are_counted_hits_and_misses_alike_and_nothing_else(demo):
    seen_cookies, cache_states = [], []
    with gunicorn(demo, "visit-counts") as url:
        spanish = spanish_address(url, ARTICLE)
        taken_counts(demo)  # the visit above, and any before
        for path, times in ((ARTICLE, 12), (HOME, 5), (spanish, 7)):
            for _ in range(times):
                status, headers, _ = fetch(url + path, **{"User-Agent": ODD_BROWSER, "Referer": REFERER})
                assert status == 200
                cache_states.append(headers["X-Page-Cache"])
                seen_cookies += headers.get_all("Set-Cookie") or []
        not_counted = [
            {"User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
            {"User-Agent": "facebookexternalhit/1.1"},
            {"User-Agent": "curl/8.5.0"},
            {"User-Agent": ""},
            {"Sec-Purpose": "prefetch"},
            {"Purpose": "prefetch"},
            {"X-Moz": "prefetch"},
        ]
        for headers in not_counted:
            status, answer, _ = fetch(url + ARTICLE, **headers)
            assert (status, answer["X-Page-Cache"]) == (200, "hit")
            seen_cookies += answer.get_all("Set-Cookie") or []
        assert fetch(url + ARTICLE, method="HEAD")[0] == 200
        staff = StaffBrowser(url, "manager")
        for path in (ARTICLE, spanish):
            assert "ketamine" in staff.open(path).lower()
        for _ in range(3):  # a scanner at the booking link: sent on, not counted
            status, headers, _ = fetch(url + "/book/", **{"User-Agent": "Mozilla/5.0 zgrab/0.x"})
            assert (status, headers["Location"]) == (302, BOOKING_URL)
        fetch(url + "/book/")
        time.sleep(2.5)  # a batch or two
        counts = taken_counts(demo)
    assert cache_states.count("hit") >= 20 and "miss" in cache_states
    assert counts["views"] == {"/home/conditions-treatments/ketamine-therapy-fibromyalgia/|en": 12, "/home/|en": 5} | {
        key: value for key, value in counts["views"].items() if key.endswith("|es")
    }
    assert sum(value for key, value in counts["views"].items() if key.endswith("|es")) == 7
    assert counts["sources"] == [["en", "site", "painforum.example", 17], ["es", "site", "painforum.example", 7]]
    assert counts["clicks"] == 1
    assert seen_cookies == []
    assert counts["columns"] == ["day", "host", "id", "kind", "language", "page_id", "views", "visits"]
    stored = json.dumps(counts["rows"])
    assert SECRET_PATH not in stored and "PatientPhone" not in stored
    log = (ARTIFACTS / "visit-counts.log").read_text()
    assert "Traceback" not in log
    assert "PatientPhone" not in log and "painforum" not in log and SECRET_PATH not in log


@contextmanager
def database_stopped(env):
    """The database refuses new connections for real: PostgreSQL's database closed to connections (and
    those open ended), or SQLite's folder moved away with the file and its log (an unmounted volume)."""
    url = env["DATABASE_URL"]
    if url.startswith("sqlite"):
        folder = Path(urlsplit(url).path).parent
        away = folder.with_name(folder.name + "-away")
        folder.rename(away)
        try:
            yield
        finally:
            away.rename(folder)
        return
    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(parts._replace(path="/postgres").geturl())
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name])
    try:
        yield
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        admin.close()


def views_of(url, path, times):
    for _ in range(times):
        status, headers, _ = fetch(url + path)
        assert (status, headers["X-Page-Cache"]) == (200, "hit")


def test_a_stopped_database_loses_at_most_the_batch_it_missed(demo):
    with gunicorn(demo | {"WEB_CONCURRENCY": "1"}, "visit-counts-database-stopped") as url:
        fetch(url + ARTICLE)  # cached
        time.sleep(2.5)
        taken_counts(demo)
        views_of(url, ARTICLE, 5)
        time.sleep(2.5)  # written
        with database_stopped(demo):
            views_of(url, ARTICLE, 4)  # served from the page cache, counted in memory, never written
            time.sleep(3.5)
            assert fetch(url + "/healthz")[0] == 503
        views_of(url, ARTICLE, 6)
    counts = taken_counts(demo)  # the server's exit wrote its last batch
    assert 11 <= total_views(counts) <= 15
    log = (ARTIFACTS / "visit-counts-database-stopped.log").read_text()
    assert "Traceback" not in log
    assert log.count("Visit counts could not be saved") == 1  # once a minute, not once a batch


@pytest.fixture
def own_redis():
    """A Redis server of this test's own, on a port that stays its own when it is started again."""
    if not shutil.which("redis-server"):
        message = "redis-server is not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    servers = []

    def start():
        server = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).returncode:
            assert time.monotonic() < deadline, "the test's Redis did not start"
            time.sleep(0.1)
        servers.append(server)
        return server

    yield start, f"redis://127.0.0.1:{port}/0"
    for server in servers:
        server.kill()
        server.wait()


def test_a_stopped_redis_loses_at_most_the_batch_it_missed(demo, own_redis):
    start_redis, redis_url = own_redis
    redis_server = start_redis()
    with gunicorn(demo | {"WEB_CONCURRENCY": "1", "REDIS_URL": redis_url}, "visit-counts-redis-stopped") as url:
        fetch(url + ARTICLE)
        time.sleep(2.5)
        taken_counts(demo)
        for _ in range(5):
            assert fetch(url + ARTICLE)[0] == 200
        time.sleep(2.5)
        redis_server.terminate()
        redis_server.wait(timeout=10)
        for _ in range(4):  # rendered uncached, counted in memory, lost with the batch
            status, headers, body = fetch(url + ARTICLE)
            assert status == 200 and b"ketamine" in body.lower()
        time.sleep(2.5)
        start_redis()
        for _ in range(6):
            assert fetch(url + ARTICLE)[0] == 200
    counts = taken_counts(demo)
    assert 11 <= total_views(counts) <= 15
    log = (ARTIFACTS / "visit-counts-redis-stopped.log").read_text()
    assert "Traceback" not in log
    assert log.count("Visit counts could not be saved") == 1


@contextmanager
def caching_proxy(upstream, folder):
    """nginx with deploy/nginx-cdn-test.conf in front of `upstream` (host:port); yields its address."""
    port = free_port()
    config = (PROJECT / "deploy" / "nginx-cdn-test.conf").read_text()
    config = config.replace("@PORT@", str(port)).replace("@UPSTREAM@", upstream).replace("@RUN@", str(folder))
    if os.geteuid() == 0:  # nginx started by root hands its work to "nobody", who may not use the test's folder
        config = "user root;\n" + config
    (folder / "nginx.conf").write_text(config)
    command = [require_program("nginx", "nginx"), "-p", str(folder), "-c", str(folder / "nginx.conf")]
    command += ["-e", str(folder / "error.log"), "-g", "daemon off;"]
    with serving(command, f"http://127.0.0.1:{port}", folder / "error.log", seconds=10) as url:
        yield url


def test_behind_a_caching_proxy_the_counter_image_counts_the_views_it_answered(demo, tmp_path):
    views = 20
    beacon = demo | {"VISIT_COUNT_MODE": "beacon"}
    with gunicorn(beacon, "visit-counts-beacon") as app_url, caching_proxy(urlsplit(app_url).netloc, tmp_path) as url:
        taken_counts(beacon)
        proxy_states, image_states = [], []
        for _ in range(views):
            status, headers, body = fetch(url + ARTICLE)
            assert status == 200
            proxy_states.append(headers["X-Cache-Status"])
            image = BeautifulSoup(body, "html.parser").find("img", class_="visit-counter")
            # As a browser asks for an image on the page.
            status, headers, pixel = fetch(
                url + image["src"],
                Accept="image/avif,image/webp,*/*",
                Referer=url + ARTICLE,
                **{"Sec-Fetch-Dest": "image"},
            )
            assert (status, headers["Content-Type"], pixel[:6]) == (200, "image/gif", b"GIF89a")
            assert "Set-Cookie" not in headers
            image_states.append(headers["X-Cache-Status"])
        for user_agent in ("Googlebot/2.1", "curl/8.5.0"):  # programs fetching the image are not counted
            fetch(url + image["src"], **{"User-Agent": user_agent})
        time.sleep(2.5)
        counts = taken_counts(beacon)
    assert proxy_states.count("HIT") >= views - 2, proxy_states
    assert "HIT" not in image_states, image_states
    assert counts["views"] == {"/home/conditions-treatments/ketamine-therapy-fibromyalgia/|en": views}
