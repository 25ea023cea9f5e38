"""The clinic's own site on a fresh install: its public address and the pages every clinic needs.

`manage.py setup_site` runs this on every deploy. It sets the default site's address from
SITE_URL and, on a database holding only Wagtail's welcome page, builds the page tree from our
page types without any example text: the home, conditions, contact, locations, team and
conditions-and-treatments A–Z pages are published and show only what staff fill in (the last three
list Clinic › Locations and Clinicians and the Topics, with a page for each); the privacy notice
and accessibility statement wait as drafts for staff to write. Pages staff have made are never touched.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale, Page, Site

from pages.models import (
    ArticleIndexPage,
    ContactPage,
    HomePage,
    LocationIndexPage,
    StandardPage,
    TeamIndexPage,
    TopicIndexPage,
)

DEFAULT_PORTS = {"http": 80, "https": 443}
PUBLISHED_PAGES = [
    (ArticleIndexPage, {"slug": "conditions-treatments", "title": "Conditions & treatments", "show_in_menus": True}),
    (ContactPage, {"slug": "contact", "title": "Contact us", "show_in_menus": True}),
    (LocationIndexPage, {"slug": "locations", "title": "Locations", "show_in_menus": True}),
    (TeamIndexPage, {"slug": "our-team", "title": "Our team", "show_in_menus": True}),
    (TopicIndexPage, {"slug": "topics", "title": "Conditions and treatments A–Z"}),
]
DRAFT_PAGES = [
    (StandardPage, {"slug": "privacy", "title": "Privacy notice"}),
    (StandardPage, {"slug": "accessibility", "title": "Accessibility statement"}),
]


def address_from(site_url):
    """(hostname, port) for a site URL such as https://clinic.example. Wagtail tells the scheme by the
    port (443 is https), so https must use 443 and http anything else."""
    parts = urlsplit(site_url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path not in ("", "/"):
        raise ValidationError(f"SITE_URL must look like https://clinic.example, not {site_url!r}.")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if (parts.scheme == "https") != (port == 443):
        raise ValidationError("SITE_URL: https is served on port 443 only, and port 443 is https only.")
    return parts.hostname, port


def replace_welcome_page(root):
    """Wagtail's own "Welcome" page, when it is the only page, is deleted (its site kept, pointed at the
    root for now). Returns the slug free for the home page."""
    welcome = Page.objects.child_of(root).filter(slug="home").first()
    if welcome is None:
        return "home"
    if type(welcome.specific) is Page and not welcome.get_children().exists():
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()
        return "home"
    return "clinic"


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_page_tree(root, log):
    home = publish(root, HomePage(slug=replace_welcome_page(root), title="Home", hero_heading="Welcome"))
    for page_class, fields in PUBLISHED_PAGES:
        publish(home, page_class(**fields))
    for page_class, fields in DRAFT_PAGES:
        draft = page_class(live=False, **fields)
        home.add_child(instance=draft)
        draft.save_revision()
    log(
        "Built the home, conditions, contact, locations, team and A–Z pages; "
        "the privacy notice and accessibility statement are drafts."
    )
    return home


@transaction.atomic
def setup_site(site_url, log=print):
    """Idempotent: the second run finds everything in place and changes nothing."""
    hostname, port = address_from(site_url)
    root = Page.get_first_root_node()
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:  # staff can then translate pages into each
        if Locale.objects.get_or_create(language_code=code)[1]:
            log(f"Added the language {name} ({code}).")
    home = HomePage.objects.child_of(root).filter(locale=Locale.get_default()).first() or build_page_tree(root, log)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    wanted = {
        "hostname": hostname,
        "port": port,
        # A site already on a page of the clinic's stays there; one left on the tree's root moves home.
        "root_page_id": home.pk if site.root_page_id in (None, root.pk) else site.root_page_id,
    }
    if site._state.adding or any(getattr(site, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
        log(f"The site's address is {site.root_url}/")
    return site
