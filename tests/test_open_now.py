"""Open now or not, and until when: in the location's time zone, across midnight, lunch breaks, the
daylight-saving change and special dates. Locations are built in memory; nothing here needs the database."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from clinic.models import Location, LocationHours, SpecialDate

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")


def location(hours, special=(), time_zone="America/Phoenix"):
    place = Location(name="Test", slug="test", time_zone=time_zone)
    place.weekly_hours = [LocationHours(weekday=day, opens=opens, closes=closes) for day, opens, closes in hours]
    place.special_dates = list(special)
    return place


def at(year, month, day, hour, minute=0, zone=PHOENIX):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zone)


def t(hour, minute=0):
    return datetime.time(hour, minute)


WEEKDAYS_NINE_TO_FIVE = [(day, t(9), t(17)) for day in range(5)]
# 2026-11-30 is a Monday.


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (at(2026, 11, 30, 10), "Open now, closes at 5 PM"),
        (at(2026, 11, 30, 8, 59), "Closed now, opens at 9 AM"),
        (at(2026, 11, 30, 17), "Closed now, opens tomorrow at 9 AM"),  # closing time itself is closed
        (at(2026, 12, 4, 18), "Closed now, opens Monday at 9 AM"),
        (at(2026, 12, 5, 12), "Closed now, opens Monday at 9 AM"),
    ],
)
def test_a_plain_week(moment, text):
    assert location(WEEKDAYS_NINE_TO_FIVE).status(moment).text == text


def test_a_lunch_break_closes_the_location_between_its_two_periods():
    place = location([(1, t(9), t(12)), (1, t(13), t(17, 30))])
    assert place.status(at(2026, 12, 1, 11)).text == "Open now, closes at 12 PM"
    assert place.status(at(2026, 12, 1, 12, 30)).text == "Closed now, opens at 1 PM"
    assert place.status(at(2026, 12, 1, 14)).text == "Open now, closes at 5:30 PM"
    assert place.status(at(2026, 12, 1, 18)).text == "Closed now, opens on December 8 at 9 AM"  # a week on


def test_hours_that_run_past_midnight_read_as_one_stretch():
    # Friday 18:00 to midnight, then Saturday from midnight to 02:00.
    place = location([(4, t(18), t(0)), (5, t(0), t(2))])
    assert place.status(at(2026, 12, 4, 23, 30)).text == "Open now, closes tomorrow at 2 AM"
    assert place.status(at(2026, 12, 5, 1)).text == "Open now, closes at 2 AM"
    assert place.status(at(2026, 12, 5, 2)).text == "Closed now, opens Friday at 6 PM"


def test_the_status_is_worked_out_in_the_locations_own_time_zone():
    place = location(WEEKDAYS_NINE_TO_FIVE, time_zone="America/New_York")
    # 08:00 in Phoenix is 10:00 in New York (winter).
    assert place.status(at(2026, 11, 30, 8)).text == "Open now, closes at 5 PM"
    assert place.status(at(2026, 11, 30, 8)).until == at(2026, 11, 30, 17, zone=NEW_YORK)


def test_the_spring_daylight_saving_change():
    # New York moves its clocks forward at 02:00 on Sunday 8 March 2026.
    place = location(WEEKDAYS_NINE_TO_FIVE, time_zone="America/New_York")
    status = place.status(at(2026, 3, 7, 12, zone=NEW_YORK))
    assert status.text == "Closed now, opens Monday at 9 AM"
    assert status.until.astimezone(datetime.UTC) == datetime.datetime(2026, 3, 9, 13, tzinfo=datetime.UTC)  # EDT
    monday = place.status(at(2026, 3, 9, 16, 59, zone=NEW_YORK))
    assert monday.is_open
    assert monday.until.astimezone(datetime.UTC) == datetime.datetime(2026, 3, 9, 21, tzinfo=datetime.UTC)


def test_the_autumn_daylight_saving_change():
    # New York moves its clocks back at 02:00 on Sunday 1 November 2026; a night opening spans the change.
    place = location([(5, t(22), t(0)), (6, t(0), t(4))], time_zone="America/New_York")
    status = place.status(at(2026, 11, 1, 1, 30, zone=NEW_YORK))  # the first 01:30 (EDT)
    assert status.is_open and status.text == "Open now, closes at 4 AM"
    # Saturday 22:00 EDT to Sunday 04:00 EST is seven hours, not six.
    opened = at(2026, 10, 31, 22, zone=NEW_YORK).astimezone(datetime.UTC)
    assert status.until.astimezone(datetime.UTC) - opened == datetime.timedelta(hours=7)


def test_a_holiday_closes_the_day_and_the_next_opening_skips_it():
    thanksgiving = SpecialDate(start=datetime.date(2026, 11, 26), closed=True, note="Thanksgiving")
    place = location(WEEKDAYS_NINE_TO_FIVE, [thanksgiving])
    assert place.status(at(2026, 11, 25, 18)).text == "Closed now, opens Friday at 9 AM"
    assert place.status(at(2026, 11, 26, 10)).text == "Closed now, opens tomorrow at 9 AM"
    assert thanksgiving.text == "Closed Thursday, November 26 (Thanksgiving)"


def test_changed_hours_replace_the_weeks_hours_for_a_range_of_dates():
    short_days = SpecialDate(
        start=datetime.date(2026, 12, 24), end=datetime.date(2026, 12, 26), closed=False, opens=t(9), closes=t(13)
    )
    place = location(WEEKDAYS_NINE_TO_FIVE, [short_days])
    assert place.status(at(2026, 12, 24, 12)).text == "Open now, closes at 1 PM"
    assert place.status(at(2026, 12, 26, 10)).text == "Open now, closes at 1 PM"  # a Saturday, open this time
    assert short_days.text == "Open 9:00 AM to 1:00 PM from Thursday, December 24 to Saturday, December 26"


def test_a_location_closed_for_weeks_says_only_that_it_is_closed():
    closure = SpecialDate(start=datetime.date(2026, 12, 1), end=datetime.date(2027, 2, 1), closed=True)
    place = location(WEEKDAYS_NINE_TO_FIVE, [closure])
    assert place.status(at(2026, 12, 2, 10)).text == "Closed now"


def test_the_words_change_at_the_next_opening_or_closing_or_at_midnight():
    place = location(WEEKDAYS_NINE_TO_FIVE)
    assert place.status(at(2026, 11, 30, 10)).changes_at == at(2026, 11, 30, 17)
    # Friday evening: "opens Monday" is right until midnight, then the day name changes nothing, but the
    # status is worked out again then.
    assert place.status(at(2026, 12, 4, 20)).changes_at == at(2026, 12, 5, 0)


def test_spanish_wording():
    place = location(
        WEEKDAYS_NINE_TO_FIVE, [SpecialDate(start=datetime.date(2026, 12, 25), note="Christmas Day", note_es="Navidad")]
    )
    with translation.override("es"):
        assert place.status(at(2026, 11, 30, 10)).text == "Abierto ahora, cierra a las 5:00 p. m."
        assert place.status(at(2026, 12, 4, 18)).text == "Cerrado ahora, abre el lunes a las 9:00 a. m."
        assert place.special_dates.all()[0].text == "Cerrado el viernes 25 de diciembre (Navidad)"


def test_the_week_is_shown_monday_to_sunday_whatever_order_the_rows_were_typed_in():
    place = location([(5, t(9), t(12)), (0, t(13), t(17)), (0, t(8), t(12))])
    assert [row["text"] for row in place.week] == [
        "Monday, 8:00 AM to 12:00 PM and 1:00 PM to 5:00 PM",
        "Tuesday to Friday: closed",
        "Saturday, 9:00 AM to 12:00 PM",
        "Sunday: closed",
    ]


def errors_of(row):
    with pytest.raises(ValidationError) as raised:
        row.clean()
    return raised.value.message_dict


def test_times_typed_for_a_closed_date_are_refused_next_to_the_field():
    row = SpecialDate(start=datetime.date(2026, 12, 25), closed=True, opens=t(9), closes=t(13))
    assert "This date is marked closed" in errors_of(row)["opens"][0]


def test_changed_hours_need_both_times_in_order():
    assert "opens" in errors_of(SpecialDate(start=datetime.date(2026, 12, 24), closed=False, closes=t(13)))
    assert "closes" in errors_of(SpecialDate(start=datetime.date(2026, 12, 24), closed=False, opens=t(13), closes=t(9)))
    backwards = SpecialDate(start=datetime.date(2026, 12, 24), end=datetime.date(2026, 12, 20))
    assert "end" in errors_of(backwards)


def test_a_period_must_end_after_it_starts_unless_it_ends_at_midnight():
    assert "closes" in errors_of(LocationHours(weekday=0, opens=t(17), closes=t(9)))
    LocationHours(weekday=4, opens=t(18), closes=t(0)).clean()  # until midnight
