"""The clinical review's thresholds and flagged claim phrases, per site (Settings › Clinical review)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from clinic_site.site_settings import CachedSiteSetting
from clinic_site.text import split_list

from .flagged_phrases import default_flagged_phrases


@register_setting(icon="doc-full-inverse")
class ClinicalReviewSettings(CachedSiteSetting, BaseSiteSetting):
    review_interval_months = models.PositiveSmallIntegerField(
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="How often each health article needs a clinical review, in months.",
    )
    flagged_phrases = models.TextField(
        blank=True,
        default=default_flagged_phrases,
        help_text="Words or phrases that overstate a health claim, one per line, in English and Spanish. "
        "Editors are warned when they save a page that states one, unless it is negated ('not a cure') "
        "or asked as a question. Add your own, or remove one to stop the warning.",
    )
    reading_grade_target = models.PositiveSmallIntegerField(
        default=8,
        validators=[MinValueValidator(3), MaxValueValidator(16)],
        help_text="Editors are warned when a page's text, or one FAQ answer, reads above this US school grade. "
        "Patient-education guidance aims for grades 6 to 8.",
    )

    panels = [FieldPanel("review_interval_months"), FieldPanel("flagged_phrases"), FieldPanel("reading_grade_target")]

    class Meta:
        verbose_name = "Clinical review"

    @property
    def flagged_phrase_list(self):
        return split_list(self.flagged_phrases)
