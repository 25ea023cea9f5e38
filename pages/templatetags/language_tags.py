from django import template
from django.conf import settings

from clinic_site.addresses import absolute_url
from pages.languages import language_links, page_versions

register = template.Library()


def wagtail_page(context):
    page = context.get("page")
    return page if getattr(page, "pk", None) else None


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the other languages: the same page when it has a version in them, else their home page."""
    request = context.get("request")
    page, subpage = wagtail_page(context), context.get("subpage")
    return {"links": language_links(request, page, subpage) if request else []}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """hreflang links to each language's version of this page; x-default is the English one."""
    request, page = context.get("request"), wagtail_page(context)
    if request is None or page is None:
        return {"versions": []}
    subpage = context.get("subpage")
    versions = subpage.versions if subpage else page_versions(request, page)
    if len(versions) < 2:
        return {"versions": []}
    links = [{"hreflang": code, "url": absolute_url(request, url)} for code, url in versions.items()]
    if settings.LANGUAGE_CODE in versions:
        links.append({"hreflang": "x-default", "url": absolute_url(request, versions[settings.LANGUAGE_CODE])})
    return {"versions": links}
