"""Calendar arithmetic: TIMEX3 values and day intervals for resolved expressions.

Every function returns a :class:`Resolved` (value, first day, last day, precision) so the
rules never build a value string by hand.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from timeline.temporal.lexicon import SEASON_FIRST_MONTH

PAST, FUTURE = "past", "future"


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 value with its inclusive day interval and precision."""

    value: str
    start: date
    end: date
    precision: str


def last_day(year: int, month: int) -> int:
    """Number of days in ``month`` of ``year``."""
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def day(d: date) -> Resolved:
    """A single calendar day."""
    return Resolved(d.isoformat(), d, d, "day")


def month(year: int, mon: int) -> Resolved:
    """A calendar month."""
    return Resolved(
        f"{year:04d}-{mon:02d}", date(year, mon, 1), date(year, mon, last_day(year, mon)), "month"
    )


def year(y: int) -> Resolved:
    """A calendar year."""
    return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def decade(first_year: int) -> Resolved:
    """A decade such as the 1990s (TIMEX3 value "199")."""
    return Resolved(
        f"{first_year // 10:03d}", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade"
    )


def century(number: int) -> Resolved:
    """The ``number``-th century ("20th century" -> value "19", 1900..1999)."""
    first = (number - 1) * 100
    return Resolved(
        f"{number - 1:02d}", date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century"
    )


def easter(y: int) -> date:
    """Easter Sunday of year ``y`` (Gregorian calendar, the anonymous computus)."""
    golden, hundreds, rest = y % 19, y // 100, y % 100
    skipped = hundreds - hundreds // 4 - (hundreds - (hundreds + 8) // 25 + 1) // 3
    epact = (19 * golden + skipped + 15) % 30
    to_sunday = (32 + 2 * (hundreds % 4) + 2 * (rest // 4) - epact - rest % 4) % 7
    correction = (golden + 11 * epact + 22 * to_sunday) // 451
    mon, d = divmod(epact + to_sunday - 7 * correction + 114, 31)
    return date(y, mon, d + 1)


def week(d: date) -> Resolved:
    """The ISO week (Monday..Sunday) containing ``d``."""
    iso = d.isocalendar()
    monday = d - timedelta(days=iso.weekday - 1)
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + timedelta(6), "week")


def weekend(d: date) -> Resolved:
    """The weekend (Saturday, Sunday) of the ISO week containing ``d``."""
    w = week(d)
    return Resolved(w.value + "-WE", w.end - timedelta(1), w.end, "weekend")


def quarter(y: int, q: int) -> Resolved:
    """Quarter ``q`` (1-4) of year ``y``."""
    first = 3 * q - 2
    return Resolved(
        f"{y:04d}-Q{q}", date(y, first, 1), date(y, first + 2, last_day(y, first + 2)), "quarter"
    )


def half(y: int, h: int) -> Resolved:
    """Half ``h`` (1-2) of year ``y``."""
    first = 6 * h - 5
    return Resolved(
        f"{y:04d}-H{h}", date(y, first, 1), date(y, first + 5, last_day(y, first + 5)), "half-year"
    )


def season(y: int, code: str) -> Resolved:
    """Meteorological season ``code`` (SP, SU, FA, WI) of year ``y``; winter starts in December."""
    first = SEASON_FIRST_MONTH[code]
    end_year, end_month = add_months(y, first, 2)
    return Resolved(
        f"{y:04d}-{code}",
        date(y, first, 1),
        date(end_year, end_month, last_day(end_year, end_month)),
        "season",
    )


def season_of(d: date) -> tuple[int, str]:
    """(year, code) of the meteorological season containing ``d``."""
    for code, first in sorted(SEASON_FIRST_MONTH.items(), key=lambda item: -item[1]):
        if d.month >= first:
            return d.year, code
    return d.year - 1, "WI"


def shift_season(y: int, code: str, delta: int) -> tuple[int, str]:
    """The season ``delta`` seasons after (year, code)."""
    codes = sorted(SEASON_FIRST_MONTH, key=SEASON_FIRST_MONTH.get)
    index = y * 4 + codes.index(code) + delta
    return index // 4, codes[index % 4]


def part(resolved: Resolved, mod: str) -> Resolved:
    """Early/mid/late part of a month (days 1-10, 11-20, 21-end) or of a longer period (thirds)."""
    if resolved.precision == "month":
        first, last = {"START": (1, 10), "MID": (11, 20), "END": (21, resolved.end.day)}[mod]
        start = resolved.start.replace(day=first)
        return replace(
            resolved, start=start, end=start.replace(day=last), precision="part-of-month"
        )
    if mod not in ("START", "MID", "END") or resolved.precision in ("day", "week", "weekend"):
        return resolved
    months = (
        (resolved.end.year - resolved.start.year) * 12
        + resolved.end.month
        - resolved.start.month
        + 1
    )
    third = max(months // 3, 1)
    index = {"START": 0, "MID": 1, "END": 2}[mod]
    start = date(*add_months(resolved.start.year, resolved.start.month, third * index), 1)
    end = resolved.end
    if index < 2:
        end_year, end_month = add_months(start.year, start.month, third - 1)
        end = date(end_year, end_month, last_day(end_year, end_month))
    return replace(resolved, start=start, end=end, precision="part-of-" + resolved.precision)


# How far from the DCT a date without year may lie, by tense: (earliest, latest) offset in
# days for a month-day, in months for a month. News reports past dates up to a few weeks
# ahead ("extended the offer to Nov. 20") and rarely a future date already gone.
DAY_WINDOWS = {PAST: (-320, 45), FUTURE: (-15, 350), None: (-240, 125)}
MONTH_WINDOWS = {PAST: (-11, 1), FUTURE: (0, 11), None: (-9, 2)}


def year_for(dct: date, mon: int, d: int | None, tense: str | None) -> int:
    """Year of a month ("April") or month-day ("July 12") given without one.

    Among the previous, current and next year, the one nearest the DCT within the window
    of the clause's tense (nearest overall without tense; ties go to the past).
    """
    years = (dct.year - 1, dct.year, dct.year + 1)
    if d is None:
        offsets = {y: (y - dct.year) * 12 + mon - dct.month for y in years}
        window = MONTH_WINDOWS[tense]
    else:
        offsets = {y: (date(y, mon, min(d, last_day(y, mon))) - dct).days for y in years}
        window = DAY_WINDOWS[tense]
    fitting = [y for y in years if window[0] <= offsets[y] <= window[1]]
    return min(fitting or years, key=lambda y: (abs(offsets[y]), offsets[y]))


def weekday_near(dct: date, weekday: int, tense: str | None, relative: int = 0) -> date:
    """Date of an ISO ``weekday`` (1=Monday) named near the DCT.

    ``relative`` is -1 for "last Friday" (the latest before the DCT), +1 for "next Friday"
    (next week's), 0 for plain "Friday";
    plain weekdays follow the tense (default: the most recent one, newswire's usual case).
    """
    back = (dct.isoweekday() - weekday) % 7
    if relative < 0:
        return dct - timedelta(back or 7)
    if relative > 0:  # "next Friday": the Friday of next week
        return dct + timedelta(7 - dct.isoweekday() + weekday)
    if tense == FUTURE:
        return dct + timedelta((weekday - dct.isoweekday()) % 7)
    return dct - timedelta(back)


def shift(dct: date, unit: str, delta: int) -> Resolved:
    """The ``unit`` (D, W, M, Q, Y, WE, DE, CE) ``delta`` units away from the DCT's one."""
    if unit == "D":
        return day(dct + timedelta(delta))
    if unit in ("W", "WE"):
        target = dct + timedelta(7 * delta)
        return weekend(target) if unit == "WE" else week(target)
    if unit == "M":
        return month(*add_months(dct.year, dct.month, delta))
    if unit == "Q":
        y, m = add_months(dct.year, dct.month, 3 * delta)
        return quarter(y, (m - 1) // 3 + 1)
    if unit == "DE":
        return decade((dct.year // 10 + delta) * 10)
    if unit == "CE":
        return century(dct.year // 100 + 1 + delta)
    return year(dct.year + delta)


def unresolved(unit: str) -> str:
    """The TIMEX3 value with X's for a relative expression without DCT."""
    return {
        "D": "XXXX-XX-XX",
        "W": "XXXX-WXX",
        "WE": "XXXX-WXX-WE",
        "M": "XXXX-XX",
        "Q": "XXXX-QX",
        "Y": "XXXX",
        "DE": "XXX",
        "CE": "XX",
    }[unit]
