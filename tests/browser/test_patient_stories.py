"""A patient story from consent to the article page: a Clinic manager records the patient's consent with the
signed form, an editor writes the story and submits it, a medical reviewer approves it, and a patient on a
phone reads it beside the article about their condition."""

import datetime

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.admin import log_in, open_new_page_editor
from tests.browser.pages import ARTICLE
from tests.browser.test_accessibility import AXE_RULES, describe

CONSENT = "Knee and migraine story, browser test"
TITLE = "Back at my desk most mornings"
WORDS = "Some weeks are still hard, but I can plan my mornings again."


def test_a_story_goes_from_consent_to_the_article_page(open_page, site_url):
    today = datetime.date.today()
    manager = open_page(None, 1280)
    log_in(manager, site_url, "manager")
    manager.goto(site_url + "/admin/story_consents/new/")
    manager.locator("[name=label]").fill(CONSENT)
    manager.locator("[name=date_signed]").fill((today - datetime.timedelta(days=1)).isoformat())
    manager.locator("[name=expires_on]").fill((today + datetime.timedelta(days=365)).isoformat())
    manager.get_by_role("checkbox", name="Allows use on the website").check()
    manager.locator("select[name=allows_naming]").select_option(label="First name only")
    manager.locator("[name=signed_form]").set_input_files(
        {"name": "signed-consent.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 signed consent"}
    )
    with manager.expect_navigation():
        manager.get_by_role("button", name="Create").click()
    assert "created" in manager.locator(".messages").inner_text()

    editor = open_page(None, 1280)
    log_in(editor, site_url, "editor")
    open_new_page_editor(editor, site_url, "Patient stories", "stories/storypage")
    editor.locator("[name=title]").fill(TITLE)
    editor.locator("[data-contentpath='quote'] [role=textbox]").click()
    editor.keyboard.type(WORDS)
    editor.locator("[name=patient_name]").fill("Sam Browser")
    editor.locator("select[name=named_as]").select_option(label="First name only")
    editor.get_by_role("checkbox", name="Migraine", exact=True).check()
    editor.locator("select[name=consent]").select_option(label=f"{CONSENT} (current)")
    editor.locator("[name=received_anything][value=nothing]").check()
    quote = editor.locator("input[name='quote']")
    editor.wait_for_function("field => field.value.includes('plan my mornings')", arg=quote.element_handle())
    editor.get_by_role("button", name="More actions").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit to Medical review").click()
    # A form sent during an autosave goes once the autosave has answered, which already moved the address
    # to the new page's editor: the message is waited for, not the first change of address.
    expect(editor.locator(".messages")).to_contain_text("submitted for moderation")

    reviewer = open_page(None, 1280)
    log_in(reviewer, site_url, "reviewer")
    awaiting = reviewer.locator("#awaiting-review-content tr").filter(has_text=TITLE)
    awaiting.get_by_role("button", name="Actions").click()
    awaiting.get_by_role("button", name="Approve and publish").click()
    with reviewer.expect_navigation():
        reviewer.get_by_role("dialog").get_by_role("button", name="Approve and publish").click()

    patient = open_page(ARTICLE, 375)
    story = patient.locator(".story").filter(has_text=TITLE)
    assert WORDS in story.inner_text()
    assert "Individual results vary." in story.inner_text()
    assert story.locator(".story__name").inner_text() == "Sam"
    results = Axe().run(patient, options=AXE_RULES)
    assert results.violations_count == 0, describe(results.response["violations"])
