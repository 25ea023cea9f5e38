from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def open_status(context, location):
    """Whether the location is open now, as the page worked it out (`SitePage.locations_open_now`), or None
    on a page that did not: its cached copy would not know when the words change."""
    return context.get("open_now", {}).get(location.pk)
