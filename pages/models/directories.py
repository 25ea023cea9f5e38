"""Listings whose entries each have a page of their own: the clinic's locations, and its team."""

from functools import cached_property

from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from clinic.locations import all_locations
from clinic_site.content_cache import cached
from pages import structured_data
from pages.languages import page_versions
from pages.subpages import Subpage
from people.team import team
from topics.listing import groups_by_kind, live_topics

from .articles import ArticlePage
from .base import SitePage, open_statuses


class DirectoryPage(RoutablePageMixin, SitePage):
    """A listing at its own address, with each entry's page below it (/locations/chandler/). Every address
    of an entry's page comes from `entry_url`, as the `entry` route names it."""

    introduction = models.TextField(max_length=400, blank=True, help_text="Optional opening sentence or two.")

    content_panels = SitePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    entry_template = ""

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.introduction

    def entries(self, request):
        raise NotImplementedError

    def entry_subpage(self, request, entry):
        raise NotImplementedError

    def entry_slug(self, entry, language=None):
        """The last part of an entry's address in a language (None: this page's language): the same in every
        language unless a directory says otherwise."""
        return entry.slug

    def entry_context(self, request, entry):
        """What an entry's page shows beyond the entry itself."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.entries(request)
        return context

    @path("<slug:slug>/")
    def entry(self, request, slug):
        language = translation.get_language()  # the address's language, which served this page
        found = next((entry for entry in self.entries(request) if self.entry_slug(entry, language) == slug), None)
        if found is None:
            raise Http404
        context = {
            **self.entry_context(request, found),
            "entry": found,
            "subpage": self.entry_subpage(request, found),
            "breadcrumbs": [*self.get_breadcrumbs(request), self],
            # An entry's page shows what the listing shows of it.
            "open_now": open_statuses([found] if found in self.locations_open_now(request) else []),
        }
        return self.render(request, context_overrides=context, template=self.entry_template)

    def entry_path(self, entry, language=None):
        """An entry's page below this one (or below its version in `language`), as the route names it:
        "chandler/"."""
        return self.reverse_subpage("entry", kwargs={"slug": self.entry_slug(entry, language)})

    def entry_url(self, entry, request=None, full=False):
        """The address of an entry's page (/locations/chandler/, /es/ubicaciones/chandler/), with the site's
        root when `full`; "" when this page has no address."""
        url = self.get_full_url(request) if full else self.get_url(request)
        return url + self.entry_path(entry) if url else ""

    def entry_versions(self, request, entry):
        """{language code: address} of an entry's page below each language's version of this page."""
        return {code: url + self.entry_path(entry, code) for code, url in page_versions(request, self).items()}

    def subpage_for(self, request, entry, **details):
        url, versions = self.entry_url(entry, request), self.entry_versions(request, entry)
        return Subpage(url=url, versions=versions, **details)

    def get_cached_paths(self):
        """What a CDN is told to drop when this page changes: the listing and each entry's page."""
        return ["/", *("/" + self.entry_path(entry) for entry in self.entries(None))]

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if urls:
            urls += [{"location": self.entry_url(entry, request, full=True)} for entry in self.entries(request)]
        return urls


class LocationIndexPage(DirectoryPage):
    """Every location, with its address, hours and whether it is open now. Locations are edited under
    Clinic › Locations, once for both languages."""

    entry_template = "pages/location_page.html"

    class Meta:
        verbose_name = "locations page"

    def entries(self, request):
        return all_locations()

    def locations_open_now(self, request):
        return self.entries(request)

    def entry_subpage(self, request, location):
        address = ", ".join(location.address_lines)
        # No JSON-LD of its own: every page already describes every location.
        return self.subpage_for(request, location, title=location.texts["name"], description=address)


class TeamIndexPage(DirectoryPage):
    """The clinicians patients may meet, each with a profile. Clinicians are edited under
    Clinic › Clinicians by the people who may edit them."""

    entry_template = "pages/clinician_page.html"

    class Meta:
        verbose_name = "team page"

    def entries(self, request):
        return cached("team", team)

    def entry_subpage(self, request, clinician):
        return self.subpage_for(
            request,
            clinician,
            title=clinician.name_with_credentials,
            description=Truncator(clinician.texts["bio"]).chars(160),
            structured_data=[structured_data.physician(request, self, clinician)],
        )


class TopicIndexPage(DirectoryPage):
    """Conditions and treatments A–Z: every published topic, by kind and first letter, each with a page
    listing the articles about it in the page's language. Topics are edited under Topics, once for both
    languages; articles are tagged with them on their Content tab."""

    entry_template = "pages/topic_page.html"

    class Meta:
        verbose_name = "conditions and treatments A–Z page"

    def entries(self, request):
        return live_topics()

    def entry_slug(self, entry, language=None):
        # A Spanish page's address uses the Spanish slug (/es/temas/migrana/).
        return entry.slug_in(language or self.language)

    @cached_property
    def language(self):
        """This page's language code, from the shared cache rather than a query per page served."""
        return cached(f"locale-code:{self.locale_id}", lambda: Locale.objects.get(pk=self.locale_id).language_code)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_groups"] = groups_by_kind(context["entries"])
        return context

    def entry_context(self, request, topic):
        return {"articles": cached(f"topic-articles:{self.pk}:{topic.pk}", lambda: self.articles_about(topic))}

    def articles_about(self, topic):
        """The live articles tagged with the topic below this page's home page, newest first."""
        home_path = self.path[: self.steplen * (self.depth - 1)]  # the parent's path: no query for the parent
        return list(
            ArticlePage.objects.live()
            .public()
            .filter(topics=topic, path__startswith=home_path, locale_id=self.locale_id)
            .select_related("hero_image")
            .order_by("-date_published", "-pk")
        )

    def entry_subpage(self, request, topic):
        url = self.entry_url(topic, request)
        return self.subpage_for(
            request,
            topic,
            title=topic.texts["name"],
            description=topic.texts["summary"],
            structured_data=[structured_data.topic_page(request, url, topic)],
        )
