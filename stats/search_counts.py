"""Counting searches: one number per day, language and term, with how many of them found nothing.

A term that holds a digit or an "@" (a date of birth, a phone number, an email address: things a patient
may type about themselves) is never stored, nor is anything about who searched or when in the day."""

import logging
import re

from django.db import DatabaseError
from django.utils import timezone

from clinic_site.daily_counts import add_to_daily_count

from .models import SearchTerm

logger = logging.getLogger(__name__)
NEVER_STORED = re.compile(r"[\d@]")
MAX_TERM_LENGTH = 100


def countable_term(query, typed):
    """The term as it is counted (the query as searched, lower case), or None when it must not be stored:
    `typed` is what the visitor sent, before search took out what is not a word ("ana@example.com")."""
    term = " ".join(query.casefold().split())[:MAX_TERM_LENGTH]
    return None if not term or NEVER_STORED.search(typed) else term


def count_search(language, query, typed, found):
    term = countable_term(query, typed)
    if term is None:
        return
    key = {"day": timezone.localdate(), "language": language, "term": term}
    try:
        add_to_daily_count(SearchTerm, "searches", 1, **key)
        if not found:
            add_to_daily_count(SearchTerm, "found_nothing", 1, **key)
    except DatabaseError:
        # A count is not worth a patient's results; the warning holds no term.
        logger.warning("A search could not be counted: the database did not answer.")
