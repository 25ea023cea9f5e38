from django.utils.html import strip_tags
from wagtail.models import Page


class SitePage(Page):
    """What every page of the site shares: breadcrumbs and a description for listings and search engines."""

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description

    def get_breadcrumbs(self):
        """The pages above this one, from the home page down (the root node is never shown)."""
        return self.get_ancestors().filter(depth__gt=1)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context


def plain_text(html):
    return " ".join(strip_tags(html).split())
