"""Headers, cookies, staff sign-in protection, uploads and hostile input."""

import io
import zipfile

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-staple-42"


def test_public_pages_send_a_strict_content_security_policy(client, fibromyalgia):
    response = client.get(fibromyalgia.url)
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    # Nothing by default; only what the pages use, all from the site itself.
    assert policy == {
        "default-src": "'none'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "connect-src": "'self'",
        "form-action": "'self'",
        "base-uri": "'self'",
        "frame-ancestors": "'none'",
    }
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Permissions-Policy"] == (
        "accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=()"
    )
    assert response["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_scripts(client, public_urls):
    for url in public_urls:
        for script in soup(client.get(url)).find_all("script"):
            assert script.get("type") == "application/ld+json" or script.get("src"), url


def csp(response):
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


def test_the_admin_gets_its_own_policy(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert csp(response)["frame-ancestors"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Signed in, staff get the inline scripts Wagtail's editor needs.
    assert csp(response)["script-src"] == "'self' 'unsafe-inline'"


def test_the_admin_sign_in_page_runs_no_inline_script(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert csp(response)["script-src"] == "'self'"
    assert csp(response)["object-src"] == "'none'"


@override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts(client, home):
    response = client.get(home.url, secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_unknown_host_is_refused(client):
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("clinic-staff", password=PASSWORD, is_superuser=True)


def sign_in(client, username, password, code=""):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password, "otp_token": code})


def test_staff_session_cookie_is_http_only_and_same_site(client, staff):
    response = sign_in(client, staff.username, PASSWORD)
    assert response.status_code == 302
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_repeated_wrong_passwords_lock_the_account(client, staff):
    for _ in range(5):
        assert sign_in(client, staff.username, "wrong-password").status_code in (200, 429)
    locked = sign_in(client, staff.username, PASSWORD)
    assert locked.status_code == 429
    assert "Sign-in is locked for now" in visible_text(locked)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "password", ["password123", "12345678901234", "letmein", "aaaaaaaaaaaa", "editor123456", "clinic2026clinic"]
)
def test_common_and_guessable_passwords_are_rejected(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_passphrase_is_accepted():
    validate_password("purple otter sings loudly")


def test_the_admin_says_why_a_password_is_refused(admin_client, django_user_model):
    form = {"username": "new-editor", "email": "new@clinic.example", "first_name": "New", "last_name": "Editor"}
    refused = admin_client.post(
        reverse("wagtailusers_users:add"), form | {"password1": "clinic2026clinic", "password2": "clinic2026clinic"}
    )
    assert refused.status_code == 200
    assert "Your password is too guessable" in visible_text(refused)
    assert not django_user_model.objects.filter(username="new-editor").exists()


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_load_balancer_an_attacker_locks_out_only_their_own_address(client, staff):
    balancer = {"REMOTE_ADDR": "10.0.0.2"}
    for forged in range(7):  # whatever the attacker writes into the header, the balancer appends their address
        client.post(
            reverse("wagtailadmin_login"),
            {"username": staff.username, "password": "wrong-password", "otp_token": ""},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{forged}, 203.0.113.9",
            **balancer,
        )
    attacker = client.post(
        reverse("wagtailadmin_login"),
        {"username": staff.username, "password": PASSWORD, "otp_token": ""},
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        **balancer,
    )
    assert attacker.status_code == 429
    clinic = client.post(
        reverse("wagtailadmin_login"),
        {"username": staff.username, "password": PASSWORD, "otp_token": ""},
        HTTP_X_FORWARDED_FOR="192.0.2.50",
        **balancer,
    )
    assert clinic.status_code == 302


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_two_factor_setup_then_sign_in_needs_a_code(client, staff):
    client.force_login(staff)
    page = client.get(reverse("two_factor_setup"))
    assert b"<svg" in page.content  # the QR code
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    refused = client.post(reverse("two_factor_setup"), {"code": "000000"})
    assert "That code did not match" in visible_text(refused)
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code makes the next try wait a moment
    assert client.post(reverse("two_factor_setup"), {"code": current_code(device)}).status_code == 302
    assert TOTPDevice.objects.get(user=staff).confirmed
    client.logout()

    without_code = sign_in(client, staff.username, PASSWORD)
    assert without_code.status_code == 200
    assert "Enter the current 6-digit code" in visible_text(without_code)
    device.refresh_from_db()
    device.last_t = -1  # a code may be used once; allow this test's second sign-in
    device.save()
    assert sign_in(client, staff.username, PASSWORD, current_code(device)).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@override_settings(STAFF_TWO_FACTOR_REQUIRED=True)
def test_when_required_staff_must_set_it_up_first(client, staff):
    client.force_login(staff)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("two_factor_setup"))


def test_an_executable_document_is_refused_and_nothing_is_saved(admin_client):
    upload = SimpleUploadedFile("invoice.exe", b"MZ\x90\x00not really", content_type="application/octet-stream")
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Invoice", "file": upload})
    assert response.status_code == 200
    assert "File extension “exe” is not allowed." in visible_text(response)
    assert not Document.objects.filter(title="Invoice").exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_an_oversize_image_is_refused_and_nothing_is_saved(admin_client):
    image = get_test_image_file(size=(600, 600))
    upload = SimpleUploadedFile("big.png", image.file.getvalue(), content_type="image/png")
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Too big", "file": upload})
    assert response.status_code == 200
    assert "This file is too big" in visible_text(response)
    assert not Image.objects.filter(title="Too big").exists()


HOSTILE_QUERIES = [
    "?q=" + "x" * 10_000,
    "?q=%F0%9F%92%A5%E2%80%AE%00%C3%A9%EF%BF%BF",
    "?q=' OR 1=1; DROP TABLE wagtailcore_page; --",
    "?page=-1&page=99999999999999999999",
    "?from=%27%3B--&q=%3Cscript%3E",
    "?%ZZ=%ZZ",
    "?" + "&".join(f"k{n}=v" for n in range(500)),
]


def test_hostile_query_strings_never_cause_a_server_error(client, public_urls):
    for url in [*public_urls, "/search/", "/book/", "/sitemap.xml", "/robots.txt"]:
        for query in HOSTILE_QUERIES:
            status = client.get(url + query).status_code
            assert status < 500, (url, query, status)


def test_health_check_answers_for_load_balancers(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.12")  # load balancers use the instance's address
    assert response.status_code == 200
    report = response.json()
    assert {name: report[name] for name in ("status", "database", "cache")} == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
    }
    assert "backup" in report  # for monitoring: tests/test_backup_status.py
    assert response["Cache-Control"] == "no-store"


def test_an_unfinished_setup_does_not_lock_anyone_out(client, staff):
    client.force_login(staff)
    client.get(reverse("two_factor_setup"))  # opened, never confirmed
    client.logout()
    assert sign_in(client, staff.username, PASSWORD).status_code == 302


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content",
    [
        ("leaflet.pdf", b"<html><script>alert(1)</script></html>"),
        ("leaflet.docx", b"%PDF-1.7 a PDF under another name"),
        ("notes.txt", b"<!DOCTYPE html><html><body>hello</body></html>"),
        ("sheet.xlsx", docx_bytes()),
    ],
)
def test_a_document_that_is_not_what_its_name_says_is_refused(admin_client, name, content):
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": "Leaflet", "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert "This file is not really a" in visible_text(response)
    assert not Document.objects.filter(title="Leaflet").exists()


def test_real_documents_are_accepted_and_served_as_downloads(admin_client, client):
    for name, content in [("leaflet.pdf", b"%PDF-1.7\n%real enough\n"), ("form.docx", docx_bytes())]:
        response = admin_client.post(
            reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content)}
        )
        assert response.status_code == 302, visible_text(response)
        document = Document.objects.get(title=name)
        served = client.get(document.url)
        assert served["Content-Disposition"].startswith("attachment")
        assert served["X-Content-Type-Options"] == "nosniff"
