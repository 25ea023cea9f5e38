from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from clinic.locations import all_locations

from .base import SitePage


class ContactPage(SitePage):
    """How to reach the clinic. The details themselves come from the clinic settings."""

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text="Optional welcome text. The phone number comes from Settings › Clinic details; addresses "
        "and hours from Clinic › Locations.",
    )
    directions = models.TextField(
        max_length=600,
        blank=True,
        help_text="Optional tips for finding the clinic, e.g. public transport. Each location has its own "
        "parking and step-free access notes.",
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

    def locations_open_now(self, request):
        return all_locations()
