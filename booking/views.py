from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from clinic.models import ClinicSettings
from pages.models import ContactPage

from .models import BookingClick

MAX_PAGE_ID = 2**31 - 1


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
