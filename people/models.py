from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from clinic.bilingual import Bilingual
from clinic.drafts import PublishedSnippet
from clinic_site.text import split_list

# Prose shown on a clinician's profile, with a Spanish field beside each (`bio` and `bio_es`).
TRANSLATED_TEXTS = ["role", "bio", "specialties", "languages", "education", "board_certification"]
ONE_PER_LINE = "One per line."
SHOWS_ENGLISH = "Leave empty to show the English on Spanish pages."

# Inside a Spanish sentence a title takes its article: "Revisado por el Dr. …", "por la Dra. …".
TITLE_ARTICLES = {"es": [("Dr. ", "el"), ("Dra. ", "la")]}


class Clinician(Bilingual, PublishedSnippet, index.Indexed, ClusterableModel):
    """A clinician patients may meet, and who may medically review health articles.

    Edited under Clinic › Clinicians; once published, each has a profile on the site's "Our team" page.
    """

    name = models.CharField(max_length=120, help_text="Full name as patients should see it, e.g. Dr. Maria Lopez.")
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="The last part of the profile's web address, e.g. maria-lopez. "
        "Leave empty to make one from the name.",
    )
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
    photo_alt = models.CharField(
        "photo description",
        max_length=160,
        blank=True,
        help_text="What the photo shows, for patients who cannot see it, e.g. 'Dr. Lopez in a white coat, smiling'.",
    )
    bio = models.TextField(blank=True, max_length=800, help_text="A few sentences about training and experience.")
    specialties = models.TextField(blank=True, max_length=400, help_text=f"e.g. Pain medicine. {ONE_PER_LINE}")
    languages = models.CharField(
        "languages spoken", max_length=120, blank=True, help_text="Comma-separated, e.g. English, Spanish."
    )
    education = models.TextField(
        blank=True, max_length=400, help_text=f"Degrees and training, e.g. MD, University of Arizona. {ONE_PER_LINE}"
    )
    board_certification = models.TextField(
        blank=True,
        max_length=400,
        help_text=f"e.g. Anesthesiology, American Board of Anesthesiology. {ONE_PER_LINE}",
    )
    # Parental, so that a draft keeps its own choice of locations until it is published.
    locations = ParentalManyToManyField(
        "clinic.Location", blank=True, related_name="clinicians", help_text="Where patients can see this clinician."
    )
    show_profile = models.BooleanField(
        "show a profile on the site",
        default=True,
        help_text="Untick for a reviewer who does not see patients: their name is then shown without a link.",
    )
    role_es = models.CharField(
        "role (Spanish)", max_length=120, blank=True, help_text=f"e.g. Directora médica. {SHOWS_ENGLISH}"
    )
    bio_es = models.TextField("bio (Spanish)", blank=True, max_length=800, help_text=SHOWS_ENGLISH)
    specialties_es = models.TextField(
        "specialties (Spanish)", blank=True, max_length=400, help_text=f"{ONE_PER_LINE} {SHOWS_ENGLISH}"
    )
    languages_es = models.CharField(
        "languages spoken (Spanish)", max_length=120, blank=True, help_text=f"e.g. inglés, español. {SHOWS_ENGLISH}"
    )
    education_es = models.TextField(
        "education (Spanish)", blank=True, max_length=400, help_text=f"{ONE_PER_LINE} {SHOWS_ENGLISH}"
    )
    board_certification_es = models.TextField(
        "board certification (Spanish)", blank=True, max_length=400, help_text=f"{ONE_PER_LINE} {SHOWS_ENGLISH}"
    )
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
        FieldPanel("slug"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading="Photo"),
        FieldPanel("bio"),
        FieldPanel("specialties"),
        FieldPanel("languages"),
        FieldPanel("education"),
        FieldPanel("board_certification"),
        FieldPanel("locations"),
        FieldPanel("show_profile"),
        MultiFieldPanel(
            [FieldPanel(f"{name}_es") for name in TRANSLATED_TEXTS],
            heading="In Spanish",
            help_text="What the Spanish profile shows; an empty field shows the English.",
        ),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("credentials"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
    ]
    translated_texts = TRANSLATED_TEXTS
    preview_template = "pages/clinician_page.html"

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name_with_credentials

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unused_slug(self.name, exclude=self.pk)
        super().save(*args, **kwargs)

    def clean(self):
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for patients who use a screen reader."})

    @property
    def name_with_credentials(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def title_article(self):
        """The article a sentence puts before the name in the page's language: "el" for "Dr. …" in Spanish."""
        for title, article in TITLE_ARTICLES.get(translation.get_language(), []):
            if self.name.startswith(title):
                return article
        return ""

    @property
    def has_profile(self):
        """Whether the site shows this clinician's profile: published, and not a reviewer only."""
        return self.show_profile and self.live

    def lines(self, name):
        return split_list(self.texts[name], "\n")

    @property
    def specialty_list(self):
        return self.lines("specialties")

    @property
    def education_list(self):
        return self.lines("education")

    @property
    def certification_list(self):
        return self.lines("board_certification")


def unused_slug(name, exclude=None):
    """A slug from the name ("Dr. Maria Lopez" → "maria-lopez"), numbered if another clinician has it."""
    base = slugify(name.removeprefix("Dr. ").removeprefix("Dr ")) or "clinician"
    slug, number = base[:76], 2
    while Clinician.objects.filter(slug=slug).exclude(pk=exclude).exists():
        slug, number = f"{base[:76]}-{number}", number + 1
    return slug
