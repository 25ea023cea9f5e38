"""The admin driven as clinic staff drive it: roles, clinical sign-off, booking report."""

import csv
import datetime
import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, WorkflowState

from booking.models import BookingClick
from clinical_review.models import ClinicalReviewSettings
from pages.models import ArticleIndexPage, ArticlePage, StandardPage
from pages.site_setup import DRAFT_PAGES
from people.models import Clinician
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS
from tests.admin_forms import form_data
from tests.html import soup, visible_text
from tests.test_admin_editing import faq_body

pytestmark = pytest.mark.django_db


def member(django_user_model, username, role):
    user = django_user_model.objects.create_user(username=username, password="a-long-test-password-42")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(django_user_model):
    return member(django_user_model, "test-editor", EDITORS)


@pytest.fixture
def reviewer(django_user_model):
    user = member(django_user_model, "test-reviewer", MEDICAL_REVIEWERS)
    Clinician.objects.create(name="Dr. Test Reviewer", credentials="DO", user=user)
    return user


@pytest.fixture
def manager(django_user_model):
    return member(django_user_model, "test-manager", CLINIC_MANAGERS)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_change(client, page, questions, action="action-submit"):
    data = form_data(client.get(edit_url(page)), form_id="page-edit-form")
    data.update(faq_body("Questions about driving", questions))
    data[action] = action
    return client.post(edit_url(page), data)


def live_questions(client, page):
    return [summary.get_text() for summary in soup(client.get(page.url)).select(".faq summary")]


def act(client, page, action, **data):
    """Post a workflow action as the signed-in user; "approve" is whichever approval the task offers them."""
    task_state = page.current_workflow_task_state
    if action == "approve":
        user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
        offered = [name for name, _, _ in task_state.task.specific.get_actions(page, user) if name != "reject"]
        action = offered[0] if offered else action
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, data)


def test_editor_submits_and_a_reviewer_approves(client, editor, reviewer, faq_article):
    client.force_login(editor)
    editing = client.get(edit_url(faq_article))
    assert editing.status_code == 200
    assert b'name="action-publish"' not in editing.content  # no publish action for editors
    assert b'name="action-submit"' in editing.content

    change = [("Can I drive home?", "No. Arrange a lift."), ("When can I drive again?", "Not before tomorrow.")]
    assert submit_change(client, faq_article, change).status_code == 302
    faq_article.refresh_from_db()
    assert faq_article.workflow_in_progress
    assert live_questions(client, faq_article) == ["Can I drive home?"]  # the live page is unchanged

    client.force_login(reviewer)
    assert act(client, faq_article, "approve", comment="Checked.", record_review="on").status_code == 302
    faq_article.refresh_from_db()
    assert live_questions(client, faq_article) == ["Can I drive home?", "When can I drive again?"]
    assert faq_article.revisions.count() >= 2  # the earlier version is kept
    assert faq_article.last_reviewed == timezone.localdate()
    assert faq_article.reviewed_by.name == "Dr. Test Reviewer"


def test_approving_without_recording_a_review_leaves_the_review_date(client, editor, reviewer, faq_article):
    reviewed = datetime.date(2026, 1, 5)
    faq_article.last_reviewed, faq_article.reviewed_by = reviewed, Clinician.objects.get(user=reviewer)
    faq_article.save_revision().publish()
    client.force_login(editor)
    submit_change(client, faq_article, [("Can I drive home?", "Please ask someone to drive you.")])
    client.force_login(reviewer)
    act(client, faq_article, "approve", comment="")
    faq_article.refresh_from_db()
    assert live_questions(client, faq_article) == ["Can I drive home?"]
    assert "Please ask someone to drive you." in visible_text(client.get(faq_article.url))
    assert faq_article.last_reviewed == reviewed


def test_a_forged_publish_by_an_editor_is_refused(client, editor, faq_article):
    client.force_login(editor)
    submit_change(client, faq_article, [("Forged question?", "Should not go live.")], action="action-publish")
    assert "Forged question?" not in live_questions(client, faq_article)
    faq_article.refresh_from_db()
    assert faq_article.live_revision.as_object().body[0].value["items"][0]["question"] == "Can I drive home?"


def test_editors_cannot_record_a_medical_review(client, editor, faq_article):
    client.force_login(editor)
    page = soup(client.get(edit_url(faq_article)))
    assert not page.find(attrs={"name": "last_reviewed"})
    assert not page.find(attrs={"name": "reviewed_by"})


def test_a_rejection_keeps_the_live_page_and_returns_the_comment(client, editor, reviewer, faq_article):
    editor.email = "editor@clinic.example"
    editor.save()
    client.force_login(editor)
    submit_change(client, faq_article, [("Is ketamine a miracle?", "Yes.")])
    client.force_login(reviewer)
    act(client, faq_article, "reject", comment="Please remove the claim in the new answer.")
    assert live_questions(client, faq_article) == ["Can I drive home?"]
    state = WorkflowState.objects.for_instance(faq_article).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please remove the claim in the new answer."
    client.force_login(editor)
    assert "Please remove the claim in the new answer." in client.get(edit_url(faq_article)).content.decode()
    assert mail.outbox and mail.outbox[-1].to == [editor.email]  # the editor is told


def test_editors_cannot_approve(client, editor, faq_article):
    client.force_login(editor)
    submit_change(client, faq_article, [("A question?", "An answer.")])
    faq_article.refresh_from_db()
    assert act(client, faq_article, "approve").status_code in (302, 403)
    assert live_questions(client, faq_article) == ["Can I drive home?"]
    assert faq_article.workflow_in_progress


def settings_url(site, app="clinic", model="clinicsettings"):
    return reverse("wagtailsettings:edit", args=[app, model, site.pk])


def test_only_clinic_managers_open_the_clinic_settings(client, editor, reviewer, manager, site, public_urls):
    review_settings_url = settings_url(site, "clinical_review", "clinicalreviewsettings")
    for user in (editor, reviewer):
        client.force_login(user)
        assert client.get(settings_url(site)).status_code in (302, 403), user.username
        assert client.get(review_settings_url).status_code in (302, 403), user.username
    client.force_login(manager)
    data = form_data(client.get(settings_url(site)), form_id="w-editor-form")
    data["phone"] = "480.555.0123"
    assert client.post(settings_url(site), data).status_code == 302
    data = form_data(client.get(review_settings_url), form_id="w-editor-form")
    data["reading_grade_target"] = "7"
    assert client.post(review_settings_url, data).status_code == 302
    assert ClinicalReviewSettings.for_site(site).reading_grade_target == 7
    client.logout()
    for url in public_urls:
        assert soup(client.get(url)).find("header").find("a", href="tel:4805550123"), url


def test_managers_do_not_edit_pages(client, manager, faq_article):
    client.force_login(manager)
    assert client.get(edit_url(faq_article)).status_code in (302, 403)


def test_setup_roles_twice_changes_nothing():
    def snapshot():
        return (
            sorted((g.name, sorted(g.permissions.values_list("codename", flat=True))) for g in Group.objects.all()),
            sorted(GroupPagePermission.objects.values_list("pk", "group__name", "permission__codename")),
            sorted(GroupCollectionPermission.objects.values_list("pk", "group__name", "permission__codename")),
        )

    call_command("setup_roles", stdout=io.StringIO())
    before = snapshot()
    call_command("setup_roles", stdout=io.StringIO())
    assert snapshot() == before


PAGE_ACTIONS = ["edit", "publish", "unpublish", "move", "delete"]


def readme_page_permissions():
    """The README's table of what each role may do to pages: {(role, action): allowed}."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    table = readme.split("| role | edit | publish | unpublish | move | delete |")[1].split("\n\n")[0]
    rows = [line.strip("|").split("|") for line in table.strip().splitlines()[1:]]
    return {
        (cells[0].strip(), action): cells[n + 1].strip() == "yes"
        for cells in rows
        for n, action in enumerate(PAGE_ACTIONS)
    }


def save_draft(parent, page, owner=None):
    """A page that was never published, as a fresh install or an editor leaves it."""
    page.live, page.owner = False, owner
    parent.add_child(instance=page)
    page.save_revision(user=owner)
    return page


@pytest.fixture
def drafts(home, article_index, admin_user, editor):
    """Never-published pages: the fresh install's (privacy notice, accessibility statement), a new section
    and an article someone else started, and an article the test editor started."""
    made = [
        save_draft(home, page_class(**{**fields, "slug": f"draft-{fields['slug']}"}))
        for page_class, fields in DRAFT_PAGES
    ]
    made.append(save_draft(home, ArticleIndexPage(title="Sleep", slug="sleep"), admin_user))
    for title, owner in (("Draft by another", admin_user), ("My own draft", editor)):
        article = ArticlePage(title=title, slug=slugify(title), summary="Not yet written.")
        made.append(save_draft(article_index, article, owner))
    return made


def test_every_role_on_every_page_type_matches_the_readme(editor, reviewer, manager, public_pages, drafts):
    documented = readme_page_permissions()
    for role, user in [(EDITORS, editor), (MEDICAL_REVIEWERS, reviewer), (CLINIC_MANAGERS, manager)]:
        for page in [*public_pages, *drafts]:
            tester = Page.objects.get(pk=page.pk).permissions_for_user(user)  # as the explorer holds it
            allowed = {
                "edit": tester.can_edit(),
                "publish": tester.can_publish(),
                "unpublish": tester.can_unpublish(),
                "move": tester.can_move(),
                "delete": tester.can_delete(),
            }
            for action in PAGE_ACTIONS:
                assert allowed[action] == documented[(role, action)], (role, page.title, action)


def test_a_reviewer_cannot_unpublish_or_delete_an_article(client, reviewer, faq_article):
    client.force_login(reviewer)
    for action in ("unpublish", "delete"):
        client.post(reverse(f"wagtailadmin_pages:{action}", args=[faq_article.pk]))
    faq_article.refresh_from_db()
    assert faq_article.live


def somewhere_else(page):
    """A page this one could be moved below (its type allowed there) other than its parent, or None."""
    others = Page.objects.filter(depth__gt=1).exclude(pk=page.get_parent().pk).exclude(pk=page.pk)
    return next((other for other in others if page.specific.can_move_to(other)), None)


def bulk_action_url(action, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return f"{url}?id={page.pk}&next={reverse('wagtailadmin_home')}"


def test_drafts_are_not_deleted_or_moved_by_editors_or_reviewers(client, editor, reviewer, drafts):
    for user in (editor, reviewer):
        client.force_login(user)
        for draft in drafts:
            parent, destination = draft.get_parent(), somewhere_else(draft)
            attempts = [
                ("delete", reverse("wagtailadmin_pages:delete", args=[draft.pk]), {}),
                ("bulk delete", bulk_action_url("delete", draft), {}),
            ]
            if destination:
                attempts += [
                    ("move", reverse("wagtailadmin_pages:move", args=[draft.pk]), {"new_parent_page": destination.pk}),
                    ("move", reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, destination.pk]), {}),
                    ("bulk move", bulk_action_url("move", draft), {"chooser": destination.pk}),
                ]
            for attempt, url, data in attempts:
                client.post(url, data)
                survivor = Page.objects.filter(pk=draft.pk).first()
                assert survivor and survivor.get_parent().pk == parent.pk, (user.username, draft.title, attempt)
            listing = client.get(reverse("wagtailadmin_explore", args=[parent.pk])).content.decode()
            for view in ("delete", "move"):  # the explorer's row menu
                assert reverse(f"wagtailadmin_pages:{view}", args=[draft.pk]) not in listing, (user.username, view)
            editing = client.get(edit_url(draft)).content.decode()
            assert reverse("wagtailadmin_pages:delete", args=[draft.pk]) not in editing


def test_an_editor_still_writes_and_submits_a_draft(client, editor, article_index):
    client.force_login(editor)
    add = reverse("wagtailadmin_pages:add", args=["pages", "articlepage", article_index.pk])
    assert client.get(add).status_code == 200
    draft = save_draft(
        article_index,
        ArticlePage(title="Ketamine and sleep", slug="ketamine-and-sleep", summary="Sleep during treatment."),
        editor,
    )
    data = form_data(client.get(edit_url(draft)), form_id="page-edit-form")
    data.update(faq_body("Sleep", [("Will I sleep after treatment?", "Many people feel drowsy that day.")]))
    data["title"] = "Ketamine and your sleep"
    assert client.post(edit_url(draft), data).status_code == 302
    data["action-submit"] = "action-submit"
    assert client.post(edit_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().title == "Ketamine and your sleep"
    assert draft.workflow_in_progress and not draft.live


def test_superusers_still_delete_and_move_drafts(admin_client, drafts):
    privacy, accessibility, _, article = drafts[:4]
    destination = somewhere_else(article)
    admin_client.post(bulk_action_url("move", article), {"chooser": destination.pk})
    assert Page.objects.get(pk=article.pk).get_parent().pk == destination.pk
    admin_client.post(reverse("wagtailadmin_pages:move_confirm", args=[accessibility.pk, privacy.pk]))
    assert Page.objects.get(pk=accessibility.pk).get_parent().pk == privacy.pk
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[privacy.pk]))
    admin_client.post(bulk_action_url("delete", article))
    assert not Page.objects.filter(pk__in=[privacy.pk, accessibility.pk, article.pk]).exists()


def test_a_manager_approves_a_change_to_a_general_page(client, editor, manager, home):
    about = StandardPage.objects.get(slug="about")
    about.title = "About the clinic"
    revision = about.save_revision(user=editor)
    about.get_workflow().start(about, editor)
    client.force_login(manager)
    assert act(client, about, "approve", comment="").status_code == 302
    about.refresh_from_db()
    assert (about.title, about.live_revision_id) == ("About the clinic", revision.pk)


def test_the_admin_asks_no_third_party(admin_client):
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar.com" not in dashboard
    assert "data-w-upgrade-notification" not in dashboard and "releases.wagtail.io" not in dashboard


def test_roles_get_no_more_than_they_need():
    editors = Group.objects.get(name=EDITORS)
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
    settings = ["change_clinicsettings", "change_clinicalreviewsettings"]
    assert not editors.permissions.filter(codename__in=[*settings, "record_medical_review"]).exists()
    reviewers = Group.objects.get(name=MEDICAL_REVIEWERS)
    assert not reviewers.page_permissions.filter(permission__codename="publish_page").exists()
    assert not reviewers.permissions.filter(codename__in=settings).exists()
    managers = Group.objects.get(name=CLINIC_MANAGERS)
    assert not managers.page_permissions.exists() and not managers.collection_permissions.exists()


def test_booking_report_shows_the_counts_made_by_book_requests(client, manager, pain_article, fibromyalgia):
    for page, times in ((pain_article, 3), (fibromyalgia, 2)):
        for _ in range(times):
            client.get(f"/book/?from={page.pk}")
    client.get("/book/?from=junk")
    client.force_login(manager)
    report = soup(client.get(reverse("booking_report")))
    assert report.find(attrs={"data-total": True}).get_text() == "6"
    rows = {
        tr.find_all("td")[0].get_text(): tr.find_all("td")[1].get_text()
        for tr in report.select("table")[0].select("tbody tr")
    }
    assert rows == {pain_article.title: "3", fibromyalgia.title: "2", "(unknown page)": "1"}
    assert len(report.select("svg rect")) == 30

    export = client.get(reverse("booking_report") + "?days=90&export=csv")
    lines = list(csv.DictReader(io.StringIO(export.content.decode())))
    by_page = {}
    for line in lines:
        by_page[line["Page"]] = by_page.get(line["Page"], 0) + int(line["Clicks"])
    assert by_page == {pain_article.title: 3, fibromyalgia.title: 2, "(unknown page)": 1}
    assert {line["Date"] for line in lines} == {timezone.localdate().isoformat()}


def test_booking_report_is_for_clinic_managers(client, editor, manager):
    client.force_login(editor)
    assert client.get(reverse("booking_report")).status_code in (302, 403)
    assert reverse("booking_report").encode() not in client.get(reverse("wagtailadmin_home")).content
    client.force_login(manager)
    assert reverse("booking_report").encode() in client.get(reverse("wagtailadmin_home")).content


def test_booking_report_copes_with_a_strange_period(client, manager):
    client.force_login(manager)
    for days in ("abc", "-5", "100000", ""):
        assert client.get(reverse("booking_report"), {"days": days}).status_code == 200
    assert BookingClick.objects.count() == 0
