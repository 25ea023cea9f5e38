"""Translations go live only through an approved workflow.

wagtail-localize has two ways of its own to put a translated page live that ask only for edit or
translate permission: "Convert to alias page" (the page then shows the source language's live
content) and "Publish immediately" when syncing translations. Both are kept to people who may
publish every page they would change; everyone else is told to submit the translation for approval.
`check` fails if new translations would copy their source's live status.
"""

from django.conf import settings
from django.contrib import messages
from django.core.checks import Error
from django.shortcuts import redirect
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

CONVERT_TO_ALIAS = "wagtail_localize:convert_to_alias"
UPDATE_TRANSLATIONS = "wagtail_localize:update_translations"
REFUSED = (
    "Only staff who may publish can do that: it would put the page live without a medical review. "
    "Save the translation, then submit it for approval."
)


def pages_put_live(view_name, view_kwargs, post):
    """The pages a wagtail-localize POST would publish, or None when it publishes nothing."""
    if view_name == CONVERT_TO_ALIAS:
        return Page.objects.filter(pk=view_kwargs["page_id"])
    if view_name == UPDATE_TRANSLATIONS and post.get("publish_translations"):
        source = TranslationSource.objects.filter(pk=view_kwargs["translation_source_id"]).first()
        if source is None:
            return None
        return Page.objects.filter(translation_key=source.object_id).exclude(locale_id=source.locale_id)
    return None


class TranslationPublishingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return None
        pages = pages_put_live(match.view_name, view_kwargs, request.POST)
        if pages is None or all(page.permissions_for_user(request.user).can_publish() for page in pages):
            return None
        messages.error(request, REFUSED)
        return redirect(request.get_full_path())


def translations_start_as_drafts(app_configs, **kwargs):
    if getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True) is not False:
        return [
            Error(
                "New translations would be published at once, without a medical review.",
                hint="Set WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False.",
                id="staff.E001",
            )
        ]
    return []
