"""The site's top-level menu, shown in the header and on the error pages."""

from django.conf import settings

from .languages import language_homes


def menu_for(site, language=settings.LANGUAGE_CODE):
    """The top-level menu of the site's home page in `language`, as plain titles and links, cheap to cache."""
    home = language_homes(site).get(language)
    home_page = home.page() if home else None
    if home_page is None:
        return []
    pages = home_page.get_children().live().public().in_menu()
    return [{"pk": page.pk, "title": page.title, "url": page.get_url()} for page in pages]


def footer_links_for(clinic, language=settings.LANGUAGE_CODE):
    """The footer's links (privacy notice, accessibility statement, ...) to their live versions in `language`."""
    chosen = [link.page for link in clinic.footer_links.select_related("page__locale")]
    pages = [live_version(page, language) for page in chosen]
    return [{"title": page.title, "url": page.get_url()} for page in pages if page is not None]


def live_version(page, language):
    """The page's live version in `language` (itself, or a translation), or None."""
    if page is not None and page.locale.language_code != language:
        page = page.get_translations().filter(locale__language_code=language).first()
    return page if page is not None and page.live else None
