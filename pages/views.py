import re
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, BookingClick, ClinicSettings, ContactPage
from pages.models.clinic_settings import CONTACT_CARD_CACHE_KEY
from pages.structured_data import absolute_url

MAX_PAGE_ID = 2**31 - 1
MAX_QUERY_LENGTH = 100
RESULTS_PER_PAGE = 10
# Patients search with words; other characters (quotes, control characters) can upset a search backend.
NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s'-]")


def source_page_from(value, site):
    """The live page of this site named by ?from=, or None for anything else."""
    if not value or not (value.isascii() and value.isdigit()) or int(value) > MAX_PAGE_ID or site is None:
        return None
    return Page.objects.live().descendant_of(site.root_page, inclusive=True).filter(pk=int(value)).first()


@never_cache
@require_safe
def book(request):
    """Send the patient to the clinic's booking system, counting the click.

    The destination only ever comes from the clinic settings, never from the request.
    """
    site = Site.find_for_request(request)
    clinic = ClinicSettings.for_visitor(request)
    if clinic.booking_url:
        if request.method == "GET":
            BookingClick.record(source_page_from(request.GET.get("from"), site))
        response = redirect(clinic.booking_url)
    else:
        response = redirect(fallback_url(site))
    response["X-Robots-Tag"] = "noindex"
    return response


def fallback_url(site):
    """Without a booking link, the contact page (or the home page) tells patients how to book."""
    if site is None:
        return "/"
    contact = ContactPage.objects.live().descendant_of(site.root_page).first()
    return contact.url if contact else site.root_page.url


@require_safe
def search(request):
    """Search the site's live, public pages."""
    query = " ".join(NOT_A_WORD_CHARACTER.sub(" ", request.GET.get("q", "")).split())[:MAX_QUERY_LENGTH]
    site = Site.find_for_request(request)
    results = None
    if query and site is not None:
        pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
        results = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
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


def server_error(request):
    """The 500 page: no database access, so it renders even when the database is down."""
    try:
        clinic = cache.get(CONTACT_CARD_CACHE_KEY)
    except Exception:  # noqa: BLE001 - the cache may be down too; the page still renders.
        clinic = None
    return HttpResponseServerError(loader.get_template("500.html").render({"clinic": clinic}))


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
