"""How opening hours and special dates read, in the language of the page.

Every range is a whole sentence of the catalogue ("Monday to Friday, 9:00 AM to 5:00 PM"; in Spanish
"De lunes a viernes, de 9:00 a. m. a 5:00 p. m."), so each language orders and joins its own words.
"""

from django.utils import formats
from django.utils.dateformat import time_format
from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext


def clock(value, short=False):
    """ "9:00 AM", or "9 AM" when short and on the hour; "9:00 a. m." in Spanish."""
    # Translators: Django's time formats; "A" reads the catalogue's AM and PM.
    pattern = gettext("g A") if short and value.minute == 0 else gettext("g:i A")
    return time_format(value, pattern)


def hours_text(periods):
    """ "9:00 AM to 12:00 PM and 1:00 PM to 5:00 PM" for [(opens, closes), ...]."""
    texts = [
        gettext("%(opens)s to %(closes)s") % {"opens": clock(opens), "closes": clock(closes)}
        for opens, closes in periods
    ]
    text = texts[-1]
    for earlier in reversed(texts[:-1]):
        text = gettext("%(earlier)s and %(later)s") % {"earlier": earlier, "later": text}
    return text


def week_row_text(first, last, periods):
    """One row of the week: "Monday to Friday, 9:00 AM to 5:00 PM", "Saturday to Sunday: closed"."""
    names = {"day": WEEKDAYS[first], "first": WEEKDAYS[first], "last": WEEKDAYS[last]}
    if not periods:
        text = gettext("%(day)s: closed") if first == last else gettext("%(first)s to %(last)s: closed")
        return capfirst(text % names)
    names["hours"] = hours_text(periods)
    text = gettext("%(day)s, %(hours)s") if first == last else gettext("%(first)s to %(last)s, %(hours)s")
    return capfirst(text % names)


def day_text(day):
    return formats.date_format(day, pgettext("date with weekday, without year", "l, F j"))


def range_parts(first, last):
    """The first and last day of a range; Spanish names the month once when both fall in it."""
    if (first.year, first.month) == (last.year, last.month):
        start = formats.date_format(first, pgettext("first date of a range within one month", "l, F j"))
    else:
        start = day_text(first)
    return {"first": start, "last": day_text(last)}


def special_date_text(start, end, opens=None, closes=None):
    """ "Closed Thursday, November 26", "Open 10:00 AM to 2:30 PM from Monday, December 28 to …"."""
    if end is None:
        values = {"date": day_text(start)}
        text = gettext("Closed %(date)s") if opens is None else gettext("Open %(opens)s to %(closes)s on %(date)s")
    else:
        values = range_parts(start, end)
        if opens is None:
            text = gettext("Closed from %(first)s to %(last)s")
        else:
            text = gettext("Open %(opens)s to %(closes)s from %(first)s to %(last)s")
    if opens is not None:
        values.update(opens=clock(opens), closes=clock(closes))
    return text % values
