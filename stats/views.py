"""The counter image of beacon mode (VISIT_COUNT_MODE "beacon"): behind a CDN, which answers most page
views itself, each page carries a 1×1 image the CDN never keeps, and its request is the view counted.

No script, no cookie: the image's address names the page and language, nothing else. Only live public
pages of the site are counted, so made-up addresses add no rows.
"""

import base64

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Page

from clinic_site.content_cache import cached
from clinic_site.visitors import is_person_visit

from .counting import count_page_view

# The smallest transparent GIF (43 bytes).
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def public_page_ids():
    """The ids of every live page anyone may see, kept until the content changes."""
    return frozenset(Page.objects.live().public().filter(depth__gt=1).values_list("pk", flat=True))


def is_counted(page_id, language):
    return language in dict(settings.LANGUAGES) and page_id in cached("public-page-ids", public_page_ids)


@require_safe
def visit_counter(request, page_id, language):
    if not is_counted(page_id, language):
        raise Http404
    if settings.VISIT_COUNT_MODE == "beacon" and is_person_visit(request.META):
        # The Referer here is the page itself: where the visitor came from is not known in this mode.
        count_page_view(page_id, language, None)
    response = HttpResponse(PIXEL, content_type="image/gif")
    # Never kept by a CDN or the browser: each view asks again.
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex"
    return response
