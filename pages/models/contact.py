from urllib.parse import urlencode

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from clinic.models import ClinicSettings

from .base import SitePage

MAP_SEARCH_URL = "https://www.google.com/maps/search/?"


class ContactPage(SitePage):
    """How to reach the clinic. The details themselves come from the clinic settings."""

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text="Optional welcome text. Phone, address and hours come from Settings › Clinic details.",
    )
    directions = models.TextField(
        max_length=600,
        blank=True,
        help_text="Optional tips for finding the clinic: parking, entrance, public transport.",
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction"), FieldPanel("directions")]
    search_fields = SitePage.search_fields + [index.SearchField("introduction"), index.SearchField("directions")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "contact page"

    @property
    def meta_description(self):
        return self.search_description or self.introduction

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        clinic = ClinicSettings.for_visitor(request)
        if clinic.address_lines:
            # A plain link to a map search: nothing loads from the map site until a patient taps it.
            query = ", ".join([clinic.clinic_name, *clinic.address_lines])
            context["directions_url"] = MAP_SEARCH_URL + urlencode({"api": "1", "query": query})
        return context
