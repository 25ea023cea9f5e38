from django import template

from clinic_site.addresses import absolute_url
from pages.structured_data import graph_for, json_ld_script

register = template.Library()

SOCIAL_IMAGE_FILTER = "fill-1200x630"


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The JSON-LD for this page (the clinic alone on pages that are not Wagtail pages)."""
    request = context.get("request")
    clinic = context.get("clinic")
    if request is None or clinic is None:
        return ""
    page, breadcrumbs, subpage = context.get("page"), context.get("breadcrumbs", ()), context.get("subpage")
    return json_ld_script(graph_for(request, clinic, page, breadcrumbs, subpage))


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Canonical link, Open Graph and Twitter card tags for a Wagtail page."""
    request, page, clinic = context["request"], context["page"], context.get("clinic")
    image = getattr(page, "hero_image", None)
    image_url = absolute_url(request, image.get_rendition(SOCIAL_IMAGE_FILTER).url) if image else None
    subpage = context.get("subpage")
    if subpage:  # a location's or a clinician's own page, below the page that lists them
        return {
            "url": absolute_url(request, subpage.url),
            "title": subpage.title,
            "description": subpage.description,
            "type": page.open_graph_type(),
            "site_name": clinic.clinic_name if clinic else "",
        }
    return {
        "url": page.get_full_url(request),
        "title": page.seo_title or page.title,
        "description": page.meta_description,
        "type": page.open_graph_type(),
        "site_name": clinic.clinic_name if clinic else "",
        "image_url": image_url,
    }
