"""Words that mean the same to patients, kept by editors: "fibro" for "fibromyalgia", "coste" for "precio"."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from .words import words_of

LANGUAGE_CHOICES = [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES]


class SearchSynonyms(models.Model):
    """A group of words searched as one: a patient searching for any of them finds pages that use any other."""

    language = models.CharField(
        max_length=8,
        choices=LANGUAGE_CHOICES,
        default=settings.LANGUAGE_CODE,
        help_text="The language of the search these words are used in. Spanish searches only read Spanish groups.",
    )
    words = models.CharField(
        max_length=255,
        help_text=(
            "Two or more words or short phrases patients use for the same thing, separated by commas, for example "
            "“fibro, fibromyalgia”. Plurals, capitals and accents need not be listed: search already matches them."
        ),
    )

    class Meta:
        verbose_name = "search synonyms"
        verbose_name_plural = "search synonyms"
        ordering = ["language", "words"]

    def __str__(self):
        return self.words

    @property
    def members(self):
        """Each word or phrase of the group, as search compares them (lower case, no accents)."""
        return [" ".join(words_of(member)) for member in self.words.split(",") if words_of(member)]

    def clean(self):
        if len(self.members) < 2:
            raise ValidationError({"words": "List at least two words or phrases, separated by commas."})
