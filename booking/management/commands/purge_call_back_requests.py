import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from booking.models import CallBackRequest


class Command(BaseCommand):
    help = (
        "Deletes call-back requests that were closed more than CALL_BACK_RETENTION_DAYS days ago (default 90). "
        "Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Keep closed requests this many days instead.")

    def handle(self, *args, days=None, **options):
        days = settings.CALL_BACK_RETENTION_DAYS if days is None else days
        if days < 0:
            self.stderr.write("--days must be 0 or more.")
            return
        cutoff = timezone.now() - datetime.timedelta(days=days)
        closed = CallBackRequest.objects.filter(status=CallBackRequest.Status.CLOSED, status_changed_at__lt=cutoff)
        count, _ = closed.delete()
        # A count only: never a patient's details.
        self.stdout.write(
            f"Deleted {count} closed call-back request{'s' if count != 1 else ''} older than {days} days."
        )
