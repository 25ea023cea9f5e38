"""The dashboard panel: the last 7 days next to the 7 before, for those who may open the report. Weeks of
7 whole days, not calendar weeks, so that on a Monday the comparison is not one day against seven."""

import datetime

from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component

from booking.models import BookingClick, CallBackSource

from .models import PageViews

COUNTS = [
    (gettext_lazy("Page views"), PageViews, "views"),
    (gettext_lazy("Booking clicks"), BookingClick, "count"),
    (gettext_lazy("Call-back requests"), CallBackSource, "count"),
]


def week_on_week(model, field, today):
    """(the last 7 days up to today, the 7 days before), in one query."""
    this_week = today - datetime.timedelta(days=6)
    totals = model.objects.filter(day__gte=this_week - datetime.timedelta(days=7), day__lte=today).aggregate(
        recent=Sum(field, filter=Q(day__gte=this_week), default=0),
        before=Sum(field, filter=Q(day__lt=this_week), default=0),
    )
    return totals["recent"], totals["before"]


class VisitsPanel(Component):
    name = "visits"
    order = 95
    template_name = "stats/admin/visits_panel.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        return {
            "counts": [(label, *week_on_week(model, field, today)) for label, model, field in COUNTS],
            "recent_since": today - datetime.timedelta(days=6),
            "today": today,
            "before_since": today - datetime.timedelta(days=13),
            "before_until": today - datetime.timedelta(days=7),
            "report_url": reverse("visit_report"),
        }
