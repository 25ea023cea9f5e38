"""The clinic's locations: address, phone, weekly hours, holiday closures and what patients need to get there.

A location is one record for both languages (a snippet, edited under Clinic › Locations), so a closure or
a change of hours is typed once and every page in every language shows it. The few texts that are prose
have a Spanish field beside the English one (bilingual.py). A change reaches the site when it is published.
"""

import datetime
import zoneinfo
from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst
from django.utils.translation import gettext
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.search import index

from clinic_site.content_cache import cached
from clinic_site.text import split_list, tel_href

from . import hour_wording, hours
from .bilingual import Bilingual, in_language
from .drafts import PublishedSnippet
from .validators import phone_validator, web_link_validator

MAP_SEARCH_URL = "https://www.google.com/maps/search/?"
TRANSLATED_TEXTS = ["name", "parking", "access", "services"]
SHOWS_ENGLISH = "Leave empty to show the English on Spanish pages."
WEEKDAY_CHOICES = list(WEEKDAYS.items())
# Special dates listed on the site from this many days ahead.
ANNOUNCE_DAYS = 60
UNITED_STATES = "United States"


# Every name the validator accepts, so that the list always holds a location's current zone.
TIME_ZONE_CHOICES = [(name, name) for name in sorted(zoneinfo.available_timezones())]


def time_zone_validator(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError("Enter a time zone name such as America/Phoenix or America/New_York.")


def default_time_zone():
    return settings.TIME_ZONE


class NameFieldPanel(TitleFieldPanel):
    """The name fills in the slug while the location is new; renaming it later keeps its web address."""

    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_should_apply(self):
            return not self.instance.pk


class Location(Bilingual, PublishedSnippet, index.Indexed, ClusterableModel):
    name = models.CharField(max_length=100, help_text="As patients know it, e.g. Chandler or Downtown Phoenix.")
    slug = models.SlugField(
        max_length=60, unique=True, help_text="The last part of the location's web address, e.g. chandler."
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first. The first location is the clinic's main address."
    )
    street_address = models.CharField(max_length=200, blank=True, help_text="Street and suite number.")
    city = models.CharField(max_length=100, blank=True, help_text="Town or city.")
    region = models.CharField(max_length=100, blank=True, help_text="State or region, e.g. AZ.")
    postcode = models.CharField(max_length=20, blank=True, help_text="ZIP or postal code.")
    country = models.CharField(
        max_length=100, blank=True, default=UNITED_STATES, help_text="Shown as the last line of the address."
    )
    phone = models.CharField(
        max_length=30,
        blank=True,
        validators=[phone_validator],
        help_text="This location's own number. Leave empty to show the clinic's main number.",
    )
    email = models.EmailField(blank=True, help_text="Optional email address for this location.")
    time_zone = models.CharField(
        max_length=60,
        default=default_time_zone,
        validators=[time_zone_validator],
        help_text="Used to tell patients whether the location is open now, e.g. America/Phoenix.",
    )
    booking_url = models.URLField(
        blank=True,
        validators=[web_link_validator],
        help_text="Online booking for this location only. Leave empty to use the clinic's booking link.",
    )
    directions_url = models.URLField(
        blank=True,
        validators=[web_link_validator],
        help_text="Optional link to directions. Leave empty for a map search of the address "
        "(a plain link: nothing loads from the map site until a patient taps it).",
    )
    parking = models.TextField(max_length=400, blank=True, help_text="Where to park, and what it costs.")
    access = models.TextField(
        "step-free access",
        max_length=400,
        blank=True,
        help_text="Step-free entrance, lifts, accessible toilets: what a wheelchair user needs to know.",
    )
    services = models.TextField(
        max_length=600, blank=True, help_text="Services offered at this location, one per line."
    )
    name_es = models.CharField("name (Spanish)", max_length=100, blank=True, help_text=SHOWS_ENGLISH)
    parking_es = models.TextField("parking (Spanish)", max_length=400, blank=True, help_text=SHOWS_ENGLISH)
    access_es = models.TextField("step-free access (Spanish)", max_length=400, blank=True, help_text=SHOWS_ENGLISH)
    services_es = models.TextField(
        "services (Spanish)", max_length=600, blank=True, help_text=f"One per line. {SHOWS_ENGLISH}"
    )

    panels = [
        MultiFieldPanel(
            [
                NameFieldPanel("name", placeholder=False, classname=""),
                # ASCII only, as the slug field accepts.
                FieldPanel("slug", widget=SlugInput(attrs={"data-w-slug-allow-unicode-value": "false"})),
                FieldPanel("sort_order"),
            ],
            heading="Location",
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("city"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("postcode")]),
                FieldPanel("country"),
                FieldPanel("directions_url"),
            ],
            heading="Address",
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("booking_url")], heading="Contact and booking"
        ),
        MultiFieldPanel(
            [
                FieldPanel("time_zone", widget=forms.Select(choices=TIME_ZONE_CHOICES)),
                InlinePanel("weekly_hours", label="Opening period"),
            ],
            heading="Weekly hours",
            help_text="One row per opening period; add two rows for a day with a lunch break. "
            "Days with no row are shown as closed.",
        ),
        InlinePanel(
            "special_dates",
            heading="Holidays and special dates",
            label="Special date",
            help_text=f"Closures or changed hours for a date or a range of dates, shown on the site "
            f"{ANNOUNCE_DAYS} days ahead.",
        ),
        MultiFieldPanel(
            [FieldPanel("parking"), FieldPanel("access"), FieldPanel("services")], heading="Getting there and services"
        ),
        MultiFieldPanel(
            [FieldPanel(f"{name}_es") for name in TRANSLATED_TEXTS],
            heading="In Spanish",
            help_text="What Spanish pages show; an empty field shows the English. Hours and special dates "
            "need no translation; each special date has its own Spanish note.",
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("city"), index.AutocompleteField("name")]
    translated_texts = TRANSLATED_TEXTS
    preview_template = "pages/location_page.html"

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def page_title(self):
        return self.texts["name"]

    @property
    def service_list(self):
        return split_list(self.texts["services"], "\n")

    @property
    def address_lines(self):
        locality = " ".join(part for part in [self.region, self.postcode] if part)
        city_line = ", ".join(part for part in [self.city, locality] if part)
        # The default country reads in the page's language; another is shown as typed.
        country = gettext("United States") if self.country == UNITED_STATES else self.country
        return [line for line in [self.street_address, city_line, country] if line]

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def map_link(self):
        if self.directions_url:
            return self.directions_url
        if not (self.street_address or self.city):
            return ""
        return MAP_SEARCH_URL + urlencode({"api": "1", "query": ", ".join(self.address_lines)})

    # Loaded once with the location (prefetched), then read from memory for every day asked about.
    @cached_property
    def _weekly(self):
        return sorted(self.weekly_hours.all(), key=lambda row: (row.weekday, row.opens))

    @cached_property
    def _special(self):
        return sorted(self.special_dates.all(), key=lambda row: row.start)

    def hours_on(self, weekday):
        return [row for row in self._weekly if row.weekday == weekday]

    def special_date_on(self, day):
        return next((row for row in self._special if row.start <= day <= row.last_day), None)

    def status(self, now=None):
        return hours.status_at(self, now)

    def upcoming_special_dates(self, today=None):
        today = today or timezone.localdate(timezone=hours.zone_of(self))
        horizon = today + datetime.timedelta(days=ANNOUNCE_DAYS)
        return [row for row in self._special if row.last_day >= today and row.start <= horizon]

    @property
    def week(self):
        """Monday to Sunday with consecutive days of the same hours merged, and today's marked:
        [{"text": "Monday to Friday, 9:00 AM to 5:00 PM", "is_today": True}, ...]."""
        today = timezone.localdate(timezone=hours.zone_of(self)).weekday()
        groups = []
        for day in range(7):
            periods = [(row.opens, row.closes) for row in self.hours_on(day)]
            if groups and groups[-1]["periods"] == periods:
                groups[-1]["days"].append(day)
            else:
                groups.append({"days": [day], "periods": periods})
        return [
            {
                "text": hour_wording.week_row_text(group["days"][0], group["days"][-1], group["periods"]),
                "is_today": today in group["days"],
            }
            for group in groups
        ]


class LocationHours(models.Model):
    """One opening period on a day of the week. A day with no period is closed."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="weekly_hours")
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAY_CHOICES)
    opens = models.TimeField(help_text="e.g. 09:00")
    closes = models.TimeField(help_text="e.g. 17:00, or 00:00 for midnight")

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = "opening period"

    def __str__(self):
        return f"{capfirst(WEEKDAYS[self.weekday])} {self.hours_text}"

    @property
    def hours_text(self):
        return hour_wording.hours_text([(self.opens, self.closes)])

    def clean(self):
        if self.opens is not None and self.closes is not None:
            check_period(self.opens, self.closes)


def check_period(opens, closes):
    if closes != hours.MIDNIGHT and closes <= opens:
        raise ValidationError(
            {
                "closes": "The closing time must be later than the opening time (00:00 means midnight). "
                "For hours past midnight, add a second row on the next day starting at 00:00."
            }
        )


class SpecialDate(models.Model):
    """A holiday closure, or changed hours, on one date or a range of dates."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="special_dates")
    start = models.DateField("date", help_text="The date, or the first date of a range.")
    end = models.DateField("until", null=True, blank=True, help_text="Last date of a range; empty for one day.")
    closed = models.BooleanField(default=True, help_text="Untick to give changed hours instead.")
    opens = models.TimeField(null=True, blank=True, help_text="Changed hours only.")
    closes = models.TimeField(null=True, blank=True, help_text="Changed hours only; 00:00 means midnight.")
    note = models.CharField(max_length=80, blank=True, help_text="e.g. Thanksgiving")
    note_es = models.CharField(
        "note (Spanish)", max_length=80, blank=True, help_text=f"e.g. Día de Acción de Gracias. {SHOWS_ENGLISH}"
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldRowPanel([FieldPanel("note"), FieldPanel("note_es")]),
    ]

    class Meta:
        ordering = ["start"]
        verbose_name = "special date"

    def __str__(self):
        return f"{self.start}: {self.text}"

    @property
    def last_day(self):
        return self.end or self.start

    def clean(self):
        errors = {}
        if self.end is not None and self.start is not None and self.end < self.start:
            errors["end"] = "The last date must be on or after the first date."
        if self.closed and (self.opens or self.closes):
            errors["opens"] = (
                "This date is marked closed, so these times would not be shown. "
                "Clear them, or untick 'closed' to give changed hours."
            )
        elif not self.closed and (self.opens is None or self.closes is None):
            errors["closes" if self.opens else "opens"] = (
                "Enter the changed opening and closing times, or tick 'closed'."
            )
        if errors:
            raise ValidationError(errors)
        if not self.closed:
            check_period(self.opens, self.closes)
        if self.end == self.start:
            self.end = None

    @property
    def note_text(self):
        return in_language(self, "note")

    @property
    def text(self):
        """ "Closed Thursday, November 26 (Thanksgiving)", "Open 9:00 AM to 1:00 PM on Friday, November 27"."""
        times = (None, None) if self.closed else (self.opens, self.closes)
        text = hour_wording.special_date_text(self.start, self.end, *times)
        return f"{text} ({self.note_text})" if self.note_text else text


def all_locations():
    """Every location, main one first, with its hours and special dates: every page shows them, so they come
    from the shared cache until the content changes."""
    return cached(
        "locations", lambda: list(Location.objects.filter(live=True).prefetch_related("weekly_hours", "special_dates"))
    )
