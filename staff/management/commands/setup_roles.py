from django.core.management.base import BaseCommand

from staff.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the Editors, Medical reviewers and Clinic managers groups and the "
        "'Medical review' workflow on every article index. Safe to run again: it changes nothing "
        "when everything is already in place."
    )

    def handle(self, *args, **options):
        groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(groups)}."))
