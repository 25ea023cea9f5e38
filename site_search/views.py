import copy
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from clinic_site.content_cache import cached
from pages.models import ArticleIndexPage
from pages.views import home_page
from stats.search_counts import count_search

from . import rate_limit
from .results import cached_results, searched_results
from .words import cleaned_query

RESULTS_PER_PAGE = 10
TEMPLATE = "site_search/search_results.html"


@require_safe
def search(request):
    """Search the site's live, public pages in the address's language."""
    typed = request.GET.get("q", "")
    query = cleaned_query(typed)
    language = translation.get_language()
    results = cached_results(query, language) if query else None
    # A search the cache cannot answer is counted, and a flood of them refused before anything else is read.
    if query and results is None and rate_limit.over_limit(request):
        return too_many_searches(request, language)
    home = home_page(request)  # in the address's language: results are in that language only
    if query and home is not None:
        if results is None:
            results = searched_results(request, query, home, language)
        count_search(language, query, typed, found=bool(results.found))
    return results_page(request, query, home, results)


def too_many_searches(request, language):
    """The answer to a search over the rate limit. A flood gets nothing else, so the page is rendered once
    per content generation, day (the footer shows today's hours), language and address, and read from the
    cache after that; it shows no words searched for, since those change from one request to the next."""
    name = f"search-too-many:{language}:{timezone.localdate()}:{request.scheme}:{request.get_host()}"
    context = {"query": "", "too_many": True, "results": None}
    # Rendered as if asked without a query string: the language switcher links to the address it was asked at.
    anonymous = copy.copy(request)
    anonymous.META, anonymous.GET = {**request.META, "QUERY_STRING": ""}, QueryDict()
    response = HttpResponse(cached(name, lambda: render_to_string(TEMPLATE, context, anonymous)), status=429)
    response["X-Robots-Tag"] = "noindex"
    response["Retry-After"] = str(rate_limit.WINDOW_SECONDS)
    return response


def results_page(request, query, home, results):
    nothing_found = results is not None and not results.found
    # Only a search that found nothing offers the articles instead.
    article_index = ArticleIndexPage.objects.live().descendant_of(home).first() if nothing_found else None
    response = TemplateResponse(
        request,
        TEMPLATE,
        {
            "query": query,
            "keep_query": urlencode({"q": query}) + "&",  # for the links to other pages of results
            "results": Paginator(results.found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            if results
            else None,
            "corrected_query": results.corrected_query if results else "",
            "article_index": article_index,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response
