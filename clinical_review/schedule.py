"""When health articles are due for their next clinical review."""

import calendar
import datetime

from django.db.models import Q
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


def needing_review(articles, interval_months, today=None):
    """Articles never reviewed, overdue, or due within the next DUE_SOON_DAYS days."""
    today = today or timezone.localdate()
    reviewed_before = add_months(today + datetime.timedelta(days=DUE_SOON_DAYS), -interval_months)
    return articles.filter(Q(last_reviewed__isnull=True) | Q(last_reviewed__lte=reviewed_before))
