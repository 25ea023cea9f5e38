from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Clinician


class ClinicianViewSet(SnippetViewSet):
    model = Clinician
    icon = "user"
    menu_label = "Clinicians"
    add_to_admin_menu = False
    list_display = ["name", "credentials", "role"]
    # Search uses the model's own search_fields; naming fields here breaks SQLite's full-text backend.


register_snippet(ClinicianViewSet)
