"""The demo's Notice of Privacy Practices: a short text file clearly marked as an example."""

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

TITLE = "Notice of Privacy Practices (example)"
TEXT = """NOTICE OF PRIVACY PRACTICES - EXAMPLE

This is an example that comes with the demo website. It is not a real notice.
Replace it with your clinic's own Notice of Privacy Practices, as your privacy
officer or lawyer has written it, under Pages > Notice of Privacy Practices.

Your clinic's notice says how it may use and share health information,
what rights patients have, what the clinic must do, and how to complain.
"""


def demo_notice():
    existing = Document.objects.filter(title=TITLE).first()
    if existing:
        return existing
    document = Document(title=TITLE, file=ContentFile(TEXT.encode(), name="notice-of-privacy-practices.txt"))
    document._set_document_file_metadata()  # size and hash, as the admin's upload form sets them
    document.save()
    return document
