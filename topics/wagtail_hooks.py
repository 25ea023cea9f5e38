from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 460  # after the Clinic menu
    add_to_admin_menu = True
    list_display = ["name", "name_es", "kind"]
    list_filter = ["kind"]


register_snippet(TopicViewSet)
