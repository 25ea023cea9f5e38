from django.db import models
from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone, translation
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Site

from clinic.models import ClinicSettings
from clinic.navigation import live_version
from clinic_site.content_cache import cached
from clinic_site.daily_counts import add_to_daily_count
from pages.models.base import SitePage

from .call_back_requests import CallBackRequest  # noqa: F401 - Django finds the app's models here
from .forms import CallBackForm


class DailyPageCount(models.Model):
    """A number per day and per page (the page's `source_page`; None: unknown), added to from any number
    of requests at once. Aggregate counts only: nothing about the visitor (no IP, cookie or user agent)."""

    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.day}: {self.count}"

    @classmethod
    def record(cls, source_page, day=None, count=1):
        """`count` more on `day` (today) for this page (None: unknown)."""
        add_to_daily_count(cls, "count", count, day=day or timezone.localdate(), source_page=source_page)


class BookingClick(DailyPageCount):
    """How many times the booking button was used, per day and per page."""

    source_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the button was on; empty when unknown.",
    )

    class Meta:
        verbose_name = "booking click-through"
        constraints = [
            models.UniqueConstraint(fields=["day", "source_page"], name="one_booking_count_per_day_and_page"),
            # Databases let any number of rows share an empty page (NULLs are distinct): one row a day here too.
            models.UniqueConstraint(
                fields=["day"], condition=Q(source_page__isnull=True), name="one_unknown_page_booking_count_per_day"
            ),
        ]


class CallBackSource(DailyPageCount):
    """How many call-back requests were sent on a day from a form opened from each page (the booking box's
    link carries the page, like the booking button's). The request itself never names the page."""

    source_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the form was opened from; empty when unknown.",
    )

    class Meta:
        verbose_name = "call-back requests from a page"
        constraints = [
            models.UniqueConstraint(fields=["day", "source_page"], name="one_call_back_count_per_day_and_page"),
            models.UniqueConstraint(
                fields=["day"], condition=Q(source_page__isnull=True), name="one_unknown_page_call_back_count_per_day"
            ),
        ]


class CallBackPage(RoutablePageMixin, SitePage):
    """The "Ask us to call you back" form, for patients who cannot book online or want to ask first.

    The form page sets no cookie and is never cached (it holds a fresh start time for the spam check);
    the form posts to `booking.views.send_call_back_request`. The confirmation is at `thanks/` (in Spanish,
    `gracias/`).
    """

    introduction = models.TextField(
        max_length=400, blank=True, help_text="Optional sentence above the form, e.g. who will call and when."
    )
    confirmation_text = models.TextField(
        max_length=400,
        help_text="Shown once the request is sent: when to expect the call, e.g. 'We call back within one "
        "working day, during opening hours.'",
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction"), FieldPanel("confirmation_text")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "call-back request page"

    @property
    def meta_description(self):
        return self.search_description or self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["privacy_url"] = privacy_url(request)
        return context

    @path("")
    def form_page(self, request):
        return form_response(self.render(request, context_overrides={"form": CallBackForm(request=request)}))

    @path(pgettext_lazy("address", "thanks/"))
    def thanks(self, request):
        return self.render(request, template="booking/call_back_thanks.html")

    # The Spanish confirmation was once at thanks/ too. (In English the route above answers first.)
    @path("thanks/", name="thanks_in_english")
    def thanks_in_english(self, request):
        return HttpResponsePermanentRedirect(self.thanks_url())

    def thanks_url(self):
        """The confirmation's address, in the words of the page's language."""
        with translation.override(self.locale.language_code):
            return self.url + self.reverse_subpage("thanks")


def form_response(response):
    """The form is never stored by a cache: it carries its own start time, and may hold what a patient typed."""
    response["Cache-Control"] = "private, no-store"
    return response


def privacy_url(request):
    """The privacy notice in the page's language, for the consent box."""
    site = Site.find_for_request(request)
    language = translation.get_language()

    def load():
        page = live_version(ClinicSettings.for_request(request).privacy_page, language)
        return page.get_url(request) if page is not None else ""

    return cached(f"privacy-url:{site.pk}:{language}", load) if site else ""
