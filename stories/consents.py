"""A patient's written authorisation to show their story: kept apart from the story, seen by Clinic managers only.

Health information used in marketing needs the patient's signed authorisation, with an expiry and a right to
revoke it (HIPAA, 45 CFR 164.508(a)(3)). The record says what the patient allowed; the story may show no
more than that, and only while the record is current.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .widgets import SignedFormInput

SIGNED_FORM_TYPES = ["pdf", "jpg", "jpeg", "png"]


def private_storage():
    # Never served by the web server or to editors: only through the managers' download view.
    return storages["private"]


class Naming(models.TextChoices):
    """How a patient is named beside their words, from the most to the least that identifies them."""

    FULL_NAME = "full", "Full name"
    FIRST_NAME = "first", "First name only"
    INITIALS = "initials", "Initials only"
    ANONYMOUS = "anonymous", "Not named (anonymous)"


# The higher, the more the name tells: a story may name its patient no more than the consent allows.
NAMING_ORDER = {Naming.ANONYMOUS: 0, Naming.INITIALS: 1, Naming.FIRST_NAME: 2, Naming.FULL_NAME: 3}


class ConsentRecordQuerySet(models.QuerySet):
    def current(self, day=None):
        day = day or timezone.localdate()
        not_revoked = models.Q(revoked_on__isnull=True) | models.Q(revoked_on__gt=day)
        return self.filter(not_revoked, allows_website=True, date_signed__lte=day, expires_on__gt=day)


class ConsentRecord(models.Model):
    label = models.CharField(
        max_length=80,
        unique=True,
        help_text="How staff tell this consent apart, without the patient's name, e.g. 'Migraine story, May 2026'. "
        "Editors see this label (and whether the consent is current) when they link a story to it.",
    )
    date_signed = models.DateField(help_text="The date on the patient's signed form.")
    expires_on = models.DateField(
        help_text="The expiry date on the form. The story leaves the site on this day; managers are warned 30 days "
        "before."
    )
    allows_website = models.BooleanField(
        "allows use on the website",
        default=False,
        help_text="Tick only if the signed form allows the story to be shown on the clinic's website.",
    )
    allows_naming = models.CharField(
        "name as the patient allows it to be shown",
        max_length=10,
        choices=Naming.choices,
        default=Naming.ANONYMOUS,
        help_text="The most the form allows: a story may name the patient this way or less.",
    )
    allows_photo = models.BooleanField(
        "allows a photo", default=False, help_text="Tick only if the form allows a photo of the patient."
    )
    allows_english = models.BooleanField("allows English", default=True, help_text="The story may be shown in English.")
    allows_spanish = models.BooleanField(
        "allows Spanish", default=False, help_text="The story may be shown in Spanish."
    )
    signed_form = models.FileField(
        storage=private_storage,
        upload_to="consents/",
        validators=[FileExtensionValidator(SIGNED_FORM_TYPES)],
        help_text="A scan or PDF of the signed form (pdf, jpg or png). Kept privately: only Clinic managers can "
        "download it.",
    )
    revoked_on = models.DateField(
        null=True,
        blank=True,
        help_text="The date the patient withdrew their consent. Saving a date of today or earlier takes the story "
        "off every page at once.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    # The day managers were warned that it expires soon (expire_story_consents), so they are warned once.
    expiry_warned_on = models.DateField(null=True, blank=True, editable=False)

    objects = ConsentRecordQuerySet.as_manager()

    panels = [
        FieldPanel("label"),
        MultiFieldPanel(
            [FieldPanel("date_signed"), FieldPanel("expires_on"), FieldPanel("revoked_on")], heading="Dates"
        ),
        MultiFieldPanel(
            [
                FieldPanel("allows_website"),
                FieldPanel("allows_naming"),
                FieldPanel("allows_photo"),
                FieldPanel("allows_english"),
                FieldPanel("allows_spanish"),
            ],
            heading="What the patient allows",
        ),
        FieldPanel("signed_form", widget=SignedFormInput),
    ]

    class Meta:
        verbose_name = "consent record"
        ordering = ["-date_signed", "-pk"]

    def __str__(self):
        return self.label

    def clean(self):
        if self.date_signed and self.expires_on and self.expires_on <= self.date_signed:
            raise ValidationError({"expires_on": "The expiry date must come after the date signed."})
        if self.date_signed and self.revoked_on and self.revoked_on < self.date_signed:
            raise ValidationError({"revoked_on": "A consent cannot be revoked before it was signed."})

    def is_current(self, day=None):
        day = day or timezone.localdate()
        revoked = self.revoked_on is not None and self.revoked_on <= day
        return self.allows_website and self.date_signed <= day < self.expires_on and not revoked

    def allows_language(self, language_code):
        return {"en": self.allows_english, "es": self.allows_spanish}.get(language_code, False)

    def ends_at(self):
        """The moment the story must be gone: the start of the expiry (or revocation) day, in the clinic's time."""
        day = min(filter(None, [self.expires_on, self.revoked_on]))
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    def refusals(self, language_code, naming, has_photo, day=None):
        """Why a story in this language, named this way, with or without a photo may not be shown now."""
        reasons = []
        if not self.is_current(day):
            reasons.append(
                f"Its consent record '{self.label}' is not current (expired, revoked or not for the website)."
            )
        if not self.allows_language(language_code):
            reasons.append(f"Its consent record '{self.label}' does not allow this language.")
        if NAMING_ORDER[naming] > NAMING_ORDER[self.allows_naming]:
            reasons.append(f"It names the patient more fully than the consent record '{self.label}' allows.")
        if has_photo and not self.allows_photo:
            reasons.append(f"It shows a photo, which the consent record '{self.label}' does not allow.")
        return reasons
