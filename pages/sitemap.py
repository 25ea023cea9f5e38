from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class EveryLanguageSitemap(Sitemap):
    """Wagtail's sitemap lists the site's home page and what is below it; this adds every translation of
    the home page (the Spanish site at /es/) and what is below each."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
