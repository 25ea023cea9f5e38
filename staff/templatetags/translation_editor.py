"""What wagtail-localize's translation editor offers staff who may not publish."""

import json

from django import template

from staff.translation_review import can_submit

register = template.Library()


@register.filter
def without_publishing_shortcuts(props, page_perms):
    """The editor's settings without "Convert to alias page" for someone who may not publish the page:
    the alias would show the source language's live text at once, unreviewed (the view refuses it too)."""
    if page_perms is None or page_perms.can_publish():
        return props
    settings = json.loads(props)
    settings["links"]["convertToAliasUrl"] = None
    return json.dumps(settings)


@register.inclusion_tag("staff/admin/translation_approval.html", takes_context=True)
def translation_approval(context, page):
    user = context["request"].user
    return {
        "page": page,
        "workflow": page.get_workflow(),
        "waiting": page.workflow_in_progress,
        "can_submit": can_submit(page, user) and not page.workflow_in_progress,
    }
