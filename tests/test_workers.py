"""Every gunicorn worker tells patients the same thing: a change saved in one process reaches them all.

gunicorn runs with the production settings and three workers on loopback, on a database of
its own, first with the cache every process on the machine shares by default (no REDIS_URL),
then with Redis. Staff change the clinic details and approve an article through real admin
requests, and a scheduled publication runs as a separate cron-like process.
"""

import os
import urllib.request
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.servers import StaffBrowser, build_demo_site, gunicorn, manage, production_env, require_redis

WORKERS = 3
REQUESTS_AFTER_A_CHANGE = 60
PAGES = {
    "home": "/",
    "article": "/conditions-treatments/ketamine-therapy-fibromyalgia/",
    "contact": "/contact/",
    "location": "/locations/chandler/",
}
SHOW_HOURS = {PAGES["contact"], PAGES["location"]}
OLD_PHONE, NEW_PHONE = "480.306.4372", "480.555.0199"


def workers_redis_url():
    """A Redis database of this test's own (the suite's cache may be in the one REDIS_URL names)."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    require_redis(url)
    own = urlunsplit(urlsplit(url)._replace(path="/13"))
    require_redis(own).flushdb()
    return own


@pytest.fixture(scope="module", params=["shared-default-cache", "redis"])
def production(request, tmp_path_factory):
    """(base URL, environment) of gunicorn with the production settings and three workers."""
    env = production_env(tmp_path_factory, "workers") | {"WEB_CONCURRENCY": str(WORKERS)}
    if request.param == "redis":
        env["REDIS_URL"] = workers_redis_url()
    build_demo_site(env)
    manage(env, "collectstatic", "--noinput", "-v0")
    with gunicorn(env, f"workers-{request.param}") as url:
        yield url, env


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode(), response.headers


def each_worker_answers(url, path, count):
    """The page `count` times: with three workers taking turns, each has served (and cached) it."""
    return [get(url + path) for _ in range(count)]


def new_phone(data):
    return {"phone": NEW_PHONE}


def monday_closes_at_four(data):
    """Monday closing at 4 PM instead of 5 PM, published."""
    monday = next(key for key, value in data.items() if key.endswith("-weekday") and value == "0")
    return {monday.replace("-weekday", "-closes"): "16:00", "action-publish": "action-publish"}


SUBMIT_ARTICLE_EDIT = """
from django.contrib.auth import get_user_model
from pages.models import ArticlePage
article = ArticlePage.objects.get(slug="ketamine-therapy-fibromyalgia")
article.summary = "{summary}"
editor = get_user_model().objects.get(username="editor")
revision = article.save_revision(user=editor)
article.get_workflow().start(article, editor)
print(article.pk, article.current_workflow_task_state.pk)
"""

SCHEDULE_ARTICLE_EDIT = """
from django.utils import timezone
from pages.models import ArticlePage
article = ArticlePage.objects.get(slug="ketamine-therapy-fibromyalgia")
article.summary = "{summary}"
revision = article.save_revision(approved_go_live_at=timezone.now())
"""


def test_a_change_saved_in_one_process_reaches_every_worker(production):
    url, env = production
    for path in PAGES.values():
        pages = each_worker_answers(url, path, 4 * WORKERS)
        assert all(OLD_PHONE in html for html, _ in pages)
        assert pages[-1][1]["X-Page-Cache"] == "hit"

    # The clinic manager changes the phone number, and the first location's Monday hours, in the admin.
    manager = StaffBrowser(url, "manager")
    manager.edit_form("/admin/settings/clinic/clinicsettings/1/", new_phone)
    manager.edit_form("/admin/snippets/clinic/location/edit/1/", monday_closes_at_four)

    # An editor's change to an article waits for review; the medical reviewer approves it.
    summary = "Reviewed summary: what ketamine can and cannot do for fibromyalgia."
    article_pk, task_state_pk = manage(env, "shell", "-c", SUBMIT_ARTICLE_EDIT.format(summary=summary)).split()[-2:]
    reviewer = StaffBrowser(url, "reviewer")
    approve = f"/admin/pages/workflow/action/{article_pk}/approve_with_review/{task_state_pk}/"
    reviewer.post(approve, {"comment": ""})

    for path in PAGES.values():
        for html, _ in each_worker_answers(url, path, REQUESTS_AFTER_A_CHANGE):
            assert NEW_PHONE in html and OLD_PHONE not in html, path
            assert ("4:00 PM" in html) is (path in SHOW_HOURS), path  # Monday's new closing time
    assert all(summary in html for html, _ in each_worker_answers(url, PAGES["article"], REQUESTS_AFTER_A_CHANGE))

    # A scheduled change published by cron, in a process of its own.
    scheduled = "Scheduled summary: ketamine is not a cure, and results vary from person to person."
    manage(env, "shell", "-c", SCHEDULE_ARTICLE_EDIT.format(summary=scheduled))
    assert all(summary in html for html, _ in each_worker_answers(url, PAGES["article"], 4 * WORKERS))
    manage(env, "publish_scheduled")
    pages = each_worker_answers(url, PAGES["article"], REQUESTS_AFTER_A_CHANGE)
    assert all(scheduled in html and summary not in html for html, _ in pages)
