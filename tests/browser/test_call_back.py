"""A patient asks for a call back at phone width with the keyboard alone; the clinic manager handles the
request in the admin; an editor cannot see it."""

import re

from axe_playwright_python.sync_playwright import Axe

from tests.browser.admin import log_in
from tests.browser.test_accessibility import AXE_RULES, describe

PATIENT_NAME = "Keyboard Patient"


def focused_id(tab):
    return tab.evaluate("document.activeElement.id")


def tab_until(tab, element_id, limit=40):
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if focused_id(tab) == element_id:
            return
    raise AssertionError(f"#{element_id} was not reached with the Tab key")


def assert_accessible(tab):
    results = Axe().run(tab, options=AXE_RULES)
    assert results.violations_count == 0, describe(results.response["violations"])


def fill_with_the_keyboard(tab):
    tab_until(tab, "id_name")
    tab.keyboard.type(PATIENT_NAME)
    tab.keyboard.press("Tab")
    assert focused_id(tab) == "id_phone"
    tab.keyboard.type("480 555 0100")
    tab_until(tab, "id_preferred_time_0")  # "Any time" is chosen; the arrow keys move the choice
    tab.keyboard.press("ArrowDown")
    assert tab.locator("#id_preferred_time_1").is_checked()
    tab_until(tab, "id_reason_0")
    tab.keyboard.press("Space")
    assert tab.locator("#id_reason_0").is_checked()


def test_a_patient_asks_for_a_call_back_and_the_manager_marks_it_contacted(open_page, browser, site_url):
    tab = open_page("/call-back/", 375)
    assert_accessible(tab)
    fill_with_the_keyboard(tab)

    # Sent without the consent box ticked: the error is next to it, and nothing typed is lost.
    tab.wait_for_timeout(3000)  # people take a few seconds; the form refuses quicker ones
    tab_until(tab, "call-back-submit")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert "Tick the box" in tab.locator("#id_consent-error").inner_text()
    tab.wait_for_function("document.activeElement.id === 'error-summary'")  # read first, no script needed
    assert tab.title().startswith("Error: ")
    assert tab.locator("#id_name").input_value() == PATIENT_NAME
    assert_accessible(tab)

    tab_until(tab, "id_consent")
    tab.keyboard.press("Space")
    tab_until(tab, "call-back-submit")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == site_url + "/call-back/thanks/"
    assert tab.locator("h1").inner_text() == "Thank you: we have your request"
    assert "988" in tab.locator("main").inner_text()
    assert_accessible(tab)

    manager = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(manager, site_url, "manager")
    assert re.search(r"\d+ new requests? waiting for a call", manager.locator("main").inner_text())
    manager.goto(site_url + "/admin/call_back_requests/")
    manager.get_by_role("link", name=PATIENT_NAME).first.click()
    manager.get_by_role("combobox", name="Status").select_option("contacted")
    manager.get_by_role("button", name="Save").click()
    manager.wait_for_url(site_url + "/admin/call_back_requests/")
    row = manager.locator("tr", has_text=PATIENT_NAME).first
    assert "Contacted" in row.inner_text() and "manager" in row.inner_text().lower()
    manager.context.close()

    editor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(editor, site_url, "editor")
    editor.goto(site_url + "/admin/call_back_requests/")
    assert PATIENT_NAME not in editor.content()
    assert "Call-back requests" not in editor.locator("nav").first.inner_text()
    editor.context.close()
