"""Telling the clinic that a call-back request is waiting, without a word of what the patient wrote."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from clinic.models import ClinicSettings

logger = logging.getLogger(__name__)

SUBJECT = "A call-back request is waiting"
BODY = (
    "A patient has asked the clinic to call them back.\n\n"
    "Sign in to see the request: {url}\n\n"
    "This email holds none of the patient's details, on purpose: keep it that way when you reply or forward it."
)


def recipients(request):
    if settings.CALL_BACK_NOTIFY_EMAIL:
        return [settings.CALL_BACK_NOTIFY_EMAIL]
    clinic_email = ClinicSettings.for_request(request).email
    return [clinic_email] if clinic_email else []


def notify_clinic(request, call_back_pk):
    """Sent once the request is stored; a failure is logged (no details) and the request stays stored."""
    to = recipients(request)
    if not to:
        logger.warning(
            "Call-back request %s is waiting, and no one was told: set CALL_BACK_NOTIFY_EMAIL, "
            "or the clinic's email in Clinic details.",
            call_back_pk,
        )
        return
    url = request.build_absolute_uri(reverse("call_back_requests:edit", args=[call_back_pk]))
    try:
        send_mail(SUBJECT, BODY.format(url=url), None, to)
    except Exception:  # noqa: BLE001 - any mail failure: the request is safe in the database
        logger.exception("The call-back notification email could not be sent; request %s is stored.", call_back_pk)
