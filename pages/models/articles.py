from typing import NamedTuple

from django import forms
from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, PageChooserPanel, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from clinic_site.content_cache import cached
from clinic_site.text import plain_text, split_list
from pages.blocks import BodyBlock, ReferenceBlock
from pages.sections import first_page_url, topic_url
from pages.structured_data import medical_web_page
from pages.widgets import CharacterCountTextarea

from .base import SitePage
from .listing import PaginatedListing

INTRO_FEATURES = ["bold", "italic", "link"]


class Reading(NamedTuple):
    """What leads on from an article: its published topics, and up to three articles to read next."""

    topics: list
    related: list


class ArticleIndexPage(PaginatedListing, SitePage):
    """Lists the articles below it, newest first."""

    items_per_page = 10
    listing_name = "articles"

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

    def child_pages_to_route(self):
        """Only articles live here: each found with its image and reviewer in one query."""
        return ArticlePage.objects.select_related("hero_image", "reviewed_by")

    def listing_items(self, request):
        return self.get_articles()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics_url"] = first_page_url(request, "pages", "TopicIndexPage")
        return context


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A callable default makes Django compare the date with a hidden initial value that the editor
        # never sends, so every save looked like a change and made a new revision (one a reviewer's
        # approval from the editor would then publish without the review).
        if "date_published" in self.fields:
            self.fields["date_published"].show_hidden_initial = False


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
        help_text="Optional image shown at the top of the article and on its card. Screen readers read "
        "the image's description, so describe what it shows when you upload it.",
    )
    hero_image_decorative = models.BooleanField(
        "the image is decorative",
        default=False,
        help_text="Tick if the picture adds nothing to the text: screen readers then skip it.",
    )
    date_published = models.DateField(
        "publication date",
        default=timezone.localdate,
        help_text="The date shown on the article. Lists put the newest first.",
    )
    body = StreamField(BodyBlock(), help_text="The article itself, built from headings, text, FAQs and more.")
    regulatory_notice = models.TextField(
        blank=True,
        max_length=600,
        help_text="Regulatory status of the treatment, shown near the top, e.g. that a use is off-label.",
    )
    show_urgent_help = models.BooleanField(
        default=True,
        help_text="Show the urgent-help box (its wording is in Settings › Clinic details).",
    )
    references = StreamField(
        [("reference", ReferenceBlock())],
        blank=True,
        help_text="Published sources for the article, listed under 'References' at the end.",
    )
    conditions_covered = models.TextField(
        blank=True,
        help_text="The conditions this article is about, one per line, e.g. Fibromyalgia. Tells search engines.",
    )
    topics = ParentalManyToManyField(
        "topics.Topic",
        blank=True,
        related_name="articles",
        help_text="The conditions and treatments this article is about. It is listed on each one's page, "
        "and related reading at the end of articles comes from articles sharing a topic.",
    )
    reviewed_by = models.ForeignKey(
        "people.Clinician",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_articles",
        help_text="The clinician who last checked this article's medical content.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text="Date of the last clinical review. Change it only when a clinician has checked the article; "
        "ordinary edits leave it as it is.",
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("summary", widget=CharacterCountTextarea),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_decorative")], heading="Image"),
        FieldPanel("regulatory_notice"),
        FieldPanel("body"),
        FieldPanel("show_urgent_help"),
        FieldPanel("references"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                InlinePanel(
                    "chosen_related",
                    heading="Related reading",
                    label="Article",
                    max_num=3,
                    help_text="Up to three articles to suggest at the end, in this order. Leave empty to suggest "
                    "the most recently reviewed articles sharing a topic.",
                ),
            ],
            heading="Topics and related reading",
        ),
    ]
    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("reviewed_by", permission="pages.record_medical_review"),
                FieldPanel("last_reviewed", permission="pages.record_medical_review"),
            ],
            heading="Medical review",
            help_text="Shown on the article as 'Medically reviewed by … on …'. Only medical reviewers change it.",
        ),
        FieldPanel("conditions_covered"),
    ]
    base_form_class = ArticlePageForm
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(review_panels, heading="Clinical review"),
            ObjectList(SitePage.promote_panels, heading="Promote"),
            ObjectList([FieldPanel("date_published"), *SitePage.settings_panels], heading="Settings"),
        ]
    )
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date_published"),
        index.FilterField("last_reviewed"),
    ]

    # Each language's version has its own clinical review, and goes live after it: translating neither
    # copies nor overwrites them.
    override_translatable_fields = [
        BaseTranslatableField("reviewed_by"),
        BaseTranslatableField("last_reviewed"),
        BaseTranslatableField("date_published"),
        # A translation is about the same conditions and treatments (wagtail-localize leaves many-to-many
        # fields out unless told).
        SynchronizedField("topics"),
    ]

    parent_page_types = ["pages.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "article"
        permissions = [("record_medical_review", "Can record a medical review of an article")]

    # Long articles get a contents list: from this many main (H2) sections.
    contents_from_sections = 3
    related_count = 3

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def hero_alt(self):
        """What screen readers say for the hero picture: its description, unless it is decorative."""
        if self.hero_image is None or self.hero_image_decorative:
            return ""
        return self.hero_image.description

    @property
    def condition_names(self):
        return split_list(self.conditions_covered)

    def open_graph_type(self):
        return "article"

    def structured_data(self, request, site_url):
        return [medical_web_page(request, self, site_url), *super().structured_data(request, site_url)]

    def get_sections(self):
        """(title, anchor) of each main section: H2 headings and FAQ headings, in body order. Each block
        says its own anchor, the id its template gives the heading."""
        sections = []
        for child in self.body:
            if child.block_type == "heading" and child.value["level"] == "h2":
                sections.append((child.value["text"], child.block.anchor(child.value, child.id)))
            elif child.block_type == "faq":
                sections.append((child.value["heading"], child.block.anchor(child.value, child.id)))
        return sections

    def reading(self, request):
        """The article's published topics and its related reading, kept with the content (both change only
        when something is published); a preview works them out afresh, with the draft's topics."""
        if getattr(request, "is_preview", False):
            return self.load_reading()
        return cached(f"article-reading:{self.pk}", self.load_reading)

    def load_reading(self):
        topics = [topic for topic in self.topics.all() if topic.live]
        return Reading(topics=topics, related=self.related_articles(topics))

    def related_articles(self, topics):
        """Up to three live articles in this article's language to read next: the editor's choice when there
        is one, else those sharing a topic (most recently reviewed first), else those beside it."""
        return self.chosen_or_sharing_articles(topics) or self.sibling_articles()

    def related_candidates(self):
        return (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .select_related("hero_image")
        )

    def chosen_or_sharing_articles(self, topics):
        """The chosen articles' versions in this article's language in the editor's order or, when none of
        them is live, those sharing one of `topics`: one query for both. A translation keeps the source's
        choice, which names the source's articles: each is found through its translation key. The choice is
        read from the published page's rows (a preview shows the published choice)."""
        choice = ArticlePageRelatedArticle.objects.filter(
            page_id=self.pk, article__translation_key=OuterRef("translation_key")
        )
        sharing = ArticlePage.topics.through.objects.filter(topic__in=[topic.pk for topic in topics])
        found = list(
            self.related_candidates()
            .annotate(
                chosen=Exists(choice),
                chosen_order=Subquery(choice.order_by("sort_order").values("sort_order")[:1]),
            )
            .filter(Q(chosen=True) | Q(pk__in=sharing.values("articlepage")))
            .order_by(
                "-chosen",
                F("chosen_order").asc(nulls_last=True),
                F("last_reviewed").desc(nulls_last=True),
                "-date_published",
                "-pk",
            )[: self.related_count]
        )
        chosen = [article for article in found if article.chosen]
        return chosen or found

    def sibling_articles(self):
        return list(
            self.related_candidates()
            .sibling_of(self, inclusive=False)
            .order_by("-date_published", "-pk")[: self.related_count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = self.get_sections()
        context["contents"] = sections if len(sections) >= self.contents_from_sections else []
        reading = self.reading(request)
        context["related_articles"] = reading.related
        links = ((topic.texts["name"], topic_url(request, topic)) for topic in reading.topics)
        context["topic_links"] = [(name, href) for name, href in links if href]
        # Apps built on pages add what they show beside an article (patient stories) without pages knowing them.
        for extend in hooks.get_hooks("construct_article_context"):
            extend(self, request, context)
        return context


class ArticlePageRelatedArticle(Orderable):
    """An article an editor chose to suggest at the end of another."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="chosen_related")
    article = models.ForeignKey(
        ArticlePage,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article to suggest. Spanish pages show its Spanish version, or nothing until there is one.",
    )

    panels = [PageChooserPanel("article")]
