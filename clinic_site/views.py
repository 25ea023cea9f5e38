"""Site-wide views that belong to no page type: robots.txt, the error pages and moved addresses."""

from django.core.cache import cache
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from clinic_site.addresses import absolute_url

# The error page reads the clinic's name, phone and menu from the cache: it must render without the
# database. The clinic app keeps this entry up to date whenever its details are loaded or saved.
CONTACT_CARD_CACHE_KEY = "clinic-contact-card"


def error_page(template_name):
    """An error page in the address's language, with the clinic's name, phone and menu. It reads them from
    the cache only: it must render without the database, and for a request whose Host is refused."""
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
    return loader.get_template(template_name).render(context)


def server_error(request):
    """The 500 page: no database access, so it renders even when the database is down."""
    return HttpResponseServerError(error_page("500.html"))


def bad_request(request, exception):
    """The 400 page, for a Host the site does not serve among others."""
    return HttpResponseBadRequest(error_page("400.html"))


def csrf_failure(request, reason=""):
    """A form sent without its CSRF token, or from another site (Django's CSRF_FAILURE_VIEW)."""
    return HttpResponseForbidden(error_page("403_csrf.html"))


@require_safe
def robots_txt(request):
    """Crawlers may read every public page, but not the admin, the booking counter or the visit counter."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /book/",
        "Disallow: /v/",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def moved_for_good(pattern_name):
    """A view for an old address of the route `pattern_name`: a permanent redirect to its address in the
    request's language, with the same arguments and query string. A form sent there is sent on (308)."""

    # A form posted to the old address (a page opened before the move) keeps the check of the view it reaches.
    @csrf_exempt
    def moved(request, **kwargs):
        address = reverse(pattern_name, kwargs=kwargs)
        if query := request.META.get("QUERY_STRING"):
            address += "?" + query
        return HttpResponsePermanentRedirect(address, preserve_request=request.method not in ("GET", "HEAD"))

    return moved
