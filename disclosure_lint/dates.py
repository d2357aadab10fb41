"""Calendar facts the date rules share (without importing ``calendar``, whose month
names also follow the process's locale)."""

from __future__ import annotations

_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MONTH_NAMES_EN = ("", "January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int | None, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` for a month 1-12; with no year, the most
    the month can have (29 for February)."""
    return _DAYS[month] + (month == 2 and (year is None or is_leap(year)))
