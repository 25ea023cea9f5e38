# ruff: noqa: F811 - the staff fixtures are imported by name
"""Patient stories: shown only while the patient's consent holds, honest by construction, and their consent
records and signed forms kept to Clinic managers."""

import datetime
import io
import json
import os
import re

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from stories.models import ConsentRecord, StoryIndexPage, StoryPage
from stories.story_pages import StoryNotPublishable
from tests.admin_forms import form_data
from tests.html import soup, visible_text
from tests.servers import free_port
from tests.test_cdn_purge import RecordingCDN, purged
from tests.test_sign_off import approve_from_editor, approve_from_listing
from tests.test_staff_roles import editor, manager, member, reviewer  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db
CDN = {"cdn": {"BACKEND": f"{RecordingCDN.__module__}.RecordingCDN"}}
TODAY = timezone.localdate


@pytest.fixture
def stories_index(home):
    return StoryIndexPage.objects.child_of(home).get()


@pytest.fixture
def migraine_story(stories_index):
    """The demo's English migraine story, live beside the chronic pain and migraine article."""
    return StoryPage.objects.child_of(stories_index).get(slug="example-migraine-story")


def consent(label="Consent for a new story", **fields):
    values = {
        "date_signed": TODAY() - datetime.timedelta(days=1),
        "expires_on": TODAY() + datetime.timedelta(days=365),
        "allows_website": True,
        "allows_naming": "first",
        "allows_english": True,
        "allows_spanish": True,
        "signed_form": ContentFile(b"%PDF-1.4 signed", name="signed.pdf"),
    }
    return ConsentRecord.objects.create(label=label, **{**values, **fields})


def draft_story(stories_index, editor, **fields):
    values = {
        "title": "Sleeping through the night again",
        "slug": "sleeping-again",
        "patient_name": "Robin Example",
        "named_as": "first",
        "quote": "<p>Some nights I sleep better now.</p>",
        "live": False,
    }
    story = StoryPage(**{**values, **fields})
    stories_index.add_child(instance=story)
    story.save_revision(user=editor)
    return story


def submitted(story, editor):
    story.get_workflow().start(story, editor)
    return story


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def editor_post(client, story, **changes):
    data = form_data(client.get(edit_url(story)), form_id="page-edit-form")
    data.update(changes)
    return client.post(edit_url(story), data, follow=True)


def stories_shown(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return [title.get_text(strip=True) for title in soup(response).select(".story__title")]


# Publishing asks for consent and the material-connection answer


def test_submitting_a_story_asks_whether_the_patient_received_anything(client, editor, stories_index):
    story = draft_story(stories_index, editor, consent=consent())
    client.force_login(editor)
    response = editor_post(client, story, **{"action-submit": "on"})
    assert "Say whether the patient received anything from the clinic" in visible_text(response)
    story.refresh_from_db()
    assert not story.workflow_in_progress
    response = editor_post(client, story, received_anything="received", **{"action-submit": "on"})
    assert "Say what the patient received" in visible_text(response)


def test_submitting_a_story_needs_a_current_consent(client, editor, stories_index):
    expired = consent(expires_on=TODAY())
    story = draft_story(stories_index, editor, received_anything="nothing")
    client.force_login(editor)
    response = editor_post(client, story, **{"action-submit": "on"})
    assert "A story is published only with a current consent record" in visible_text(response)
    response = editor_post(client, story, consent=str(expired.pk), **{"action-submit": "on"})
    assert "is not current" in visible_text(response)
    story.refresh_from_db()
    assert not story.workflow_in_progress
    # Saving a draft is always allowed.
    response = editor_post(client, story, consent=str(expired.pk), title="A draft title")
    story.refresh_from_db()
    assert story.get_latest_revision_as_object().title == "A draft title"


def test_editors_see_only_whether_a_consent_is_current(client, editor, stories_index):
    consent(label="Knee story 2026")
    consent(label="Back story 2025", revoked_on=TODAY())
    story = draft_story(stories_index, editor)
    client.force_login(editor)
    options = [option.get_text() for option in soup(client.get(edit_url(story))).select("select[name=consent] option")]
    assert "Knee story 2026 (current)" in options and "Back story 2025 (not current)" in options
    assert client.get(reverse("story_consents:index")).status_code in (302, 403)


@pytest.mark.parametrize("approve", [approve_from_listing, approve_from_editor], ids=["listing", "editor"])
def test_a_reviewer_cannot_approve_a_story_whose_consent_has_ended(client, editor, reviewer, stories_index, approve):
    record = consent()
    story = submitted(draft_story(stories_index, editor, consent=record, received_anything="nothing"), editor)
    ConsentRecord.objects.filter(pk=record.pk).update(revoked_on=TODAY())  # revoked while it waited
    client.force_login(reviewer)
    answer = approve(client, story, reviewer)
    assert answer["step"] == "action" and "is not current" in answer["html"]
    story.refresh_from_db()
    assert not story.live and story.workflow_in_progress


def test_an_approval_that_skips_the_dialog_is_refused(client, editor, reviewer, stories_index):
    story = submitted(draft_story(stories_index, editor, consent=consent()), editor)  # no answer given
    client.force_login(reviewer)
    task_state = story.current_workflow_task_state
    for name in ("approve_change", "approve_refused", "approve"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, name, task_state.pk])
        assert client.post(url, {"comment": ""}).status_code in (302, 403)
    story.refresh_from_db()
    assert not story.live


def test_no_path_publishes_a_story_its_consent_does_not_allow(editor, stories_index):
    record = consent(allows_naming="initials", allows_spanish=False)
    story = draft_story(stories_index, editor, consent=record, received_anything="nothing", named_as="full")
    with pytest.raises(StoryNotPublishable, match="names the patient more fully"):
        story.get_latest_revision().publish()
    story.named_as = "initials"
    story.save_revision().publish()
    spanish = story.copy_for_translation(Locale.objects.get(language_code="es"))
    with pytest.raises(StoryNotPublishable, match="does not allow this language"):
        spanish.save_revision().publish()


def test_an_approved_story_goes_live_beside_the_article(client, editor, reviewer, stories_index, pain_article):
    story = draft_story(stories_index, editor, consent=consent(), received_anything="received")
    story.what_received = "a discount on a follow-up visit"
    story.topics.set(list(StoryPage.objects.get(slug="example-migraine-story").topics.all()))
    story.save_revision(user=editor)
    submitted(story, editor)
    client.force_login(reviewer)
    assert approve_from_listing(client, story, reviewer)["step"] == "success"
    client.logout()
    page = client.get(pain_article.url)
    titles = [title.get_text(strip=True) for title in soup(page).select(".story__title")]
    assert "Sleeping through the night again" in titles
    text = visible_text(page)
    assert "Individual results vary." in text
    assert "This patient received a discount on a follow-up visit from the clinic." in text
    names = [name.get_text(strip=True) for name in soup(page).select(".story__name")]
    assert "Robin" in names and "Robin Example" not in text  # the first name only, as the consent allows


# Consent ends: the story leaves every page at once


def pages_showing(client, story, article):
    return {
        "article": story.title in stories_shown(client, article.url),
        "stories page": story.title in stories_shown(client, story.get_parent().url),
        "own page": client.get(story.url).status_code == 200,
    }


@override_settings(PAGE_CACHE_SECONDS=300, WAGTAILFRONTENDCACHE=CDN)
def test_a_revoked_consent_takes_the_story_off_every_page_with_the_save(
    client, manager, migraine_story, pain_article, django_capture_on_commit_callbacks
):
    assert pages_showing(client, migraine_story, pain_article) == dict.fromkeys(
        ["article", "stories page", "own page"], True
    )
    assert client.get(pain_article.url)["X-Page-Cache"] == "hit"
    purged.clear()
    client.force_login(manager)
    record = migraine_story.consent
    url = reverse("story_consents:edit", args=[record.pk])
    data = edit_form(client, url)
    data["revoked_on"] = TODAY().isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    client.logout()
    assert pages_showing(client, migraine_story, pain_article) == dict.fromkeys(
        ["article", "stories page", "own page"], False
    )
    for page in (pain_article, migraine_story.get_parent()):
        assert page.full_url in purged
    migraine_story.refresh_from_db()
    assert not migraine_story.live
    spanish = migraine_story.get_translation(Locale.objects.get(language_code="es"))
    assert not spanish.live


def edit_form(client, url):
    page = soup(client.get(url))
    form = page.find("form", attrs={"enctype": "multipart/form-data"})
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("file", "submit"):
            continue
        if field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected["value"] if selected else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = "on"
        elif field.name == "textarea":
            data[name] = field.get_text()
        else:
            data[name] = field.get("value", "")
    return data


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_page_showing_a_story_is_cached_only_until_its_consent_ends(client, migraine_story, pain_article):
    record = migraine_story.consent
    ConsentRecord.objects.filter(pk=record.pk).update(expires_on=TODAY() + datetime.timedelta(days=1))
    response = client.get(pain_article.url)
    seconds = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
    record.refresh_from_db()
    assert 0 < seconds <= (record.ends_at() - timezone.now()).total_seconds()


@override_settings(PAGE_CACHE_SECONDS=300, WAGTAILFRONTENDCACHE=CDN)
def test_an_expired_consent_takes_the_story_off_at_once_and_the_daily_command_unpublishes_it(
    client, migraine_story, pain_article, django_capture_on_commit_callbacks
):
    assert client.get(pain_article.url).status_code == 200
    ConsentRecord.objects.filter(pk=migraine_story.consent_id).update(expires_on=TODAY())  # midnight passed
    assert pages_showing(client, migraine_story, pain_article)["stories page"] is False
    assert pages_showing(client, migraine_story, pain_article)["own page"] is False
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_story_consents", stdout=(out := io.StringIO()))
    assert "Took 2 stories off the site" in out.getvalue()  # English and Spanish
    assert pain_article.full_url in purged
    assert not StoryPage.objects.get(pk=migraine_story.pk).live
    assert migraine_story.title not in stories_shown(client, pain_article.url)


def test_managers_are_warned_30_days_ahead_once_without_patient_details(migraine_story, manager, editor):
    manager.email, editor.email = "manager@clinic.example", "editor@clinic.example"
    manager.save(), editor.save()
    record = migraine_story.consent
    ConsentRecord.objects.filter(pk=record.pk).update(expires_on=TODAY() + datetime.timedelta(days=30))
    call_command("expire_story_consents", stdout=io.StringIO())
    call_command("expire_story_consents", stdout=io.StringIO())
    [email] = mail.outbox
    assert email.to == ["manager@clinic.example"]
    assert (TODAY() + datetime.timedelta(days=30)).isoformat() in email.body
    assert reverse("wagtailadmin_pages:edit", args=[migraine_story.pk]) in email.body
    for detail in ("Alex", record.label, migraine_story.title, "migraine"):
        assert detail.lower() not in (email.subject + email.body).lower()


def test_a_mail_server_that_does_not_answer_leaves_the_warning_for_the_next_run(migraine_story, manager):
    manager.email = "manager@clinic.example"
    manager.save()
    ConsentRecord.objects.filter(pk=migraine_story.consent_id).update(expires_on=TODAY() + datetime.timedelta(days=30))
    stopped = {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": free_port(), "EMAIL_USE_TLS": False, "EMAIL_TIMEOUT": 2}
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", **stopped):
        call_command("expire_story_consents", stdout=(out := io.StringIO()), stderr=(errors := io.StringIO()))
    assert "warned of 0 consents" in out.getvalue()
    assert "tried again tomorrow" in errors.getvalue()
    call_command("expire_story_consents", stdout=io.StringIO())  # the mail server is back
    assert len(mail.outbox) == 1


# The consent record and its signed form are the managers' alone


def test_the_signed_form_reaches_managers_only(client, django_user_model, editor, reviewer, manager, migraine_story):
    record = migraine_story.consent
    url = reverse("story_consent_form", args=[record.pk])
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    for user in (editor, reviewer):
        client.force_login(user)
        response = client.get(url)
        # The admin answers a refusal by sending staff back to the dashboard, with a message.
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert client.get(reverse("story_consents:edit", args=[record.pk])).status_code in (302, 403)
    client.force_login(manager)
    response = client.get(url)
    assert response.status_code == 200 and {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    client.logout()
    assert client.get(f"/media/{record.signed_form.name}").status_code == 404


def test_a_signed_form_is_readable_by_the_site_alone():
    name = storages["private"].save("consents/permissions-check.pdf", ContentFile(b"%PDF-1.4"))
    try:
        assert os.stat(storages["private"].path(name)).st_mode & 0o777 == 0o600
    finally:
        storages["private"].delete(name)


def test_a_consent_form_must_be_a_document_and_its_dates_in_order(client, manager):
    client.force_login(manager)
    response = client.post(
        reverse("story_consents:add"),
        {
            "label": "Odd upload",
            "date_signed": TODAY().isoformat(),
            "expires_on": TODAY().isoformat(),
            "allows_naming": "anonymous",
            "signed_form": ContentFile(b"<script>", name="form.html"),
        },
    )
    assert response.status_code == 200
    text = visible_text(response)
    assert "The expiry date must come after the date signed." in text and "File extension" in text
    assert not ConsentRecord.objects.filter(label="Odd upload").exists()


def test_a_manager_records_a_consent_with_its_form(client, manager):
    client.force_login(manager)
    response = client.post(
        reverse("story_consents:add"),
        {
            "label": "Shoulder story, June",
            "date_signed": TODAY().isoformat(),
            "expires_on": (TODAY() + datetime.timedelta(days=365)).isoformat(),
            "allows_website": "on",
            "allows_naming": "initials",
            "allows_english": "on",
            "signed_form": ContentFile(b"%PDF-1.4 signed", name="shoulder.pdf"),
        },
    )
    assert response.status_code == 302
    record = ConsentRecord.objects.get(label="Shoulder story, June")
    assert record.recorded_by == manager and record.is_current()
    assert record.signed_form.name.startswith("consents/")


# Honest by construction


def test_the_claims_check_reads_a_story(client, editor, stories_index):
    story = draft_story(stories_index, editor)
    client.force_login(editor)
    response = editor_post(client, story, title="Pain-free at last")
    assert any("“pain-free”" in str(message) for message in response.context["messages"])


def test_no_page_has_review_markup(client, public_urls, spanish_urls):
    for url in [*public_urls, *spanish_urls]:
        response = client.get(url)
        for script in soup(response).find_all("script", type="application/ld+json"):
            data = json.dumps(json.loads(script.string))
            assert '"Review"' not in data and "AggregateRating" not in data and "reviewRating" not in data, url
        assert 'itemtype="https://schema.org/Review"' not in response.content.decode()


def test_every_story_says_results_vary_in_the_visitors_language(client, home_es):
    index_es = StoryIndexPage.objects.child_of(home_es).get()
    text = visible_text(client.get(index_es.url))
    assert text.count("Los resultados varían de una persona a otra.") == 2
    assert "recibió una consulta de seguimiento gratuita" in text


def test_a_private_stories_page_shows_its_stories_nowhere(client, stories_index, migraine_story, pain_article):
    PageViewRestriction.objects.create(page=stories_index, restriction_type=PageViewRestriction.LOGIN)
    assert migraine_story.title not in stories_shown(client, pain_article.url)
