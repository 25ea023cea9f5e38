import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, ArticlePage

MAX_QUERY_LENGTH = 100
RESULTS_PER_PAGE = 10
# Patients search with words; other characters (quotes, control characters) can upset a search backend.
NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s'-]")


def matching_pages(site, query):
    """The site's live, public pages that match: articles first (they are what patients search for; by
    relevance alone, short general pages that mention a treatment once outrank them), then the rest."""
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    articles = pages.type(ArticlePage).specific().search(query)
    others = pages.not_type(ArticlePage).specific().search(query)
    return [*articles, *others]


@require_safe
def search(request):
    """Search the site's live, public pages."""
    query = " ".join(NOT_A_WORD_CHARACTER.sub(" ", request.GET.get("q", "")).split())[:MAX_QUERY_LENGTH]
    site = Site.find_for_request(request)
    results = None
    if query and site is not None:
        results = Paginator(matching_pages(site, query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    article_index = ArticleIndexPage.objects.live().descendant_of(site.root_page).first() if site is not None else None
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
