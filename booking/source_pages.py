"""The page a booking click or a call-back request came from: `?from=<page id>` on the links of every
booking box, checked to be a live page of the site, else unknown."""

from wagtail.models import Page

MAX_PAGE_ID = 2**31 - 1


def source_page_from(value, site):
    """The live page of this site named by ?from=, or None for anything else."""
    if not value or not (value.isascii() and value.isdigit()) or int(value) > MAX_PAGE_ID or site is None:
        return None
    return Page.objects.live().descendant_of(site.root_page, inclusive=True).filter(pk=int(value)).first()
