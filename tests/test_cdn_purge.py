"""A CDN in front of the site is told to drop pages when they change."""

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from clinic.models import Location
from pages.models import TopicIndexPage

pytestmark = pytest.mark.django_db
purged = []


class RecordingCDN(BaseBackend):
    """Stands in for Cloudflare or CloudFront: remembers what it was asked to purge."""

    def purge(self, url):
        purged.append(url)


@pytest.fixture(autouse=True)
def cdn():
    purged.clear()
    with override_settings(WAGTAILFRONTENDCACHE={"cdn": {"BACKEND": "tests.test_cdn_purge.RecordingCDN"}}):
        yield


def test_publishing_an_article_purges_it(fibromyalgia):
    fibromyalgia.save_revision().publish()
    assert fibromyalgia.full_url in purged


def test_unpublishing_an_article_purges_it(pain_article):
    pain_article.unpublish()
    assert pain_article.full_url in purged


@pytest.mark.parametrize("article", ["pain_article", "fibromyalgia_es"])
def test_unpublishing_an_article_purges_the_pages_listing_it_and_not_the_whole_site(
    request, article, django_capture_on_commit_callbacks
):
    article = request.getfixturevalue(article)
    index, home = article.get_parent(), article.get_parent().get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert {article.full_url, index.full_url, home.full_url} <= set(purged)
    others = home.get_children().live().not_page(index).not_type(TopicIndexPage)  # contact, costs, team...
    assert not {page.full_url for page in others} & set(purged)


def test_changing_the_clinic_details_purges_every_page(clinic, home, home_es, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        clinic.phone = "480.555.0188"
        clinic.save()
    live_urls = {page.full_url for home in (home, home_es) for page in home.get_descendants(inclusive=True).live()}
    assert "http://localhost/es/contacto/" in live_urls
    assert live_urls <= set(purged)


def test_changing_a_location_purges_every_page_and_each_location_and_profile(
    home, home_es, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        place = Location.objects.get(slug="chandler")
        place.parking = "Free parking behind the building."
        place.save()
    live_urls = {page.full_url for home in (home, home_es) for page in home.get_descendants(inclusive=True).live()}
    assert live_urls <= set(purged)
    for url in ["/locations/chandler/", "/es/ubicaciones/example-second-location/", "/our-team/sam-sample/"]:
        assert f"http://localhost{url}" in purged


def test_making_an_index_private_purges_it_and_every_article_below(
    article_index, fibromyalgia, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=article_index, restriction_type="password", password="x")
    assert {article_index.full_url, fibromyalgia.full_url} <= set(purged)
    assert all(url.startswith(article_index.full_url) for url in purged)


def test_without_a_cdn_a_change_purges_nothing_and_asks_the_database_nothing(
    clinic, django_capture_on_commit_callbacks, django_assert_num_queries
):
    with override_settings(WAGTAILFRONTENDCACHE={}):
        with django_capture_on_commit_callbacks() as after_commit:
            clinic.save()
            Location.objects.get(slug="chandler").save()
        with django_assert_num_queries(0):
            for callback in after_commit:
                callback()
    assert purged == []
