"""Clinic staff in the admin: an editor proposes a new FAQ question, a medical reviewer approves it, in
English and on the Spanish translation alike, from the page editor or from the dashboard's "Awaiting your
review"."""

import pytest

from tests.browser.admin import log_in, open_editor
from tests.browser.pages import FIBROMYALGIA, FIBROMYALGIA_ES

ARTICLES = {
    "english": {
        "title": "Ketamine therapy for fibromyalgia",
        "path": FIBROMYALGIA,
        "question": "Can I bring someone with me to appointments?",
        "answer": "Yes. A friend or relative is welcome to come with you.",
        "typed": "friend or relative",
        "review_line": "Medically reviewed by Dr. Jordan Example, MD",
    },
    "english, from the dashboard": {
        "title": "Ketamine therapy for fibromyalgia",
        "path": FIBROMYALGIA,
        "question": "Can I eat before an appointment?",
        "answer": "Eat lightly, and stop eating two hours before, unless we tell you otherwise.",
        "typed": "two hours before",
        "review_line": "Medically reviewed by Dr. Jordan Example, MD",
        "from_dashboard": True,
    },
    "spanish": {
        "title": "Terapia con ketamina para la fibromialgia",
        "path": FIBROMYALGIA_ES,
        "question": "¿Puedo venir acompañado a las citas?",
        "answer": "Sí. Puede venir con un familiar o con una persona de confianza.",
        "typed": "persona de confianza",
        "review_line": "Revisado por el Dr. Jordan Example, MD",
    },
}


def public_questions(open_page, path):
    """What a patient sees, in a browser of their own."""
    return open_page(path).locator(".faq summary").all_inner_texts()


def form_errors(tab):
    """The editor's error messages, to tell why a save was refused."""
    return tab.locator(".error-message, .w-field__errors, .help-critical, .messages").all_inner_texts()


@pytest.mark.parametrize("language", ARTICLES)
def test_editor_adds_a_question_and_a_reviewer_approves_it(open_page, site_url, language):
    article = ARTICLES[language]
    editor = open_page(None, 1280)
    log_in(editor, site_url, "editor")
    open_editor(editor, site_url, article["title"])

    questions = editor.locator("[data-contentpath='items']").last
    questions.locator("button[data-streamfield-list-add]").last.click()
    questions.locator("input[name$='-value-question']").last.fill(article["question"])
    questions.locator("[role=textbox]").last.click()
    editor.keyboard.type(article["answer"])
    # The rich text editor copies what was typed into its form field a moment later.
    answer_field = questions.locator("input[name$='-value-answer']").last
    editor.wait_for_function(
        "([field, typed]) => field.value.includes(typed)", arg=[answer_field.element_handle(), article["typed"]]
    )

    editor.get_by_role("button", name="More actions").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit to Medical review").click()
    assert "submitted for moderation" in editor.locator(".messages").inner_text()
    assert article["question"] not in public_questions(open_page, article["path"])  # waits for the reviewer

    reviewer = open_page(None, 1280)
    log_in(reviewer, site_url, "reviewer")
    if article.get("from_dashboard"):
        awaiting = reviewer.locator("#awaiting-review-content tr").filter(has_text=article["title"])
        awaiting.get_by_role("button", name="Actions").click()
        awaiting.get_by_role("button", name="Approve and publish").click()
        done = ""  # the dashboard reloads without a message
    else:
        open_editor(reviewer, site_url, article["title"])
        reviewer.get_by_role("button", name="More actions").click()
        reviewer.get_by_role("button", name="Approve and publish", exact=True).click()
        done = "has been updated"
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_label("Record today as this article's medical review date").check()
    with reviewer.expect_navigation():
        dialog.get_by_role("button", name="Approve and publish").click()
    assert done in reviewer.locator(".messages").inner_text(), form_errors(reviewer)

    assert article["question"] in public_questions(open_page, article["path"])
    patient = open_page(article["path"])
    assert article["review_line"] in patient.locator(".review-line").inner_text()
