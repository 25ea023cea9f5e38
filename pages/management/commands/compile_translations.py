"""Compiles the site's translation catalogues, like `compilemessages` but without GNU gettext."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compiles locale/<language>/LC_MESSAGES/*.po into the .mo files Django reads; only changed ones."

    def handle(self, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                # Fuzzy and untranslated entries are left out, as msgfmt does: they show the English.
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                self.stdout.write(f"Compiled {mo_path.relative_to(settings.BASE_DIR)}")
