"""Two app servers behind a load balancer: gunicorn twice, sharing PostgreSQL and Redis, behind nginx from
Debian with the configuration the site ships (deploy/nginx-load-balancer.conf). They are restarted one
after the other while patients read pages and click "Book online": nobody gets an error, every click is
counted, and what staff save through one server is what the other shows on the next request."""

import os
import random
import threading
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from urllib.parse import urlsplit, urlunsplit

import pytest

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
    require_redis,
    serving,
)

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="app servers on several machines share PostgreSQL: set DATABASE_URL to a PostgreSQL database "
    "(CI's second run does)",
)

PAGES = ["/", "/conditions-treatments/ketamine-therapy-fibromyalgia/", "/contact/", "/es/"]
OLD_PHONE, NEW_PHONE = "480.306.4372", "480.555.0143"
SHIPPED = {
    "listen 80;": "listen 127.0.0.1:{port};",
    "10.0.0.5:8000": "127.0.0.1:{first}",
    "10.0.0.6:8000": "127.0.0.1:{second}",
}
CLIENTS = 3


def own_redis_url():
    """Database 4 of the Redis server the suite uses (or the one on loopback): this test's own."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    own = urlunsplit(urlsplit(url)._replace(path="/4"))
    require_redis(own).flushdb()
    return own


def load_balancer_config(port, first, second, folder):
    """deploy/nginx-load-balancer.conf as shipped, with only its port and the app servers' addresses
    changed, inside the few lines nginx needs to run from a folder of its own."""
    config = (PROJECT / "deploy" / "nginx-load-balancer.conf").read_text()
    for shipped, ours in SHIPPED.items():
        assert shipped in config, shipped
        config = config.replace(shipped, ours.format(port=port, first=first, second=second))
    (folder / "load-balancer.conf").write_text(config)
    user = "user root;\n" if os.geteuid() == 0 else ""  # root's nginx would hand the folder to "nobody"
    return f"""{user}worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {folder}/client-body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/load-balancer.conf;
}}
"""


@contextmanager
def load_balancer(first, second, folder):
    port = free_port()
    (folder / "nginx.conf").write_text(load_balancer_config(port, first, second, folder))
    command = [
        require_program("nginx", "nginx"),
        "-p",
        str(folder),
        "-c",
        str(folder / "nginx.conf"),
        "-g",
        "daemon off;",
    ]
    with serving(command, f"http://127.0.0.1:{port}", folder / "error.log", seconds=10) as url:
        yield url


class Patients:
    """People reading pages and clicking "Book online" through the load balancer until told to stop."""

    def __init__(self, url, source_page):
        self.url, self.source_page = url, source_page
        self.stop, self.lock = threading.Event(), threading.Lock()
        self.pages = self.clicks = 0
        self.failures = []
        self.threads = [threading.Thread(target=self.read_and_click, daemon=True) for _ in range(CLIENTS)]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def answer(self, path):
        request = urllib.request.Request(self.url + path, headers={"User-Agent": BROWSER})
        try:
            with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, b""
        except OSError as error:
            return repr(error), b""

    def read_and_click(self):
        while not self.stop.is_set():
            path = random.choice(PAGES)
            status, body = self.answer(path)
            with self.lock:
                self.pages += 1
                if status != 200 or OLD_PHONE.encode() not in body:
                    self.failures.append((path, status))
            status, _ = self.answer(f"/book/?from={self.source_page}")
            with self.lock:
                self.clicks += 1
                if status != 302:
                    self.failures.append(("/book/", status))
            time.sleep(0.02)


CLICKS_COUNTED = (
    "from booking.models import BookingClick; print(sum(BookingClick.objects.values_list('count', flat=True)))"
)


def served_by(log_name):
    return (ARTIFACTS / f"{log_name}.log").read_text().count('"path": "/book/", "status": 302')


def wait_for_click(log_name, seconds=30):
    """Until the balancer has sent this server a click, which it does once it counts the server as up."""
    deadline = time.monotonic() + seconds
    while not served_by(log_name) and time.monotonic() < deadline:
        time.sleep(0.2)


def test_two_app_servers_restarted_in_turn_lose_no_request_and_share_what_staff_save(tmp_path_factory, tmp_path):
    env = production_env(tmp_path_factory, "app_servers") | {
        "REDIS_URL": own_redis_url(),
        "WEB_CONCURRENCY": "2",
        "TRUSTED_PROXY_COUNT": "1",
    }
    build_demo_site(env)
    manage(env, "collectstatic", "--noinput", "-v0")
    article = manage(
        env, "shell", "-c", "from pages.models import ArticlePage; print(ArticlePage.objects.live().first().pk)"
    ).split()[-1]
    manage(env, "shell", "-c", "from booking.models import BookingClick; BookingClick.objects.all().delete()")

    ports = [free_port(), free_port()]
    servers = [ExitStack(), ExitStack()]
    try:
        urls = [servers[i].enter_context(gunicorn(env, f"app-server-{i}-first", port=ports[i])) for i in (0, 1)]
        with load_balancer(*ports, tmp_path) as url, Patients(url, article) as patients:
            time.sleep(2)
            # One after the other, the second as soon as the first answers again (`systemctl restart` twice):
            # the balancer still counts the first as down then, for a few seconds after it refused requests.
            for i in (0, 1):
                servers[i].close()  # a graceful stop: requests in flight are finished
                servers[i] = ExitStack()
                servers[i].enter_context(gunicorn(env, f"app-server-{i}-second", port=ports[i]))
            wait_for_click("app-server-1-second")
        assert patients.failures == [], (patients.failures[:10], (tmp_path / "error.log").read_text()[-3000:])
        assert patients.pages >= 20 and patients.clicks >= 20
        for name in ("app-server-0-first", "app-server-1-first", "app-server-0-second", "app-server-1-second"):
            assert served_by(name) > 0, f"{name} answered no click"

        # The clinic manager changes the phone number through the first server; the second, which had the
        # pages in its cache, shows the new one on the very next request.
        for path in PAGES:
            urllib.request.urlopen(urls[1] + path, timeout=30).read()
        manager = StaffBrowser(urls[0], "manager")
        manager.edit_form("/admin/settings/clinic/clinicsettings/1/", lambda data: {"phone": NEW_PHONE})
        for path in PAGES:
            with urllib.request.urlopen(urls[1] + path, timeout=30) as response:
                html = response.read().decode()
            assert NEW_PHONE in html and OLD_PHONE not in html, path
    finally:
        for server in servers:
            server.close()
    assert int(manage(env, "shell", "-c", CLICKS_COUNTED).split()[-1]) == patients.clicks
