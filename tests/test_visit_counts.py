"""Visit counts kept by the site itself: who is counted, where visits came from, beacon mode, the purge.

The production stack (gunicorn, the page cache's WSGI front, a caching proxy, stopped databases) is in
tests/test_visit_counts_served.py."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db.models import Sum
from django.test import override_settings
from django.utils import timezone

from booking.models import BookingClick, CallBackSource
from clinic_site.daily_counts import add_to_daily_count
from clinic_site.visitors import is_person_visit, referring_host
from stats.counting import counter
from stats.models import PageViews, VisitSource
from stats.sources import source_of
from tests.html import soup
from tests.servers import BROWSER

pytestmark = pytest.mark.django_db

PROGRAMS = [
    "",
    "   ",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "WhatsApp/2.23.20.0",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "Go-http-client/1.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
    "Mozilla/5.0 (compatible; Baiduspider/2.0)",
    "Mozilla/5.0 (compatible; YandexBot/3.0)",
    "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
]
BROWSERS = [
    BROWSER,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
]


@pytest.fixture(autouse=True)
def no_pending_counts():
    counter.take()
    yield
    counter.take()


def views(page=None, language=None):
    rows = PageViews.objects.all()
    if page is not None:
        rows = rows.filter(page=page)
    if language is not None:
        rows = rows.filter(language=language)
    return rows.aggregate(total=Sum("views"))["total"] or 0


def environ(user_agent=BROWSER, method="GET", **headers):
    return {"REQUEST_METHOD": method, "HTTP_USER_AGENT": user_agent, "HTTP_HOST": "clinic.example", **headers}


@pytest.mark.parametrize("user_agent", PROGRAMS)
def test_programs_that_say_so_are_not_visitors(user_agent):
    assert not is_person_visit(environ(user_agent))


@pytest.mark.parametrize("user_agent", BROWSERS)
def test_browsers_are_visitors(user_agent):
    assert is_person_visit(environ(user_agent))


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
        {"HTTP_COOKIE": "theme=dark; sessionid=abc"},
        {"method": "HEAD"},
        {"method": "POST"},
    ],
)
def test_prefetches_head_and_staff_are_not_visits(headers):
    assert not is_person_visit(environ(**headers))


@pytest.mark.parametrize(
    "referer, host",
    [
        ("https://www.Google.com/search?q=ketamine+pain&client=x", "www.google.com"),
        ("http://news.example:8080/story/123?patient=ana#top", "news.example"),
        ("https://user:secret@forum.example/thread", "forum.example"),
        ("https://[2001:db8::1]:8443/x", "2001:db8::1"),
        ("", ""),
        ("android-app://com.google.android.gm/", ""),
        ("not a url", ""),
        ("https://spam\tsite.example/", ""),
        ("https://<script>/", ""),
        ("https://clinic.example/articles/", None),
        ("https://CLINIC.example:443/", None),
    ],
)
def test_only_the_referers_host_is_read(referer, host):
    assert referring_host(environ(HTTP_REFERER=referer)) == host


@pytest.mark.parametrize(
    "host, source",
    [
        ("www.google.com", ("search", "")),
        ("www.google.co.uk", ("search", "")),
        ("duckduckgo.com", ("search", "")),
        ("search.brave.com", ("search", "")),
        ("www.bing.com", ("search", "")),
        ("l.facebook.com", ("social", "")),
        ("t.co", ("social", "")),
        ("x.com", ("social", "")),
        ("www.reddit.com", ("social", "")),
        ("m.youtube.com", ("social", "")),
        ("painforum.example", ("site", "painforum.example")),
        ("notgoogle.com", ("site", "notgoogle.com")),
        ("box.co", ("site", "box.co")),
        ("", ("direct", "")),
    ],
)
def test_sources_are_coarse(host, source):
    assert source_of(host) == source


def test_the_shared_daily_count_adds_and_creates(fibromyalgia):
    day = timezone.localdate()
    for _ in range(3):
        add_to_daily_count(PageViews, "views", 2, day=day, page=fibromyalgia, language="en")
    assert PageViews.objects.get().views == 6
    BookingClick.record(fibromyalgia)
    BookingClick.record(fibromyalgia, count=4)
    assert BookingClick.objects.get().count == 5


@override_settings(PAGE_CACHE_SECONDS=600)
def test_views_are_counted_per_page_and_language_hits_and_misses_alike(client, home, fibromyalgia):
    spanish = fibromyalgia.get_translations().get(locale__language_code="es")
    for _ in range(3):
        client.get(fibromyalgia.url)
    assert client.get(fibromyalgia.url)["X-Page-Cache"] == "hit"
    for _ in range(2):
        client.get(spanish.url)
    counter.flush()
    assert views(fibromyalgia, "en") == 4
    assert views(spanish, "es") == 2
    assert views() == 6


@override_settings(PAGE_CACHE_SECONDS=600)
@pytest.mark.parametrize("user_agent", PROGRAMS[:5])
def test_programs_are_served_but_not_counted(client, fibromyalgia, user_agent):
    for _ in range(2):
        assert client.get(fibromyalgia.url, headers={"user-agent": user_agent}).status_code == 200
    assert client.head(fibromyalgia.url).status_code == 200
    assert client.get(fibromyalgia.url, headers={"sec-purpose": "prefetch"}).status_code == 200
    counter.flush()
    assert views() == 0


def test_error_pages_redirects_and_search_are_not_counted(client, fibromyalgia):
    client.get("/no-such-page/")
    client.get(fibromyalgia.url.rstrip("/"))  # redirected to the address with its slash
    client.get("/search/?q=ketamine")
    client.get(f"/book/?from={fibromyalgia.pk}")
    counter.flush()
    assert views() == 0


def test_sources_come_from_the_referers_host_and_moving_within_the_site_is_none(client, fibromyalgia, home):
    client.get(fibromyalgia.url, headers={"referer": "https://www.google.com/search?q=ketamine"})
    client.get(fibromyalgia.url, headers={"referer": "https://painforum.example/t/123?user=ana"})
    client.get(fibromyalgia.url, headers={"referer": "https://painforum.example/other"})
    client.get(fibromyalgia.url)
    client.get(fibromyalgia.url, headers={"referer": f"http://testserver{home.url}"})
    counter.flush()
    assert views() == 5
    assert set(VisitSource.objects.values_list("kind", "host", "visits")) == {
        ("search", "", 1),
        ("site", "painforum.example", 2),
        ("direct", "", 1),
    }
    stored = " ".join(str(value) for row in VisitSource.objects.values_list() for value in row)
    assert "/t/123" not in stored and "ana" not in stored


def test_booking_clicks_by_programs_are_sent_on_but_not_counted(client, fibromyalgia):
    for _ in range(5):
        response = client.get(f"/book/?from={fibromyalgia.pk}", headers={"user-agent": "Mozilla/5.0 zgrab/0.x"})
        assert response.status_code == 302
    assert client.get(f"/book/?from={fibromyalgia.pk}", headers={"sec-purpose": "prefetch"}).status_code == 302
    assert not BookingClick.objects.exists()
    client.get(f"/book/?from={fibromyalgia.pk}")
    assert BookingClick.objects.get().count == 1


@override_settings(VISIT_COUNT_MODE="beacon", PAGE_CACHE_SECONDS=600)
def test_in_beacon_mode_each_page_carries_a_counter_image_and_only_it_counts(client, fibromyalgia):
    html = soup(client.get(fibromyalgia.url))
    image = html.find("img", class_="visit-counter")
    assert image["src"] == f"/v/{fibromyalgia.pk}/en.gif"
    assert image["alt"] == "" and image["width"] == "1" and image["height"] == "1"
    client.get(fibromyalgia.url)
    response = client.get(image["src"], headers={"referer": f"http://testserver{fibromyalgia.url}"})
    assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert response["Cache-Control"] == "no-store, private"
    assert not response.cookies
    client.get(image["src"], headers={"user-agent": "Googlebot/2.1"})
    client.head(image["src"])
    counter.flush()
    assert views(fibromyalgia, "en") == 1
    assert not VisitSource.objects.exists()


@override_settings(VISIT_COUNT_MODE="beacon")
@pytest.mark.parametrize("address", ["/v/999999/en.gif", "/v/{home}/de.gif", "/v/1/en.gif"])
def test_the_counter_counts_only_live_public_pages(client, home, address):
    assert client.get(address.format(home=home.pk)).status_code == 404
    counter.flush()
    assert views() == 0


def test_in_app_mode_pages_carry_no_counter_image(client, fibromyalgia):
    assert not soup(client.get(fibromyalgia.url)).find("img", class_="visit-counter")


def test_nothing_about_the_visitor_has_a_column():
    for model in (PageViews, VisitSource, BookingClick, CallBackSource):
        names = {field.name for field in model._meta.get_fields()}
        assert not names & {"ip", "address", "user_agent", "referer", "referrer", "url", "path", "cookie"}


def test_the_purge_deletes_daily_counts_older_than_25_months_and_prints_how_many(fibromyalgia):
    today = timezone.localdate()
    old, kept = today - datetime.timedelta(days=800), today - datetime.timedelta(days=700)
    for day in (old, kept):
        PageViews.objects.create(day=day, page=fibromyalgia, language="en", views=3)
        VisitSource.objects.create(day=day, language="en", kind="site", host="painforum.example", visits=2)
        BookingClick.objects.create(day=day, source_page=fibromyalgia, count=1)
        CallBackSource.objects.create(day=day, source_page=None, count=1)
    out = io.StringIO()
    call_command("purge_visit_counts", stdout=out)
    assert out.getvalue() == "Deleted 4 daily counts older than 25 months.\n"
    for model in (PageViews, VisitSource, BookingClick, CallBackSource):
        assert list(model.objects.values_list("day", flat=True)) == [kept]
