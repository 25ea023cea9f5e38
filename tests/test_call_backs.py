"""Asking the clinic to call back: the form, its checks against spam, who may see requests, the email
that says one is waiting, and how long requests are kept."""

import csv
import datetime
import io
import socket
import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone

from booking.forms import STARTED_SALT, started_now
from booking.models import CallBackPage, CallBackRequest, CallBackSource
from booking.rate_limit import counter_key
from clinic.models import Location
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS, setup_roles
from tests.html import soup, visible_text
from tests.servers import STOPPED_REDIS

pytestmark = pytest.mark.django_db
ORIGIN = "http://testserver"
PATIENT = {"name": "Ana Patient", "phone": "480 555 0100", "email": "ana@example.com"}


@pytest.fixture
def page():
    return CallBackPage.objects.get(locale__language_code="en")


def started(seconds_ago=10):
    return started_now(at=time.time() - seconds_ago)


def details(**changes):
    data = {
        **PATIENT,
        "preferred_time": "morning",
        "reason": "question",
        "location": "",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    return {**data, **changes}


def send(client, page, data, **headers):
    headers.setdefault("HTTP_ORIGIN", ORIGIN)
    return client.post(reverse("send_call_back_request", args=[page.pk]), data, **headers)


def test_the_form_page_sets_no_cookie_and_is_never_stored(client, page):
    with override_settings(PAGE_CACHE_SECONDS=600):
        response = client.get(page.url)
        again = client.get(page.url)
    assert response.status_code == 200
    assert not response.cookies and "csrftoken" not in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert "X-Page-Cache" not in again
    form = soup(response).find("form", class_="call-back-form")
    assert form["action"] == f"/call-back/{page.pk}/" and form["method"] == "post"
    page_es = CallBackPage.objects.get(locale__language_code="es")
    assert soup(client.get(page_es.url)).find("form", class_="call-back-form")["action"] == (
        f"/es/solicitar-llamada/{page_es.pk}/"
    )
    labels = [label.get_text(" ", strip=True) for label in form.find_all(["label", "legend"])]
    assert "Your name" in labels and "What is it about?" in labels
    assert not form.find("textarea")  # no box inviting symptoms
    assert form.find("label", attrs={"for": "id_consent"}).find("a")["href"] == "/privacy/"


def test_other_public_pages_set_no_cookie(client, home, fibromyalgia, contact_page):
    for url in (home.url, fibromyalgia.url, contact_page.url, "/locations/"):
        assert not client.get(url).cookies, url


def test_a_request_is_stored_and_the_patient_sees_when_to_expect_a_call(client, page):
    response = send(client, page, details(location=Location.objects.get(slug="chandler").pk))
    assert response.status_code == 302 and response["Location"] == page.url + "thanks/"
    request = CallBackRequest.objects.get()
    assert (request.name, request.phone, request.email) == ("Ana Patient", "480 555 0100", "ana@example.com")
    assert request.status == "new" and request.language == "en" and request.consent_given_at
    assert request.location.slug == "chandler"
    thanks = visible_text(client.get(response["Location"]))
    assert page.confirmation_text in thanks
    assert "call 911" in thanks and "988" in thanks


def test_a_request_needs_a_way_to_reach_the_patient_and_keeps_what_they_typed(client, page):
    response = send(client, page, details(phone="", email="", consent=""))
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    html = soup(response)
    phone_error = html.find(id="id_phone-error")
    assert "Give a phone number or an email address" in phone_error.get_text()
    assert html.find(id="id_phone")["aria-describedby"] == "id_phone-hint id_phone-error"
    assert html.find(id="id_phone")["aria-invalid"] == "true"
    assert "Tick the box" in html.find(id="id_consent-error").get_text()
    assert html.find(id="id_name")["value"] == "Ana Patient"
    assert html.select_one(".error-summary a[href='#id_phone']")
    assert not CallBackRequest.objects.exists()


def test_field_sizes_are_limited(client, page):
    response = send(client, page, details(name="A" * 101))
    assert "at most 100 characters" in soup(response).find(id="id_name-error").get_text()
    assert not CallBackRequest.objects.exists()


def test_a_filled_hidden_field_is_thanked_and_not_stored(client, page):
    response = send(client, page, details(website="http://spam.example"))
    assert response.status_code == 302
    assert not CallBackRequest.objects.exists()


def test_a_form_sent_within_seconds_is_refused_with_the_input_kept(client, page):
    response = send(client, page, details(started=started(seconds_ago=0)))
    assert "That was very quick" in soup(response).select_one(".error-summary").get_text()
    assert soup(response).find(id="id_email")["value"] == PATIENT["email"]
    assert not CallBackRequest.objects.exists()
    # A forged or missing start time gets a fresh one, and a clear message.
    response = send(client, page, details(started="forged"))
    assert "open for a long time" in visible_text(response)
    assert signing.loads(soup(response).find(id="id_started")["value"], salt=STARTED_SALT)


def test_a_form_left_open_for_hours_is_sent_again_with_the_input_kept(client, page):
    assert send(client, page, details(started=started(seconds_ago=110 * 60))).status_code == 302
    response = send(client, page, details(started=started(seconds_ago=3 * 60 * 60), name="Ana Later"))
    assert "open for a long time" in visible_text(response)
    assert soup(response).find(id="id_name")["value"] == "Ana Later"
    assert CallBackRequest.objects.count() == 1


def test_a_start_token_sends_one_request_and_a_second_keeps_what_was_typed(client, page):
    token = started()
    assert send(client, page, details(started=token)).status_code == 302
    response = send(client, page, details(started=token, name="Ana Again"))
    assert response.status_code == 200
    assert "We already have the request sent from this form" in visible_text(response)
    assert soup(response).find(id="id_name")["value"] == "Ana Again"
    fresh = soup(response).find(id="id_started")["value"]
    assert fresh != token
    with override_settings(CALL_BACK_MIN_SECONDS=0):
        assert send(client, page, details(started=fresh, name="Ana Again")).status_code == 302
    assert sorted(CallBackRequest.objects.values_list("name", flat=True)) == ["Ana Again", "Ana Patient"]


def test_a_refused_form_moves_focus_to_the_error_summary_and_says_error_in_the_title(client, page):
    assert not soup(client.get(page.url)).find(autofocus=True)
    html = soup(send(client, page, details(consent="")))
    assert html.find(autofocus=True) is html.select_one(".error-summary")
    assert html.title.get_text().startswith("Error: ")
    page_es = CallBackPage.objects.get(locale__language_code="es")
    html = soup(client.post(f"/es/solicitar-llamada/{page_es.pk}/", details(consent=""), HTTP_ORIGIN=ORIGIN))
    assert html.title.get_text().startswith("Error: ")
    assert "Marque la casilla" in html.select_one(".error-summary").get_text()


@pytest.mark.parametrize("language, sending", [("en", "/call-back/"), ("es", "/es/solicitar-llamada/")])
def test_opening_the_sending_address_shows_the_form(client, language, sending):
    page = CallBackPage.objects.get(locale__language_code=language)
    response = client.get(f"{sending}{page.pk}/")
    assert response.status_code == 302 and response["Location"] == page.url
    assert client.put(f"{sending}{page.pk}/").status_code == 405


def test_the_old_spanish_addresses_of_the_form_move_for_good(client):
    page_es = CallBackPage.objects.get(locale__language_code="es")
    response = client.get("/es/le-llamamos/thanks/")
    assert response.status_code == 301 and response["Location"] == "/es/le-llamamos/gracias/"
    # A form opened before the move is sent on, as it was sent.
    response = client.post(f"/es/call-back/{page_es.pk}/", details(), HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 308 and response["Location"] == f"/es/solicitar-llamada/{page_es.pk}/"
    assert not CallBackRequest.objects.exists()
    response = client.post(response["Location"], details(), HTTP_ORIGIN=ORIGIN)
    assert response["Location"] == "/es/le-llamamos/gracias/" and CallBackRequest.objects.count() == 1
    # English addresses stay English.
    assert client.get("/call-back/thanks/").status_code == 200
    assert client.get("/call-back/gracias/").status_code == 404
    assert client.get(f"/solicitar-llamada/{page_es.pk}/").status_code == 404


@pytest.mark.parametrize("name", ["\u200d", "\u200b\u200c\u2060", "\ufeff \u3164", "\u202e\u200d"])
def test_a_name_of_invisible_characters_is_refused(client, page, name):
    response = send(client, page, details(name=name))
    assert "Enter your name." in soup(response).find(id="id_name-error").get_text()
    assert not CallBackRequest.objects.exists()


def test_direction_controls_are_removed_from_a_name_before_it_is_stored(client, page):
    send(client, page, details(name="\u202eAna\u2066 Pérez\u2069\u200f"))
    assert CallBackRequest.objects.get().name == "Ana Pérez"


@override_settings(CALL_BACK_RATE_LIMIT=5)
def test_six_requests_in_an_hour_from_one_address_are_refused_after_the_fifth(client, page):
    for _ in range(5):
        assert send(client, page, details()).status_code == 302
    response = send(client, page, details())
    assert response.status_code == 200
    assert "Several requests came from your connection" in visible_text(response)
    assert CallBackRequest.objects.count() == 5
    # Another address is not held back.
    assert send(client, page, details(), REMOTE_ADDR="203.0.113.9").status_code == 302


def test_the_rate_limit_keeps_only_a_hash_of_the_address_for_an_hour(client, page):
    send(client, page, details(), REMOTE_ADDR="198.51.100.7")
    key = counter_key(RequestFactory().post("/", REMOTE_ADDR="198.51.100.7"))
    assert "198.51.100.7" not in key and cache.get(key) == 1
    if hasattr(cache, "ttl"):  # Redis
        seconds_left = cache.ttl(key)
    else:  # local memory
        seconds_left = cache._expire_info[cache.make_key(key)] - time.time()
    assert 0 < seconds_left <= 3600


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_ORIGIN": "https://attacker.example"}, {"HTTP_ORIGIN": "null"}, {"HTTP_ORIGIN": ""}],
)
def test_a_request_from_another_site_is_refused(client, page, headers):
    response = send(client, page, details(), **headers)
    assert response.status_code == 403
    assert "480.306.4372" in visible_text(response)
    assert not CallBackRequest.objects.exists()


def test_a_referer_from_this_site_is_enough_when_there_is_no_origin(client, page):
    response = send(client, page, details(), HTTP_ORIGIN="", HTTP_REFERER=f"{ORIGIN}{page.url}")
    assert response.status_code == 302


def test_the_clinic_is_told_a_request_is_waiting_without_any_of_its_details(
    client, page, clinic, django_capture_on_commit_callbacks
):
    clinic.email = "frontdesk@example.com"
    clinic.save()
    with django_capture_on_commit_callbacks(execute=True):
        send(client, page, details(name="Zed Unusualname"))
    [message] = mail.outbox
    request = CallBackRequest.objects.get()
    assert message.to == ["frontdesk@example.com"]
    assert f"/admin/call_back_requests/edit/{request.pk}/" in message.body
    for secret in ("Zed", "Unusualname", PATIENT["phone"], PATIENT["email"], "question", "Morning"):
        assert secret not in message.body + message.subject


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@override_settings(
    EMAIL_BACKEND="tests.test_call_backs.BrokenMailServer", CALL_BACK_NOTIFY_EMAIL="frontdesk@example.com"
)
def test_a_mail_failure_never_loses_the_request(client, page, django_capture_on_commit_callbacks, caplog):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, page, details())
    assert response.status_code == 302
    assert CallBackRequest.objects.count() == 1
    assert "could not be sent" in caplog.text and PATIENT["name"] not in caplog.text


@override_settings(PAGE_CACHE_SECONDS=600)
def test_no_cached_page_ever_holds_what_a_patient_typed(client, page):
    send(client, page, details(phone="", email=""))  # an error page holding the name
    for url in (page.url, page.url + "thanks/"):
        assert "Ana Patient" not in client.get(url).content.decode()


def test_the_spanish_form_is_in_spanish_and_records_the_language(client):
    page_es = CallBackPage.objects.get(locale__language_code="es")
    form = soup(client.get(page_es.url))
    assert form.find("label", attrs={"for": "id_name"}).get_text(strip=True) == "Su nombre"
    assert "Quiero reservar una consulta" in form.get_text()
    assert form.find("label", attrs={"for": "id_consent"}).find("a")["href"] == "/es/privacidad/"
    response = client.post(f"/es/solicitar-llamada/{page_es.pk}/", details(), HTTP_ORIGIN=ORIGIN)
    assert response["Location"] == "/es/le-llamamos/gracias/"
    assert CallBackRequest.objects.get().language == "es"
    thanks = visible_text(client.get(response["Location"]))
    assert "Gracias: hemos recibido su solicitud" in thanks and "Le llamaremos en un plazo" in thanks


def test_with_one_location_nobody_is_asked_which(client, page):
    Location.objects.exclude(slug="chandler").delete()
    assert not soup(client.get(page.url)).find(id="id_location")
    send(client, page, details())
    assert CallBackRequest.objects.get().location.slug == "chandler"


def test_the_booking_box_and_contact_page_link_to_the_form(
    client, page, clinic, fibromyalgia, contact_page, django_capture_on_commit_callbacks
):
    box = soup(client.get(fibromyalgia.url)).select_one(".booking-cta")
    assert box.select_one(".button--book")["href"].startswith("/book/")
    # Each link names the page it is on, for the count of requests per page.
    assert box.select_one(".booking-cta__call-back a")["href"] == f"{page.url}?from={fibromyalgia.pk}"
    assert soup(client.get(contact_page.url)).find("main").find("a", href=f"{page.url}?from={contact_page.pk}")
    clinic.booking_url = ""
    with django_capture_on_commit_callbacks(execute=True):
        clinic.save()
    box = soup(client.get(fibromyalgia.url)).select_one(".booking-cta")
    # The first action without online booking.
    assert box.select_one(".button--book")["href"] == f"{page.url}?from={fibromyalgia.pk}"


def staff(client, django_user_model, role):
    setup_roles()
    user = django_user_model.objects.create_user(role.lower().replace(" ", "-"), password="x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def a_request(**fields):
    data = {**PATIENT, "reason": "question", "language": "en", "consent_given_at": timezone.now(), **fields}
    return CallBackRequest.objects.create(**data)


@pytest.mark.parametrize("role", [EDITORS, MEDICAL_REVIEWERS])
def test_editors_and_reviewers_can_neither_list_nor_open_requests(client, django_user_model, role):
    request = a_request()
    staff(client, django_user_model, role)
    for url in (reverse("call_back_requests:index"), reverse("call_back_requests:edit", args=[request.pk])):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert PATIENT["name"] not in response.content.decode()
    assert "Call-back requests" not in client.get("/admin/").content.decode()


def test_a_manager_marks_a_request_contacted_and_it_records_who_and_when(client, django_user_model):
    request = a_request()
    manager = staff(client, django_user_model, CLINIC_MANAGERS)
    dashboard = visible_text(client.get("/admin/"))
    assert "1 new request waiting for a call" in dashboard
    listing = client.get(reverse("call_back_requests:index"))
    assert PATIENT["name"] in listing.content.decode()
    url = reverse("call_back_requests:edit", args=[request.pk])
    response = client.post(url, {"status": "contacted"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "contacted" and request.status_changed_by == manager
    assert timezone.now() - request.status_changed_at < datetime.timedelta(minutes=1)
    assert request.name == PATIENT["name"]  # the patient's details cannot be edited
    assert client.get(reverse("call_back_requests:add")).status_code in (302, 403, 404)


def test_a_manager_exports_requests_as_csv_with_formulas_defused(client, django_user_model):
    a_request(name='=HYPERLINK("http://evil.example")')
    staff(client, django_user_model, CLINIC_MANAGERS)
    response = client.get(reverse("call_back_requests:index") + "?export=csv")
    assert response.status_code == 200 and "csv" in response["Content-Type"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][1].startswith("'=HYPERLINK")
    assert client.get(reverse("call_back_requests:index") + "?export=xlsx").status_code == 200  # ignored: no XLSX


def test_closed_requests_are_deleted_after_the_retention_period():
    old_closed = a_request(status="closed", status_changed_at=timezone.now() - datetime.timedelta(days=91))
    recent_closed = a_request(status="closed", status_changed_at=timezone.now() - datetime.timedelta(days=89))
    old_open = a_request(status="contacted", status_changed_at=timezone.now() - datetime.timedelta(days=200))
    output = io.StringIO()
    call_command("purge_call_back_requests", stdout=output)
    assert output.getvalue().strip() == "Deleted 1 closed call-back request older than 90 days."
    assert set(CallBackRequest.objects.values_list("pk", flat=True)) == {recent_closed.pk, old_open.pk}
    assert not CallBackRequest.objects.filter(pk=old_closed.pk).exists()


# When a part fails for real: the mail server, the cache.
SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture
def silent_mail_server():
    """A mail server that accepts the connection and then never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    yield server.getsockname()[1]
    server.close()


def test_a_refused_mail_server_loses_nothing(client, page, django_capture_on_commit_callbacks, caplog):
    settings = {"EMAIL_BACKEND": SMTP, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": 1, "CALL_BACK_NOTIFY_EMAIL": "a@b.c"}
    with override_settings(**settings), django_capture_on_commit_callbacks(execute=True):
        response = send(client, page, details())
    assert response.status_code == 302
    assert CallBackRequest.objects.count() == 1
    assert "could not be sent" in caplog.text and "Ana" not in caplog.text


def test_a_mail_server_that_never_answers_holds_the_patient_only_until_the_timeout(
    client, page, silent_mail_server, django_capture_on_commit_callbacks
):
    settings = {
        "EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": silent_mail_server,
        "EMAIL_TIMEOUT": 1,
        "CALL_BACK_NOTIFY_EMAIL": "a@b.c",
    }
    started = time.monotonic()
    with override_settings(**settings), django_capture_on_commit_callbacks(execute=True):
        response = send(client, page, details())
    assert response.status_code == 302
    assert time.monotonic() - started < 5
    assert CallBackRequest.objects.count() == 1


@override_settings(CACHES=STOPPED_REDIS, CALL_BACK_RATE_LIMIT=1)
def test_with_redis_stopped_requests_are_still_taken_without_the_rate_limit(client, page):
    for _ in range(3):
        assert send(client, page, details()).status_code == 302
    assert CallBackRequest.objects.count() == 3
    # A start token still sends one request: that is kept in the database, not the cache.
    token = started()
    assert send(client, page, details(started=token)).status_code == 302
    assert send(client, page, details(started=token)).status_code == 200
    assert CallBackRequest.objects.count() == 4


def test_without_an_address_to_tell_the_deployer_is_warned(client, page, django_capture_on_commit_callbacks, caplog):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, page, details())
    assert not mail.outbox
    assert "no one was told: set CALL_BACK_NOTIFY_EMAIL" in caplog.text and PATIENT["name"] not in caplog.text


def call_back_link(client, page_url):
    return soup(client.get(page_url)).find("a", string=lambda text: text and "call you back" in text)["href"]


def test_a_request_is_counted_for_the_page_whose_booking_box_opened_the_form(client, page, fibromyalgia):
    """The booking box's call-back link names its page; the form keeps it; the request row does not."""
    link = call_back_link(client, fibromyalgia.url)
    assert link == f"{page.url}?from={fibromyalgia.pk}"
    form = soup(client.get(link)).find("form", class_="call-back-form")
    assert form.find("input", {"name": "source_page"})["value"] == str(fibromyalgia.pk)
    assert send(client, page, details(source_page=str(fibromyalgia.pk))).status_code == 302
    assert list(CallBackSource.objects.values_list("source_page", "count")) == [(fibromyalgia.pk, 1)]
    assert {field.name for field in CallBackRequest._meta.get_fields()}.isdisjoint({"source_page", "page"})


@pytest.mark.parametrize("source", ["", "999999", "abc", "99999999999999999999"])
def test_a_request_from_an_unknown_page_is_counted_as_unknown(client, page, source):
    assert send(client, page, details(source_page=source)).status_code == 302
    assert list(CallBackSource.objects.values_list("source_page", "count")) == [(None, 1)]


def test_dropped_requests_and_programs_are_not_counted(client, page, fibromyalgia):
    send(client, page, details(website="http://spam.example", source_page=str(fibromyalgia.pk)))
    response = send(client, page, details(source_page=str(fibromyalgia.pk)), HTTP_USER_AGENT="python-requests/2.32")
    assert response.status_code == 302  # a program's request is still stored: only the count leaves it out
    assert CallBackRequest.objects.count() == 1
    assert not CallBackSource.objects.exists()
