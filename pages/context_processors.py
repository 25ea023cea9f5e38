from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from pages.content_cache import cached
from pages.models import ClinicSettings


def menu_for(site):
    """The site's top-level menu as plain titles and links, cheap to cache."""
    pages = site.root_page.get_children().live().public().in_menu()
    return [{"pk": page.pk, "title": page.title, "url": page.get_url()} for page in pages]


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
