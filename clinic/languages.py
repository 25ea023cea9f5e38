"""Each language's home page on this site, for the header, footer and error pages."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from clinic_site.content_cache import cached

from .navigation import homes_of


def language_homes(request):
    """{language code: address of that language's live home page} for this site, from the cache."""
    site = Site.find_for_request(request)
    if site is None:
        return {settings.LANGUAGE_CODE: "/"}

    return cached(
        f"language-homes:{site.pk}", lambda: {code: home.get_url(request) for code, home in homes_of(site).items()}
    )


def home_url(request):
    return language_homes(request).get(translation.get_language(), "/")
