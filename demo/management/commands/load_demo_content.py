from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Build the demo clinic site (home, articles, contact, about and privacy pages, clinic details). "
        "Safe to run again: once staff have edited the site, it changes nothing."
    )

    def handle(self, *args, **options):
        if DemoLoader(log=lambda message: self.stdout.write(message)).run():
            self.stdout.write(self.style.SUCCESS("Demo content is ready."))
