"""Staff in the admin, as a browser drives it: signing in and finding a page's editor."""

import re

from tests.servers import STAFF_PASSWORD


def log_in(tab, site_url, username):
    tab.goto(site_url + "/admin/login/")
    tab.get_by_label("Username").fill(username)
    tab.get_by_label("Password").fill(STAFF_PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(site_url + "/admin/")


def edit_address(tab, site_url, title):
    """The admin path of the page editor for the page titled `title`, found with the admin's page search."""
    tab.goto(f"{site_url}/admin/pages/search/?q={title}")
    link = tab.get_by_role("link", name=title, exact=True).first
    return re.sub(r"^https?://[^/]+", "", link.get_attribute("href"))


# Wagtail's editor compares the form with a copy it takes about 2 s after opening, and says so with this
# event; an edit made before then is part of that copy and never noticed, as by a person who types at once.
WATCH_EDITS = """document.addEventListener("w-unsaved:watch-edits", () => {
  document.documentElement.dataset.editorWatchesEdits = "";
});"""


def open_editor(tab, site_url, title):
    """Open the page's editor and wait until it notices edits (autosave, preview, unsaved-changes warning)."""
    address = edit_address(tab, site_url, title)
    tab.add_init_script(WATCH_EDITS)
    tab.goto(site_url + address)
    tab.wait_for_load_state("networkidle")
    tab.locator("html[data-editor-watches-edits]").wait_for(state="attached")


def open_new_page_editor(tab, site_url, parent_title, page_type):
    """Open the editor of a new page of `page_type` ("app/model") below the page titled `parent_title`, and
    wait until it notices edits."""
    parent_id = re.search(r"/pages/(\d+)/", edit_address(tab, site_url, parent_title)).group(1)
    tab.add_init_script(WATCH_EDITS)
    tab.goto(f"{site_url}/admin/pages/add/{page_type}/{parent_id}/")
    tab.locator("html[data-editor-watches-edits]").wait_for(state="attached")
