import pytest
from django.test import Client, override_settings

from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/no-such-page/", "/conditions-treatments/missing/", "/%E2%98%83/", "/a/b/c/d/e/"])
def test_unknown_url_gets_a_friendly_404_with_the_phone(client, url):
    response = client.get(url)
    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text() == "Sorry, we can't find that page"
    assert page.find("main").find("a", href="tel:4803064372")
    assert page.find("main").find("a", href="/")
    assert "Traceback" not in page.get_text()


def test_a_host_that_matches_no_site_still_gets_a_friendly_404(client, site):
    site.delete()
    response = client.get("/")
    assert response.status_code == 404
    assert soup(response).h1.get_text() == "Sorry, we can't find that page"


def test_book_without_any_site_sends_the_visitor_home(client, site):
    site.delete()
    response = client.get("/book/?from=3")
    assert response.status_code == 302 and response["Location"] == "/"


SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
    "Strict-Transport-Security",
]
REFUSED = {
    "en": ("Sorry, we could not understand that request", "Sorry, we could not accept that form"),
    "es": ("Lo sentimos, no pudimos entender esa solicitud", "Lo sentimos, no pudimos aceptar ese formulario"),
}


def assert_looks_like_the_site(response, language, heading):
    for header in SECURITY_HEADERS:
        assert response.has_header(header), header
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text() == heading
    assert page.find("main").find("a", href="tel:4803064372")
    assert page.find("link", rel="stylesheet")
    assert "Django" not in page.get_text() and "CSRF" not in page.get_text()


@override_settings(SECURE_HSTS_SECONDS=31_536_000)
@pytest.mark.parametrize("language, path", [("en", "/"), ("es", "/es/")])
def test_a_refused_host_gets_the_sites_own_page_and_headers(client, language, path):
    client.get(path)  # the clinic's contact card, as any visit leaves it in the cache
    response = client.get(path, HTTP_HOST="evil.example", secure=True)
    assert response.status_code == 400
    assert_looks_like_the_site(response, language, REFUSED[language][0])


@override_settings(SECURE_HSTS_SECONDS=31_536_000)
@pytest.mark.parametrize("language, path", [("en", "/"), ("es", "/es/")])
def test_a_form_without_its_csrf_token_gets_the_sites_own_page_and_headers(language, path):
    client = Client(enforce_csrf_checks=True)
    client.get(path)
    response = client.post(path, {"name": "x"}, secure=True)
    assert response.status_code == 403
    assert_looks_like_the_site(response, language, REFUSED[language][1])


def test_options_on_a_page_offers_only_reading_it(client, public_urls, spanish_urls):
    for url in [*public_urls, *spanish_urls]:
        response = client.options(url)
        assert response.status_code == 200, url
        assert response["Allow"] == "GET, HEAD, OPTIONS", url
    assert client.put(public_urls[0]).status_code == 405
