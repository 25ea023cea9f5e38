"""Pages of their own served below a Wagtail page by its routes: one per location, one per clinician.

The route marks the request with a `Subpage`; the title, canonical address, language links and JSON-LD
then name the location or the clinician rather than the page that lists them.
"""

from dataclasses import dataclass, field


@dataclass
class Subpage:
    title: str
    description: str
    path: str  # below the listing page's address, e.g. "chandler/"
    structured_data: list = field(default_factory=list)


def subpage_of(request):
    return getattr(request, "subpage", None)


def subpath_of(request):
    subpage = subpage_of(request)
    return subpage.path if subpage else ""
