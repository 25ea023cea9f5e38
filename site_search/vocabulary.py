"""Every word the live pages of one language hold, grouped by stem: what a query's words are matched against.

Read from the search index itself (one query), kept in the shared cache until the content changes. A query
word is searched as every indexed word that shares its stem, so the search backend needs no stemming of its
own and SQLite and PostgreSQL answer alike."""

import re
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, get_page_models
from wagtail.search.models import IndexEntry

from clinic_site.content_cache import cached

from .words import folded, stem

INDEXED_WORD = re.compile(r"[^\W\d_]+")  # as the pages write it, lower case, accents kept
LETTERS = "abcdefghijklmnopqrstuvwxyzñ"
MIN_TYPO_LENGTH = 4  # "dol" is not a typo of "dolor": short words are too easily another word


def vocabulary(home, language):
    """{stem: [words as the pages write them]} for the live, public pages below `home`."""
    return cached(f"search-vocabulary:{language}:{home.pk}", lambda: build_vocabulary(home, language))


def build_vocabulary(home, language):
    page_ids = Page.objects.live().public().descendant_of(home, inclusive=True).values_list("pk", flat=True)
    # PostgreSQL keeps the index's plain text beside its search vectors; SQLite keeps only the text.
    columns = ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    entries = IndexEntry.objects.filter(
        content_type__in=ContentType.objects.get_for_models(*get_page_models()).values(),
        object_id__in=[str(pk) for pk in page_ids],
    ).values_list(*columns)
    stems = defaultdict(set)
    for texts in entries:
        for text in texts:
            for word in INDEXED_WORD.findall((text or "").casefold()):
                stems[stem(folded(word), language)].add(word)
    return {key: sorted(words) for key, words in stems.items()}


def one_letter_away(word):
    """Every folded word one typo from `word`: a letter missing, added, changed, or two swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(left + right[1:] for left, right in splits if right),
        *(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1),
        *(left + letter + right[1:] for left, right in splits if right for letter in LETTERS),
        *(left + letter + right for left, right in splits for letter in LETTERS),
    } - {word}


def corrected(word, language, known_stems):
    """The stem of the indexed word one typo from the folded `word`, or None; the first in the alphabet when
    several are (a patient's typo has no more likely reading we could know of)."""
    if len(word) < MIN_TYPO_LENGTH:
        return None
    stems = {stem(candidate, language) for candidate in one_letter_away(word)} & known_stems
    return min(stems) if stems else None
