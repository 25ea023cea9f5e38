import datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.admin_forms import form_data, list_block
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def faq_body(heading, questions):
    items = [{"question": q, "answer": rich_text(f"<p>{a}</p>")} for q, a in questions]
    body = streamfield([("faq", {"heading": heading, "items": list_block(items)})])
    return nested_form_data({"body": body, "references": streamfield([])})


def test_staff_log_in_edit_an_faq_and_publish(client, admin_user, faq_article):
    login = client.post(reverse("wagtailadmin_login"), {"username": admin_user.username, "password": "password"})
    assert login.status_code == 302
    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    data = form_data(client.get(edit_url), form_id="page-edit-form")
    data.update(
        faq_body(
            "Questions about driving",
            [
                ("Can I drive home?", "No. Arrange a lift."),
                ("When can I drive again?", "Not until the next day, and only when you feel fully alert."),
            ],
        )
    )
    data["action-publish"] = "action-publish"
    response = client.post(edit_url, data)
    assert response.status_code == 302, soup(response).select(".error-message, .help-critical")

    client.logout()
    public = soup(client.get(faq_article.url))
    assert [s.get_text() for s in public.select(".faq details summary")] == [
        "Can I drive home?",
        "When can I drive again?",
    ]
    faq_article.refresh_from_db()
    assert faq_article.revisions.count() == 2  # the previous version is kept
    earlier = faq_article.revisions.order_by("created_at").first().as_object()
    assert len(earlier.body[0].value["items"]) == 1


def test_a_draft_does_not_change_the_live_page(admin_client, client, faq_article):
    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    data = form_data(admin_client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions about driving", [("A draft question?", "Not yet published.")]))
    assert admin_client.post(edit_url, data).status_code == 302
    assert "A draft question?" not in visible_text(client.get(faq_article.url))


@override_settings(PAGE_CACHE_SECONDS=300)
def test_the_admin_may_frame_a_preview_of_the_draft(admin_client, client, faq_article):
    client.get(faq_article.url)  # the live page, now in the page cache
    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    data = form_data(admin_client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions about driving", [("A draft question?", "Not yet published.")]))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[faq_article.pk])
    assert admin_client.post(preview_url, data).json()["is_valid"]

    preview = admin_client.get(preview_url)
    assert "A draft question?" in visible_text(preview)
    # The admin frames the preview; the public page may still be framed by no one.
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    public = client.get(faq_article.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"


def test_an_over_long_summary_is_kept_and_refused_saying_by_how_much(admin_client, faq_article):
    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    page = soup(admin_client.get(edit_url))
    summary = page.find("textarea", attrs={"name": "summary"})
    # No maxlength: the browser would cut pasted text at the limit without a word.
    assert "maxlength" not in summary.attrs and summary["data-character-limit"] == "300"
    count = page.find(id=summary["id"] + "-count")
    assert count["id"] in summary["aria-describedby"].split()
    assert " ".join(count.get_text().split()) == f"{len(faq_article.summary)} of 300 characters"

    data = form_data(admin_client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions about driving", [("Can I drive home?", "No. Arrange a lift.")]))
    data["summary"] = "A sentence. " * 26 + "The end."  # 320 characters
    response = admin_client.post(edit_url, data)
    assert response.status_code == 200
    page = soup(response)
    assert "at most 300 characters (it has 320)" in page.get_text()
    assert page.find("textarea", attrs={"name": "summary"}).get_text().strip() == data["summary"]
    assert "20 characters too many" in page.find(id="id_summary-count").get_text()
    assert faq_article.revisions.count() == 1


def test_an_faq_without_questions_is_refused_and_nothing_is_saved(admin_client, faq_article):
    edit_url = reverse("wagtailadmin_pages:edit", args=[faq_article.pk])
    data = form_data(admin_client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions about driving", []))
    data["action-publish"] = "action-publish"
    response = admin_client.post(edit_url, data)
    assert response.status_code == 200
    assert faq_article.revisions.count() == 1


def publish_faq(client, article, questions):
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = form_data(client.get(edit_url), form_id="page-edit-form")
    data.update(faq_body("Questions about driving", questions))
    data["action-publish"] = "action-publish"
    return client.post(edit_url, data, follow=True)


def test_an_ordinary_edit_keeps_the_review_date(admin_client, faq_article):
    faq_article.last_reviewed = datetime.date(2026, 8, 3)
    faq_article.save_revision().publish()
    publish_faq(admin_client, faq_article, [("Can I drive home?", "No. Ask someone to take you home.")])
    faq_article.refresh_from_db()
    assert faq_article.last_reviewed == datetime.date(2026, 8, 3)
    assert "Ask someone to take you home" in str(faq_article.body[0].value["items"][0]["answer"])


def test_saving_an_overstated_claim_warns_but_saves(admin_client, client, faq_article):
    response = publish_faq(admin_client, faq_article, [("Is it safe?", "Ketamine is a cure for every kind of pain.")])
    warnings = [str(message) for message in response.context["messages"]]
    assert any("“cure”" in warning and "Ketamine is a cure for every kind of pain." in warning for warning in warnings)
    assert "Ketamine is a cure for every kind of pain." in visible_text(client.get(faq_article.url))


def test_honest_text_saves_without_a_warning(admin_client, faq_article):
    response = publish_faq(admin_client, faq_article, [("Can ketamine cure pain?", "No. It is not a cure.")])
    assert not any("Check this claim" in str(message) for message in response.context["messages"])


def test_phrases_staff_add_in_the_settings_are_flagged(admin_client, review_settings, faq_article):
    review_settings.flagged_phrases = "life-changing\nbreakthrough"
    review_settings.save()
    response = publish_faq(admin_client, faq_article, [("Why us?", "Our care is life-changing.")])
    assert any("“life-changing”" in str(message) for message in response.context["messages"])
