"""A visitor shown the error page (500) on the production server: someone is emailed, once an hour per error,
and the email holds nothing the visitor sent.

The errors are real: the test server's own database refuses every call-back request with a trigger whose
message quotes the patient's name, as a database refusing a value quotes it (PostgreSQL's
RAISE EXCEPTION; on SQLite, a JSON path error). The emails go to an SMTP
server the test runs on loopback.
"""

import email
import email.policy
import re
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller
from bs4 import BeautifulSoup

from tests.servers import ARTIFACTS, free_port, gunicorn, manage, production_demo, silent_server

IDENTICAL_ERRORS = 50
PHONE_LINK = 'href="tel:4803064372"'  # the error page, in either language
MARKERS = {name: f"{name}marker{secrets.token_hex(6)}" for name in ("form", "cookie", "query", "header", "typed")}

REFUSE_CALL_BACKS = """
from django.db import connection
from booking.call_back_requests import CallBackRequest

table = CallBackRequest._meta.db_table
with connection.cursor() as cursor:
    if connection.vendor == "sqlite":
        # SQLite's RAISE() takes no expression; a JSON path error quotes the path it was given.
        cursor.execute(
            f"CREATE TRIGGER refuse_call_backs BEFORE INSERT ON {table} "
            "BEGIN SELECT json_extract('{}', NEW.name); END"
        )
    else:
        cursor.execute(
            "CREATE FUNCTION refuse_call_backs() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'refused the call-back of %', NEW.name; END $$"
        )
        cursor.execute(
            f"CREATE TRIGGER refuse_call_backs BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_call_backs()"
        )
"""


class Mailbox:
    """aiosmtpd's handler: every message the server accepts, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"

    def wait_for(self, count, seconds=15):
        deadline = time.monotonic() + seconds
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.messages


@contextmanager
def mail_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, mailbox
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo site with the production settings, three workers, and a database that refuses call-backs."""
    env = production_demo(tmp_path_factory, "error_emails", workers=3)
    manage(env, "shell", "-c", REFUSE_CALL_BACKS)
    return env | {"CALL_BACK_MIN_SECONDS": "0", "CALL_BACK_RATE_LIMIT": "1000"}


def server_env(demo, tmp_path_factory, mail_port, **changes):
    """The demo's settings sending mail to `mail_port`, with a cache of their own (and so a fresh throttle)."""
    return demo | {
        "CACHE_DIR": str(tmp_path_factory.mktemp("cache")),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail_port),
        "EMAIL_USE_TLS": "false",
        "ERROR_EMAIL_TO": "webmaster@clinic.example, developer@clinic.example",
        "DEFAULT_FROM_EMAIL": "site@clinic.example",
        **changes,
    }


def call_back_form(url, page_path):
    """The form's address and its start token, as the call-back page gives them."""
    with urllib.request.urlopen(url + page_path, timeout=10) as response:
        form = BeautifulSoup(response.read(), "html.parser").find("form", class_="call-back-form")
    return form["action"], form.find(id="id_started")["value"]


def send_call_back(url, page_path="/call-back/"):
    """A patient's call-back request, with a cookie, a query string and a header: (status, body, seconds)."""
    action, started = call_back_form(url, page_path)
    form = {
        "name": f"Ana {MARKERS['typed']}",
        "phone": "480 555 0100",
        "email": f"{MARKERS['form']}@example.com",
        "preferred_time": "morning",
        "reason": "question",
        "location": "",
        "consent": "on",
        "website": "",
        "started": started,
    }
    request = urllib.request.Request(
        f"{url}{action}?ref={MARKERS['query']}",
        data=urllib.parse.urlencode(form).encode(),
        headers={"Origin": url, "Cookie": f"sessionid={MARKERS['cookie']}", "X-Referring-Clinic": MARKERS["header"]},
    )
    started_at = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read().decode(), time.monotonic() - started_at
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.monotonic() - started_at


def text_of(message):
    return f"{message['Subject']}\n{message.get_body(('plain',)).get_content()}"


def assert_holds_nothing_sent(text):
    for name, marker in MARKERS.items():
        assert marker not in text, name
    assert "refused the call-back" not in text and "JSON path error" not in text  # the exception's message


def test_fifty_identical_errors_send_one_email_without_what_the_patient_sent(demo, tmp_path_factory):
    with (
        mail_server() as (smtp, mailbox),
        gunicorn(server_env(demo, tmp_path_factory, smtp.port), "error-emails") as url,
    ):
        action, _ = call_back_form(url, "/call-back/")
        with ThreadPoolExecutor(max_workers=10) as pool:
            answers = list(pool.map(lambda _: send_call_back(url), range(IDENTICAL_ERRORS)))
        assert {status for status, _, _ in answers} == {500}
        assert "Sorry, something went wrong on our side" in answers[0][1]
        mailbox.wait_for(1)
        time.sleep(3)  # any worker that would send a second one has had the time to
        assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    assert re.fullmatch(
        rf"Server error on 127\.0\.0\.1:\d+: (OperationalError|InternalError) at {action}", message["Subject"]
    )
    assert message["From"] == "site@clinic.example"
    assert message["To"] == "webmaster@clinic.example, developer@clinic.example"
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert f"Address: POST {action}\n" in body
    assert re.search(r"Error: django\.db\.utils\.(OperationalError|InternalError)\n", body)
    assert re.search(r"In the site's code: booking/\w+\.py, line \d+, in \w+\n", body)
    assert re.search(r"  booking/call_back_views\.py, line \d+, in send_call_back_request\n", body)
    assert "django/db/backends/" in body  # where the database's error came up
    assert_holds_nothing_sent(text_of(message))


def test_another_error_sends_its_own_email(demo, tmp_path_factory):
    with (
        mail_server() as (smtp, mailbox),
        gunicorn(server_env(demo, tmp_path_factory, smtp.port), "error-emails-two") as url,
    ):
        english = [send_call_back(url) for _ in range(3)]
        spanish = [send_call_back(url, "/es/le-llamamos/") for _ in range(3)]
        assert {status for status, _, _ in english + spanish} == {500}
        mailbox.wait_for(2)
        time.sleep(3)
    subjects = sorted(message["Subject"] for message in mailbox.messages)
    assert len(subjects) == 2, subjects
    assert re.search(r" at /call-back/\d+/$", subjects[0]) and re.search(
        r" at /es/solicitar-llamada/\d+/$", subjects[1]
    )
    for message in mailbox.messages:
        assert_holds_nothing_sent(text_of(message))


def test_without_error_email_to_no_email_is_sent(demo, tmp_path_factory):
    with mail_server() as (smtp, mailbox):
        env = server_env(demo, tmp_path_factory, smtp.port, ERROR_EMAIL_TO="", WEB_CONCURRENCY="1")
        with gunicorn(env, "error-emails-off") as url:
            assert [send_call_back(url)[0] for _ in range(3)] == [500, 500, 500]
            time.sleep(3)
    assert mailbox.messages == []
    log = (ARTIFACTS / "error-emails-off.log").read_text()
    assert "Traceback" in log  # the log still has it, without what the patient typed
    assert MARKERS["typed"] not in log and "refused the call-back" not in log


def test_a_stopped_mail_server_never_slows_the_error_page(demo, tmp_path_factory):
    with mail_server() as (smtp, mailbox):
        env = server_env(demo, tmp_path_factory, smtp.port, WEB_CONCURRENCY="1")
    with gunicorn(env, "error-emails-mail-stopped") as url:
        for page_path in ["/call-back/", "/es/le-llamamos/", "/call-back/"]:
            status, body, seconds = send_call_back(url, page_path)
            assert status == 500 and PHONE_LINK in body and seconds < 2
        time.sleep(1)
    log = (ARTIFACTS / "error-emails-mail-stopped.log").read_text()
    assert log.count("The server error email could not be sent (ConnectionRefusedError).") == 2
    assert mailbox.messages == []


@pytest.fixture
def silent_mail_server():
    """A 'mail server' that accepts connections and never says a word."""
    with silent_server() as port:
        yield port


def test_a_stalled_mail_server_never_slows_the_error_page(demo, tmp_path_factory, silent_mail_server):
    env = server_env(demo, tmp_path_factory, silent_mail_server, WEB_CONCURRENCY="1", EMAIL_TIMEOUT="3")
    with gunicorn(env, "error-emails-mail-stalled") as url:
        for page_path in ["/call-back/", "/es/le-llamamos/", "/call-back/"]:
            status, _, seconds = send_call_back(url, page_path)
            assert status == 500 and seconds < 2
        time.sleep(4)  # the mail server's time runs out
        assert send_call_back(url)[0] == 500
    log = (ARTIFACTS / "error-emails-mail-stalled.log").read_text()
    # Timed out, once for each of the two errors; the third was one of them again.
    assert (
        len(re.findall(r"The server error email could not be sent \((TimeoutError|SMTPServerDisconnected)\)", log)) == 2
    )


def test_a_failed_cache_still_sends_at_most_one_email_a_worker(demo, tmp_path_factory):
    unusable = tmp_path_factory.mktemp("no-cache") / "a-file-not-a-folder"
    unusable.write_text("")
    with mail_server() as (smtp, mailbox):
        env = server_env(demo, tmp_path_factory, smtp.port, CACHE_DIR=str(unusable), WEB_CONCURRENCY="2")
        with gunicorn(env, "error-emails-cache-failed") as url:
            with ThreadPoolExecutor(max_workers=6) as pool:
                statuses = set(pool.map(lambda _: send_call_back(url)[0], range(20)))
            assert statuses == {500}
            mailbox.wait_for(1)
            time.sleep(3)
    assert 1 <= len(mailbox.messages) <= 2  # one for each worker at most
    assert "The shared cache is unavailable" in (ARTIFACTS / "error-emails-cache-failed.log").read_text()
