import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from pages.languages import language_home
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
    home = language_home(request)  # in the address's language: results are in that language only
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


def serve_page(request, path):
    """Wagtail's page view, routed from the home page in the address's language as found in the cache.

    Wagtail itself would look up the language and the home page's translation in the database on every
    request; its view takes a route already found from `request._wagtail_route_for_request`.
    """
    home = language_home(request)
    if home is None and translation.get_language() != settings.LANGUAGE_CODE:
        raise Http404  # no home page in this language yet: never the English pages under its address
    if home is not None:
        try:
            request._wagtail_route_for_request = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_serve(request, path)
