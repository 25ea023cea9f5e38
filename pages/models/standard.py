from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale
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
    subpage_types = ["pages.StandardPage", "pages.NoticePage"]

    class Meta:
        verbose_name = "standard page"

    @property
    def meta_description(self):
        return self.search_description or self.introduction


class NoticePage(SitePage):
    """A notice the clinic must post, such as the Notice of Privacy Practices: its effective date and the
    signed document to download, with a plain-language summary in the body."""

    effective_date = models.DateField(default=timezone.localdate, help_text="The date the notice took effect.")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The full notice to download, e.g. a PDF. Upload a new one when the notice changes.",
    )

    introduction = models.TextField(max_length=400, blank=True, help_text="Optional opening sentence or two.")
    body = StreamField(BodyBlock(), blank=True, help_text="A plain-language summary of the notice.")

    content_panels = SitePage.content_panels + [
        MultiFieldPanel([FieldPanel("effective_date"), FieldPanel("document")], heading="The notice"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = StandardPage.search_fields

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []
    template = "pages/notice_page.html"

    class Meta:
        verbose_name = "notice page"

    @property
    def meta_description(self):
        return self.search_description or self.introduction

    @property
    def document_language(self):
        """The notice file's language: a translation offering the same file as the default language's page
        offers a file in that language (the demo's Spanish notice links the English document)."""
        default = Locale.get_default()
        if self.locale_id == default.pk or not self.document_id:
            return self.locale.language_code
        source = self.get_translation_or_none(default)
        same_file = source is not None and source.specific.document_id == self.document_id
        return default.language_code if same_file else self.locale.language_code
