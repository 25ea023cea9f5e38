# ruff: noqa: F811 - the staff fixtures are imported by name
"""The medical sign-off on every path staff take, in both languages.

A reviewer approves from the page editor (the path Wagtail's "Awaiting your review" opens) or from a
listing's menu (the dashboard, the explorer), for a new article or a re-review, in English or in a
Spanish translation: the live page then shows the reviewer and today's date. Translating never
publishes, by any of wagtail-localize's actions, and leaves no page the sitemap lists answering 404.
"""

import datetime
import json

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from pages.models import ArticleIndexPage, ArticlePage
from people.models import Clinician
from staff.roles import MEDICAL_REVIEWERS
from tests.admin_forms import form_data
from tests.html import soup, visible_text
from tests.test_staff_roles import editor, member, reviewer  # noqa: F401 - fixtures
from tests.test_translation_workflow import translate_into_spanish

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
APPROVE = "Approve and publish"


@pytest.fixture
def spanish():
    return Locale.objects.get(language_code="es")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def approval(page, user):
    """The name of the approval action this user is offered for the page, with its label."""
    task_state = page.current_workflow_task_state
    actions = task_state.task.specific.get_actions(page, user)
    [(name, label)] = [(name, label) for name, label, _ in actions if name != "reject"]
    return name, label, task_state


def approve_from_listing(client, page, user, **data):
    """The dashboard's and the explorer's row menus: the action's dialog posts straight to the task."""
    name, label, task_state = approval(page, user)
    assert label == APPROVE
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk])
    return json.loads(client.post(url, {"comment": "", **data}, **XHR).content)


def approve_from_editor(client, page, user, **data):
    """The page editor: the dialog checks the reviewer's answers, then the whole edit form is posted."""
    name, label, task_state = approval(page, user)
    editing = client.get(edit_url(page))
    assert f'data-workflow-action-name="{name}"' in editing.content.decode()
    assert f"{APPROVE} and Publish" not in visible_text(editing)
    collect = reverse("wagtailadmin_pages:collect_workflow_action_data", args=[page.pk, name, task_state.pk])
    answer = json.loads(client.post(collect, {"comment": "", **data}, **XHR).content)
    if answer["step"] != "success":
        return answer  # the dialog shows why
    post = form_data(editing, form_id="page-edit-form")
    post.update(body_form_data(page))
    post.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": name,
            "workflow-action-extra-data": json.dumps(answer["cleaned_data"]),
        }
    )
    assert client.post(edit_url(page), post).status_code == 302
    return answer


PATHS = {"editor": approve_from_editor, "listing": approve_from_listing}
PARAGRAPH = "<p>Some people sleep better. Others do not.</p>"
EARLIER_REVIEW = datetime.date(2026, 1, 5)


def body_form_data(page):
    """The StreamFields as the editor's script posts them, block ids kept (the test articles hold one
    paragraph)."""
    [paragraph] = page.body
    assert paragraph.block_type == "paragraph"
    body = nested_form_data({"body": streamfield([("paragraph", rich_text(paragraph.value.source))])})
    body["body-0-id"] = paragraph.id
    return body | nested_form_data({"references": streamfield([])})


def article(article_index, editor, slug, reviewed_by=None):
    """An article as an editor writes it; published with an earlier review when `reviewed_by` is given."""
    page = ArticlePage(
        title=slug.replace("-", " ").capitalize(),
        slug=slug,
        summary="What we know about ketamine and sleep.",
        body=[{"type": "paragraph", "value": PARAGRAPH}],
        live=False,
    )
    article_index.add_child(instance=page)
    if reviewed_by:
        page.last_reviewed, page.reviewed_by = EARLIER_REVIEW, Clinician.objects.get(user=reviewed_by)
        page.save_revision(user=editor).publish()
    return page


def submitted_new_article(client, article_index, editor):
    page = article(article_index, editor, "ketamine-and-sleep")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def submitted_change(client, article, editor, summary):
    article.summary = summary
    article.save_revision(user=editor)
    article.get_workflow().start(article, editor)
    return article


def submitted_translation(client, article, editor, spanish):
    """An editor translates (or re-translates) the article into Spanish and submits it for approval."""
    client.force_login(editor)
    if article.has_translation(spanish):
        translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=spanish)
        po = translation.export_po()
        for entry in po:
            if entry.msgid == article.summary:  # the segment the English change touched
                entry.msgstr = "Un resumen revisado."
        translation.import_po(po)
        target = article.get_translation(spanish).specific
    else:
        target = translate_into_spanish(client, article)
    assert client.post(reverse("submit_translation_for_review", args=[target.pk])).status_code == 302
    target.refresh_from_db()
    assert target.workflow_in_progress
    return target


def review_line(client, page):
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).find(class_="review-line").get_text(" ", strip=True)


def assert_reviewed_today(client, page, reviewer):
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    assert page.live_revision_id == page.get_latest_revision().pk  # what was approved is what went live
    assert (page.last_reviewed, page.reviewed_by.user) == (timezone.localdate(), reviewer)
    today = timezone.localdate()
    line = review_line(client, page)
    if page.locale.language_code == "es":
        assert line.startswith("Revisado") and str(today.day) in line and str(today.year) in line
    else:
        assert line.startswith("Medically reviewed by Dr. Test Reviewer") and str(today.year) in line


@pytest.mark.parametrize("path", PATHS)
def test_a_new_english_article_goes_live_with_its_review(client, editor, reviewer, article_index, path):
    page = submitted_new_article(client, article_index, editor)
    client.force_login(reviewer)
    PATHS[path](client, page, reviewer, record_review="on")
    assert_reviewed_today(client, page, reviewer)


@pytest.mark.parametrize("path", PATHS)
def test_a_re_review_in_english_updates_the_review(client, editor, reviewer, article_index, path):
    pain_article = article(article_index, editor, "ketamine-and-sleep", reviewed_by=reviewer)
    old_review = pain_article.last_reviewed
    submitted_change(client, pain_article, editor, "A clearer summary of what ketamine can and cannot do.")
    client.force_login(reviewer)
    PATHS[path](client, pain_article, reviewer, record_review="on")
    assert_reviewed_today(client, pain_article, reviewer)
    assert pain_article.last_reviewed > old_review
    assert pain_article.summary == "A clearer summary of what ketamine can and cannot do."


@pytest.mark.parametrize("path", PATHS)
def test_a_new_spanish_translation_goes_live_with_its_own_review(
    client,
    editor,
    reviewer,
    article_index,
    spanish,
    path,
):
    page = submitted_new_article(client, article_index, editor)
    client.force_login(reviewer)
    approve_from_listing(client, page, reviewer, record_review="on")
    target = submitted_translation(client, page, editor, spanish)
    client.force_login(reviewer)
    if path == "editor":  # a synced translation opens in wagtail-localize's editor, which has no approval
        approve_from_listing(client, target, reviewer, record_review="on")
    else:
        PATHS[path](client, target, reviewer, record_review="on")
    assert_reviewed_today(client, target, reviewer)
    assert target.title == "ES: Ketamine and sleep"


@pytest.fixture
def translated_article(client, editor, reviewer, article_index, spanish):
    """A reviewed English article and its live, reviewed Spanish translation, made by staff in the admin."""
    english = article(article_index, editor, "ketamine-and-sleep", reviewed_by=reviewer)
    target = submitted_translation(client, english, editor, spanish)
    client.force_login(reviewer)
    approve_from_listing(client, target, reviewer, record_review="on")
    target.refresh_from_db()
    assert target.live
    return english, target


def test_a_re_review_after_an_english_change_updates_the_spanish_review(
    client, editor, reviewer, translated_article, spanish
):
    english, target = translated_article
    target.last_reviewed = EARLIER_REVIEW
    target.save_revision().publish()
    english.summary = "A clearer summary."
    english.save_revision(user=editor).publish()
    source = Translation.objects.get(source__object_id=english.translation_key, target_locale=spanish).source
    client.force_login(editor)
    assert client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {}).status_code == 302
    target = submitted_translation(client, english, editor, spanish)
    client.force_login(reviewer)
    approve_from_listing(client, target, reviewer, record_review="on")
    assert_reviewed_today(client, target, reviewer)
    assert target.last_reviewed > EARLIER_REVIEW and target.summary == "Un resumen revisado."


@pytest.mark.parametrize("path", PATHS)
def test_an_article_never_reviewed_is_not_approved_without_a_review(
    client,
    editor,
    reviewer,
    article_index,
    path,
):
    page = submitted_new_article(client, article_index, editor)
    client.force_login(reviewer)
    answer = PATHS[path](client, page, reviewer)
    assert answer["step"] == "action" and "has not been medically reviewed yet" in answer["html"]
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


@pytest.mark.parametrize("path", PATHS)
def test_a_reviewer_without_a_clinician_profile_is_told_why_approval_is_refused(
    client,
    django_user_model,
    editor,
    pain_article,
    path,
):
    unlinked = member(django_user_model, "unlinked-reviewer", MEDICAL_REVIEWERS)
    submitted_change(client, pain_article, editor, "A summary nobody has checked.")
    client.force_login(unlinked)
    answer = PATHS[path](client, pain_article, unlinked, record_review="on")
    assert answer["step"] == "action" and "not linked to a clinician profile" in answer["html"]
    pain_article.refresh_from_db()
    assert pain_article.summary != "A summary nobody has checked." and pain_article.workflow_in_progress


def test_an_approval_that_skips_the_dialog_is_refused(client, django_user_model, editor, pain_article):
    unlinked = member(django_user_model, "forging-reviewer", MEDICAL_REVIEWERS)
    submitted_change(client, pain_article, editor, "A summary nobody has checked.")
    client.force_login(unlinked)
    task_state = pain_article.current_workflow_task_state
    for name in ("approve_with_review", "approve_first_review", "approve"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[pain_article.pk, name, task_state.pk])
        assert client.post(url, {"comment": "", "record_review": "on"}).status_code in (302, 403)
    pain_article.refresh_from_db()
    assert pain_article.workflow_in_progress and pain_article.summary != "A summary nobody has checked."


def test_an_untouched_publication_date_is_no_change(pain_article):
    """Otherwise every save from the editor, approvals included, would make a new revision."""
    form_class = ArticlePage.get_edit_handler().get_form_class()
    form = form_class({"date_published": pain_article.date_published.isoformat()}, instance=pain_article)
    assert not form["date_published"]._has_changed()


# Translation actions


def new_english_section(home, editor):
    """A new article index with two published articles, as a clinic adds a section."""
    index = ArticleIndexPage(title="Headaches", slug="headaches")
    home.add_child(instance=index)
    index.save_revision(user=editor).publish()
    for slug in ("cluster-headache", "tension-headache"):
        article = ArticlePage(title=slug.replace("-", " ").capitalize(), slug=slug, summary="A summary.", body=[])
        index.add_child(instance=article)
        article.save_revision(user=editor).publish()
    return index


def live_spanish_pages():
    return set(Page.objects.filter(locale__language_code="es", live=True).values_list("pk", flat=True))


ROLES = ["test-editor", "test-reviewer"]  # the roles that may translate


def staff_member(username, editor, reviewer):
    return {"test-editor": editor, "test-reviewer": reviewer}[username]


@pytest.mark.parametrize("username", ROLES)
def test_translating_a_section_with_its_subpages_publishes_nothing_and_breaks_no_address(
    client,
    editor,
    reviewer,
    home,
    spanish,
    django_capture_on_commit_callbacks,
    username,
):
    index = new_english_section(home, editor)
    live_before = live_spanish_pages()
    client.force_login(staff_member(username, editor, reviewer))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[index.pk]),
            {"locales": [spanish.pk], "include_subtree": "on"},
        )
    assert response.status_code == 302
    index_es = index.get_translation(spanish)
    assert index_es.get_children().count() == 2 and index_es.numchild == 2
    assert live_spanish_pages() == live_before  # nothing new is live, in Spanish or English text

    # Staff preview the drafts; patients see nothing yet.
    client.logout()
    assert client.get(f"/es/{index_es.slug}/").status_code == 404

    # Every Spanish page is translated and approved: each answers 200, as the sitemap promises.
    for page in [index_es, *index_es.get_children()]:
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=spanish)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = entry.msgid
        translation.import_po(po)
        client.force_login(editor)
        assert client.post(reverse("submit_translation_for_review", args=[page.pk])).status_code == 302
        page = page.specific
        client.force_login(reviewer)
        extra = {"record_review": "on"} if isinstance(page, ArticlePage) else {}
        approve_from_listing(client, page, reviewer, **extra)
    client.logout()
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in [index_es, *index_es.get_children()]:
        page.refresh_from_db()
        assert page.live and page.full_url in sitemap
        assert client.get(page.url).status_code == 200, page.url


@pytest.mark.parametrize("username", ROLES)
def test_no_one_without_publish_permission_publishes_a_translation_by_syncing_it(
    client, editor, reviewer, translated_article, spanish, username
):
    english, target = translated_article
    english.summary = "An English change that has not been translated."
    english.save_revision(user=editor).publish()
    live_revision = target.live_revision_id
    source = Translation.objects.get(source__object_id=english.translation_key, target_locale=spanish).source
    client.force_login(staff_member(username, editor, reviewer))
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"}, follow=True)
    assert "Only staff who may publish can do that" in visible_text(response)
    target.refresh_from_db()
    assert target.live_revision_id == live_revision
    # Syncing without publishing is what editors do: the change waits for translation and approval.
    assert client.post(url, {}).status_code == 302
    target.refresh_from_db()
    assert target.live_revision_id == live_revision


@pytest.mark.parametrize("username", ROLES)
def test_no_one_without_publish_permission_turns_a_translation_into_a_live_alias(
    client, editor, reviewer, translated_article, username
):
    english, target = translated_article
    client.force_login(staff_member(username, editor, reviewer))
    url = reverse("wagtail_localize:convert_to_alias", args=[target.pk])
    response = client.post(url, follow=True)
    assert "Only staff who may publish can do that" in visible_text(response)
    target.refresh_from_db()
    assert target.alias_of_id is None


@pytest.mark.parametrize("username", ROLES)
def test_no_one_without_publish_permission_publishes_from_the_translation_editor(
    client, editor, reviewer, translated_article, spanish, username
):
    english, target = translated_article
    user = staff_member(username, editor, reviewer)
    submitted_translation(client, english, editor, spanish)
    live_revision = target.live_revision_id
    client.force_login(user)
    assert client.post(edit_url(target), {"action": "publish"}).status_code in (302, 403)
    target.refresh_from_db()
    assert target.live_revision_id == live_revision


def test_an_editor_cannot_publish_in_bulk(client, editor, article_index):
    draft = ArticlePage(title="A draft", slug="a-draft", summary="A draft.", body=[], live=False)
    article_index.add_child(instance=draft)
    draft.save_revision(user=editor)
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft.pk}"
    client.post(url, {})
    draft.refresh_from_db()
    assert not draft.live


def test_check_fails_when_translations_would_copy_their_sources_live_status():
    with override_settings(WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=True):
        with pytest.raises(SystemCheckError, match="published at once, without a medical review"):
            call_command("check")


def translation_editor(client, page):
    """wagtail-localize's editor for the page, and the settings it hands to its script."""
    page_html = soup(client.get(edit_url(page)))
    return page_html, json.loads(page_html.find(class_="js-translation-editor")["data-props"])


def test_the_translation_editor_tells_an_editor_how_the_translation_goes_live(
    client, admin_client, editor, translated_article
):
    english, target = translated_article
    client.force_login(editor)
    english.summary = "A new English sentence."
    english.save_revision(user=editor).publish()
    page, props = translation_editor(client, target)
    assert props["links"]["convertToAliasUrl"] is None  # would put the English live, unreviewed
    submit = page.find("a", string="Submit translation for approval")
    assert submit["href"] == reverse("submit_translation_for_review", args=[target.pk])
    assert "goes live once Medical review approves it" in page.find(class_="translation-approval").get_text()
    # Someone who may publish keeps wagtail-localize's own actions.
    assert translation_editor(admin_client, target)[1]["links"]["convertToAliasUrl"]


def test_the_translation_editor_says_when_a_translation_waits_for_approval(client, editor, translated_article, spanish):
    english, _ = translated_article
    target = submitted_translation(client, english, editor, spanish)
    page, _ = translation_editor(client, target)
    assert "waiting for approval in Medical review" in page.find(class_="translation-approval").get_text()
    assert not page.find("a", string="Submit translation for approval")
