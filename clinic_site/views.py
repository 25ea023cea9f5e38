"""Site-wide views that belong to no page type: robots.txt and the 500 page."""

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from clinic_site.addresses import absolute_url

# The error page reads the clinic's name, phone and menu from the cache: it must render without the
# database. The clinic app keeps this entry up to date whenever its details are loaded or saved.
CONTACT_CARD_CACHE_KEY = "clinic-contact-card"


def server_error(request):
    """The 500 page: no database access, so it renders even when the database is down."""
    try:
        clinic = cache.get(CONTACT_CARD_CACHE_KEY)
    except Exception:  # noqa: BLE001 - the cache may be down too; the page still renders.
        clinic = None
    language = translation.get_language()
    context = {
        "clinic": clinic,
        "LANGUAGE_CODE": language,
        "menu": (clinic or {}).get("menus", {}).get(language, []),
        "home_url": (clinic or {}).get("homes", {}).get(language, "/"),
    }
    return HttpResponseServerError(loader.get_template("500.html").render(context))


@require_safe
def robots_txt(request):
    """Crawlers may read every public page, but not the admin or the booking counter."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /book/",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
