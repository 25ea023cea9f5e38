from django import forms
from django.urls import reverse
from django.utils.html import format_html


class SignedFormInput(forms.FileInput):
    """The form on file, linked to its manager-only download: the private storage has no address to show."""

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, None, attrs, renderer)
        record = getattr(value, "instance", None)
        if not value or record is None or record.pk is None:
            return field
        url = reverse("story_consent_form", args=[record.pk])
        return format_html('<p>A signed form is on file: <a href="{}">download it</a>. Replace it:</p>{}', url, field)
