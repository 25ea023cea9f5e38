"""Call-back requests in the admin, for Clinic managers only: list, open, change the status, export."""

from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import CallBackRequest

# A value a spreadsheet would run as a formula starts with one of these: it is exported as plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_plain_text(value):
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class CallBackIndexView(generic.IndexView):
    FORMATS = ("csv",)  # no XLSX: it would need openpyxl, and CSV is what was asked for
    custom_value_preprocess = {str: {"csv": as_plain_text}}

    @property
    def header_more_buttons(self):
        return [button for button in super().header_more_buttons if "xlsx" not in (button.url or "")]


class CallBackEditView(generic.EditView):
    def save_instance(self):
        """Saves the status, with who changed it and when."""
        instance = self.form.save(commit=False)
        if "status" in self.form.changed_data:
            instance.status_changed_by = self.request.user
            instance.status_changed_at = timezone.now()
        instance.save()
        self.has_content_changes = self.form.has_changed()
        return instance


class OnlyFromPatients(ModelPermissionPolicy):
    """Requests come from the site's form; no one adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


class CallBackRequestViewSet(ModelViewSet):
    model = CallBackRequest
    name = "call_back_requests"
    icon = "mail"
    menu_label = "Call-back requests"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = CallBackIndexView
    edit_view_class = CallBackEditView
    list_display = ["name", "created_at", "status", "reason", "preferred_time", "location", "status_changed_by"]
    list_filter = ["status"]
    list_export = [
        "created_at",
        "name",
        "phone",
        "email",
        "preferred_time",
        "reason",
        "location",
        "language",
        "status",
        "status_changed_at",
        "status_changed_by",
    ]
    export_filename = "call-back-requests"
    panels = [
        FieldPanel("status"),
        FieldPanel("name", read_only=True),
        FieldPanel("phone", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("preferred_time", read_only=True),
        FieldPanel("reason", read_only=True),
        FieldPanel("location", read_only=True),
        FieldPanel("language", read_only=True),
        FieldPanel("consent_given_at", read_only=True),
    ]


class NewCallBacksPanel(Component):
    """On the admin dashboard of those who handle them: how many requests wait for a first call."""

    name = "new_call_backs"
    order = 90
    template_name = "booking/admin/new_call_backs_panel.html"

    def get_context_data(self, parent_context=None):
        return {"count": CallBackRequest.objects.filter(status=CallBackRequest.Status.NEW).count()}
