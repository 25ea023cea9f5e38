"""Each language's home page on a site: where that language's addresses are routed from, and where its
header, footer, language switcher and error pages send patients."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from clinic_site.content_cache import cached


@dataclass(frozen=True)
class LanguageHome:
    """A live home page in one language: its address, and the page itself when a request needs it.

    Kept in the cache as plain values; the page is loaded (one query) only to route or search below it.
    """

    page_id: int
    content_type_id: int
    url: str

    def page(self):
        """The home page as its own type (HomePage), or None if it has just been deleted."""
        model = ContentType.objects.get_for_id(self.content_type_id).model_class()
        return model.objects.filter(pk=self.page_id).first()


def language_homes(site):
    """{language code: LanguageHome} of the site's live home pages (its root page and the root page's
    translations), from the cache until the content changes; {} without a site."""
    if site is None:
        return {}

    def load():
        homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
        return {
            home.locale.language_code: LanguageHome(home.pk, home.content_type_id, home.relative_url(site))
            for home in homes
        }

    return cached(f"home-pages:{site.pk}", load)
