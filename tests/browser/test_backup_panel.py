"""A clinic manager's dashboard warns that the last backup failed, readably for everyone (axe-core)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from backups.status import STATUS_NAME, backup_storage, record_failure
from tests.browser.admin import log_in
from tests.browser.test_accessibility import AXE_RULES, describe


@pytest.fixture
def failed_backup():
    """The last run failed, in the backup folder the test server reads; put back as it was afterwards."""
    storage = backup_storage()
    before = storage.open(STATUS_NAME).read() if storage.exists(STATUS_NAME) else None
    record_failure("pg_dump exited with status 1")
    yield
    storage.delete(STATUS_NAME)
    if before is not None:
        storage.save(STATUS_NAME, ContentFile(before))


@pytest.mark.parametrize("width", [375, 1280])
def test_the_backup_warning_on_the_dashboard_passes_axe(open_page, site_url, failed_backup, width):
    tab = open_page(None, width)
    log_in(tab, site_url, "manager")
    panel = tab.locator("section[aria-labelledby=backup-status-heading]")
    # A status read by the server within the last minute may still be shown: either way, a warning.
    expect(panel).to_contain_text("What to do: run manage.py backup_site")
    results = Axe().run(tab, options=AXE_RULES)
    assert results.violations_count == 0, describe(results.response["violations"])
