"""Patient stories as pages, so that they go through the medical review workflow like articles and are
translated with wagtail-localize. A story is shown only while its consent record is current, and always
with "Individual results vary" and what the patient received from the clinic, if anything (16 CFR 255)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils.translation import gettext
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField

from clinic_site.text import plain_text
from pages.models.base import SitePage

from .consents import ConsentRecord, Naming

QUOTE_FEATURES = ["bold", "italic"]
QUOTE_MAX_CHARACTERS = 1200
# The admin's actions that put a story live, or ask for it to be: the editor's form refuses them with the
# reasons next to the fields. Saving a draft is always allowed.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class StoryNotPublishable(PermissionDenied):
    """Raised by any path that would put a story live against its consent or without the disclosure answer."""


class MaterialConnection(models.TextChoices):
    NOTHING = "nothing", "Nothing: the patient received no discount, payment or free service for this story"
    RECEIVED = "received", "Something: describe it below, and it is shown next to the story"


class ConsentChoiceField(forms.ModelChoiceField):
    """Editors see a consent record's label and whether it is current: none of what the patient signed."""

    def label_from_instance(self, record):
        return f"{record.label} ({'current' if record.is_current() else 'not current'})"


class StoryPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "consent" in self.fields:
            field = self.fields["consent"]
            self.fields["consent"] = ConsentChoiceField(
                ConsentRecord.objects.all(), required=False, label=field.label, help_text=field.help_text
            )
            self.fields["consent"].initial = field.initial

    def asks_to_publish(self):
        if any(self.data.get(action) for action in PUBLISHING_ACTIONS):
            return True
        return bool(self.data.get("action-workflow-action")) and self.data.get("workflow-action-name") != "reject"

    def clean(self):
        cleaned_data = super().clean()
        if not self.asks_to_publish():
            return cleaned_data
        if not cleaned_data.get("received_anything"):
            self.add_error(
                "received_anything", "Say whether the patient received anything from the clinic before publishing."
            )
        elif cleaned_data["received_anything"] == MaterialConnection.RECEIVED and not cleaned_data.get("what_received"):
            self.add_error("what_received", "Say what the patient received: it is shown next to the story.")
        consent = cleaned_data.get("consent")
        if consent is None:
            self.add_error("consent", "A story is published only with a current consent record: choose one.")
        else:
            language = self.instance.locale.language_code if self.instance.locale_id else "en"
            naming, photo = cleaned_data.get("named_as") or Naming.ANONYMOUS, cleaned_data.get("photo") is not None
            for reason in consent.refusals(language, naming, photo):
                self.add_error("consent", reason)
        return cleaned_data


class StoryIndexPage(SitePage):
    """The stories page: every story in its language whose consent is current."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A short introduction above the stories, e.g. why patients share them.",
    )

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "patient stories page"

    @property
    def meta_description(self):
        return self.search_description or plain_text(self.intro)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = list(StoryPage.objects.shown().child_of(self))
        context["content_ends_at"] = consents_end(context["stories"])
        return context


def restrictions_above(path):
    """View restrictions on the page at `path` or above it: Wagtail's `public()` in the same query, rather than
    one more (a page beside an article keeps within its query budget)."""
    return PageViewRestriction.objects.filter(page__path=Substr(path, 1, Length("page__path")))


class StoryQuerySet(PageQuerySet):
    def shown(self, day=None):
        """Live public stories whose consent is current and allows the story's language, for the page."""
        allowed_language = models.Q(locale__language_code="en", consent__allows_english=True) | models.Q(
            locale__language_code="es", consent__allows_spanish=True
        )
        return (
            self.live()
            .exclude(Exists(restrictions_above(OuterRef("path"))))
            .filter(allowed_language, consent__in=ConsentRecord.objects.current(day))
            .exclude(received_anything="")
            .select_related("consent", "photo", "locale")
            .order_by("-first_published_at", "-pk")
        )


class StoryPage(SitePage):
    """A patient's own words about their care, as they approved them."""

    patient_name = models.CharField(
        max_length=80,
        help_text="The patient's name as on the consent form. Shown only as 'How the patient is named' says.",
    )
    named_as = models.CharField(
        "how the patient is named",
        max_length=10,
        choices=Naming.choices,
        default=Naming.ANONYMOUS,
        help_text="Full name, first name, initials or not named: no more than the consent record allows.",
    )
    quote = RichTextField(
        "the patient's words",
        features=QUOTE_FEATURES,
        max_length=QUOTE_MAX_CHARACTERS,
        help_text="Exactly the words the patient approved, a few sentences. Do not edit them without asking the "
        "patient again. The claims check reads them.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional photo of the patient, only if the consent record allows one.",
    )
    photo_description = models.CharField(
        max_length=200,
        blank=True,
        help_text="What the photo shows, for people who cannot see it, e.g. 'Maria smiling in her garden'.",
    )
    topics = ParentalManyToManyField(
        "topics.Topic",
        blank=True,
        related_name="stories",
        help_text="The conditions and treatments the story is about: it is shown beside articles about them.",
    )
    consent = models.ForeignKey(
        ConsentRecord,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        help_text="The patient's consent record, kept by Clinic managers. The story is published only while it "
        "is current, and leaves the site the day it expires or is revoked.",
    )
    received_anything = models.CharField(
        "did the patient receive anything for this story, or while being treated?",
        max_length=10,
        choices=MaterialConnection.choices,
        blank=True,
        help_text="A discount, a free session, a gift or payment must be disclosed (FTC endorsement guides). "
        "Publishing is refused until this is answered.",
    )
    what_received = models.CharField(
        "what the patient received",
        max_length=160,
        blank=True,
        help_text="Shown next to the story, e.g. 'a free follow-up session'.",
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("quote"),
        MultiFieldPanel([FieldPanel("patient_name"), FieldPanel("named_as")], heading="The patient's name"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_description")], heading="Photo"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("consent"),
        MultiFieldPanel(
            [FieldPanel("received_anything", widget=forms.RadioSelect), FieldPanel("what_received")],
            heading="What the patient received",
        ),
    ]
    base_form_class = StoryPageForm
    # Not in site search: a result would outlive the consent until the index is next updated. Patients find
    # stories on the stories page and beside articles, where consent is checked on every request.
    search_fields = []
    # The same patient, consent and disclosure in every language: only the words are translated.
    override_translatable_fields = [
        SynchronizedField("patient_name"),
        SynchronizedField("named_as"),
        SynchronizedField("photo"),
        SynchronizedField("consent"),
        SynchronizedField("received_anything"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(StoryQuerySet)()

    class Meta:
        verbose_name = "patient story"

    @property
    def meta_description(self):
        return self.search_description or plain_text(self.quote)[:160]

    @property
    def shown_name(self):
        """The name as the patient agreed to be named."""
        words = self.patient_name.split()
        if self.named_as == Naming.FULL_NAME and words:
            return " ".join(words)
        if self.named_as == Naming.FIRST_NAME and words:
            return words[0]
        if self.named_as == Naming.INITIALS and words:
            return " ".join(f"{word[0].upper()}." for word in words)
        return gettext("A patient of the clinic")

    @property
    def photo_alt(self):
        return self.photo_description or (self.photo.description if self.photo else "")

    def claims_text(self):
        """What the claims check reads: the patient's words and what they received."""
        return "\n".join(part for part in (self.title, plain_text(self.quote), self.what_received) if part)

    def publishing_refusals(self):
        """Why this version of the story may not go live now (empty when it may)."""
        reasons = []
        if not self.received_anything:
            reasons.append("Nobody has said whether the patient received anything from the clinic.")
        elif self.received_anything == MaterialConnection.RECEIVED and not self.what_received:
            reasons.append("It does not say what the patient received.")
        if self.consent is None:
            reasons.append("It has no consent record.")
        else:
            language = self.locale.language_code
            reasons += self.consent.refusals(language, self.named_as, self.photo_id is not None)
        return reasons

    def publish(self, revision, *args, **kwargs):
        """Every way of publishing ends here (the editor, an approval, bulk actions, scheduled publishing,
        wagtail-localize): a story goes live only with a current consent that allows what it shows."""
        reasons = revision.as_object().publishing_refusals()
        if reasons:
            raise StoryNotPublishable(" ".join(reasons))
        return super().publish(revision, *args, **kwargs)

    def is_shown(self):
        return self.live and self.consent is not None and not self.publishing_refusals()

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_shown() else []

    def serve(self, request, *args, **kwargs):
        if not self.is_shown():  # consent ended since it was published: never shown, even for a moment
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = [self]
        context["content_ends_at"] = consents_end(context["stories"])
        return context


def consents_end(stories):
    """When each shown story's consent ends: the page cache and a CDN keep the page only until the first."""
    return [story.consent.ends_at() for story in stories]
