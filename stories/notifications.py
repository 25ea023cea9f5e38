"""Warning Clinic managers that a story's consent expires soon: the story's admin link and the date, nothing that
names the patient or says what they signed."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse

SUBJECT = "A patient story's consent expires soon"
BODY = (
    "The consent behind a patient story on the website expires on {date}. On that day the story leaves the site.\n\n"
    "To keep it, ask the patient for a new signed form and record it under Story consents.\n\n"
    "The story: {links}\n\n"
    "This email holds none of the patient's details, on purpose: keep it that way when you reply or forward it."
)


def managers_emails():
    """Everyone who keeps consent records (Clinic managers and superusers), active and with an email address."""
    permission = Permission.objects.get(content_type__app_label="stories", codename="change_consentrecord")
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    keepers = Q(is_superuser=True) | Q(groups__permissions=permission) | Q(user_permissions=permission)
    return sorted(set(users.filter(keepers).values_list("email", flat=True)))


def story_admin_links(stories):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return " ".join(base + reverse("wagtailadmin_pages:edit", args=[story.pk]) for story in stories)


def warn_managers(consent, stories):
    """Returns whether anyone was told."""
    to = managers_emails()
    if not to:
        return False
    body = BODY.format(date=consent.expires_on.isoformat(), links=story_admin_links(stories))
    send_mail(SUBJECT, body, None, to)
    return True
