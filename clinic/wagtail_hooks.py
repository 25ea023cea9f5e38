from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Location


class LocationViewSet(SnippetViewSet):
    """Listed in the admin menu under Clinic (people/wagtail_hooks.py), beside the clinicians."""

    model = Location
    icon = "home"
    menu_label = "Locations"
    list_display = ["name", "city", "phone", "sort_order"]
