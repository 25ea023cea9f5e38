"""Addresses of the site's listing pages (locations, team) in the address's language, for links from
every page. Cached with the content."""

from django.apps import apps
from django.utils import translation
from wagtail.models import Page, Site

from clinic.languages import language_homes
from clinic_site.content_cache import cached

# By name: the page models' JSON-LD links to these sections, so they cannot be imported here.
SECTIONS = {"locations": "LocationIndexPage", "team": "TeamIndexPage"}


def section_urls(request):
    """{"locations": "/locations/", "team": "/our-team/"}: "" for a section the site does not have."""
    return {name: first_page_url(request, "pages", model_name) for name, model_name in SECTIONS.items()}


def first_page_url(request, app_label, model_name):
    """The address of this site's first live page of a type, in the address's language, or ""."""
    site = Site.find_for_request(request)
    if site is None:
        return ""
    language = translation.get_language()

    def load():
        home = language_homes(site).get(language)
        home_page = home.page() if home else None
        if home_page is None:
            return ""
        below = Page.objects.descendant_of(home_page).live().public()
        page = below.type(apps.get_model(app_label, model_name)).first()
        return page.get_url(request) if page else ""

    return cached(f"page-url:{app_label}.{model_name}:{site.pk}:{language}", load)


def location_url(request, location):
    base = section_urls(request)["locations"]
    return f"{base}{location.slug}/" if base else ""


def profile_url(request, clinician):
    base = section_urls(request)["team"]
    return f"{base}{clinician.slug}/" if base and clinician.has_profile else ""
