from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import translation
from wagtail import hooks
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve
from wagtail.views import serve_chain

from clinic.languages import language_homes


def home_page(request):
    """The site's live home page in the address's language, as its own type, or None."""
    home = language_homes(Site.find_for_request(request)).get(translation.get_language())
    return home.page() if home else None


def serve_page(request, path):
    """Wagtail's page view (`wagtail.views.serve`, with its hooks), routed from the home page of the
    address's language as the content cache knows it.

    Wagtail's own view finds that home as `site.root_page.localized`: two or three queries on every
    request, and the English pages under /es/ while there is no Spanish home page.
    """
    home = home_page(request)
    if home is None:
        if translation.get_language() != settings.LANGUAGE_CODE:
            raise Http404  # no home page in this language yet: never the English pages under its address
        return wagtail_serve(request, path)  # no live English home: Wagtail routes as it would
    page, args, kwargs = home.route(request, [part for part in path.split("/") if part])
    for before_serve in hooks.get_hooks("before_serve_page"):  # view restrictions, among others
        result = before_serve(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    serve = serve_chain
    for wrap_serve in reversed(hooks.get_hooks("on_serve_page")):
        serve = wrap_serve(serve)
    return serve(page, request, args, kwargs)
