"""The reading grade editors see when they save a page, and the plain demo content it holds to."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from clinical_review.readability import counts, grade, hardest_sentences, syllables
from clinical_review.reading_report import body_and_answers, reading_messages
from tests.admin_forms import form_data

# Counted by hand: 4 sentences, 39 words, 50 syllables (ke-ta-mine, med-i-cine, ev-ery-one, ...).
KNOWN_TEXT = (
    "Ketamine is a medicine that doctors have used for many years. It can ease some kinds of pain for a while. "
    "It does not work for everyone. Your doctor will talk with you about the risks before you start."
)
KNOWN_GRADE = 0.39 * 39 / 4 + 11.8 * 50 / 39 - 15.59  # Flesch–Kincaid: 3.34
# Counted by hand: 1 sentence, 23 words, 34 syllables.
HARD_TEXT = (
    "Compounded medicines are not approved by the Food and Drug Administration, so their strength and quality "
    "are not checked in the same way."
)
HARD_GRADE = 0.39 * 23 + 11.8 * 34 / 23 - 15.59  # 10.82


def test_the_grade_of_known_texts_matches_the_hand_count():
    assert grade(KNOWN_TEXT) == pytest.approx(KNOWN_GRADE, abs=0.5)
    assert grade(HARD_TEXT) == pytest.approx(HARD_GRADE, abs=0.5)
    assert counts(KNOWN_TEXT).sentences == 4 and counts(KNOWN_TEXT).words == 39


@pytest.mark.parametrize(
    "word, count",
    [("medicine", 3), ("table", 2), ("used", 1), ("needed", 2), ("doses", 2), ("times", 1), ("911", 3)],
)
def test_english_syllables(word, count):
    assert syllables(word) == count


@pytest.mark.parametrize("word, count", [("ketamina", 4), ("medicamento", 5), ("día", 2), ("país", 2)])
def test_spanish_syllables_split_accented_vowels(word, count):
    assert syllables(word, "es") == count


def test_spanish_uses_its_own_formula():
    plain = "La ketamina es un medicamento. No funciona en todas las personas. Hable con su médico."
    assert grade(plain, "es") < 8
    # The same sentence scores differently under the English formula, which counts Spanish syllables wrongly.
    assert grade(plain, "es") != pytest.approx(grade(plain, "en"), abs=0.1)


def test_the_hardest_sentences_come_first_and_short_ones_are_not_graded_alone():
    text = f"{KNOWN_TEXT} {HARD_TEXT} Not necessarily."
    hardest = hardest_sentences(text)
    assert hardest[0][1] == HARD_TEXT and len(hardest) == 3
    assert all(sentence != "Not necessarily." for _grade, sentence in hardest)


class FakePage:
    def __init__(self, body, language="en"):
        self.body = body
        self.locale = type("Locale", (), {"language_code": language})()


def paragraph(text):
    from wagtail.rich_text import RichText

    return type("Block", (), {"block_type": "paragraph", "value": RichText(f"<p>{text}</p>")})()


def test_the_warning_fires_above_the_target_and_not_at_or_below_it():
    page = FakePage([paragraph(HARD_TEXT)])
    [info, warning] = reading_messages(page, target=8)
    assert "body 10.8" in info.text and not info.above_target
    assert warning.above_target and "reads at grade 10.8, above the target of 8" in warning.text
    assert HARD_TEXT in warning.text
    assert [m.above_target for m in reading_messages(page, target=11)] == [False]
    assert [m.above_target for m in reading_messages(FakePage([paragraph(KNOWN_TEXT)]), target=8)] == [False]


def test_the_easiest_text_reads_at_grade_0_never_below():
    assert grade("Go. Eat. Sit. Rest.") == 0
    [info] = reading_messages(FakePage([paragraph("Go. Eat. Sit. Rest.")]), target=8)
    assert "body 0.0" in info.text and "-" not in info.text.split(":")[1]


@pytest.mark.django_db
def test_editors_see_the_grade_of_the_body_and_each_faq_answer_when_they_save(admin_client, faq_article):
    from tests.test_admin_editing import faq_body

    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    data = form_data(admin_client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions", [("Easy?", "It is. Ask us."), ("Hard?", HARD_TEXT)]))
    data["action-publish"] = "action-publish"
    response = admin_client.post(edit_url, data, follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert any(
        message.startswith("Reading level (Flesch–Kincaid, US school grade): FAQ answers") for message in messages
    )
    assert any(message.startswith("The answer to “Hard?” reads at grade 10.8") for message in messages)
    assert not any("The answer to “Easy?”" in message for message in messages)


def demo_pages():
    return [page.specific for page in Page.objects.filter(depth__gt=2).live() if hasattr(page.specific, "body")]


@pytest.mark.django_db
def test_every_demo_article_and_faq_answer_reads_at_grade_8_or_below():
    articles = [page for page in demo_pages() if page.specific_class.__name__ == "ArticlePage"]
    assert len(articles) == 4  # two articles, in English and Spanish
    for article in articles:
        language = article.locale.language_code
        body, answers = body_and_answers(article)
        assert grade(body, language) <= 8, article.url_path
        for question, answer in answers:
            assert grade(answer, language) <= 8, question


@pytest.mark.django_db
def test_no_demo_sentence_reads_above_grade_12():
    for page in demo_pages():
        body, answers = body_and_answers(page)
        text = "\n".join([body, *(answer for _question, answer in answers)])
        for sentence_grade, sentence in hardest_sentences(text, page.locale.language_code, count=1):
            assert sentence_grade <= 12, (page.url_path, sentence)


@pytest.mark.django_db
def test_an_autosave_adds_no_messages(admin_client, faq_article):
    from django.contrib.messages import get_messages

    from tests.test_admin_editing import faq_body

    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    data = form_data(admin_client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions", [("Hard?", HARD_TEXT)]))
    response = admin_client.post(edit_url, data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    assert list(get_messages(response.wsgi_request)) == []
