"""Texts typed in both languages on one record: `role` in English beside `role_es` in Spanish.

The rule, for every such field of a location, a special date and a clinician: English pages show the English
text; Spanish pages show the Spanish text, or the English one where the Spanish is blank, so that patients
see something rather than nothing. Templates (`obj.texts.role`) and the JSON-LD (`obj.texts["role"]`) both
read through here, so a page and its structured data always agree.
"""

from django.conf import settings
from django.utils import translation

SPANISH_SUFFIX = "_es"


def in_language(obj, field, language=None):
    """The field's text in `language` (default: the page's), falling back to English when it is blank."""
    english = getattr(obj, field)
    if (language or translation.get_language()) == settings.LANGUAGE_CODE:
        return english
    return getattr(obj, field + SPANISH_SUFFIX) or english


class Bilingual:
    """For a model whose `translated_texts` each have a Spanish field beside them."""

    translated_texts = []

    @property
    def texts(self):
        """{"role": …, "bio": …}: each translated text in the page's language."""
        language = translation.get_language()
        return {field: in_language(self, field, language) for field in self.translated_texts}
