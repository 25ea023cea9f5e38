"""Real servers for tests that need one: a database of their own, the demo site, and a free port on loopback."""

import http.cookiejar
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bs4 import BeautifulSoup

from tests.admin_forms import form_data_from_html

PROJECT = Path(__file__).resolve().parent.parent
ARTIFACTS = PROJECT / "test-artifacts"
# A person's browser, as the site's counts see one (clinic_site/visitors.py): programs that say what they
# are in their user agent (urllib's "Python-urllib" among them) are served but not counted.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """For a urllib opener that reports a redirect instead of following it."""

    def redirect_request(self, *args, **kwargs):
        return None


# A Redis that is stopped for real: nothing listens on port 1, so every connection is refused at once.
STOPPED_REDIS = {
    name: {
        "BACKEND": "clinic_site.cache_backend.SharedRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "KEY_PREFIX": name,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
    for name in ("default", "renditions")
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def own_database_url(name):
    """A fresh, empty database of this name, next to the one the other tests use."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.sqlite3"
        for leftover in ARTIFACTS.glob(f"{name}.sqlite3*"):
            leftover.unlink()
        return f"sqlite:///{path}"
    import psycopg2

    parts = urlsplit(url)
    database = f"{parts.path.lstrip('/')}_{name}"
    admin = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{database}"')
    admin.close()
    return urlunsplit(parts._replace(path="/" + database))


@contextmanager
def silent_server():
    """A port on loopback that accepts every connection and never says a word: a stalled database, mail
    server or bucket. Yields the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


def manage(env, *command):
    """Run a management command as the deployment would, in its own process; returns what it printed."""
    result = subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *command], env=env, capture_output=True, text=True, cwd=PROJECT
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The test server stopped with exit code {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=10)
            return
        except urllib.error.HTTPError:
            return  # it answered, if only with an error page
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The test server did not answer at {url} within {seconds} s")


@contextmanager
def serving(command, url, log_path, seconds=30):
    """`command` (a proxy, a balancer) running until the block ends, once `url` answers /healthz; yields `url`.
    What it printed goes to `log_path`, which a start that fails shows."""
    with open(log_path, "a") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            try:
                wait_until_up(url + "/healthz", process, seconds)
            except RuntimeError as error:
                raise RuntimeError(f"{error}\n{Path(log_path).read_text()}") from None
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


# Known passwords for the demo's staff accounts, set on a test server's own database only.
STAFF_PASSWORD = "test-server-only-password"
SET_STAFF_PASSWORDS = f"""
from django.contrib.auth import get_user_model
for user in get_user_model().objects.filter(username__in=["editor", "reviewer", "manager"]):
    user.set_password("{STAFF_PASSWORD}")
    user.save()
"""


# Demo sites built in this test run, by where their uploads went: {(settings, media folder): database URL}.
demo_templates = {}


def build_demo_site(env):
    """The README's steps on an empty database: migrate, load the demo; then known staff passwords.

    Built once per run for each settings module and media folder, then copied (a file copy, or PostgreSQL's
    CREATE DATABASE … TEMPLATE) into each test's own database: the steps take a minute, a copy a second.
    Uploads on object storage live with their bucket, so such a site is always built afresh."""
    if env.get("AWS_STORAGE_BUCKET_NAME"):
        return build_demo_steps(env)
    target = env["DATABASE_URL"]
    key = (env.get("DJANGO_SETTINGS_MODULE"), env.get("MEDIA_ROOT"), urlsplit(target).scheme)
    if key not in demo_templates:
        template = template_url(target, len(demo_templates))
        build_demo_steps(env | {"DATABASE_URL": template})
        demo_templates[key] = template
    copy_database(demo_templates[key], target)


def build_demo_steps(env):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "shell", "-c", SET_STAFF_PASSWORDS)


def template_url(target, number):
    """A fresh, empty database for a demo site to copy, of the same kind and on the same server as `target`."""
    if target.startswith("sqlite:"):
        path = sqlite_path(target).with_name(f"demo_template_{number}.sqlite3")
        for leftover in path.parent.glob(f"{path.name}*"):
            leftover.unlink()
        return f"sqlite:///{path}"
    parts = urlsplit(target)
    template = urlunsplit(parts._replace(path=f"{parts.path}_template_{number}"))
    copy_database(None, template)
    return template


def sqlite_path(url):
    """ "sqlite:////srv/clinic.sqlite3" → /srv/clinic.sqlite3"""
    return Path(url.removeprefix("sqlite:///"))


def copy_database(source, target):
    """Replaces the database at `target` with a copy of the one at `source` (both URLs of one server), or with
    an empty one when `source` is None."""
    if target.startswith("sqlite:"):
        source_path, target_path = sqlite_path(source), sqlite_path(target)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target_path}{suffix}").unlink(missing_ok=True)
            if Path(f"{source_path}{suffix}").exists():
                shutil.copyfile(f"{source_path}{suffix}", f"{target_path}{suffix}")
        return
    import psycopg2

    parts = urlsplit(target)
    admin = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')
        template = f' TEMPLATE "{urlsplit(source).path.lstrip("/")}"' if source else ""
        cursor.execute(f'CREATE DATABASE "{parts.path.lstrip("/")}"{template}')
    admin.close()


def require_redis(url):
    """A client for the Redis server at `url`; the test is skipped without one, and fails under CI."""
    import pytest
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        message = f"Redis is not reachable at {url}: start it, or set REDIS_URL."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return client


def require_program(name, package):
    """The path of a program a test runs (nginx, varnishd): skipped without it, failed under CI."""
    import pytest

    path = shutil.which(name) or next(
        (f"{folder}/{name}" for folder in ("/usr/sbin", "/sbin") if os.path.exists(f"{folder}/{name}")), None
    )
    if path is None:
        message = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def production_env(tmp_path_factory, database_name):
    """The production settings on loopback, with a database, cache folder and static files of their own."""
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
    return env | {
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": own_database_url(database_name),
        "CACHE_DIR": str(tmp_path_factory.mktemp("cache")),
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "PAGE_CACHE_SECONDS": "600",
        "LOG_LEVEL": "WARNING",
    }


def production_demo(tmp_path_factory, database_name, workers):
    """The production settings with `workers` workers, on a demo site of their own, static files collected."""
    env = production_env(tmp_path_factory, database_name) | {"WEB_CONCURRENCY": str(workers)}
    build_demo_site(env)
    manage(env, "collectstatic", "--noinput", "-v0")
    return env


@contextmanager
def gunicorn(env, log_name, port=None):
    """gunicorn with gunicorn.conf.py and `env` on `port` (else a free loopback port); yields its address."""
    port = port or free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log_path = ARTIFACTS / f"{log_name}.log"
    with open(log_path, "w") as log:
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "clinic_site.wsgi"]
        server = subprocess.Popen(
            command, cwd=PROJECT, env=env | {"GUNICORN_BIND": f"127.0.0.1:{port}"}, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url + "/healthz", server)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)


class StaffBrowser:
    """A member of staff in the admin: session and CSRF cookies, forms posted as the browser posts them."""

    def __init__(self, url, username):
        self.url = url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.open("/admin/login/")
        self.post("/admin/login/", {"username": username, "password": STAFF_PASSWORD})

    def open(self, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        with self.opener.open(self.url + path, body, timeout=30) as response:
            return response.read().decode()

    def post(self, path, data):
        token = next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")
        return self.open(path, {**data, "csrfmiddlewaretoken": token})

    def edit_form(self, path, changes):
        """Post the page's edit form with its current values and `changes`."""
        html = self.open(path)
        form = BeautifulSoup(html, "html.parser").find("input", {"name": "csrfmiddlewaretoken"}).find_parent("form")
        data = form_data_from_html(html, form["id"])
        data.update(changes(data))
        answer = BeautifulSoup(self.post(path, data), "html.parser")
        assert not answer.select(".error-message, .help-critical"), answer.select(".error-message, .help-critical")
