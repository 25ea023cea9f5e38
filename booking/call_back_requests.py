"""A patient's request to be called back, in its own module so that the form can import it without
importing the page that shows the form."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
    # Unique, so that the form's start token sends one request, whichever process receives it.
    form_token = models.CharField(max_length=32, unique=True, null=True, editable=False)  # noqa: DJ001 - NULL for older requests, as unique forbids two ""
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
