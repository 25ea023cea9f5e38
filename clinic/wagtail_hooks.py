from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Location


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = "Locations"
    add_to_admin_menu = False
    list_display = ["name", "city", "phone", "sort_order"]


register_snippet(LocationViewSet)
