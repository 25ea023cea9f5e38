import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pages.site_setup import setup_site


class Command(BaseCommand):
    help = (
        "Give the site its public address (SITE_URL, e.g. https://clinic.example) and, on a fresh database, "
        "the pages every clinic needs, without example text. Safe to run on every deploy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default=os.environ.get("SITE_URL", ""), help="The public address (SITE_URL).")

    def handle(self, *args, url, **options):
        if not url:
            raise CommandError("Set SITE_URL to the site's public address, e.g. https://clinic.example.")
        try:
            setup_site(url, log=self.stdout.write)
        except ValidationError as error:
            raise CommandError(error.messages[0]) from None
        self.stdout.write(self.style.SUCCESS("The site is set up."))
