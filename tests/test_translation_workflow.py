"""Translating in the admin: an editor translates an article with wagtail-localize (here through a PO file,
as an outside translator would), submits it, and a medical reviewer approves it before it goes live."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation

from pages.models import ArticlePage
from tests.html import soup, visible_text
from tests.test_staff_roles import act, editor, reviewer  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_article(article_index):
    article = ArticlePage(
        title="Ketamine and sleep",
        summary="What we know about ketamine and sleep.",
        body=[{"type": "paragraph", "value": "<p>Some people sleep better. Others do not.</p>"}],
    )
    article_index.add_child(instance=article)
    article.save_revision().publish()
    return article


def translate_into_spanish(client, article):
    spanish = Locale.objects.get(language_code="es")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]), {"locales": [spanish.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=spanish)
    po = translation.export_po()
    assert {entry.msgid for entry in po} >= {"Ketamine and sleep", "Some people sleep better. Others do not."}
    for entry in po:
        entry.msgstr = "ES: " + entry.msgid
    translation.import_po(po)
    return article.get_translation(spanish).specific


def test_an_editor_translates_and_a_reviewer_approves(client, editor, reviewer, new_article):  # noqa: F811
    client.force_login(editor)
    spanish = translate_into_spanish(client, new_article)
    assert not spanish.live  # a new translation starts as a draft
    assert spanish.last_reviewed is None and spanish.reviewed_by is None  # and unreviewed

    submit = reverse("submit_translation_for_review", args=[spanish.pk])
    assert "Submit to Medical review" in visible_text(client.get(submit))
    assert client.post(submit).status_code == 302
    spanish.refresh_from_db()
    assert spanish.workflow_in_progress and not spanish.live

    client.force_login(reviewer)
    assert act(client, spanish, "approve", comment="", record_review="on").status_code == 302
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "ES: Ketamine and sleep"
    assert spanish.last_reviewed == timezone.localdate() and spanish.reviewed_by.user == reviewer
    new_article.refresh_from_db()
    assert new_article.last_reviewed is None  # the English keeps its own review
    client.logout()
    page = soup(client.get(spanish.url))
    assert page.html["lang"] == "es" and page.h1.get_text() == "ES: Ketamine and sleep"
    assert page.find(class_="review-line").get_text(" ", strip=True).startswith("Revisado por el Dr. Test")


def test_an_untranslated_page_is_listed_for_editors(client, editor, new_article):  # noqa: F811
    client.force_login(editor)
    rows = soup(client.get(reverse("untranslated_pages"))).select("table.listing tbody tr")
    listed = {row.find("a").get_text(strip=True): row.get_text(" ", strip=True) for row in rows}
    assert list(listed) == ["Ketamine and sleep"]  # every demo page has its Spanish version
    assert "Español" in listed["Ketamine and sleep"]
    translate_into_spanish(client, new_article)
    assert not soup(client.get(reverse("untranslated_pages"))).select("table.listing tbody tr")


def test_only_translated_pages_can_be_submitted_this_way(client, editor, new_article):  # noqa: F811
    client.force_login(editor)
    response = client.post(reverse("submit_translation_for_review", args=[new_article.pk]), follow=True)
    assert "Sorry, you do not have permission" in visible_text(response)
    new_article.refresh_from_db()
    assert not new_article.workflow_in_progress


def test_an_incomplete_translation_is_not_submitted(client, editor, new_article):  # noqa: F811
    client.force_login(editor)
    spanish_locale = Locale.objects.get(language_code="es")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[new_article.pk]), {"locales": [spanish_locale.pk]}
    )
    spanish = new_article.get_translation(spanish_locale).specific
    response = client.post(reverse("submit_translation_for_review", args=[spanish.pk]), follow=True)
    message = visible_text(response)
    assert "Translate every part of the page first" in message
    assert "Still to translate: Title (Content tab); Slug (Promote tab); Summary (Content tab)" in message
    spanish.refresh_from_db()
    assert not spanish.workflow_in_progress
