"""Plain text out of what staff type: rich text, lists and StreamField values."""

import html
import re
from collections.abc import Mapping, Sequence

from django.utils.html import strip_tags
from wagtail.rich_text import RichText

BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", flags=re.IGNORECASE)


def plain_text(markup):
    """HTML as one line of text."""
    return " ".join(strip_tags(markup).split())


def split_list(text, separator="\n"):
    """The non-empty items of a list typed one per line (or comma-separated)."""
    return [item.strip() for item in text.split(separator) if item.strip()]


def texts_in(value):
    """The words inside a block's value: its text, rich text and nested blocks (images have none).

    Each paragraph or list item of rich text ends with a line break, so it reads as its own sentence.
    """
    if isinstance(value, RichText):
        return [html.unescape(strip_tags(BLOCK_END.sub("\n", value.source)))]
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):  # a StructBlock's value
        return [text for child in value.values() for text in texts_in(child)]
    if isinstance(value, Sequence):  # a ListBlock's value
        return [text for child in value for text in texts_in(child)]
    return []


def tel_href(phone):
    """A phone number as a tel: link target (digits and a leading +)."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"tel:{'+' if phone.strip().startswith('+') else ''}{digits}"
