import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve
from wagtail.views import serve_chain

from clinic.languages import language_homes
from pages.models import ArticleIndexPage, ArticlePage

MAX_QUERY_LENGTH = 100
RESULTS_PER_PAGE = 10
# Patients search with words; other characters (quotes, control characters) can upset a search backend.
NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s'-]")


def matching_pages(home, query):
    """The live, public pages below this home page (one language's) that match: articles first (they are
    what patients search for; by relevance alone, short general pages that mention a treatment once
    outrank them), then the rest."""
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    articles = pages.type(ArticlePage).specific().search(query)
    others = pages.not_type(ArticlePage).specific().search(query)
    return [*articles, *others]


@require_safe
def search(request):
    """Search the site's live, public pages."""
    query = " ".join(NOT_A_WORD_CHARACTER.sub(" ", request.GET.get("q", "")).split())[:MAX_QUERY_LENGTH]
    home = home_page(request)  # in the address's language: results are in that language only
    results = None
    if query and home is not None:
        results = Paginator(matching_pages(home, query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    article_index = ArticleIndexPage.objects.live().descendant_of(home).first() if home is not None else None
    response = TemplateResponse(
        request,
        "pages/search_results.html",
        {
            "query": query,
            "keep_query": urlencode({"q": query}) + "&",  # for the links to other pages of results
            "results": results,
            "article_index": article_index,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


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
