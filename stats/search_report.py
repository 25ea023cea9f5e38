"""Admin report "What patients search for": per language, the most searched terms and the searches that found
nothing over the last 30 days. Counts only, read from the daily totals."""

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from .models import SearchTerm
from .report import LANGUAGES, period_dates

DAYS = 30
TOP_TERMS = 20
PERMISSION = "stats.view_searchterm"
SEARCHES_IN = {"en": gettext_lazy("Searches in English"), "es": gettext_lazy("Searches in Spanish")}


def can_view(user):
    return user.has_perm(PERMISSION)


def term_counts(since, until):
    """{language: {"searched": [(term, searches)], "not_found": [(term, searches)]}}; two queries."""
    terms = SearchTerm.objects.filter(day__gte=since, day__lte=until).values_list("language", "term")
    searched = terms.annotate(total=Sum("searches")).order_by("-total", "term")
    not_found = terms.annotate(total=Sum("found_nothing")).filter(total__gt=0).order_by("-total", "term")
    counts = {language: {"searched": [], "not_found": []} for language in LANGUAGES}
    for name, rows in (("searched", searched), ("not_found", not_found)):
        for language, term, total in rows:
            found = counts.setdefault(language, {"searched": [], "not_found": []})[name]
            if len(found) < TOP_TERMS:
                found.append((term, total))
    return counts


def search_report(request):
    if not can_view(request.user):
        raise PermissionDenied
    since, today = period_dates(DAYS)
    return render(
        request,
        "stats/admin/search_report.html",
        {
            "days": DAYS,
            "since": since,
            "today": today,
            "languages": [
                (code, SEARCHES_IN.get(code, code), counts) for code, counts in term_counts(since, today).items()
            ],
        },
    )
