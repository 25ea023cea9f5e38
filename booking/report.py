"""Admin report: how often patients used the booking button, per day and per page."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .call_back_admin import as_plain_text
from .models import BookingClick

PERIODS = (30, 90)
PERMISSION = "booking.view_bookingclick"
CHART_WIDTH, CHART_HEIGHT = 720, 160


def can_view(user):
    return user.has_perm(PERMISSION)


def booking_report(request):
    if not can_view(request.user):
        raise PermissionDenied
    days = int(request.GET["days"]) if request.GET.get("days") in {str(period) for period in PERIODS} else PERIODS[0]
    today = timezone.localdate()
    since = today - datetime.timedelta(days=days - 1)
    clicks = BookingClick.objects.filter(day__gte=since, day__lte=today)
    if request.GET.get("export") == "csv":
        return csv_export(clicks, since, today)

    per_day = dict(clicks.values_list("day").annotate(total=Sum("count")))
    dates = [since + datetime.timedelta(days=n) for n in range(days)]
    daily = [(day, per_day.get(day, 0)) for day in dates]
    per_page = (
        clicks.values("source_page", "source_page__title")
        .annotate(total=Sum("count"))
        .order_by("-total", "source_page__title")
    )
    return render(
        request,
        "booking/admin/booking_report.html",
        {
            "days": days,
            "periods": PERIODS,
            "since": since,
            "today": today,
            "total": sum(total for _, total in daily),
            "daily": daily,
            "per_page": per_page,
            "chart": bar_chart(daily),
        },
    )


def bar_chart(daily):
    """Bars for an inline SVG, drawn on the server: no chart library, no script."""
    most = max((total for _, total in daily), default=0) or 1
    width = CHART_WIDTH / len(daily)
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "bars": [
            {
                "x": round(index * width, 2),
                "width": round(max(width - 2, 1), 2),
                "height": round(total / most * (CHART_HEIGHT - 20), 2),
                "y": round(CHART_HEIGHT - total / most * (CHART_HEIGHT - 20), 2),
                "day": day,
                "total": total,
            }
            for index, (day, total) in enumerate(daily)
        ],
    }


def csv_export(clicks, since, today):
    rows = clicks.select_related("source_page").order_by("day", "source_page__title")
    return csv_response(
        f"booking-clicks-{since}-to-{today}.csv",
        ["Date", "Page", "Clicks"],
        (
            [row.day.isoformat(), row.source_page.title if row.source_page else "(unknown page)", row.count]
            for row in rows
        ),
    )


def csv_response(filename, header, rows):
    """A CSV download of `rows` under `header`. Text a spreadsheet would run as a formula (a page titled
    "=…") is written as plain text."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([as_plain_text(value) if isinstance(value, str) else value for value in row])
    return response
