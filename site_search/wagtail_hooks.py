from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SearchSynonyms


class SearchSynonymsViewSet(SnippetViewSet):
    model = SearchSynonyms
    icon = "search"
    menu_label = "Search synonyms"
    list_display = ["words", "language"]
    list_filter = ["language"]
    search_fields = ["words"]


register_snippet(SearchSynonymsViewSet)
