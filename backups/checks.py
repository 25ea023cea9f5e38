"""`manage.py check --deploy`: backups leave the server, so they must be encrypted, for a key the server has."""

import gnupg
from django.conf import settings
from django.core.checks import Warning, register

NOT_ENCRYPTED = Warning(
    "Backups are not encrypted: the database and uploads would be stored in plain form.",
    hint="Set BACKUP_GPG_RECIPIENT to the fingerprint or email of the clinic's backup key, and import its "
    'public half on the server (gpg --import clinic-backups-public.asc); see the README\'s "Backups and restore".',
    id="backups.W001",
)


def key_missing(recipient):
    return Warning(
        f"BACKUP_GPG_RECIPIENT is {recipient!r}, but no such key is in the server's GPG keyring: "
        "every backup would fail.",
        hint="Import the public key as the user that runs backups (gpg --import clinic-backups-public.asc; GNUPGHOME "
        "chooses another keyring), or correct BACKUP_GPG_RECIPIENT.",
        id="backups.W002",
    )


def gpg_missing(error):
    return Warning(
        f"GPG cannot be run to encrypt backups ({type(error).__name__}).",
        hint="Install gpg (apt-get install gnupg) on the server.",
        id="backups.W003",
    )


def has_public_key(recipient):
    """The key is in the keyring gpg uses here (GNUPGHOME when set, else ~/.gnupg)."""
    return bool(gnupg.GPG().list_keys(keys=[recipient]))


@register(deploy=True)
def backups_are_encrypted(app_configs, **kwargs):
    recipient = settings.BACKUP_GPG_RECIPIENT
    if not recipient:
        return [NOT_ENCRYPTED]
    try:
        found = has_public_key(recipient)
    except (OSError, ValueError) as error:
        return [gpg_missing(error)]
    return [] if found else [key_missing(recipient)]
