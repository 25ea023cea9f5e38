"""Whole-page cache for anonymous visitors."""

import time

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from clinic_site.content_cache import GENERATION_KEY, current_generation
from clinic_site.page_cache import SKIPPED_PREFIXES, PageCacheApplication
from tests.html import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


def test_a_cache_hit_makes_no_sql_query(client, fibromyalgia, django_assert_num_queries):
    assert client.get(fibromyalgia.url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get(fibromyalgia.url)
    assert response["X-Page-Cache"] == "hit"
    assert soup(response).h1.get_text() == fibromyalgia.title
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"


SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
]


def test_a_hit_gets_every_header_the_page_had(client, home):
    miss = client.get(home.url)
    hit = client.get(home.url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    for header in SECURITY_HEADERS:
        assert hit[header] == miss[header], header
    assert hit["Content-Type"] == "text/html; charset=utf-8" and hit.content == miss.content


@override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_a_hit_over_https_keeps_hsts(client, home):
    client.get(home.url, secure=True)
    hit = client.get(home.url, secure=True)
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Strict-Transport-Security" not in client.get(home.url)


def test_an_unchanged_page_answers_304(client, fibromyalgia, django_assert_num_queries):
    etag = client.get(fibromyalgia.url)["ETag"]
    with django_assert_num_queries(0):
        response = client.get(fibromyalgia.url, headers={"If-None-Match": etag})
    assert response.status_code == 304 and not response.content
    assert response["ETag"] == etag and "Content-Security-Policy" in response
    fibromyalgia.save_revision().publish()
    assert client.get(fibromyalgia.url, headers={"If-None-Match": etag}).status_code == 200


def test_publishing_refreshes_the_page(client, fibromyalgia):
    client.get(fibromyalgia.url)
    fibromyalgia.title = "Fibromyalgia: what ketamine can and cannot do"
    fibromyalgia.save_revision().publish()
    response = client.get(fibromyalgia.url)
    assert response["X-Page-Cache"] == "miss"
    assert soup(response).h1.get_text() == "Fibromyalgia: what ketamine can and cannot do"


def test_unpublishing_removes_the_page(client, pain_article):
    client.get(pain_article.url)
    pain_article.unpublish()
    assert client.get(pain_article.url).status_code == 404


def test_changing_the_phone_refreshes_every_page(client, clinic, public_urls, django_capture_on_commit_callbacks):
    for url in public_urls:
        client.get(url)
    generation = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        clinic.phone = "480.555.0177"
        clinic.save()
    assert current_generation() > generation
    for url in public_urls:
        assert soup(client.get(url)).find("header").find("a", href="tel:4805550177"), url


def test_staff_are_never_served_or_cached(admin_client, client, fibromyalgia):
    admin_response = admin_client.get(fibromyalgia.url)
    assert "X-Page-Cache" not in admin_response
    assert b"checker-trigger" in admin_response.content  # the staff userbar
    assert b"checker-trigger" not in client.get(fibromyalgia.url).content
    assert b"checker-trigger" not in client.get(fibromyalgia.url).content


@pytest.mark.parametrize(
    "query", ["?utm_source=x", "?page=abc", "?page=1&x=2", "?q=" + "a" * 500, "?page=\u0663", "?page=999999"]
)
def test_odd_query_strings_are_not_cached(client, article_index, query):
    client.get(article_index.url + query)
    assert "X-Page-Cache" not in client.get(article_index.url + query)


def test_page_numbers_are_cached_only_for_the_page_a_listing_shows(client, article_index, home):
    client.get(article_index.url + "?page=1")
    assert client.get(article_index.url + "?page=1")["X-Page-Cache"] == "hit"
    for url in [article_index.url + "?page=7", home.url + "?page=2"]:  # past the last page; no listing
        assert client.get(url).status_code == 200
        assert "X-Page-Cache" not in client.get(url), url


def test_a_paginated_listing_is_cached_page_by_page(client, article_index, monkeypatch):
    # The article index lists its articles through the pagination mixin: one a page makes several pages.
    monkeypatch.setattr(type(article_index), "items_per_page", 1)
    first, second = (client.get(article_index.url + query) for query in ("?page=1", "?page=2"))
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "miss")
    assert soup(first).select_one(".card-list h2").get_text() != soup(second).select_one(".card-list h2").get_text()
    for query, miss in [("?page=1", first), ("?page=2", second)]:
        hit = client.get(article_index.url + query)
        assert hit["X-Page-Cache"] == "hit" and hit.content == miss.content, query
    assert client.get(article_index.url)["X-Page-Cache"] == "miss"  # no number: an entry of its own
    last = client.get(article_index.url + "?page=99")  # shows the last page, under another number
    assert last.status_code == 200 and "X-Page-Cache" not in last
    assert "X-Page-Cache" not in client.get(article_index.url + "?page=99")


def test_every_port_in_the_host_header_shares_one_entry(client, home):
    assert client.get(home.url, HTTP_HOST="127.0.0.1:4242")["X-Page-Cache"] == "miss"
    for port in (4243, 4244, 8000):
        assert client.get(home.url, HTTP_HOST=f"127.0.0.1:{port}")["X-Page-Cache"] == "hit"


def test_a_page_is_not_served_past_its_time(client, home):
    with override_settings(PAGE_CACHE_SECONDS=1):
        assert client.get(home.url)["X-Page-Cache"] == "miss"
        assert client.get(home.url)["X-Page-Cache"] == "hit"  # now also kept by this process
        time.sleep(1.1)
        assert client.get(home.url)["X-Page-Cache"] == "miss"


def test_search_and_booking_are_not_cached(client):
    assert "X-Page-Cache" not in client.get("/search/?q=ketamine")
    assert "X-Page-Cache" not in client.get("/es/buscar/?q=ketamina")
    assert "X-Page-Cache" not in client.get("/book/")
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            assert reverse("search").startswith(SKIPPED_PREFIXES), language


def test_only_pages_are_stored(client):
    # Views that are not pages attach no cache hints.
    for url in ["/sitemap.xml", "/robots.txt"]:
        assert client.get(url).status_code == 200
        assert "X-Page-Cache" not in client.get(url), url


def test_anonymous_visitors_get_no_cookies(client, public_urls):
    for url in [*public_urls, "/search/?q=pain", "/no-such-page/"]:
        assert not client.get(url).cookies, url


class WSGIAnswer:
    """What a WSGI application answered: status, headers and body."""

    def __init__(self, application, environ):
        self.body = b"".join(application(environ, self.start_response))

    def start_response(self, status, headers):
        self.status, self.headers = status, dict(headers)


def django_must_not_answer(environ, start_response):
    raise AssertionError("a cached page went through Django's request handling")


def test_the_wsgi_front_answers_a_hit_like_the_middleware(client, rf, home, django_assert_num_queries):
    miss = client.get(home.url)
    front = PageCacheApplication(django_must_not_answer)
    with django_assert_num_queries(0):
        hit = WSGIAnswer(front, rf.get(home.url).environ)
    assert hit.status == "200 OK" and hit.body == miss.content
    assert hit.headers["X-Page-Cache"] == "hit" and hit.headers["Content-Length"] == str(len(miss.content))
    for header in [*SECURITY_HEADERS, "Content-Type", "Cache-Control", "ETag"]:
        assert hit.headers[header] == miss[header], header

    unchanged = WSGIAnswer(front, rf.get(home.url, headers={"If-None-Match": miss["ETag"]}).environ)
    assert unchanged.status == "304 Not Modified" and unchanged.body == b""
    assert WSGIAnswer(front, rf.head(home.url).environ).body == b""


def test_the_wsgi_front_leaves_staff_misses_and_bad_hosts_to_django(client, rf, home):
    client.get(home.url)
    answered_by_django = []

    def django(environ, start_response):
        answered_by_django.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b""]

    front = PageCacheApplication(django)
    staff = rf.get(home.url)
    staff.environ["HTTP_COOKIE"] = "sessionid=abc"
    WSGIAnswer(front, staff.environ)
    WSGIAnswer(front, rf.get("/never-visited/").environ)
    WSGIAnswer(front, rf.get(home.url, HTTP_HOST="evil.example").environ)
    assert answered_by_django == [home.url, "/never-visited/", home.url]


def test_the_wsgi_front_follows_changed_settings(client, rf, home):
    """The front reads its settings once; a changed setting is still read on the next request."""
    client.get(home.url)
    answered_by_django = []

    def django(environ, start_response):
        answered_by_django.append(environ.get("HTTP_COOKIE", ""))
        start_response("200 OK", [])
        return [b""]

    front = PageCacheApplication(django)
    renamed = rf.get(home.url)
    renamed.environ["HTTP_COOKIE"] = "clinic_session=abc"
    assert WSGIAnswer(front, renamed.environ).headers["X-Page-Cache"] == "hit"
    with override_settings(SESSION_COOKIE_NAME="clinic_session"):
        WSGIAnswer(front, renamed.environ)
    with override_settings(PAGE_CACHE_SECONDS=0):
        WSGIAnswer(front, rf.get(home.url).environ)
    assert answered_by_django == ["clinic_session=abc", ""]
    assert WSGIAnswer(front, rf.get(home.url).environ).headers["X-Page-Cache"] == "hit"


def test_the_content_generation_is_read_from_the_cache_in_use():
    other_cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "other"}}
    before = current_generation()
    with override_settings(CACHES=other_cache):
        caches["default"].set(GENERATION_KEY, 42)
        assert current_generation() == 42
    assert current_generation() == before


def test_a_page_made_private_is_no_longer_served_from_the_cache(
    client, fibromyalgia, django_capture_on_commit_callbacks
):
    client.get(fibromyalgia.url)
    assert client.get(fibromyalgia.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=fibromyalgia, restriction_type="password", password="x")
    for _ in range(2):
        private = client.get(fibromyalgia.url)
        assert "X-Page-Cache" not in private and fibromyalgia.title not in visible_text(private)
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert client.get(fibromyalgia.url)["X-Page-Cache"] == "miss"


def test_a_private_page_is_never_stored(admin_client, client, fibromyalgia):
    PageViewRestriction.objects.create(page=fibromyalgia, restriction_type="login")
    assert client.get(fibromyalgia.url).status_code == 302  # to the sign-in page
    assert "X-Page-Cache" not in admin_client.get(fibromyalgia.url)
