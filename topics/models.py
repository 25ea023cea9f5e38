from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from clinic.bilingual import Bilingual, in_language
from clinic.drafts import PublishedSnippet

SHOWS_ENGLISH = "Leave empty to show the English on Spanish pages."


class Topic(Bilingual, PublishedSnippet, index.Indexed, models.Model):
    """A condition or a treatment that articles are about, kept once for both languages.

    Edited under Clinic › Topics; once published, each has a page listing its articles.
    """

    class Kind(models.TextChoices):
        CONDITION = "condition", _("Condition")
        TREATMENT = "treatment", _("Treatment")

    # What search engines are told the topic is (schema.org): a condition, a medicine or another therapy.
    class SchemaType(models.TextChoices):
        MEDICAL_CONDITION = "MedicalCondition", "Medical condition"
        DRUG = "Drug", "Medicine (a drug and the form it is taken in)"
        MEDICAL_THERAPY = "MedicalTherapy", "Therapy or procedure"

    name = models.CharField(max_length=80, unique=True, help_text="As patients say it, e.g. Migraine.")
    name_es = models.CharField("name (Spanish)", max_length=80, blank=True, help_text=SHOWS_ENGLISH)
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="The last part of the topic page's address, e.g. migraine. Leave empty to make one from the name.",
    )
    slug_es = models.SlugField(
        "slug (Spanish)",
        max_length=80,
        blank=True,
        help_text="The Spanish page's address, e.g. migrana. Leave empty to make one from the Spanish name.",
    )
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.CONDITION,
        help_text="Where the A–Z page lists it: under conditions or under treatments.",
    )
    schema_type = models.CharField(
        "tells search engines it is",
        max_length=20,
        choices=SchemaType.choices,
        default=SchemaType.MEDICAL_CONDITION,
        help_text="A condition is what tagged articles are about; a medicine or therapy is what they mention.",
    )
    summary = models.TextField(
        max_length=400, blank=True, help_text="One or two plain sentences shown on the topic's page and card."
    )
    summary_es = models.TextField("summary (Spanish)", max_length=400, blank=True, help_text=SHOWS_ENGLISH)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("schema_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("name_es"), FieldPanel("slug_es"), FieldPanel("summary_es")],
            heading="In Spanish",
            help_text="What Spanish pages show; an empty field shows the English.",
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("name_es"), index.AutocompleteField("name")]
    translated_texts = ["name", "summary", "slug"]
    preview_template = "pages/topic_page.html"

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.name)
        self.slug_es = self.slug_es or (slugify(self.name_es) if self.name_es else "")
        super().save(*args, **kwargs)

    @property
    def page_title(self):
        return self.texts["name"]

    @property
    def is_condition(self):
        """What an article tagged with it is about (a condition), rather than what it mentions (a treatment)."""
        return self.schema_type == self.SchemaType.MEDICAL_CONDITION

    def slug_in(self, language):
        """The last part of the topic page's address in a language."""
        return in_language(self, "slug", language)

    def spanish_slug(self):
        return self.slug_es or (slugify(self.name_es) if self.name_es else "") or self.slug or slugify(self.name)

    def clean(self):
        super().clean()
        # Two topics at one Spanish address would show patients only the first.
        others = Topic.objects.exclude(pk=self.pk)
        if any(other.spanish_slug() == self.spanish_slug() for other in others):
            raise ValidationError({"slug_es": "Another topic's Spanish page already has this address."})
