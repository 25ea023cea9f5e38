"""Consent records in the admin, for Clinic managers only (and superusers): editors and reviewers cannot list,
open or download them. The signed form is downloaded through `signed_form`, never from a media address."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .consents import ConsentRecord

VIEW_PERMISSION = "stories.view_consentrecord"


class ConsentCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class ConsentEditView(generic.EditView):
    def save_instance(self):
        if "expires_on" in self.form.changed_data:  # a renewed consent is warned of again before its new expiry
            self.form.instance.expiry_warned_on = None
        return super().save_instance()


class ConsentRecordViewSet(ModelViewSet):
    model = ConsentRecord
    name = "story_consents"
    icon = "doc-full"
    menu_label = "Story consents"
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    add_view_class = ConsentCreateView
    edit_view_class = ConsentEditView
    list_display = [
        "label",
        "date_signed",
        "expires_on",
        "revoked_on",
        Column("current", label="Current", accessor="is_current"),
        "recorded_by",
    ]


def signed_form(request, pk):
    """The signed consent form, as a download, to Clinic managers and superusers only; never cached."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    record = get_object_or_404(ConsentRecord, pk=pk)
    if not record.signed_form:
        raise Http404
    try:
        handle = record.signed_form.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=record.signed_form.name.rsplit("/", 1)[-1])
    response["Cache-Control"] = "private, no-store"
    return response
