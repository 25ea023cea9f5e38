import pytest
from django.db.models import Sum

from booking.models import BookingClick
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def clicks(page=None):
    rows = BookingClick.objects.all() if page is None else BookingClick.objects.filter(source_page=page)
    return rows.aggregate(total=Sum("count"))["total"] or 0


def test_every_page_has_a_booking_button_to_our_book_route(client, public_urls):
    for url in public_urls:
        button = soup(client.get(url)).select_one("header a.button--book")
        assert button and button["href"].startswith("/book/?from="), url
        assert button.get_text() == "Book online"


def test_book_redirects_to_the_configured_url_and_counts_one_click(client, clinic, fibromyalgia):
    response = client.get(f"/book/?from={fibromyalgia.pk}")
    assert response.status_code == 302
    assert response["Location"] == clinic.booking_url
    assert clicks(fibromyalgia) == 1
    client.get(f"/book/?from={fibromyalgia.pk}")
    assert clicks(fibromyalgia) == 2
    assert clicks() == 2


def test_counting_stores_nothing_about_the_visitor(client, fibromyalgia):
    response = client.get(f"/book/?from={fibromyalgia.pk}", HTTP_USER_AGENT="PatientPhone/1.0")
    assert not response.cookies
    assert {field.name for field in BookingClick._meta.get_fields()} == {"id", "day", "source_page", "count"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize(
    "query",
    [
        "?next=https://evil.example/",
        "?url=javascript:alert(1)",
        "?booking_url=https://evil.example/&from=1",
    ],
)
def test_a_booking_url_in_the_query_string_is_ignored(client, clinic, query):
    response = client.get("/book/" + query)
    assert response["Location"] == clinic.booking_url


@pytest.mark.parametrize("source", ["abc", "-1", "99999999999999999999", "0", "%00", "1.5", "", "%C2%B2", "%D9%A3"])
def test_a_strange_source_is_counted_as_unknown(client, clinic, source):
    response = client.get(f"/book/?from={source}")
    assert response.status_code == 302
    assert BookingClick.objects.get().source_page is None


def test_a_head_request_is_not_counted(client):
    assert client.head("/book/").status_code == 302
    assert clicks() == 0


def test_post_is_refused_politely(client):
    assert client.post("/book/").status_code == 405


def test_without_a_booking_url_patients_are_offered_the_phone(client, clinic, contact_page, fibromyalgia):
    clinic.booking_url = ""
    clinic.save()
    page = soup(client.get(fibromyalgia.url))
    button = page.select_one("header a.button--book")
    assert button["href"] == "tel:4803064372"
    assert "480.306.4372" in button.get_text()
    assert not page.find("a", href=lambda href: href and href.startswith("/book/"))

    response = client.get(f"/book/?from={fibromyalgia.pk}")
    assert response.status_code == 302
    assert response["Location"] == contact_page.url
    assert "Call or book" in visible_text(client.get(response["Location"]))
    assert clicks() == 0


def test_clicks_without_a_known_page_share_one_row_a_day(client, clinic):
    for _ in range(3):
        client.get("/book/")
    assert BookingClick.objects.filter(source_page=None).count() == 1
    assert clicks() == 3


def test_a_deleted_pages_clicks_are_kept_as_unknown(client, clinic, fibromyalgia):
    client.get("/book/")
    for _ in range(2):
        client.get(f"/book/?from={fibromyalgia.pk}")
    fibromyalgia.delete()
    assert list(BookingClick.objects.values_list("source_page", "count")) == [(None, 3)]
