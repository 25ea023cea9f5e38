from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def visit_counter(context):
    """Beacon mode's counter image for the page shown: decorative (empty alt), 1×1 and out of the flow.
    Nothing in app mode, on previews, or outside pages."""
    page = context.get("page")
    request = context.get("request")
    if settings.VISIT_COUNT_MODE != "beacon" or not getattr(page, "pk", None) or getattr(request, "is_preview", False):
        return ""
    url = reverse("visit_counter", kwargs={"page_id": page.pk, "language": translation.get_language()})
    return format_html('<img class="visit-counter" src="{}" alt="" width="1" height="1">', url)
