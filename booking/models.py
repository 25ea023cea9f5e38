from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Site

from clinic.models import ClinicSettings
from clinic.navigation import live_version
from clinic_site.content_cache import cached
from pages.models.base import SitePage


class BookingClick(models.Model):
    """How many times the booking button was used, per day and per page.

    Aggregate counts only: nothing about the visitor (no IP, cookie or user agent) is stored.
    """

    day = models.DateField()
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the button was on; empty when unknown.",
    )
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "booking click-through"
        constraints = [
            models.UniqueConstraint(fields=["day", "source_page"], name="one_booking_count_per_day_and_page"),
            # Databases let any number of rows share an empty page (NULLs are distinct): one row a day here too.
            models.UniqueConstraint(
                fields=["day"], condition=Q(source_page__isnull=True), name="one_unknown_page_booking_count_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.day}: {self.count}"

    @classmethod
    def record(cls, source_page, day=None, clicks=1):
        """`clicks` more on `day` (today) from this page (None: unknown), added in the database so that
        simultaneous clicks are all counted. The day's first clicks race to insert the row; the
        constraints let one win, and the others add theirs to it."""
        day = day or timezone.localdate()
        rows = cls.objects.filter(day=day, source_page=source_page)
        if rows.update(count=F("count") + clicks):
            return
        try:
            with transaction.atomic():
                cls.objects.create(day=day, source_page=source_page, count=clicks)
        except IntegrityError:
            rows.update(count=F("count") + clicks)


class CallBackRequest(models.Model):
    """A patient's request to be called back. Health information: seen only by Clinic managers, never
    emailed, logged or cached, and deleted on schedule once closed (purge_call_back_requests)."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        BOOKED = "booked", "Booked"
        CLOSED = "closed", "Closed"

    class Reason(models.TextChoices):
        QUESTION = "question", _("I have a question")
        CONSULTATION = "consultation", _("I want to book a consultation")
        APPOINTMENT = "appointment", _("It is about an appointment I already have")
        OTHER = "other", _("Something else")

    class PreferredTime(models.TextChoices):
        ANY = "any", _("Any time")
        MORNING = "morning", _("Morning")
        AFTERNOON = "afternoon", _("Afternoon")

    name = models.CharField(max_length=100, help_text="As the patient gave it.")
    phone = models.CharField(max_length=30, blank=True, help_text="As the patient gave it.")
    email = models.EmailField(max_length=254, blank=True, help_text="As the patient gave it.")
    preferred_time = models.CharField(
        max_length=10, choices=PreferredTime.choices, default=PreferredTime.ANY, help_text="When to call."
    )
    reason = models.CharField(max_length=20, choices=Reason.choices, help_text="Why the patient asked.")
    location = models.ForeignKey(
        "clinic.Location",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The location the patient prefers, when the clinic has several.",
    )
    language = models.CharField(max_length=8, help_text="The language of the page the patient used.")
    consent_given_at = models.DateTimeField(help_text="When the patient ticked the consent box.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text="Where this request is up to.",
    )
    status_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "call-back request"

    def __str__(self):
        # Never the patient's details: this is what admin messages and log entries show.
        return f"Call-back request {self.pk}"


class CallBackPage(RoutablePageMixin, SitePage):
    """The "Ask us to call you back" form, for patients who cannot book online or want to ask first.

    The form page sets no cookie and is never cached (it holds a fresh start time for the spam check);
    the form posts to `booking.views.send_call_back_request`. The confirmation is at `thanks/`.
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
        from .forms import CallBackForm  # here, as the form module imports this one

        return form_response(self.render(request, context_overrides={"form": CallBackForm(request=request)}))

    @path("thanks/")
    def thanks(self, request):
        return self.render(request, template="booking/call_back_thanks.html")


def form_response(response):
    """The form is never stored by a cache: it carries its own start time, and may hold what a patient typed."""
    response["Cache-Control"] = "private, no-store"
    return response


def privacy_url(request):
    """The privacy notice in the page's language, for the consent box."""
    site = Site.find_for_request(request)
    language = translation.get_language()

    def load():
        page = live_version(ClinicSettings.for_visitor(request).privacy_page, language)
        return page.get_url(request) if page is not None else ""

    return cached(f"privacy-url:{site.pk}:{language}", load) if site else ""
