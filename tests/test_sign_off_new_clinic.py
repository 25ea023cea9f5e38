"""A new clinic's first article and first Spanish pages, on a fresh install (no demo), through the admin.

The production steps on an empty database, staff accounts as the README says, then over HTTP as
staff work: an editor writes and submits an article, a medical reviewer approves it from the editor,
and the live page names the reviewer and today's date. The editor translates the home page with its
subpages: nothing Spanish is live until approved, staff can preview it, and once each page is
translated and approved every Spanish page the sitemap lists answers 200.
"""

import json
import re
import urllib.error
import urllib.request

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.admin_forms import form_data_from_html
from tests.servers import STAFF_PASSWORD, StaffBrowser, gunicorn, manage, production_env

STAFF = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from people.models import Clinician
for username, group in [("editor", "Editors"), ("reviewer", "Medical reviewers"), ("manager", "Clinic managers")]:
    user = get_user_model().objects.create_user(username, password="{STAFF_PASSWORD}")
    user.groups.add(Group.objects.get(name=group))
Clinician.objects.create(name="Dr. Ana Reyes", credentials="MD", user=get_user_model().objects.get(username="reviewer"))
"""
PAGE_IDS = """
from wagtail.models import Locale, Page
from pages.models import ArticleIndexPage, HomePage
home = HomePage.objects.get(locale__language_code="en")
print(json.dumps({"home": home.pk, "index": ArticleIndexPage.objects.get().pk,
                  "es": Locale.objects.get(language_code="es").pk}))
"""
SPANISH_TREE = """
from wagtail.models import Page
pages = Page.objects.filter(locale__language_code="es").order_by("path")
print(json.dumps([{"pk": p.pk, "live": p.live, "numchild": p.numchild, "children": p.get_children().count(),
                   "source_live": Page.objects.get(translation_key=p.translation_key, locale__language_code="en").live}
                  for p in pages]))
"""
TRANSLATE_EVERYTHING = """
from wagtail_localize.models import Translation
for translation in Translation.objects.filter(target_locale__language_code="es"):
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgid if entry.msgctxt and entry.msgctxt.startswith("slug") else "ES " + entry.msgid
    translation.import_po(po)
"""
WORKFLOW_STATES = """
from django.contrib.auth import get_user_model
from wagtail.models import Page
users = {"MedicalReviewTask": "reviewer", "GroupApprovalTask": "manager"}
waiting = []
for page in Page.objects.filter(locale__language_code="es").specific():
    if page.workflow_in_progress:
        task_state = page.current_workflow_task_state
        task = task_state.task.specific
        user = get_user_model().objects.get(username=users[type(task).__name__])
        action = [name for name, _, _ in task.get_actions(page, user) if name != "reject"][0]
        waiting.append({"pk": page.pk, "task_state": task_state.pk, "user": user.username, "action": action})
print(json.dumps(waiting))
"""


def shell_json(env, code):
    return json.loads(manage(env, "shell", "-c", "import json\n" + code).strip().splitlines()[-1])


@pytest.fixture(scope="module")
def new_clinic(tmp_path_factory):
    env = production_env(tmp_path_factory, "new_clinic") | {"SITE_URL": "http://127.0.0.1:8000"}
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "setup_site")
    manage(env, "setup_roles")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "shell", "-c", STAFF)
    with gunicorn(env, "new-clinic") as url:
        yield env, url


def status(url, path):
    try:
        with urllib.request.urlopen(url + path, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def body_data(text):
    return nested_form_data(
        {"body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]), "references": streamfield([])}
    )


def test_a_new_clinic_signs_off_its_first_article_and_its_spanish_pages(new_clinic):
    env, url = new_clinic
    ids = shell_json(env, PAGE_IDS)

    # The editor writes the first article and submits it.
    editor = StaffBrowser(url, "editor")
    add = f"/admin/pages/add/pages/articlepage/{ids['index']}/"
    html = editor.open(add)
    data = form_data_from_html(html, "page-edit-form")
    data.update({"title": "Ketamine and sleep", "slug": "ketamine-and-sleep", "summary": "What we know about sleep."})
    data.update(body_data("Some people sleep better. Others do not."))
    data["action-submit"] = "action-submit"
    editor.post(add, data)
    assert status(url, "/conditions-treatments/ketamine-and-sleep/")[0] == 404  # waits for review

    # The reviewer opens it from the dashboard's "Awaiting your review" and approves from the editor.
    reviewer = StaffBrowser(url, "reviewer")
    dashboard = BeautifulSoup(reviewer.open("/admin/"), "html.parser")
    edit = dashboard.find("a", string=re.compile("Ketamine and sleep"))["href"]
    editing = reviewer.open(edit)
    page = BeautifulSoup(editing, "html.parser")
    button = page.find(attrs={"data-workflow-action-name": re.compile("^approve")})
    assert button.get_text(strip=True) == "Approve and publish"
    answer = json.loads(reviewer.post(button["data-workflow-action-modal-url"], {"comment": "", "record_review": "on"}))
    assert answer["step"] == "success"
    data = form_data_from_html(editing, "page-edit-form")
    data.update(body_data("Some people sleep better. Others do not."))
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": button["data-workflow-action-name"],
            "workflow-action-extra-data": json.dumps(answer["cleaned_data"]),
        }
    )
    reviewer.post(edit, data)
    code, article = status(url, "/conditions-treatments/ketamine-and-sleep/")
    today = timezone.localdate()
    line = BeautifulSoup(article, "html.parser").find(class_="review-line").get_text(" ", strip=True)
    assert code == 200 and line.startswith("Medically reviewed by Dr. Ana Reyes")
    assert f"{today:%B} {today.day}, {today.year}" in line

    # The editor translates the home page with its subpages: nothing is live, nothing is left out of the tree.
    editor.post(f"/admin/localize/submit/page/{ids['home']}/", {"locales": [ids["es"]], "include_subtree": "on"})
    tree = shell_json(env, SPANISH_TREE)
    assert all(page["numchild"] == page["children"] for page in tree), tree
    assert len(tree) > 1 and not any(page["live"] for page in tree)
    assert status(url, "/es/")[0] == 404

    # Staff see the drafts in the translation editor's preview.
    translation_preview = re.search(
        r"/admin/localize/translate/\d+/preview/", editor.open(f"/admin/pages/{tree[0]['pk']}/edit/")
    )
    assert translation_preview and "<html" in editor.open(translation_preview.group(0))

    # Each page is translated and submitted; reviewers approve articles and indexes, managers the rest.
    manage(env, "shell", "-c", TRANSLATE_EVERYTHING)
    for page in tree:
        if page["source_live"]:
            editor.post(f"/admin/translations/{page['pk']}/submit/", {})
    staff = {"reviewer": reviewer, "manager": StaffBrowser(url, "manager")}
    for waiting in shell_json(env, WORKFLOW_STATES):
        extra = {"record_review": "on"} if waiting["action"] == "approve_first_review" else {}
        action = f"/admin/pages/workflow/action/{waiting['pk']}/{waiting['action']}/{waiting['task_state']}/"
        staff[waiting["user"]].post(action, {"comment": "", **extra})

    tree = shell_json(env, SPANISH_TREE)
    assert all(page["live"] == page["source_live"] for page in tree), tree
    sitemap = status(url, "/sitemap.xml")[1]
    spanish = [path for path in re.findall(r"<loc>http://[^/]+(/es/[^<]*)</loc>", sitemap)]
    assert "/es/conditions-treatments/ketamine-and-sleep/" in spanish
    for path in spanish:
        assert status(url, path)[0] == 200, path
    code, article = status(url, "/es/conditions-treatments/ketamine-and-sleep/")
    line = BeautifulSoup(article, "html.parser").find(class_="review-line").get_text(" ", strip=True)
    assert line.startswith("Revisado por") and "Dr. Ana Reyes" in line
