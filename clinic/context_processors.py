from django.utils import translation
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from clinic_site.content_cache import cached

from .languages import language_homes
from .locations import all_locations
from .models import ClinicSettings
from .navigation import footer_links_for, menu_for


def clinic(request):
    """What every page's header and footer show, loaded only when a template uses it.

    `clinic`: the clinic's details for this site; `locations`: every location, the main one first;
    `navigation`: the top-level menu pages in the page's language; `footer_links`: the notices linked from
    every page's foot, in that language; `home_url`: the home page in that language. All come from the
    cache until the content changes.
    """

    def navigation():
        site = Site.find_for_request(request)
        language = translation.get_language()
        return cached(f"navigation:{site.pk}:{language}", lambda: menu_for(site, language)) if site else []

    def footer_links():
        site, language = Site.find_for_request(request), translation.get_language()
        if site is None:
            return []
        clinic = ClinicSettings.for_request(request)
        return cached(f"footer-links:{site.pk}:{language}", lambda: footer_links_for(clinic, language))

    def home_url():
        home = language_homes(Site.find_for_request(request)).get(translation.get_language())
        return home.url if home else "/"

    return {
        "clinic": SimpleLazyObject(lambda: ClinicSettings.for_request(request)),
        "locations": SimpleLazyObject(all_locations),
        "footer_links": SimpleLazyObject(footer_links),
        "navigation": SimpleLazyObject(navigation),
        "home_url": SimpleLazyObject(home_url),
    }
