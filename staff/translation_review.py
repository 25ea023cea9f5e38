"""Translations made in wagtail-localize's editor go through the same approval as any change.

That editor publishes only for people who may publish, and has no "Submit for review". Here an editor
saves the translated text as a draft of the translated page and starts the page's workflow with it, so
that a Spanish article waits for a medical reviewer as the English does.
"""

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation


def translation_of(page):
    """The wagtail-localize translation that writes this page, if it is one."""
    translations = Translation.objects.filter(source__object_id=page.translation_key, enabled=True)
    return translations.filter(target_locale_id=page.locale_id).select_related("source").first()


def can_submit(page, user):
    return (
        page.get_workflow() is not None
        and page.permissions_for_user(user).can_edit()
        and translation_of(page) is not None
    )


def submit_translation_for_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_submit(page, request.user):
        raise PermissionDenied
    workflow = page.get_workflow()
    if request.method != "POST":
        return TemplateResponse(request, "staff/admin/submit_translation.html", {"page": page, "workflow": workflow})
    if page.workflow_in_progress:
        messages.error(request, f"'{page.get_admin_display_title()}' is already waiting for approval.")
        return redirect("wagtailadmin_pages:edit", page.pk)
    translation = translation_of(page)
    total, translated = translation.get_progress()
    if translated < total:  # wagtail-localize would fill the gaps with the source language's text
        messages.error(
            request,
            f"Translate every part of the page first ({translated} of {total} done), then submit it. "
            f"Still to translate: {'; '.join(untranslated_parts(translation, page))}.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError as error:
        messages.error(request, f"The translation could not be saved: {'; '.join(error.messages)}")
        return redirect("wagtailadmin_pages:edit", page.pk)
    page = Page.objects.get(pk=page.pk).specific
    workflow.start(page, request.user)
    messages.success(request, f"'{page.get_admin_display_title()}' was submitted to {workflow.name}.")
    return redirect("wagtailadmin_explore", page.get_parent().pk)


def untranslated_parts(translation, page):
    """Where the untranslated text is, as staff find it in the editor: "Slug (Promote tab)"."""
    missing = StringSegment.objects.filter(source_id=translation.source_id).annotate_translation(
        translation.target_locale
    )
    fields = []
    for path in missing.filter(translation__isnull=True).values_list("context__path", flat=True):
        if (field := path.split(".")[0]) not in fields:
            fields.append(field)
    places = field_places(page)
    return [places.get(field, field.replace("_", " ").capitalize()) for field in fields]


def field_places(page):
    """{field name: "Label (Tab tab)"} for the fields of the page's editor."""
    places = {}
    for tab in page.get_edit_handler().children:
        for panel in panels_in(tab):
            try:
                label = str(page._meta.get_field(panel.field_name).verbose_name)
            except FieldDoesNotExist:
                label = panel.field_name.replace("_", " ")
            places[panel.field_name] = f"{label[:1].upper()}{label[1:]} ({tab.heading} tab)"
    return places


def panels_in(panel):
    if isinstance(panel, FieldPanel):
        yield panel
    for child in getattr(panel, "children", []):
        yield from panels_in(child)


def submit_button(page, user, view_name=None, next_url=None):
    if can_submit(page, user) and not page.workflow_in_progress:
        url = reverse("submit_translation_for_review", args=[page.pk])
        yield ListingButton("Submit translation for approval", url, priority=61, icon_name="resubmit")
