from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import BodyBlock

from .base import SitePage, plain_text

INTRO_FEATURES = ["bold", "italic", "link"]


class ArticleIndexPage(SitePage):
    """Lists the articles below it, newest first."""

    articles_per_page = 10

    intro = RichTextField(
        features=INTRO_FEATURES,
        blank=True,
        help_text="A short introduction shown above the list of articles.",
    )

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    search_fields = SitePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage"]

    class Meta:
        verbose_name = "article index page"

    @property
    def meta_description(self):
        return self.search_description or plain_text(self.intro)

    def get_articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .child_of(self)
            .select_related("hero_image")
            .order_by("-date_published", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_articles(), self.articles_per_page)
        # get_page() turns a missing, non-numeric or out-of-range ?page= into a real page.
        context["articles"] = paginator.get_page(request.GET.get("page"))
        return context


class ArticlePage(SitePage):
    """A health article: summary, body of blocks, FAQ and booking call to action."""

    summary = models.TextField(
        max_length=300,
        help_text="Two or three plain-language sentences saying what the article covers. "
        "Shown in article lists and to search engines.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional image shown at the top of the article and on its card.",
    )
    date_published = models.DateField(
        "publication date",
        default=timezone.localdate,
        help_text="The date shown on the article. Lists put the newest first.",
    )
    body = StreamField(BodyBlock(), help_text="The article itself, built from headings, text, FAQs and more.")

    content_panels = SitePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("date_published"),
        FieldPanel("body"),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date_published"),
    ]

    parent_page_types = ["pages.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "article"

    # Long articles get a contents list: from this many main (H2) sections.
    contents_from_sections = 3
    related_count = 3

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def get_sections(self):
        """(title, anchor) of each main section: H2 headings and FAQ headings, in body order."""
        sections = []
        for block in self.body:
            if block.block_type == "heading" and block.value["level"] == "h2":
                sections.append(block.value["text"])
            elif block.block_type == "faq":
                sections.append(block.value["heading"])
        return [(title, slugify(title)) for title in sections]

    def get_related_articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .select_related("hero_image")
            .order_by("-date_published", "-pk")[: self.related_count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = self.get_sections()
        context["contents"] = sections if len(sections) >= self.contents_from_sections else []
        context["related_articles"] = self.get_related_articles()
        return context
