"""The "What patients search for" report, opened by a clinic manager and an editor at desktop and phone widths:
readable with assistive technology (axe); a search that found nothing shows up in it."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import log_in
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_call_back import assert_accessible
from tests.servers import manage

REPORT = "/admin/reports/searches/"
# A month of counts in both languages.
SEED = """
import datetime
from django.utils import timezone
from stats.models import SearchTerm

today = timezone.localdate()
for ago in range(30):
    day = today - datetime.timedelta(days=ago)
    for language, term, searches, found_nothing in [
        ("en", "migraine", 5, 0), ("en", "fibro", 2, 0), ("en", "xylophone", 1, 1),
        ("es", "precio", 4, 0), ("es", "seguro dental", 1, 1),
    ]:
        SearchTerm.objects.update_or_create(
            day=day, language=language, term=term, defaults={"searches": searches, "found_nothing": found_nothing}
        )
"""


@pytest.fixture(scope="module")
def counts(site_env):
    manage(site_env, "shell", "-c", SEED)


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("role", ["manager", "editor"])
def test_the_search_report_is_accessible(open_page, site_url, counts, role, width):
    tab = open_page(None, width)
    log_in(tab, site_url, role)
    tab.goto(site_url + REPORT)
    expect(tab.get_by_role("heading", level=1)).to_have_text("What patients search for")
    expect(tab.locator('table[data-terms="en-searched"] tbody tr').first).to_contain_text("migraine")
    # Other tests' searches may be listed below it.
    expect(tab.locator('table[data-terms="es-not-found"] tbody tr').first).to_contain_text("seguro dental")
    assert_accessible(tab)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SCREENSHOTS / f"admin-search-report-{role}-{width}.png", full_page=True)


def test_a_patients_search_that_found_nothing_reaches_the_report(open_page, site_url, counts):
    tab = open_page(None, 1280)
    tab.goto(site_url + "/es/buscar/?q=quiropráctico")
    expect(tab.locator(".no-results")).to_contain_text("quiropráctico")
    log_in(tab, site_url, "manager")
    tab.goto(site_url + REPORT)
    expect(tab.locator('table[data-terms="es-not-found"]')).to_contain_text("quiropráctico")
