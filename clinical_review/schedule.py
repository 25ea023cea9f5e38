"""When health articles are due for their next clinical review."""

import calendar
import datetime

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

DUE_SOON_DAYS = 30


def add_months(day, months):
    """The same day of the month `months` later (or earlier), kept within shorter months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def next_review_due(last_reviewed, interval_months):
    return add_months(last_reviewed, interval_months) if last_reviewed else None


def review_status(last_reviewed, interval_months, today=None):
    """'never', 'overdue', 'due-soon' or 'current'."""
    today = today or timezone.localdate()
    if last_reviewed is None:
        return "never"
    due = next_review_due(last_reviewed, interval_months)
    if due < today:
        return "overdue"
    if due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
        return "due-soon"
    return "current"


def with_source_dates(articles):
    """Each translation annotated with its source's (the default language's version) last review and last
    publication; None on the source itself."""
    sources = articles.model.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    ).exclude(pk=OuterRef("pk"))
    return articles.annotate(
        source_reviewed=Subquery(sources.values("last_reviewed")[:1]),
        source_changed=Subquery(sources.values("last_published_at")[:1]),
    )


def translation_out_of_date():
    """A translation whose source was reviewed after the translation's own last review, or published after
    the translation was last published (the translation is older than what it translates)."""
    return Q(last_reviewed__isnull=False) & (
        Q(source_reviewed__gt=F("last_reviewed")) | Q(source_changed__gt=F("last_published_at"))
    )


def needing_review(articles, interval_months, today=None):
    """Articles never reviewed, overdue, due within the next DUE_SOON_DAYS days, or translations out of date."""
    today = today or timezone.localdate()
    reviewed_before = add_months(today + datetime.timedelta(days=DUE_SOON_DAYS), -interval_months)
    return with_source_dates(articles).filter(
        Q(last_reviewed__isnull=True) | Q(last_reviewed__lte=reviewed_before) | translation_out_of_date()
    )


def is_translation_out_of_date(article):
    """For an article from `with_source_dates`."""
    if article.last_reviewed is None:
        return False
    reviewed_since = article.source_reviewed is not None and article.source_reviewed > article.last_reviewed
    changed_since = (
        article.source_changed is not None
        and article.last_published_at is not None
        and article.source_changed > article.last_published_at
    )
    return reviewed_since or changed_since
