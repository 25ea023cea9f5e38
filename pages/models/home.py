from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.blocks import ConditionBlock
from pages.sections import first_page_url

from .base import SitePage
from .contact import ContactPage


class HomePage(SitePage):
    """The front page of one clinic's site."""

    hero_heading = models.CharField(
        max_length=120, help_text="The main message at the top of the home page, in a few words."
    )
    hero_intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences below the heading: who the clinic helps and how.",
    )
    conditions = StreamField(
        [("condition", ConditionBlock())],
        blank=True,
        help_text="The conditions the clinic helps with, listed on the home page.",
    )
    featured_heading = models.CharField(
        max_length=80, default="Read about your options", help_text="Heading above the featured articles."
    )
    conditions_heading = models.CharField(
        max_length=80, default="Conditions we help with", help_text="Heading above the list of conditions."
    )

    content_panels = SitePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_intro")], heading="Welcome"),
        MultiFieldPanel(
            [
                FieldPanel("featured_heading"),
                InlinePanel("featured_articles", heading="Featured articles", label="Article", max_num=6),
            ],
            heading="Featured articles",
        ),
        MultiFieldPanel([FieldPanel("conditions_heading"), FieldPanel("conditions")], heading="Conditions"),
    ]
    search_fields = SitePage.search_fields + [index.SearchField("hero_heading"), index.SearchField("hero_intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ArticleIndexPage",
        "pages.StandardPage",
        "pages.NoticePage",
        "pages.ContactPage",
        "pages.LocationIndexPage",
        "pages.TeamIndexPage",
        "pages.TopicIndexPage",
        "booking.CallBackPage",
        "stories.StoryIndexPage",
    ]

    class Meta:
        verbose_name = "home page"

    @property
    def meta_description(self):
        return self.search_description or self.hero_intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.featured_articles.select_related("article__hero_image").filter(article__live=True)
        context["featured_articles"] = [row.article for row in featured]
        context["contact_page"] = ContactPage.objects.live().child_of(self).first()
        context["topics_url"] = first_page_url(request, "pages", "TopicIndexPage")
        return context


class HomePageFeaturedArticle(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    article = models.ForeignKey(
        "pages.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article to show on the home page.",
    )

    panels = [PageChooserPanel("article")]
