"""Pages of their own served below a Wagtail page by its routes: one per location, one per clinician.

The route puts a `Subpage` in the template's context as `subpage`; the title, canonical address, breadcrumbs,
language links and JSON-LD then name the location or the clinician rather than the page that lists them.
"""

from dataclasses import dataclass, field


@dataclass
class Subpage:
    title: str
    description: str
    url: str  # its address, from the listing page's `entry_url`: /locations/chandler/
    versions: dict  # {language code: address} below each language's version of the listing page
    structured_data: list = field(default_factory=list)
