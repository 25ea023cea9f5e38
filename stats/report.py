"""Admin report "What brings patients": per page, its views in each language, the booking clicks and call-back
requests made from it, and where visitors came from. Counts only, read from the daily totals."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, pgettext
from wagtail.models import Page

from booking.models import BookingClick, CallBackSource
from booking.report import bar_chart, csv_response

from .models import PageViews, VisitSource

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
DEFAULT_SORT = "-views"  # the most read pages first
PERMISSION = "stats.view_pageviews"
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
VIEWS_IN = {"en": gettext_lazy("Views in English"), "es": gettext_lazy("Views in Spanish")}
SOURCE_KINDS = {
    VisitSource.Kind.SEARCH: gettext_lazy("Search engines"),
    VisitSource.Kind.SOCIAL: gettext_lazy("Social networks"),
    VisitSource.Kind.SITE: gettext_lazy("Other sites"),
    VisitSource.Kind.DIRECT: gettext_lazy("Direct, or not known"),
}
TOP_HOSTS = 10


def can_view(user):
    return user.has_perm(PERMISSION)


@dataclass
class PageRow:
    """One page, its translations counted with it: a patient reading the Spanish version came to the same page."""

    title: str
    views_in: dict = field(default_factory=dict)
    clicks: int = 0
    call_backs: int = 0

    @property
    def views(self):
        return sum(self.views_in.values())

    @property
    def views_per_language(self):
        return [self.views_in.get(code, 0) for code in LANGUAGES]

    @property
    def click_rate(self):
        return per_hundred(self.clicks, self.views)

    @property
    def call_back_rate(self):
        return per_hundred(self.call_backs, self.views)

    def value(self, key):
        return self.views_in.get(key.removeprefix("views_"), 0) if key.startswith("views_") else getattr(self, key)


def per_hundred(count, views):
    """How many per 100 views, to one decimal; None when there were no views (no rate can be given)."""
    return round(count * 100 / views, 1) if views else None


def columns():
    """(sort key, heading) for each column, in order: what `?sort=` may name, with or without a leading "-"."""
    return [
        ("title", pgettext("visit report", "Page")),
        ("views", pgettext("visit report", "Views")),
        *((f"views_{code}", VIEWS_IN.get(code, code)) for code in LANGUAGES),
        ("clicks", gettext("Booking clicks")),
        ("click_rate", gettext("Booking clicks per 100 views")),
        ("call_backs", gettext("Call-back requests")),
        ("call_back_rate", gettext("Call-back requests per 100 views")),
    ]


def chosen_period(query):
    value = query.get("days")
    return int(value) if value in {str(period) for period in PERIODS} else DEFAULT_PERIOD


def chosen_sort(query):
    value = query.get("sort", "")
    return value if value.removeprefix("-") in {key for key, _ in columns()} else DEFAULT_SORT


def period_dates(days, today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=days - 1), today


def page_rows(since, until):
    """Every page with a view, a booking click or a call-back request in the period; four queries in all."""
    in_period = Q(day__gte=since, day__lte=until)
    views = PageViews.objects.filter(in_period).values_list("page", "language").annotate(total=Sum("views"))
    clicks = BookingClick.objects.filter(in_period).values_list("source_page").annotate(total=Sum("count"))
    call_backs = CallBackSource.objects.filter(in_period).values_list("source_page").annotate(total=Sum("count"))
    views, clicks, call_backs = list(views.order_by()), dict(clicks.order_by()), dict(call_backs.order_by())
    groups = translation_groups({page for page, _, _ in views} | set(clicks) | set(call_backs))

    rows = {}

    def row_for(page_id):
        # Clicks and requests whose page is not known (or was deleted since) share the row of key None.
        key, title = groups.get(page_id, (None, gettext("(unknown page)")))
        return rows.setdefault(key, PageRow(title=title))

    for page_id, language, total in views:
        row = row_for(page_id)
        row.views_in[language] = row.views_in.get(language, 0) + total
    for page_id, total in clicks.items():
        row_for(page_id).clicks += total
    for page_id, total in call_backs.items():
        row_for(page_id).call_backs += total
    return list(rows.values())


def translation_groups(page_ids):
    """{page id: (translation key, title)} in one query: a page and its translations share a row, under the
    title of the site's main language where that version exists."""
    page_ids.discard(None)
    if not page_ids:
        return {}
    group_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = list(
        Page.objects.filter(translation_key__in=group_keys).values_list(
            "pk", "translation_key", "title", "locale__language_code"
        )
    )
    titles = {}
    for _pk, key, title, language in pages:
        if key not in titles or language == settings.LANGUAGE_CODE:
            titles[key] = title
    return {pk: (key, titles[key]) for pk, key, _title, _language in pages}


def sorted_rows(rows, sort):
    """Sorted by the column `sort` names ("-" first: largest first), title next; a rate that cannot be given
    (no views) comes last either way."""
    key, descending = sort.removeprefix("-"), sort.startswith("-")
    rows = sorted(rows, key=lambda row: row.title.casefold())
    if key == "title":
        return rows[::-1] if descending else rows
    known = [row for row in rows if row.value(key) is not None]
    unknown = [row for row in rows if row.value(key) is None]
    return sorted(known, key=lambda row: row.value(key), reverse=descending) + unknown


def visit_sources(since, until):
    """Visits per kind of source, every kind listed, and the other sites that sent the most (search engines and
    social networks are counted as kinds only); two queries."""
    sources = VisitSource.objects.filter(day__gte=since, day__lte=until)
    per_kind = dict(sources.values_list("kind").annotate(total=Sum("visits")).order_by())
    other_sites = sources.filter(kind=VisitSource.Kind.SITE).exclude(host="")
    hosts = other_sites.values_list("host").annotate(total=Sum("visits")).order_by("-total", "host")
    return {
        "kinds": [(label, per_kind.get(kind, 0)) for kind, label in SOURCE_KINDS.items()],
        "total": sum(per_kind.values()),
        "hosts": list(hosts[:TOP_HOSTS]),
    }


def daily_views(since, until):
    per_day = dict(
        PageViews.objects.filter(day__gte=since, day__lte=until).values_list("day").annotate(total=Sum("views"))
    )
    days = (until - since).days + 1
    return [(day, per_day.get(day, 0)) for day in (since + datetime.timedelta(days=n) for n in range(days))]


def visit_report(request):
    if not can_view(request.user):
        raise PermissionDenied
    days, sort = chosen_period(request.GET), chosen_sort(request.GET)
    since, today = period_dates(days)
    rows = sorted_rows(page_rows(since, today), sort)
    if request.GET.get("export") == "csv":
        return csv_export(rows, since, today)
    daily = daily_views(since, today)
    return render(
        request,
        "stats/admin/visit_report.html",
        {
            "days": days,
            "periods": PERIODS,
            "since": since,
            "today": today,
            "sort": sort,
            "headings": headings(days, sort),
            "rows": rows,
            "totals": PageRow(
                title=gettext("All pages"),
                views_in={code: sum(row.views_in.get(code, 0) for row in rows) for code in LANGUAGES},
                clicks=sum(row.clicks for row in rows),
                call_backs=sum(row.call_backs for row in rows),
            ),
            "daily": daily,
            "chart": bar_chart(daily),
            "sources": visit_sources(since, today),
        },
    )


def headings(days, sort):
    """Each column's heading with the address that sorts by it: numbers largest first on the first click,
    titles A to Z, and the other way round on the next."""
    key, descending = sort.removeprefix("-"), sort.startswith("-")
    result = []
    for column, label in columns():
        if column == key:
            next_sort = column if descending else f"-{column}"
            order = "descending" if descending else "ascending"
        else:
            next_sort, order = (column if column == "title" else f"-{column}"), None
        result.append({"label": label, "sort": next_sort, "order": order, "query": f"?days={days}&sort={next_sort}"})
    return result


def csv_export(rows, since, today):
    header = [label for _, label in columns()]
    lines = (
        [
            row.title,
            row.views,
            *row.views_per_language,
            row.clicks,
            "" if row.click_rate is None else row.click_rate,
            row.call_backs,
            "" if row.call_back_rate is None else row.call_back_rate,
        ]
        for row in rows
    )
    return csv_response(f"visits-{since}-to-{today}.csv", header, lines)
