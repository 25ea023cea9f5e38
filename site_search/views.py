from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from pages.models import ArticleIndexPage
from pages.views import home_page
from stats.search_counts import count_search

from . import rate_limit
from .results import cached_results
from .words import cleaned_query

RESULTS_PER_PAGE = 10


@require_safe
def search(request):
    """Search the site's live, public pages in the address's language."""
    typed = request.GET.get("q", "")
    query = cleaned_query(typed)
    language = translation.get_language()
    home = home_page(request)  # in the address's language: results are in that language only
    results = None
    if query and home is not None:
        results = cached_results(request, query, home, language, lambda: not rate_limit.over_limit(request))
        if results is None:
            return results_page(request, query, home, None, status=429)
        count_search(language, query, typed, found=bool(results.found))
    return results_page(request, query, home, results)


def results_page(request, query, home, results, status=200):
    nothing_found = results is not None and not results.found
    # Only a search that found nothing offers the articles instead.
    article_index = ArticleIndexPage.objects.live().descendant_of(home).first() if nothing_found else None
    response = TemplateResponse(
        request,
        "site_search/search_results.html",
        {
            "query": query,
            "keep_query": urlencode({"q": query}) + "&",  # for the links to other pages of results
            "results": Paginator(results.found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            if results
            else None,
            "corrected_query": results.corrected_query if results else "",
            "too_many": status == 429,
            "article_index": article_index,
        },
        status=status,
    )
    response["X-Robots-Tag"] = "noindex"
    if status == 429:
        response["Retry-After"] = str(rate_limit.WINDOW_SECONDS)
    return response
