from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from pages.models import ClinicSettings


def clinic(request):
    """What every page's header and footer show, loaded only when a template uses it.

    `clinic`: the clinic's details for this site; `navigation`: the site's top-level menu pages.
    """

    def menu_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return list(site.root_page.get_children().live().public().in_menu().specific(defer=True))

    return {
        "clinic": SimpleLazyObject(lambda: ClinicSettings.for_visitor(request)),
        "navigation": SimpleLazyObject(menu_pages),
    }
