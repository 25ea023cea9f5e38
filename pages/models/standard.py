from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock

from .base import SitePage


class StandardPage(SitePage):
    """A general page such as About us or the privacy notice."""

    introduction = models.TextField(
        max_length=400, blank=True, help_text="Optional opening sentence or two, shown in larger text."
    )
    body = StreamField(BodyBlock(), help_text="The page's content.")

    content_panels = SitePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = SitePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = "standard page"

    @property
    def meta_description(self):
        return self.search_description or self.introduction
