"""Uploaded documents are checked by what they contain, not by what they are called: an HTML page
renamed .pdf would otherwise be served from the site's own address. (They are also always served as
downloads: see WAGTAILDOCS_INLINE_CONTENT_TYPES in the settings.)"""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

# What a file of each allowed kind starts with, or holds when it is a zip archive.
SIGNATURES = {"pdf": b"%PDF-", "rtf": b"{\\rtf"}
ARCHIVE_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "odt": "content.xml"}
MARKUP = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml")


def is_plain_text(data):
    start = data[:1024].lstrip().lower()
    return b"\x00" not in data and not start.startswith(MARKUP)


def holds_member(file, member):
    if not zipfile.is_zipfile(file):
        return False
    with zipfile.ZipFile(file) as archive:
        return member in archive.namelist()


def contents_match(extension, file):
    file.seek(0)
    try:
        if extension in SIGNATURES:
            return file.read(len(SIGNATURES[extension])) == SIGNATURES[extension]
        if extension in ARCHIVE_MEMBERS:
            return holds_member(file, ARCHIVE_MEMBERS[extension])
        if extension in ("csv", "txt"):
            return is_plain_text(file.read())
        return True  # another kind is refused by the allowed extensions
    finally:
        file.seek(0)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            extension = PurePath(file.name).suffix.lower().lstrip(".")
            if not contents_match(extension, file):
                raise ValidationError(
                    f"This file is not really a {extension.upper()} document. Check that you chose the right "
                    "file; if it is, save it again as that kind of document and upload it again."
                )
        return file
