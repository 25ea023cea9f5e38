"""The "What brings patients" report and dashboard panel, as clinic managers read them: views per page and
language, the booking clicks and call-back requests made from each page, where visitors came from."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from booking.models import BookingClick, CallBackSource
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS
from stats.models import PageViews, VisitSource
from tests.html import soup, visible_text
from tests.test_staff_roles import member

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def manager(django_user_model):
    return member(django_user_model, "report-manager", CLINIC_MANAGERS)


@pytest.fixture
def editor(django_user_model):
    return member(django_user_model, "report-editor", EDITORS)


@pytest.fixture
def reviewer(django_user_model):
    return member(django_user_model, "report-reviewer", MEDICAL_REVIEWERS)


def days_ago(days):
    return TODAY() - datetime.timedelta(days=days)


def counted(page, views=0, views_es=0, page_es=None, clicks=0, call_backs=0, ago=0):
    """Daily counts as the counting writes them, `ago` days back."""
    day = days_ago(ago)
    if views:
        PageViews.objects.create(day=day, page=page, language="en", views=views)
    if views_es:
        PageViews.objects.create(day=day, page=page_es or page, language="es", views=views_es)
    if clicks:
        BookingClick.objects.create(day=day, source_page=page, count=clicks)
    if call_backs:
        CallBackSource.objects.create(day=day, source_page=page, count=call_backs)


def report(client, **query):
    return client.get(reverse("visit_report"), query)


def table(response):
    """The pages table as {page title: {column heading: cell text}}, in the order shown."""
    page = soup(response)
    pages = page.find("table", attrs={"data-pages": True})
    headings = [th.get_text(" ", strip=True) for th in pages.select("thead th")]
    rows = {}
    for tr in pages.select("tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in tr.find_all(["th", "td"])]
        rows[cells[0]] = dict(zip(headings, cells, strict=True))
    return rows


@pytest.fixture
def counts(fibromyalgia, fibromyalgia_es, pain_article, contact_page):
    counted(fibromyalgia, views=150, views_es=50, page_es=fibromyalgia_es, clicks=10, call_backs=2)
    counted(fibromyalgia, clicks=2, call_backs=1, ago=1)
    counted(pain_article, views=40, clicks=8, ago=3)
    counted(contact_page, call_backs=5, ago=5)  # not read in the period, yet calls were asked for from it
    counted(pain_article, views=1000, clicks=100, ago=45)  # outside the last 30 days
    BookingClick.objects.create(day=days_ago(1), source_page=None, count=4)


def test_the_report_shows_views_clicks_and_requests_per_page(client, manager, counts, fibromyalgia, pain_article):
    client.force_login(manager)
    rows = table(report(client))
    assert list(rows) == [fibromyalgia.title, pain_article.title, "(unknown page)", "Contact us"]  # most read first
    assert rows[fibromyalgia.title] == {
        "Page": fibromyalgia.title,
        "Views": "200",
        "Views in English": "150",
        "Views in Spanish": "50",  # the Spanish translation is counted with its source
        "Booking clicks": "12",
        "Booking clicks per 100 views": "6.0",
        "Call-back requests": "3",
        "Call-back requests per 100 views": "1.5",
    }
    assert rows[pain_article.title]["Views"] == "40"  # the row from 45 days ago is outside the period
    assert rows[pain_article.title]["Booking clicks per 100 views"] == "20.0"


def test_a_page_without_views_has_no_rate(client, manager, counts):
    client.force_login(manager)
    response = report(client)
    contact = table(response)["Contact us"]
    assert contact["Views"] == "0" and contact["Call-back requests"] == "5"
    assert contact["Call-back requests per 100 views"] == "– no views, no rate"  # a dash, and words for screen readers
    assert "A dash means the page was not read in the period" in visible_text(response)


def test_totals_and_the_chart(client, manager, counts):
    client.force_login(manager)
    page = soup(report(client))
    assert page.find(attrs={"data-total-views": True}).get_text() == "240"
    totals = [cell.get_text(" ", strip=True) for cell in page.select("table[data-pages] tfoot tr > *")]
    assert totals[:5] == ["All pages", "240", "190", "50", "24"]
    assert len(page.select("svg rect")) == 30
    assert page.select_one("svg title").get_text(" ", strip=True).startswith("Page views per day over the last 30 days")
    # The same numbers as text: a table of the days.
    assert len(page.select("details table tbody tr")) == 30


@pytest.mark.parametrize("days, pain_views", [("7", "40"), ("30", "40"), ("90", "1040")])
def test_the_period_is_chosen(client, manager, counts, pain_article, days, pain_views):
    client.force_login(manager)
    page = report(client, days=days)
    assert table(page)[pain_article.title]["Views"] == pain_views
    assert len(soup(page).select("svg rect")) == int(days)


def test_a_week_leaves_out_what_is_older(client, manager, counts, fibromyalgia, pain_article):
    counted(pain_article, views=5, ago=7)  # the eighth day back
    client.force_login(manager)
    assert table(report(client, days="7"))[pain_article.title]["Views"] == "40"
    assert table(report(client, days="30"))[pain_article.title]["Views"] == "45"


@pytest.mark.parametrize(
    "sort, first, last",
    [
        ("-views", "Ketamine therapy for fibromyalgia", "Contact us"),
        ("views", "(unknown page)", "Ketamine therapy for fibromyalgia"),
        ("title", "(unknown page)", "Ketamine therapy for fibromyalgia"),
        ("-title", "Ketamine therapy for fibromyalgia", "(unknown page)"),
        ("-clicks", "Ketamine therapy for fibromyalgia", "Contact us"),
        ("-click_rate", "Ketamine therapy for chronic pain and migraine", "Contact us"),
        ("call_backs", "(unknown page)", "Contact us"),  # equal counts in the order of their titles
        ("-views_es", "Ketamine therapy for fibromyalgia", "Ketamine therapy for chronic pain and migraine"),
    ],
)
def test_sorting_by_each_column(client, manager, counts, sort, first, last):
    client.force_login(manager)
    titles = list(table(report(client, sort=sort)))
    assert (titles[0], titles[-1]) == (first, last)


def test_rates_that_cannot_be_given_come_last_both_ways(client, manager, counts):
    client.force_login(manager)
    for sort in ("click_rate", "-click_rate", "call_back_rate", "-call_back_rate"):
        assert list(table(report(client, sort=sort)))[-2:] in (
            ["(unknown page)", "Contact us"],
            ["Contact us", "(unknown page)"],
        ), sort


def test_headings_sort_largest_first_then_reverse(client, manager, counts):
    client.force_login(manager)
    headings = soup(report(client, days="7")).select("table[data-pages] thead th")
    by_label = {th.get_text(strip=True): th for th in headings}
    assert by_label["Views"]["aria-sort"] == "descending"  # the default order
    assert by_label["Views"].a["href"] == "?days=7&sort=views"
    assert by_label["Booking clicks"].a["href"] == "?days=7&sort=-clicks"
    assert by_label["Page"].a["href"] == "?days=7&sort=title"
    assert not by_label["Page"].has_attr("aria-sort")
    ascending = soup(report(client, days="7", sort="title")).select_one("table[data-pages] thead th")
    assert ascending["aria-sort"] == "ascending" and ascending.a["href"] == "?days=7&sort=-title"


@pytest.mark.parametrize(
    "query",
    [
        {"days": "abc"},
        {"days": "-5"},
        {"days": "100000"},
        {"days": ""},
        {"sort": "password"},
        {"sort": "--views"},
        {"sort": "-"},
        {"sort": "title'; DROP TABLE"},
        {"sort": "views_fr"},
        {"sort": "__class__"},
        {"days": "7", "sort": "views", "export": "pdf"},
        {"days": ["7", "x"], "sort": ["views", "x"]},
        {"page": "9", "q": "\x00"},
    ],
)
def test_strange_query_strings_get_the_default_report(client, manager, counts, fibromyalgia, query):
    client.force_login(manager)
    response = report(client, **query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert list(table(response))[0] in (fibromyalgia.title, "(unknown page)")


def test_an_unknown_sort_falls_back_to_most_viewed_first(client, manager, counts, fibromyalgia):
    client.force_login(manager)
    assert list(table(report(client, sort="nonsense"))) == list(table(report(client)))
    assert list(table(report(client, days="nonsense"))) == list(table(report(client, days="30")))


def test_the_csv_export_holds_the_same_rows(client, manager, counts, fibromyalgia):
    client.force_login(manager)
    export = report(client, days="30", sort="-clicks", export="csv")
    assert export["Content-Type"] == "text/csv; charset=utf-8"
    since = days_ago(29)
    assert export["Content-Disposition"] == f'attachment; filename="visits-{since}-to-{TODAY()}.csv"'
    lines = list(csv.reader(io.StringIO(export.content.decode())))
    assert lines[0] == [
        "Page",
        "Views",
        "Views in English",
        "Views in Spanish",
        "Booking clicks",
        "Booking clicks per 100 views",
        "Call-back requests",
        "Call-back requests per 100 views",
    ]
    assert lines[1] == [fibromyalgia.title, "200", "150", "50", "12", "6.0", "3", "1.5"]
    assert [line[0] for line in lines[1:]] == list(table(report(client, days="30", sort="-clicks")))
    contact = next(line for line in lines if line[0] == "Contact us")
    assert contact[5] == "" and contact[7] == ""  # no views: no rate, rather than 0 or an error


def test_a_page_title_is_exported_as_text_not_as_a_formula(client, manager, fibromyalgia):
    fibromyalgia.title = '=HYPERLINK("http://example.com")'
    fibromyalgia.save_revision().publish()
    counted(fibromyalgia, views=3)
    client.force_login(manager)
    lines = list(csv.reader(io.StringIO(report(client, export="csv").content.decode())))
    assert lines[1][0] == '\'=HYPERLINK("http://example.com")'


def test_where_visitors_come_from(client, manager):
    for kind, host, visits in [
        ("search", "", 30),
        ("social", "", 4),
        ("site", "pain-support.example", 7),
        ("site", "forum.example", 2),
        ("direct", "", 11),
    ]:
        VisitSource.objects.create(day=days_ago(2), language="en", kind=kind, host=host, visits=visits)
    VisitSource.objects.create(day=days_ago(2), language="es", kind="site", host="forum.example", visits=6)
    VisitSource.objects.create(day=days_ago(2), language="es", kind="search", host="search.example", visits=50)
    VisitSource.objects.create(day=days_ago(60), language="en", kind="site", host="old.example", visits=99)
    client.force_login(manager)
    page = soup(report(client))
    kinds = {
        tr.find_all("td")[0].get_text(strip=True): tr.find_all("td")[1].get_text(strip=True)
        for tr in page.select("table[data-sources] tbody tr")
    }
    assert kinds == {"Search engines": "80", "Social networks": "4", "Other sites": "15", "Direct, or not known": "11"}
    hosts = [li.get_text(" ", strip=True) for li in page.select("ol[data-hosts] li")]
    assert hosts == ["forum.example: 8 visits", "pain-support.example: 7 visits"]


def test_an_empty_period_says_so(client, manager):
    client.force_login(manager)
    text = visible_text(report(client))
    assert "No page views, booking clicks or call-back requests in this period." in text
    assert "No visits from other sites in this period." in text


def test_the_report_makes_a_bounded_number_of_queries(client, manager, django_assert_max_num_queries, home):
    client.force_login(manager)
    report(client)  # the first request of a session loads what the admin keeps for later
    pages = home.get_descendants().live().filter(locale__language_code="en")[:12]
    for number, page in enumerate(pages):
        counted(page, views=number + 1, clicks=1, call_backs=1, ago=number % 5)
        VisitSource.objects.create(day=days_ago(number), language="en", kind="site", host=f"s{number}.example")
    with django_assert_max_num_queries(20):
        response = report(client)
    assert len(table(response)) == 12
    with django_assert_max_num_queries(10):
        report(client, export="csv")


@pytest.mark.parametrize("user", ["manager", "admin_user"])
def test_managers_and_superusers_open_the_report_from_the_menu(client, request, user):
    client.force_login(request.getfixturevalue(user))
    response = report(client)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "What brings patients"
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("visit_report").encode() in home.content
    assert "What brings patients" in visible_text(home)


@pytest.mark.parametrize("user", ["editor", "reviewer"])
def test_editors_and_reviewers_cannot_open_the_report(client, request, counts, user):
    client.force_login(request.getfixturevalue(user))
    assert report(client).status_code in (302, 403)
    assert report(client, export="csv").status_code in (302, 403)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert reverse("visit_report").encode() not in home.content  # neither in the menu nor on the dashboard
    assert soup(home).find(attrs={"data-visits-panel": True}) is None


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = report(client)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_dashboard_compares_the_last_7_days_with_the_7_before(client, manager, fibromyalgia, pain_article):
    counted(fibromyalgia, views=20, clicks=3, call_backs=1)
    counted(pain_article, views=5, clicks=1, ago=6)  # the seventh day back: this week
    counted(pain_article, views=9, clicks=2, call_backs=2, ago=7)  # the eighth: the week before
    counted(pain_article, views=4, ago=13)
    counted(pain_article, views=500, ago=14)  # older than both
    client.force_login(manager)
    home = soup(client.get(reverse("wagtailadmin_home")))
    panel = home.find(attrs={"data-visits-panel": True})
    headings = [th.get_text(" ", strip=True) for th in panel.select("thead th")]
    assert headings[0].startswith("Last 7 days") and headings[1].startswith("The 7 days before")
    rows = {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
        for tr in panel.select("tbody tr")
    }
    assert rows == {"Page views": ["25", "13"], "Booking clicks": ["4", "2"], "Call-back requests": ["1", "2"]}
    link = panel.find_parent("section").find("a", string="See which pages bring patients")
    assert link["href"] == reverse("visit_report")


def test_the_report_reads_in_spanish(client, manager, counts):
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(manager)
    text = visible_text(report(client))
    assert "Qué atrae a los pacientes" in text
    assert "Vistas en español" in text
    assert "De dónde vienen los visitantes" in text


def test_the_dashboard_panel_reads_each_count_once(client, manager, fibromyalgia, pain_article):
    counted(fibromyalgia, views=20, clicks=3, call_backs=1)
    counted(pain_article, views=9, clicks=2, ago=8)
    client.force_login(manager)
    client.get(reverse("wagtailadmin_home"))
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("wagtailadmin_home"))
    tables = ("stats_pageviews", "booking_bookingclick", "booking_callbacksource")
    assert [table for query in queries for table in tables if table in query["sql"]] == list(tables)
