from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Clinician(index.Indexed, models.Model):
    """A clinician who can medically review health articles. Edited under Snippets › Clinicians."""

    name = models.CharField(max_length=120, help_text="Full name as patients should see it, e.g. Dr. Maria Lopez.")
    credentials = models.CharField(
        max_length=60, blank=True, help_text="Qualifications shown after the name, e.g. MD or DO, FASA."
    )
    role = models.CharField(max_length=120, blank=True, help_text="Job title, e.g. Medical Director.")
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional head-and-shoulders photo.",
    )
    bio = models.TextField(blank=True, max_length=800, help_text="A few sentences about training and experience.")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clinician",
        help_text="The clinician's admin account, if any: their approvals can then record them as reviewer.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("credentials"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name_with_credentials

    @property
    def name_with_credentials(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name
