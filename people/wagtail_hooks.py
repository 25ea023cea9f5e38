from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from clinic.wagtail_hooks import LocationViewSet

from .models import Clinician


class ClinicianViewSet(SnippetViewSet):
    model = Clinician
    icon = "user"
    menu_label = "Clinicians"
    list_display = ["name", "credentials", "role"]
    # Search uses the model's own search_fields; naming fields here breaks SQLite's full-text backend.


class ClinicSnippets(SnippetViewSetGroup):
    """The clinic's records kept once for both languages, under one menu item. Registered here, the lowest
    app that knows both locations and clinicians."""

    menu_label = "Clinic"
    menu_icon = "site"
    menu_order = 450  # after Pages, Images and Documents
    items = (LocationViewSet, ClinicianViewSet)


register_snippet(ClinicSnippets)
