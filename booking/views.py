import logging

from django.core.cache import cache
from django.db import DatabaseError
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Site

from clinic.models import ClinicSettings
from clinic_site.views import CONTACT_CARD_CACHE_KEY
from clinic_site.visitors import is_person_visit
from pages.models import ContactPage

from .models import BookingClick
from .source_pages import source_page_from

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def book(request):
    """Send the patient to the clinic's booking system, counting the click if a person made it.

    The destination only ever comes from the clinic settings, never from the request. Counting
    never stands in the way: while the database is down, the booking system may well be up.
    """
    try:
        site = Site.find_for_request(request)
        booking_url = ClinicSettings.for_request(request).booking_url
    except DatabaseError:
        booking_url = (cache.get(CONTACT_CARD_CACHE_KEY) or {}).get("booking_url")
        if not booking_url:
            raise  # the error page, with the clinic's phone number
        return without_indexing(redirect(booking_url))
    if not booking_url:
        return without_indexing(redirect(fallback_url(site)))
    if is_person_visit(request.META):  # programs (crawlers, scanners, link previews) are sent on, uncounted
        count_click(request, site)
    return without_indexing(redirect(booking_url))


def count_click(request, site):
    try:
        BookingClick.record(source_page_from(request.GET.get("from"), site))
    except DatabaseError as error:
        logger.warning("A booking click could not be counted: %s", error.__class__.__name__)


def without_indexing(response):
    response["X-Robots-Tag"] = "noindex"
    return response


def fallback_url(site):
    """Without a booking link, the contact page (or the home page) tells patients how to book."""
    if site is None:
        return "/"
    contact = ContactPage.objects.live().descendant_of(site.root_page).first()
    return contact.url if contact else site.root_page.url
