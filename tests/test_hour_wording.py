"""Hours and dates read as sentences in each language: US formats in English, Spanish word order in Spanish."""

import datetime

import pytest
from django.utils import translation

from clinic.models import Location, LocationHours, SpecialDate
from tests.html import visible_text

TIME = datetime.time


def closure(start, end=None, opens=None, closes=None):
    return SpecialDate(start=start, end=end, closed=opens is None, opens=opens, closes=closes).text


def week(*rows):
    location = Location(name="Example", time_zone="America/Phoenix")
    location.weekly_hours = [LocationHours(weekday=day, opens=opens, closes=closes) for day, opens, closes in rows]
    return [row["text"] for row in location.week]


WEEKDAYS_NINE_TO_FIVE = [(day, TIME(9), TIME(17)) for day in range(5)]
DEC = datetime.date(2026, 12, 21)  # a Monday


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Closed Monday, December 21"),
        ("es", "Cerrado el lunes 21 de diciembre"),
    ],
)
def test_one_closed_day(language, expected):
    with translation.override(language):
        assert closure(DEC) == expected


@pytest.mark.parametrize(
    ("language", "end", "expected"),
    [
        ("en", DEC + datetime.timedelta(days=2), "Closed from Monday, December 21 to Wednesday, December 23"),
        ("es", DEC + datetime.timedelta(days=2), "Cerrado del lunes 21 al miércoles 23 de diciembre"),
        ("es", datetime.date(2027, 1, 1), "Cerrado del lunes 21 de diciembre al viernes 1 de enero"),
    ],
)
def test_several_closed_days(language, end, expected):
    with translation.override(language):
        assert closure(DEC, end) == expected


@pytest.mark.parametrize(
    ("language", "days", "expected"),
    [
        ("en", 0, "Open 10:00 AM to 2:30 PM on Monday, December 28"),
        ("es", 0, "Abierto de 10:00 a. m. a 2:30 p. m. el lunes 28 de diciembre"),
        ("en", 2, "Open 10:00 AM to 2:30 PM from Monday, December 28 to Wednesday, December 30"),
        ("es", 2, "Abierto de 10:00 a. m. a 2:30 p. m. del lunes 28 al miércoles 30 de diciembre"),
    ],
)
def test_changed_hours(language, days, expected):
    start = datetime.date(2026, 12, 28)
    end = start + datetime.timedelta(days=days) if days else None
    with translation.override(language):
        assert closure(start, end, TIME(10), TIME(14, 30)) == expected


def test_weekly_rows_in_english():
    with translation.override("en"):
        assert week(*WEEKDAYS_NINE_TO_FIVE) == ["Monday to Friday, 9:00 AM to 5:00 PM", "Saturday to Sunday: closed"]
        assert week((0, TIME(9), TIME(12)), (0, TIME(13), TIME(17))) == [
            "Monday, 9:00 AM to 12:00 PM and 1:00 PM to 5:00 PM",
            "Tuesday to Sunday: closed",
        ]


def test_weekly_rows_in_spanish():
    with translation.override("es"):
        assert week(*WEEKDAYS_NINE_TO_FIVE) == [
            "De lunes a viernes, de 9:00 a. m. a 5:00 p. m.",
            "De sábado a domingo: cerrado",
        ]
        assert week((0, TIME(9), TIME(12)), (6, TIME(10), TIME(0))) == [
            "Lunes, de 9:00 a. m. a 12:00 p. m.",
            "De martes a sábado: cerrado",
            "Domingo, de 10:00 a. m. a 12:00 a. m.",
        ]


@pytest.mark.django_db
def test_english_pages_write_dates_the_us_way_and_spanish_pages_the_spanish_way(client, fibromyalgia, fibromyalgia_es):
    english = visible_text(client.get(fibromyalgia.url))
    assert "Published October 5, 2026" in english and "Medically reviewed by" in english
    assert "on October 1, 2026" in english and "Next review due October 2027" in english
    spanish = visible_text(client.get(fibromyalgia_es.url))
    assert "Publicado el 12 de octubre de 2026" in spanish and "el 8 de octubre de 2026" in spanish
    hours = visible_text(client.get("/es/ubicaciones/chandler/"))
    assert "De lunes a viernes, de 9:00 a. m. a 5:00 p. m." in hours
