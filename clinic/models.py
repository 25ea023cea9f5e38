"""The clinic's details: name, main phone number, booking link and wording, edited in the admin.

Addresses and opening hours belong to each location (locations.py)."""

from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from clinic_site.site_settings import CachedSiteSetting
from clinic_site.text import split_list, tel_href
from clinic_site.views import CONTACT_CARD_CACHE_KEY

from .languages import language_homes
from .locations import Location, LocationHours, SpecialDate
from .navigation import menu_for
from .validators import phone_validator, web_link_validator
from .widgets import PageChooserFromHome

__all__ = ["ClinicSettings", "FooterLink", "Location", "LocationHours", "SpecialDate"]

# schema.org's MedicalSpecialty values that a pain clinic might use.
SCHEMA_SPECIALTIES = {
    "Anesthesia",
    "Musculoskeletal",
    "Neurologic",
    "Physiotherapy",
    "PrimaryCare",
    "Psychiatric",
    "Rheumatologic",
}


def specialties_validator(value):
    unknown = [name for name in split_list(value, ",") if name not in SCHEMA_SPECIALTIES]
    if unknown:
        raise ValidationError(
            f"Not a known specialty: {', '.join(unknown)}. Choose from {', '.join(sorted(SCHEMA_SPECIALTIES))}."
        )


# Patient-facing wording kept in each language: `name` in English, `name_es` in Spanish.
TRANSLATED_TEXTS = [
    "booking_button_label",
    "booking_heading",
    "booking_prompt",
    "medical_disclaimer",
    "urgent_help_text",
]


@register_setting(icon="home")
class ClinicSettings(CachedSiteSetting, ClusterableModel, BaseSiteSetting):
    """Fetched with `ClinicSettings.for_request(request)` (from the shared cache), or `for_site(site)` where
    there is no request; templates have it as `clinic` (context_processors.py)."""

    clinic_name = models.CharField(max_length=120, help_text="The clinic's name as patients know it.")
    phone = models.CharField(
        max_length=30,
        validators=[phone_validator],
        help_text="Main phone number for patients, e.g. 480.306.4372. Shown on every page; "
        "each location may have its own as well.",
    )
    email = models.EmailField(blank=True, help_text="Optional email address for patient enquiries.")
    booking_url = models.URLField(
        blank=True,
        validators=[web_link_validator],
        help_text="Address of your online booking page, starting with https://. "
        "Leave empty to ask patients to call instead.",
    )
    booking_button_label = models.CharField(
        max_length=40, default="Book online", help_text="Text on the booking button, e.g. 'Book online'."
    )
    booking_heading = models.CharField(
        max_length=80,
        default="Book a consultation",
        help_text="Heading of the booking box at the end of the home page and of every article.",
    )
    booking_prompt = models.CharField(
        max_length=200,
        blank=True,
        default="Book a consultation to talk through whether treatment could suit you.",
        help_text="Sentence in that booking box, above the button.",
    )
    medical_disclaimer = models.TextField(
        blank=True,
        max_length=600,
        help_text="Short note shown at the foot of every page, e.g. that the site does not replace medical advice.",
    )
    urgent_help_text = models.TextField(
        max_length=600,
        default=(
            "If you or someone else is in danger or has a medical emergency, call 911. "
            "If you are having thoughts of suicide or are in emotional crisis, call or text 988 "
            "(Suicide & Crisis Lifeline), any time."
        ),
        help_text="Shown in the urgent-help box on articles that have it switched on.",
    )
    # The same wording for Spanish pages (/es/). Blank hides it there, as blank hides the English.
    booking_button_label_es = models.CharField(
        "booking button label (Spanish)", max_length=40, default="Reservar en línea", help_text="e.g. Reservar en línea"
    )
    booking_heading_es = models.CharField(
        "booking heading (Spanish)", max_length=80, default="Reserve una consulta", help_text="e.g. Reserve su cita"
    )
    booking_prompt_es = models.CharField(
        "booking prompt (Spanish)",
        max_length=200,
        blank=True,
        default="Reserve una consulta para hablar con calma de si el tratamiento podría ser adecuado para usted.",
        help_text="The sentence above the button in the Spanish booking box.",
    )
    medical_disclaimer_es = models.TextField(
        "medical disclaimer (Spanish)",
        blank=True,
        max_length=600,
        help_text="The note at the foot of every Spanish page.",
    )
    urgent_help_text_es = models.TextField(
        "urgent help text (Spanish)",
        max_length=600,
        default=(
            "Si usted u otra persona corre peligro o tiene una emergencia médica, llame al 911. Si tiene "
            "pensamientos de suicidio o está pasando por una crisis emocional, llame al 988 y marque 2 para "
            "hablar en español, o envíe un mensaje de texto con la palabra AYUDA al 988 (Línea 988 de "
            "Prevención del Suicidio y Crisis), a cualquier hora."
        ),
        help_text="Tells how to reach the 988 Lifeline in Spanish: call 988 and press 2, or text AYUDA to 988.",
    )
    medical_specialties = models.CharField(
        max_length=200,
        blank=True,
        default="Anesthesia, Neurologic",
        validators=[specialties_validator],
        help_text="For search engines: the clinic's specialties from schema.org's list, comma-separated, "
        "e.g. Anesthesia, Neurologic, Rheumatologic.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The website's privacy notice, linked from the consent box of the call-back form.",
    )
    select_related = ["privacy_page"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("clinic_name"),
                FieldPanel("phone"),
                FieldPanel("email"),
                HelpPanel(
                    "Addresses, opening hours and holiday closures are kept for each location, "
                    "under Clinic › Locations."
                ),
            ],
            heading="Contact details",
        ),
        MultiFieldPanel(
            [
                FieldPanel("booking_url"),
                FieldPanel("booking_button_label"),
                FieldPanel("booking_heading"),
                FieldPanel("booking_prompt"),
            ],
            heading="Online booking",
        ),
        MultiFieldPanel(
            [FieldPanel("medical_disclaimer"), FieldPanel("urgent_help_text")], heading="Disclaimers and safety"
        ),
        MultiFieldPanel(
            [FieldPanel(f"{name}_es") for name in TRANSLATED_TEXTS],
            heading="In Spanish",
            help_text="The booking box, disclaimer and urgent help as Spanish pages show them.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("medical_specialties"),
                HelpPanel(
                    "The review interval, the flagged claim phrases and the reading grade target are under "
                    "Settings › Clinical review."
                ),
            ],
            heading="Health content",
        ),
        MultiFieldPanel(
            [
                InlinePanel(
                    "footer_links",
                    label="Footer link",
                    help_text="Notices linked from the foot of every page, in this order: for example the privacy "
                    "notice, accessibility statement, nondiscrimination notice and Notice of Privacy Practices. "
                    "Spanish pages link each page's Spanish translation.",
                ),
                FieldPanel("privacy_page", widget=PageChooserFromHome),
            ],
            heading="Footer links",
        ),
    ]

    class Meta:
        verbose_name = "Clinic details"

    def __str__(self):
        return self.clinic_name or "Clinic details"

    @classmethod
    def for_site(cls, site):
        clinic = super().for_site(site)
        clinic.keep_contact_card()
        return clinic

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.__dict__.pop("contact_card", None)
        self.keep_contact_card()

    def keep_contact_card(self):
        """Refreshed whenever the details are read from the database or saved, so the error page always has it."""
        cache.set(CONTACT_CARD_CACHE_KEY, self.contact_card, timeout=None)

    @property
    def texts(self):
        """The patient-facing wording in the language of the page being shown (the site has two)."""
        suffix = "" if translation.get_language() == settings.LANGUAGE_CODE else "_es"
        return {name: getattr(self, name + suffix) for name in TRANSLATED_TEXTS}

    @property
    def specialty_list(self):
        return split_list(self.medical_specialties, ",")

    @cached_property
    def contact_card(self):
        """What the error page shows: it reads this from the cache, never from the database."""
        return {
            "clinic_name": self.clinic_name,
            "phone": self.phone,
            "phone_href": self.phone_href,
            "menus": {code: menu_for(self.site, code) for code, _name in settings.LANGUAGES},
            "homes": {code: home.url for code, home in language_homes(self.site).items()},
            "booking_url": self.booking_url,  # /book/ still sends patients on while the database is down
        }

    @property
    def phone_href(self):
        return tel_href(self.phone)


class FooterLink(Orderable):
    """A page linked from the foot of every page, such as a notice patients are owed."""

    clinic = ParentalKey(ClinicSettings, on_delete=models.CASCADE, related_name="footer_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Its title, in the page's language, is the link.",
    )

    panels = [FieldPanel("page", widget=PageChooserFromHome)]
