from http import HTTPMethod

from django.http import Http404
from django.utils import timezone
from wagtail.models import Page

from clinic_site.page_cache import CacheHints
from pages.permissions import SitePagePermissionTester
from pages.structured_data import faq_page


class SitePage(Page):
    """What every page of the site shares: breadcrumbs and a description for listings and search engines."""

    # Pages are only read: forms post to views of their own (the call-back request, Wagtail's password form).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description

    def permissions_for_user(self, user):
        return SitePagePermissionTester(user, self)

    def open_graph_type(self):
        """What the page is to social networks (og:type)."""
        return "website"

    def structured_data(self, request, site_url):
        """What the page is to search engines: its schema.org entries beside the clinic and breadcrumbs."""
        faq = faq_page(request, self, getattr(self, "body", None))
        return [faq] if faq else []

    def route(self, request, path_components):
        """Wagtail's routing, remembering the pages passed on the way to the one served: its breadcrumbs."""
        request.route_trail = [*getattr(request, "route_trail", []), self]
        children = self.child_pages_to_route()
        if not path_components or children is None:
            return super().route(request, path_components)
        slug, *remaining = path_components
        child = children.child_of(self).filter(slug=slug).first()
        if child is None:
            raise Http404
        return child.route(request, remaining)

    def child_pages_to_route(self):
        """Where routing finds this page's children. None: Wagtail's own lookup, which loads a child and then
        its type's fields (two queries). A page type whose children are all of one type returns that type's
        pages, with what their template needs (select_related), to find a child in one query."""
        return None

    def get_breadcrumbs(self, request=None):
        """The pages above this one, from the home page down (the root node is never shown)."""
        trail = getattr(request, "route_trail", None)
        if trail and trail[-1].pk == self.pk:
            return [page for page in trail[:-1] if page.depth > 1]
        return list(self.get_ancestors().filter(depth__gt=1))

    def locations_open_now(self, request):
        """The locations whose "open now" the page shows: none here. Their statuses reach the template as
        `open_now` (a location missing from it shows none), and set how long the page may be cached."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs(request)
        context["open_now"] = open_statuses(self.locations_open_now(request))
        return context

    def cache_hints(self, request, context):
        """What the page cache must know of the page as `context` shows it: kept only until the first
        "open now" it shows changes, or the first thing it shows must leave. Attached to every response of the
        page (see wagtail_hooks)."""
        changes = [status.changes_at for status in context.get("open_now", {}).values()]
        # When something the page shows must be gone (a patient story whose consent ends), as aware datetimes.
        changes += context.get("content_ends_at", [])
        return CacheHints(fresh_until=min(changes, default=None), page_id=self.pk)


def open_statuses(locations):
    """{location pk: whether it is open now}, all worked out at one moment."""
    now = timezone.now()
    return {location.pk: location.status(now) for location in locations}
