"""Visit counts kept by the site itself: one number per page, language and day, and where visits came
from as a coarse category. Nothing about a visitor is stored: no cookie, address, user agent or row per
visit (docs/data_protection.md)."""

from django.db import models


class PageViews(models.Model):
    """How many times a page was viewed in one language on one day, by people (bots and staff aside)."""

    day = models.DateField()
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, help_text="The language of the page's address (en, es).")
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "page views on a day"
        verbose_name_plural = "page views per day"
        constraints = [
            models.UniqueConstraint(fields=["day", "page", "language"], name="one_view_count_per_day_page_language")
        ]

    def __str__(self):
        return f"{self.day} {self.language} page {self.page_id}: {self.views}"


class VisitSource(models.Model):
    """Where visits came from on one day: a category from the Referer's host, and for another site its
    host name alone (never the address)."""

    class Kind(models.TextChoices):
        SEARCH = "search", "Search engine"
        SOCIAL = "social", "Social network"
        SITE = "site", "Another site"
        DIRECT = "direct", "Direct or unknown"

    day = models.DateField()
    language = models.CharField(max_length=8, help_text="The language of the page the visit arrived on.")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    host = models.CharField(max_length=253, blank=True, help_text="Another site's host name; empty otherwise.")
    visits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "visit source on a day"
        verbose_name_plural = "visit sources per day"
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "kind", "host"], name="one_count_per_day_language_source"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.kind} {self.host}: {self.visits}"


class SearchTerm(models.Model):
    """How many times a term was searched for in one language on one day, and how many of those searches found
    nothing. Terms with a digit or an "@" are never stored (stats/search_counts.py)."""

    day = models.DateField()
    language = models.CharField(max_length=8, help_text="The language of the search page's address (en, es).")
    term = models.CharField(max_length=100, help_text="The words searched for, in lower case.")
    searches = models.PositiveIntegerField(default=0)
    found_nothing = models.PositiveIntegerField(default=0, help_text="Searches for the term that found no page.")

    class Meta:
        verbose_name = "search term on a day"
        verbose_name_plural = "search terms per day"
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "term"], name="one_search_count_per_day_language_term")
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.term!r}: {self.searches}"
