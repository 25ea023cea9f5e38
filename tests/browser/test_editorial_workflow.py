"""Clinic staff in the admin: an editor proposes a new FAQ question, a medical reviewer approves it."""

from tests.browser.admin import log_in, open_editor
from tests.browser.pages import FIBROMYALGIA

NEW_QUESTION = "Can I bring someone with me to appointments?"
NEW_ANSWER = "Yes. A friend or relative is welcome to come with you."


def open_article_in_admin(tab, site_url):
    open_editor(tab, site_url, "Ketamine therapy for fibromyalgia")


def public_questions(open_page):
    """What a patient sees, in a browser of their own."""
    return open_page(FIBROMYALGIA).locator(".faq summary").all_inner_texts()


def test_editor_adds_a_question_and_a_reviewer_approves_it(open_page, site_url):
    editor = open_page(None, 1280)
    log_in(editor, site_url, "editor")
    open_article_in_admin(editor, site_url)

    questions = editor.locator("[data-contentpath='items']").last
    questions.locator("button[data-streamfield-list-add]").last.click()
    questions.locator("input[name$='-value-question']").last.fill(NEW_QUESTION)
    questions.locator("[role=textbox]").last.click()
    editor.keyboard.type(NEW_ANSWER)
    # The rich text editor copies what was typed into its form field a moment later.
    answer_field = questions.locator("input[name$='-value-answer']").last
    editor.wait_for_function("field => field.value.includes('friend or relative')", arg=answer_field.element_handle())

    editor.get_by_role("button", name="More actions").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit to Medical review").click()
    assert "submitted for moderation" in editor.locator(".messages").inner_text()
    assert NEW_QUESTION not in public_questions(open_page)  # waits for the reviewer

    reviewer = open_page(None, 1280)
    log_in(reviewer, site_url, "reviewer")
    open_article_in_admin(reviewer, site_url)
    reviewer.get_by_role("button", name="More actions").click()
    reviewer.get_by_role("button", name="Approve and publish").click()
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_label("Record today as this article's medical review date").check()
    with reviewer.expect_navigation():
        dialog.get_by_role("button", name="Approve and publish").click()
    assert "has been updated" in reviewer.locator(".messages").inner_text()

    assert NEW_QUESTION in public_questions(open_page)
    patient = open_page(FIBROMYALGIA)
    assert "Medically reviewed by Dr. Jordan Example, MD" in patient.locator(".review-line").inner_text()
