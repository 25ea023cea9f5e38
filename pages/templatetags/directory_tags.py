"""Links to a location's, a clinician's or a topic's own page from any page, as the listing page's `entry_url` gives
them: "" where the site has no such listing."""

from django import template

from pages import sections

register = template.Library()


@register.simple_tag(takes_context=True)
def location_url(context, location):
    request = context.get("request")
    return sections.location_url(request, location) if request else ""


@register.simple_tag(takes_context=True)
def profile_url(context, clinician):
    request = context.get("request")
    return sections.profile_url(request, clinician) if request else ""


@register.simple_tag(takes_context=True)
def topic_url(context, topic):
    request = context.get("request")
    return sections.topic_url(request, topic) if request else ""
