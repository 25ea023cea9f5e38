"""A location's opening hours as times in its own time zone: open now or not, and until when.

Weekly hours allow several periods a day. A special date (a holiday closure or changed hours) replaces the
weekly hours of each day it covers. A period ending at midnight (00:00) joins one starting at midnight the
next day, so a late evening and an early morning read as one stretch.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext, pgettext

from . import hour_wording

# How far ahead "opens on …" looks; a location closed for longer just says it is closed.
LOOK_AHEAD_DAYS = 21
MIDNIGHT = datetime.time(0, 0)


@dataclass(frozen=True)
class Status:
    is_open: bool
    until: datetime.datetime | None  # when it closes (open) or next opens (closed); None: not within three weeks
    zone: zoneinfo.ZoneInfo
    now: datetime.datetime

    @property
    def changes_at(self):
        """When the words shown for this status stop being right: the next opening or closing, or the next
        local midnight ("tomorrow" becomes "today"), whichever comes first."""
        local = self.now.astimezone(self.zone)
        midnight = on_day(local.date() + datetime.timedelta(days=1), MIDNIGHT, self.zone)
        return min(self.until, midnight) if self.until else midnight

    @property
    def text(self):
        if self.is_open:
            if self.until is None:
                return gettext("Open now")
            return gettext("Open now, closes %(when)s") % {"when": when_text(self.until, self.now, self.zone)}
        if self.until is None:
            return gettext("Closed now")
        return gettext("Closed now, opens %(when)s") % {"when": when_text(self.until, self.now, self.zone)}


def zone_of(location):
    return zoneinfo.ZoneInfo(location.time_zone)


def on_day(day, time, zone):
    """A wall-clock time on a day, as a moment in UTC (aware). Times skipped by the spring change move on."""
    local = datetime.datetime.combine(day, time, tzinfo=zone)
    return local.astimezone(datetime.UTC)


def periods_on(location, day):
    """[(opens, closes)] as UTC moments for one day: a special date covering the day wins over the week."""
    zone = zone_of(location)
    special = location.special_date_on(day)
    if special is not None:
        times = [] if special.closed else [(special.opens, special.closes)]
    else:
        times = [(row.opens, row.closes) for row in location.hours_on(day.weekday())]
    periods = []
    for opens, closes in times:
        end_day = day + datetime.timedelta(days=1) if closes == MIDNIGHT else day
        periods.append((on_day(day, opens, zone), on_day(end_day, closes, zone)))
    return periods


def stretches(location, first_day, days):
    """Opening periods from first_day on, with periods that meet (at midnight, or back to back) joined."""
    joined = []
    for offset in range(days):
        for opens, closes in sorted(periods_on(location, first_day + datetime.timedelta(days=offset))):
            if joined and opens <= joined[-1][1]:
                joined[-1] = (joined[-1][0], max(joined[-1][1], closes))
            else:
                joined.append((opens, closes))
    return joined


def status_at(location, now=None):
    """Whether the location is open at `now` (default: this moment), and until when."""
    now = now or timezone.now()
    zone = zone_of(location)
    yesterday = now.astimezone(zone).date() - datetime.timedelta(days=1)
    for opens, closes in stretches(location, yesterday, LOOK_AHEAD_DAYS + 1):
        if opens <= now < closes:
            # Still open at the end of the look-ahead: no closing time to give.
            ends_in_view = closes < on_day(yesterday + datetime.timedelta(days=LOOK_AHEAD_DAYS), MIDNIGHT, zone)
            return Status(True, closes if ends_in_view else None, zone, now)
        if opens > now:
            return Status(False, opens, zone, now)
    return Status(False, None, zone, now)


def when_text(moment, now, zone):
    """ "at 5 PM" today, "tomorrow at 9 AM", "Monday at 9 AM" within a week, else "on January 5 at 9 AM"."""
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    days_ahead = (local.date() - today).days
    clock = hour_wording.clock(local, short=True)
    if days_ahead <= 0:
        return gettext("at %(time)s") % {"time": clock}
    if days_ahead == 1:
        return gettext("tomorrow at %(time)s") % {"time": clock}
    if days_ahead < 7:
        return gettext("%(day)s at %(time)s") % {"day": WEEKDAYS[local.weekday()], "time": clock}
    date = formats.date_format(local.date(), pgettext("date without year", "F j"))
    return gettext("on %(date)s at %(time)s") % {"date": date, "time": clock}
