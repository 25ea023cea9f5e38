"""The site's languages as patients meet them: a page's versions in the other languages, and the language
switcher's links to them."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Site

from clinic.languages import language_homes
from clinic_site.content_cache import cached


def page_versions(request, page):
    """{language code: address} of the live, public versions of a page, itself included."""
    if page is None or not getattr(page, "pk", None):
        return {}

    def load():
        versions = page.get_translations(inclusive=True).live().public().select_related("locale")
        return {version.locale.language_code: version.get_url(request) for version in versions}

    return cached(f"page-versions:{page.translation_key}", load)


def language_links(request, page=None, subpage=None):
    """One link per other language: the same page (or routed `subpage`) in it when there is one, else that
    language's home.

    Pages that are not Wagtail pages (search) keep their address and query in the other language.
    """
    current = translation.get_language()
    versions = subpage.versions if subpage else page_versions(request, page)
    homes = {code: home.url for code, home in language_homes(Site.find_for_request(request)).items()}
    links = []
    for code, name in settings.LANGUAGES:
        if code == current or code not in homes:
            continue
        if page is not None:
            url = versions.get(code, homes[code])
        elif getattr(request.resolver_match, "url_name", None) == "page":
            url = homes[code]  # no page at this address: the same address would be missing in the other language
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url})
    return links
