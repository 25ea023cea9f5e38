from django.db import transaction

from clinic_site.content_cache import start_new_generation


def clinicians_changed(sender, **kwargs):
    """Profiles are cached with the content, and an article's reviewer links to one."""
    transaction.on_commit(start_new_generation)
