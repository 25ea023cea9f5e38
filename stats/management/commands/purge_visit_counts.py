import calendar
import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from booking.models import BookingClick, CallBackSource
from stats.models import PageViews, SearchTerm, VisitSource

# Every daily count kept for the reports: views, sources, booking clicks, call-back requests, search terms.
DAILY_COUNTS = (PageViews, VisitSource, BookingClick, CallBackSource, SearchTerm)


def months_before(day, months):
    """The same day of the month `months` earlier (that month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Command(BaseCommand):
    help = (
        "Deletes daily visit counts, visit sources, booking clicks, call-back counts and search terms older than "
        "VISIT_COUNT_RETENTION_MONTHS months (default 25: this month of two years ago stays comparable). "
        "Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None, help="Keep this many months instead.")

    def handle(self, *args, months=None, **options):
        months = settings.VISIT_COUNT_RETENTION_MONTHS if months is None else months
        if months < 0:
            self.stderr.write("--months must be 0 or more.")
            return
        cutoff = months_before(timezone.localdate(), months)
        deleted = sum(model.objects.filter(day__lt=cutoff).delete()[0] for model in DAILY_COUNTS)
        # How many only: the counts themselves are no one's business in a cron mail.
        self.stdout.write(f"Deleted {deleted} daily count{'s' if deleted != 1 else ''} older than {months} months.")
