from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from backups import sets


class Command(BaseCommand):
    help = "Lists the backup sets in the backup storage, oldest first: name, size, whether encrypted."

    def handle(self, *args, **options):
        for backup_set in sets.list_sets():
            notes = ["encrypted" if backup_set.encrypted else "not encrypted"]
            if not backup_set.complete:
                notes.append("INCOMPLETE")
            self.stdout.write(f"{backup_set.name}  {filesizeformat(backup_set.size)}  {', '.join(notes)}")
