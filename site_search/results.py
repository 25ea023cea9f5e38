"""A search's results as the page shows them, kept in the shared cache per content generation, language and
query (as search compares it), so that a popular search costs one cache read.

The key holds a keyed hash of the query, never the words, and the value only public pages' titles, addresses
and summaries."""

import hashlib
import hmac
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from clinic_site.content_cache import OBJECT_CACHE_SECONDS, current_generation
from pages.models import ArticlePage

from .query import search_plan
from .words import folded, stem, words_of

MAX_RESULTS = 100  # ten pages of results: further than any patient reads


@dataclass
class Results:
    """What the results page shows: each result as (address, title, summary), and the corrected words."""

    found: list = field(default_factory=list)
    corrected_query: str = ""


def results_key(query, language):
    normalised = " ".join(words_of(query))
    digest = hmac.new(settings.SECRET_KEY.encode(), normalised.encode(), hashlib.sha256).hexdigest()[:32]
    return f"search:{current_generation()}:{language}:{digest}"


def cached_results(query, language):
    """The results kept for this search, or None (a cache that does not answer has none)."""
    try:
        return cache.get(results_key(query, language))
    except Exception:  # noqa: BLE001 - an accelerator, never a dependency
        return None


def searched_results(request, query, home, language):
    """The results, searched now and kept. A cache that does not answer only costs the next search."""
    results = search(request, query, home, language)
    try:
        cache.set(results_key(query, language), results, OBJECT_CACHE_SECONDS)
    except Exception:  # noqa: BLE001, S110 - the next search of these words searches again
        pass
    return results


def search(request, query, home, language):
    plan = search_plan(query, home, language)
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    promoted = promoted_pages(query, pages)
    matching = []
    if plan.words:
        # Articles first: they are what patients search for; by relevance alone, short general pages that
        # mention a treatment once outrank them.
        articles = pages.type(ArticlePage).specific().search(plan.backend_query)[:MAX_RESULTS]
        others = pages.not_type(ArticlePage).specific().search(plan.backend_query)[:MAX_RESULTS]
        # A page whose title holds the words asked for ("first visit", "call back") is what was meant.
        matching = sorted([*articles, *others], key=lambda page: -title_matches(page.title, plan.stems, language))
    ordered = list({page.pk: page for page in [*promoted, *matching]}.values())[:MAX_RESULTS]
    return Results(
        found=[(page.get_url(request), page.title, page.meta_description) for page in ordered],
        corrected_query=plan.corrected_query if matching else "",
    )


def title_matches(title, stems, language):
    return len(stems & {stem(word, language) for word in words_of(title)})


def promoted_pages(query, pages):
    """The pages editors pinned for these words (Promoted search results), in this language only."""
    wanted = {" ".join(query.casefold().split()), folded(" ".join(query.split()))}
    promotions = SearchPromotion.objects.filter(query__query_string__in=wanted, page__in=pages)
    return [promotion.page.specific for promotion in promotions.select_related("page").order_by("sort_order")]
