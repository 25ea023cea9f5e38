"""The "What brings patients" report and its dashboard panel, opened by a clinic manager and by a superuser at
desktop and phone widths: readable with assistive technology (axe) and sortable without scripts; editors
cannot open it."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import log_in
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_call_back import assert_accessible
from tests.servers import STAFF_PASSWORD, manage

REPORT = "/admin/reports/visits/"
# A superuser of the test server's own, and a month of counts for the demo pages.
SEED = f"""
import datetime
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page
from booking.models import BookingClick, CallBackSource
from stats.models import PageViews, VisitSource

User = get_user_model()
if not User.objects.filter(username="owner").exists():
    User.objects.create_superuser("owner", "owner@clinic.example", "{STAFF_PASSWORD}")
today = timezone.localdate()
pages = Page.objects.filter(depth__gt=2).live().order_by("pk")
for ago in range(30):
    day = today - datetime.timedelta(days=ago)
    for number, page in enumerate(pages):
        language = page.locale.language_code
        PageViews.objects.update_or_create(day=day, page=page, language=language, defaults={{"views": number + ago}})
        if number % 3 == 0:
            BookingClick.objects.update_or_create(day=day, source_page=page, defaults={{"count": 1 + ago % 4}})
        if number % 5 == 0:
            CallBackSource.objects.update_or_create(day=day, source_page=page, defaults={{"count": ago % 2}})
    for kind, host, visits in [("search", "", 30), ("site", "pain-support.example", 4), ("direct", "", 9)]:
        VisitSource.objects.update_or_create(
            day=day, language="en", kind=kind, host=host, defaults={{"visits": visits}}
        )
"""


@pytest.fixture(scope="module")
def counts(site_env):
    manage(site_env, "shell", "-c", SEED)


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("role", ["manager", "owner"])
def test_the_report_and_the_panel_are_accessible(open_page, site_url, counts, role, width):
    tab = open_page(None, width)
    log_in(tab, site_url, role)
    panel = tab.locator("[data-visits-panel]")
    expect(panel).to_be_visible()
    assert "Last 7 days" in panel.inner_text()
    assert_accessible(tab)

    tab.get_by_role("link", name="See which pages bring patients").click()
    tab.wait_for_url(site_url + REPORT)
    expect(tab.get_by_role("heading", level=1)).to_have_text("What brings patients")
    expect(tab.locator("svg[role=img] rect")).to_have_count(30)
    assert_accessible(tab)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SCREENSHOTS / f"admin-visit-report-{role}-{width}.png", full_page=True)

    # Sorting is a link in the column's heading: the page comes back from the server in that order.
    tab.get_by_role("link", name="Booking clicks", exact=True).click()
    tab.wait_for_url("**sort=-clicks")
    expect(tab.locator("th[aria-sort=descending]")).to_have_text("Booking clicks")
    clicks = [int(text) for text in tab.locator("table[data-pages] tbody tr td:nth-child(5)").all_inner_texts()]
    assert clicks == sorted(clicks, reverse=True) and clicks[0] > 0
    tab.get_by_role("link", name="last 7 days").click()
    expect(tab.locator("svg[role=img] rect")).to_have_count(7)
    assert_accessible(tab)


def test_an_editor_cannot_open_the_report(open_page, site_url, counts):
    tab = open_page(None, 1280)
    log_in(tab, site_url, "editor")
    expect(tab.locator("[data-visits-panel]")).to_have_count(0)
    expect(tab.locator(f'a[href="{REPORT}"]')).to_have_count(0)
    response = tab.goto(site_url + REPORT)
    assert response.status == 403 or not tab.url.startswith(site_url + REPORT)
    expect(tab.locator("table[data-pages]")).to_have_count(0)
