import datetime
import smtplib

from django.core.management.base import BaseCommand
from django.utils import timezone

from stories.consents import ConsentRecord
from stories.notifications import warn_managers
from stories.story_pages import StoryPage
from stories.takedown import stories_to_take_down, take_down

WARN_DAYS = 30


class Command(BaseCommand):
    help = (
        "Takes off the site every patient story whose consent has expired or was revoked, and emails Clinic "
        f"managers about consents that expire within {WARN_DAYS} days. Run it daily from cron, soon after midnight."
    )

    def handle(self, *args, **options):
        taken_down = take_down(stories_to_take_down())
        warned = self.warn_of_expiry(timezone.localdate())
        # Counts only: never a patient's details or what they signed.
        self.stdout.write(
            f"Took {taken_down} stor{'y' if taken_down == 1 else 'ies'} off the site; "
            f"warned of {warned} consent{'' if warned == 1 else 's'} expiring within {WARN_DAYS} days."
        )

    def warn_of_expiry(self, today):
        soon = ConsentRecord.objects.current(today).filter(
            expires_on__lte=today + datetime.timedelta(days=WARN_DAYS), expiry_warned_on__isnull=True
        )
        warned = 0
        for consent in soon:
            stories = list(StoryPage.objects.live().filter(consent=consent).order_by("pk"))
            if stories and self.warned(consent, stories):
                consent.expiry_warned_on = today
                consent.save(update_fields=["expiry_warned_on"])
                warned += 1
        return warned

    def warned(self, consent, stories):
        """Whether managers were told; a mail server that fails leaves the warning for tomorrow's run."""
        try:
            return warn_managers(consent, stories)
        except (OSError, smtplib.SMTPException) as error:
            self.stderr.write(
                f"A consent expiry warning could not be sent ({type(error).__name__}); it is tried again tomorrow."
            )
            return False
