"""Admin widgets for clinic details."""

from django import forms
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Site


class PageChooserFromHome(AdminPageChooser):
    """A page chooser that opens at the home page, where every page a link can go to is, instead of at the
    tree's root; once a page is chosen, it opens at that page's parent, as Wagtail's does."""

    js_constructor = "PageChooserFromHome"

    def get_js_init_options(self, id_, name, value_data):
        home = Site.objects.filter(is_default_site=True).values_list("root_page_id", flat=True).first()
        return {**super().get_js_init_options(id_, name, value_data), "homeId": home}

    @property
    def media(self):
        return super().media + forms.Media(js=["js/page-chooser-from-home.js"])
