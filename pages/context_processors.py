from django.utils.functional import SimpleLazyObject

from .sections import section_urls


def sections(request):
    """`sections.locations` and `sections.team`: the listing pages' addresses in the page's language."""
    return {"sections": SimpleLazyObject(lambda: section_urls(request))}
