from django import template

from clinic_site.page_cache import fresh_until

register = template.Library()


@register.simple_tag(takes_context=True)
def open_status(context, location):
    """Whether the location is open now. A cached page showing it is kept only until the words change."""
    status = location.status()
    if request := context.get("request"):
        fresh_until(request, status.changes_at)
    return status
