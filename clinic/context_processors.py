from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from clinic_site.content_cache import cached

from .models import ClinicSettings
from .navigation import menu_for


def clinic(request):
    """What every page's header and footer show, loaded only when a template uses it.

    `clinic`: the clinic's details for this site; `navigation`: the site's top-level menu pages.
    Both come from the cache until the content changes.
    """

    def navigation():
        site = Site.find_for_request(request)
        return cached(f"navigation:{site.pk}", lambda: menu_for(site)) if site else []

    return {
        "clinic": SimpleLazyObject(lambda: ClinicSettings.for_visitor(request)),
        "navigation": SimpleLazyObject(navigation),
    }
