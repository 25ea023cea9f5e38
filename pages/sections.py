"""Addresses of a type of page in the address's language, and of the pages of the site's listings' entries
(a location's, a clinician's, a topic's), for links from every page. Cached with the content."""

from django.apps import apps
from django.utils import translation
from wagtail.models import Page, Site

from clinic.languages import language_homes
from clinic_site.content_cache import cached

# By name: the page models' JSON-LD links to these listings' entries, so they cannot be imported here.
SECTIONS = {"locations": "LocationIndexPage", "team": "TeamIndexPage", "topics": "TopicIndexPage"}


def first_page(site, language, app_label, model_name):
    """This site's first live page of a type in a language (the specific page), or None."""
    home = language_homes(site).get(language)
    home_page = home.page() if home else None
    if home_page is None:
        return None
    below = Page.objects.descendant_of(home_page).live().public()
    return below.type(apps.get_model(app_label, model_name)).specific().first()


def first_page_url(request, app_label, model_name):
    """The address of this site's first live page of a type, in the address's language, or ""."""
    site = Site.find_for_request(request)
    if site is None:
        return ""
    language = translation.get_language()

    def load():
        page = first_page(site, language, app_label, model_name)
        return page.get_url(request) if page else ""

    return cached(f"page-url:{app_label}.{model_name}:{site.pk}:{language}", load)


def entry_urls(request, section):
    """{slug: address} of the entries' pages of a listing ("locations", "team", "topics"), as its page's
    `entry_url` gives them, keyed by the entry's own (English) slug; {} where the site has no such listing in
    the address's language."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    language = translation.get_language()

    def load():
        page = first_page(site, language, "pages", SECTIONS[section])
        return {entry.slug: page.entry_url(entry, request) for entry in page.entries(request)} if page else {}

    return cached(f"entry-urls:{section}:{site.pk}:{language}", load)


def location_url(request, location):
    return entry_urls(request, "locations").get(location.slug, "")


def profile_url(request, clinician):
    """A clinician's profile, or "" for one not shown on the team page."""
    return entry_urls(request, "team").get(clinician.slug, "")


def topic_url(request, topic):
    """A topic's page in the address's language, or "" for a topic not published or a site without an A–Z
    page."""
    return entry_urls(request, "topics").get(topic.slug, "")
