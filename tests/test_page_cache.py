"""Whole-page cache for anonymous visitors."""

import pytest
from django.test import override_settings

from clinic_site.content_cache import current_generation
from tests.html import soup

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


def test_a_hit_still_gets_the_security_headers(client, home):
    client.get(home.url)
    response = client.get(home.url)
    assert response["X-Page-Cache"] == "hit"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


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


@pytest.mark.parametrize("query", ["?utm_source=x", "?page=abc", "?page=1&x=2", "?q=" + "a" * 500])
def test_odd_query_strings_are_not_cached(client, article_index, query):
    client.get(article_index.url + query)
    assert "X-Page-Cache" not in client.get(article_index.url + query)


def test_search_and_booking_are_not_cached(client):
    assert "X-Page-Cache" not in client.get("/search/?q=ketamine")
    assert "X-Page-Cache" not in client.get("/book/")


def test_anonymous_visitors_get_no_cookies(client, public_urls):
    for url in [*public_urls, "/search/?q=pain", "/no-such-page/"]:
        assert not client.get(url).cookies, url
