"""The site's top-level menu, shown in the header and on the error pages."""


def menu_for(site):
    """The site's top-level menu as plain titles and links, cheap to cache."""
    pages = site.root_page.get_children().live().public().in_menu()
    return [{"pk": page.pk, "title": page.title, "url": page.get_url()} for page in pages]
