"""The US federal holidays, with the weekday they are observed on (a Saturday's on Friday, a Sunday's on Monday)."""

import calendar
import datetime

# (English name, Spanish name, month, day) for fixed dates; (…, month, weekday, n) for "the nth Monday".
FIXED = [
    ("New Year's Day", "Año Nuevo", 1, 1),
    ("Juneteenth", "Juneteenth (Día de la Liberación)", 6, 19),
    ("Independence Day", "Día de la Independencia", 7, 4),
    ("Veterans Day", "Día de los Veteranos", 11, 11),
    ("Christmas Day", "Navidad", 12, 25),
]
BY_WEEKDAY = [
    ("Martin Luther King Jr. Day", "Día de Martin Luther King Jr.", 1, calendar.MONDAY, 3),
    ("Presidents' Day", "Día de los Presidentes", 2, calendar.MONDAY, 3),
    ("Memorial Day", "Día de los Caídos", 5, calendar.MONDAY, -1),
    ("Labor Day", "Día del Trabajo", 9, calendar.MONDAY, 1),
    ("Columbus Day", "Día de Colón", 10, calendar.MONDAY, 2),
    ("Thanksgiving", "Día de Acción de Gracias", 11, calendar.THURSDAY, 4),
]


def nth_weekday(year, month, weekday, n):
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return datetime.date(year, month, days[n - 1] if n > 0 else days[n])


def observed(day):
    shift = {calendar.SATURDAY: -1, calendar.SUNDAY: 1}.get(day.weekday(), 0)
    return day + datetime.timedelta(days=shift)


def federal_holidays(year):
    """[(observed date, English name, Spanish name)] for one year, by date."""
    holidays = [(observed(datetime.date(year, month, day)), name, name_es) for name, name_es, month, day in FIXED]
    holidays += [
        (nth_weekday(year, month, weekday, n), name, name_es) for name, name_es, month, weekday, n in BY_WEEKDAY
    ]
    return sorted(holidays)


def coming_holidays(today, days=365):
    """The holidays observed from today until `days` ahead."""
    last = today + datetime.timedelta(days=days)
    every = federal_holidays(today.year) + federal_holidays(today.year + 1) + federal_holidays(today.year + 2)
    return [holiday for holiday in every if today <= holiday[0] <= last]
