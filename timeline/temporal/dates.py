"""Rules for calendar dates named outright: days, months, years, decades, seasons, holidays."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.temporal import resolve as cal
from timeline.temporal.context import Context
from timeline.temporal.lexicon import (
    ANAPHORIC_WORDS,
    DECADE_WORDS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    LUNAR_HOLIDAY_NAMES,
    NAMED_DAYS,
    PARTS_OF_DAY,
    SEASONS,
    WEEK_HOLIDAYS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from timeline.temporal.lunar import LUNAR_HOLIDAYS
from timeline.temporal.model import Timex
from timeline.temporal.patterns import (
    DAY,
    MONTH,
    after_label,
    mod_of,
    ordinal_value,
    relative_value,
    spelled_year,
)
from timeline.temporal.reading import (
    after_preposition,
    between_names,
    calendar_day,
    continues_name,
    day_number,
    followed_by,
    lower,
    month_number,
    nearest,
    safe_date,
    week_of_day,
    year_number,
)
from timeline.temporal.resolve import Resolved


def iso(m: re.Match, ctx: Context) -> list[Timex]:
    """ "2021-07-08", "1999-01-22 13:06:18"."""
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return []
    if m["H"]:
        return [ctx.time(m, cal.day(d), f"{m['H']}:{m['M']}")]
    return [ctx.timex(m, "DATE", d.isoformat(), None, cal.day(d))]


_DAY_FIRST = re.compile(rf"\b{DAY}\s+{MONTH}")
_MONTH_FIRST = re.compile(rf"{MONTH}\.?\s+{DAY}\b")


def _day_first(ctx: Context, y: int, a: int, b: int) -> bool:
    """Whether "a/b/y" (both up to 12) is day first: it is the DCT read so ("Estate Office,
    11/10/2019" on 11 October), or the text writes its dates day first ("15 October")."""
    if ctx.dct and ctx.dct in (safe_date(y, b, a), safe_date(y, a, b)):
        return ctx.dct == safe_date(y, b, a)
    return bool(_DAY_FIRST.search(ctx.text)) and not _MONTH_FIRST.search(ctx.text)


def _on_weekday(m: re.Match, ctx: Context, mon: int, d: int) -> bool:
    """Whether month ``mon``, day ``d`` in the year the DCT and tense pick falls on the
    weekday the match names ("Tue 9/8")."""
    y = ctx.year_for(mon, d, m.span())
    day = safe_date(y, mon, d) if y else None
    return bool(day) and WEEKDAYS.get(lower(m["wd5"]).rstrip(".")) == day.isoweekday()


def numeric(m: re.Match, ctx: Context) -> list[Timex]:
    """ "3/15/2020" (month first, unless it cannot be), "2020/03/15", "15.03.2020", "on 3/15",
    "Fri 8/13", "This Fri 31/1"."""
    if m["md"] or m["wmd"]:
        mon, d = (int(m["m4"]), int(m["d4"])) if m["md"] else (int(m["m5"]), int(m["d5"]))
        if mon > 12:
            mon, d = d, mon
        if m["wmd"] and d <= 12 and not _on_weekday(m, ctx, mon, d) and _on_weekday(m, ctx, d, mon):
            mon, d = d, mon  # "Tue 9/8" on 9 August: the reading that falls on the weekday named
        found = calendar_day(ctx, mon, d, None, m.span())
        return [found] if found else []
    if m["ymd"]:
        y, mon, d = int(m["y1"]), int(m["m1"]), int(m["d1"])
    elif m["dmy"]:
        y, mon, d = int(m["y3"]), int(m["m3"]), int(m["d3"])
    else:
        y, mon, d = year_number(m["y2"], ctx), int(m["a"]), int(m["b"])
        if mon > 12 or (d <= 12 and _day_first(ctx, y, mon, d)):
            mon, d = d, mon
    found = safe_date(y, mon, d)
    return [ctx.timex(m, "DATE", found.isoformat(), None, cal.day(found))] if found else []


def month_day(m: re.Match, ctx: Context) -> list[Timex]:
    """ "July 12", "Friday, Oct. 23, 1998", "12 July", ranges "July 12-15", "12-15 July",
    "15 March 44 BC"."""
    mon = month_number(m["mon"])
    eray = "eray" in m.re.groupindex and m["eray"]
    if eray and not m["d2"]:
        y, d = int(m["eray"]), day_number(m["d"])
        if _before_christ(m["era"]):
            return _before_christ_date(ctx, m, y, f"-{mon:02d}-{d:02d}") if y else []
        found = safe_date(y, mon, d) if y else None
        return [ctx.date(m, cal.day(found), "")] if found else []
    y = year_number(m["y"], ctx) if m["y"] else None
    if "yrel" in m.re.groupindex and m["yrel"] and (base := ctx.anchor(m["yrel"])):
        y = base.year + relative_value(m["yrel"])  # "26 October of that year"
    if not m["d2"]:
        found = calendar_day(ctx, mon, day_number(m["d"]), y, m.span())
        return [found] if found else []
    has_mon2 = "mon2" in m.re.groupindex and m["mon2"]
    mon2 = month_number(m["mon2"]) if has_mon2 else mon
    if m.start("d") < m.start("mon"):  # day first: "12-15 July 2021"
        first, second = (m.start(), m.end("d")), (m.start("d2"), m.end())
    else:
        first = (m.start(), m.end("d"))
        second = (m.start("mon2") if has_mon2 else m.start("d2"), m.end())
    opening = calendar_day(ctx, mon, day_number(m["d"]), y, first)
    if opening and opening.start and y is None:  # "April 24 and 25": one year for both
        wraps = (mon2, day_number(m["d2"])) < (mon, day_number(m["d"]))  # "Dec. 30-Jan. 2"
        y = opening.start.year + wraps
    closing = calendar_day(ctx, mon2, day_number(m["d2"]), y, second)
    return [t for t in (opening, closing) if t]


_MONTH_OR_DAY = re.compile(r"(?:XXXX|\d{4})-(\d\d)(?:-(\d\d))?")


_BC_VALUE = re.compile(r"BC(\d{4})(?:-(\d\d))?")
_MONTH_NO_YEAR = re.compile(r"(?:XXXX|BC\d{4})-(\d\d)")  # as the story put it: "BC0334-01"


def in_year_bc_of(t: Timex, closing: str) -> Timex:
    """A month ``t`` ("XXXX-01") put in the year BC of the closing value of its range, or the
    year before it if it comes later in the year ("from January to July 332 BC")."""
    month, bc = _MONTH_NO_YEAR.fullmatch(t.value), _BC_VALUE.match(closing)
    if not month or not bc or t.mod:
        return t
    later = bool(bc[2]) and int(month[1]) > int(bc[2])
    return replace(t, value=f"BC{int(bc[1]) + later:04d}-{month[1]}")


def in_year_of(t: Timex, closing: date) -> Timex:
    """A month or day ``t`` moved to the last year that keeps it before ``closing`` (the
    opening date of "from 12 March to 3 April 1999", "from December to March 1943")."""
    m = _MONTH_OR_DAY.fullmatch(t.value)
    if not m or t.mod:
        return t
    mon, d = int(m[1]), int(m[2] or 1)
    y = closing.year - ((mon, d) > (closing.month, closing.day))
    try:
        resolved = cal.day(date(y, mon, d)) if m[2] else cal.month(y, mon)
    except ValueError:  # February 29 of a common year
        return t
    return replace(
        t,
        value=resolved.value,
        start=resolved.start,
        end=resolved.end,
        precision=resolved.precision,
    )


def week_of(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the week of March 6", "the week of 12 December" (that ISO week), "the weekend of July
    17-18" (that of the day's week), "the last week of July" (its last seven days)."""
    mon = month_number(m["mon"])
    y = year_number(m["y"], ctx) if m["y"] else None
    if day := m["d"] or m["dd"]:
        return [week_of_day(m, ctx, calendar_day(ctx, mon, day_number(day), y, m.span()))]
    if m["weekend"]:
        return []  # "the first weekend of May": not a week's count of days
    if y is None:
        y = ctx.year_for(mon, None, m.span())
    if y is None:
        return [ctx.date(m, None, f"XXXX-{mon:02d}")]
    month = cal.month(y, mon)
    index = ordinal_value(m["ord"])
    if not -1 <= index <= 4 or index == 0:
        return []
    start = month.end - timedelta(6) if index == -1 else month.start + timedelta(7 * (index - 1))
    mod = {1: "START", -1: "END"}.get(index)
    resolved = Resolved(month.value, start, start + timedelta(6), "week")
    return [ctx.timex(m, "DATE", month.value, mod, resolved)]


def month_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "July 1997", "early January 1998", "June last year", "January 49 BC", "March of that
    year", "May of the following year"."""
    mon = month_number(m["mon"])
    if m["eray"] and _before_christ(m["era"]):
        return _before_christ_date(ctx, m, int(m["eray"]), f"-{mon:02d}", mod_of(m["part"]))
    if m["eray"]:
        resolved = cal.month(int(m["eray"]), mon) if int(m["eray"]) else None
    elif m["y"]:
        resolved = cal.month(year_number(m["y"], ctx), mon)
    elif base := ctx.anchor(m["yrel"]):  # "June last year", "March of that year"
        resolved = cal.month(base.year + relative_value(m["yrel"]), mon)
    else:
        resolved = None
    return [ctx.date(m, resolved, f"XXXX-{mon:02d}", mod_of(m["part"]))]


_THE_BEFORE = re.compile(r"\bthe\s+(?:so-called\s+)?\Z", re.IGNORECASE)


def month_alone(m: re.Match, ctx: Context) -> list[Timex]:
    """ "April", "mid-June", "last April", "this September"."""
    mon = month_number(m["mon"])
    relative = relative_value(m["rel"])
    if m["mon"].lower() == "may" and not (m["part"] or m["rel"] or after_preposition(m, ctx)):
        return []
    if not (m["part"] or m["rel"]) and (
        between_names(m, ctx)
        or (
            _THE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
            and continues_name(ctx, m.end())
        )
    ):
        return []  # "Judge April Morgan", "the so-called July Crisis", "the October Revolution"
    homonym = m["mon"].lower() in ("march", "may") and not after_preposition(m, ctx)
    if homonym and followed_by(
        m,
        ctx,
        r"\s+(?:for|on|against|of\s+the|through|across|into|towards?|along|past|with|from)\b",
    ):
        return []  # "the March for Life", "Thousands March Through", "March with us Saturday!"
    y = None
    anchor = ctx.anchor(m["rel"]) if m["rel"] and lower(m["rel"]) in ANAPHORIC_WORDS else None
    if not m["rel"]:
        y = ctx.year_for(mon, None, m.span())
    elif anchor:  # "that September", "the following April": from the date last named
        later, earlier = mon > anchor.month, mon < anchor.month
        y = anchor.year + (relative > 0 and not later) - (relative < 0 and not earlier)
    elif ctx.dct and relative < 0:  # "last February" in March is a year ago
        y = ctx.dct.year if mon < ctx.dct.month - 1 else ctx.dct.year - 1
    elif ctx.dct and relative > 0:
        y = ctx.dct.year if mon > ctx.dct.month else ctx.dct.year + 1
    elif ctx.dct:
        y = ctx.dct.year
    resolved = cal.month(y, mon) if y else None
    unresolved = f"XXXX-{mon:02d}" if relative else ctx.in_story_bc(f"XXXX-{mon:02d}")
    return [ctx.date(m, resolved, unresolved, mod_of(m["part"]))]


def _holiday_dates(name: str, y: int) -> list[date]:
    """The days of a holiday in year ``y``: one, none or (Eid in some years) two."""
    if name in LUNAR_HOLIDAYS:
        return [day for day in LUNAR_HOLIDAYS[name] if day.year == y]
    return [_holiday_date(name, y)]


def _holiday_date(name: str, y: int) -> date:
    if name in FIXED_HOLIDAYS:
        return date(y, *FIXED_HOLIDAYS[name])
    if name in EASTER_HOLIDAYS:
        return cal.easter(y) + timedelta(EASTER_HOLIDAYS[name])
    mon, weekday, nth, first_day = WEEKDAY_HOLIDAYS[name]
    if nth > 0:
        first = date(y, mon, first_day)
        return first + timedelta((weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(y, mon, cal.last_day(y, mon))
    return last - timedelta((last.isoweekday() - weekday) % 7)


def named_day(m: re.Match, ctx: Context) -> list[Timex]:
    """ "9/11", "D-Day", "VE Day": the day they are named after."""
    resolved = cal.day(date(*NAMED_DAYS[m[0]]))
    return [ctx.date(m, resolved, resolved.value)]


def _holidays(name: str, y: int) -> list[Resolved]:
    """The days of a holiday in year ``y``, or its week ("Holy Week")."""
    if name in WEEK_HOLIDAYS:
        return [cal.week(_holiday_date(WEEK_HOLIDAYS[name], y))]
    return [cal.day(day) for day in _holiday_dates(name, y)]


# The year of a holiday said after it: "Easter Monday, 24 April 1916", "Yom Kippur in 1973".
_FULL_DATE_AFTER = re.compile(
    r"(?:,\s+(?:\d\d?\s+\w+\.?|\w+\.?\s+\d\d?),?|\s+(?:in|of))\s+(?P<y>1\d{3}|20\d\d)\b"
)


def holiday(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Christmas", "Thanksgiving Day", "New Year's Eve 1999", "Easter 1916", "Holy Week",
    "Christmas night", the year of a day it restates ("Mon 27 May (Memorial Day)", "on Mon
    1/18 for MLK Day", "Easter Monday, 24 April 1916"); not part of a name ("Easter
    Island")."""
    if continues_name(ctx, m.end()):
        return []
    name = lower(m["hol"]).replace("’", "'")  # "New Year’s Day"
    name = LUNAR_HOLIDAY_NAMES.get(name, name)
    candidates = _holiday_candidates(m, ctx, name)
    resolved = candidates[0] if candidates else None
    if len(candidates) > 1 and ctx.dct:  # the years around the DCT
        tense = ctx.tense(*m.span())
        resolved = nearest(candidates, ctx.dct, tense, relative_value(m["rel"]))
    if name in WEEK_HOLIDAYS:
        return [ctx.date(m, resolved, "XXXX-WXX")]
    if m["hwe"]:  # "Easter weekend": the weekend of its week
        return [ctx.date(m, cal.weekend(resolved.start) if resolved else None, "XXXX-WXX-WE")]
    if m["pod"]:  # "Christmas night"
        return [ctx.time(m, resolved, PARTS_OF_DAY[m["pod"].lower()])]
    if name in LUNAR_HOLIDAYS:
        return [ctx.date(m, resolved, "XXXX-XX-XX")]
    return [ctx.date(m, resolved, "XXXX-" + _holiday_date(name, 2000).strftime("%m-%d"))]


def _holiday_candidates(m: re.Match, ctx: Context, name: str) -> list[Resolved]:
    """The days a holiday may be on: in the year said with it or of the story (or of a day
    it restates), else in the DCT's year and the years next to it."""
    story = ctx.story_year() if ctx.narrative else None
    day = ctx.last_day.start if ctx.last_day else None
    close = 0 <= m.start() - ctx.last_date_end <= 12
    if day and close and name not in WEEK_HOLIDAYS and day in _holiday_dates(name, day.year):
        story = day.year  # "closed Mon 27 May (Memorial Day)", "on Mon 1/18 for MLK Day"
    date_after = _FULL_DATE_AFTER.match(ctx.text, m.end())
    if m["y"] or date_after:  # "Easter 1916", "Easter Monday, 24 April 1916"
        return _holidays(name, year_number(m["y"] or date_after["y"], ctx))
    if story:
        return _holidays(name, story)
    if ctx.dct:
        return [day for k in (-1, 0, 1) for day in _holidays(name, ctx.dct.year + k)]
    return []


_SEASON_BEFORE = re.compile(r"\b(?:in|during|since|until|by|through|over)\s+\Z", re.IGNORECASE)


def season(m: re.Match, ctx: Context) -> list[Timex]:
    """ "last summer", "the winter of 1994", "in the fall" (not "the fall of Rome")."""
    code = SEASONS[m["season"].lower()]
    explicit = m["y"] or m["eray"] or m["yrel"] or m["rel"] or m["part"]
    if not explicit and not (
        m["the"] or _SEASON_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return []
    if not explicit and code == "FA" and followed_by(m, ctx, r"\s+(?:of|in)\b"):
        return []  # "the fall of the Berlin Wall"
    anchor = ctx.anchor(m["rel"])
    if m["eray"] and _before_christ(m["era"]):  # "the summer of 480 BC"
        return _before_christ_date(ctx, m, int(m["eray"]), f"-{code}")
    if m["y"] or m["eray"]:
        resolved = cal.season(year_number(m["y"], ctx) if m["y"] else int(m["eray"]), code)
    elif m["yrel"]:  # "the autumn of the following year"
        year_anchor = ctx.anchor(m["yrel"])
        y = year_anchor.year + relative_value(m["yrel"]) if year_anchor else None
        resolved = cal.season(y, code) if y else None
    elif ctx.narrative and not m["rel"] and (y := ctx.story_year()):
        resolved = cal.season(y, code)  # "In 1917 ... In the summer"
    elif anchor:
        candidates = [cal.season(anchor.year + k, code) for k in (-2, -1, 0, 1)]
        tense = ctx.tense(*m.span())
        resolved = nearest(candidates, anchor, tense, relative_value(m["rel"]))
        if m["rel"] and not relative_value(m["rel"]):  # "this summer": the anchor year's
            in_early_months = code == "WI" and anchor.month <= 2 and not _anchored_on_year(ctx)
            resolved = cal.season(anchor.year - in_early_months, code)
    else:
        resolved = None
    unresolved = f"XXXX-{code}" if relative_value(m["rel"]) else ctx.in_story_bc(f"XXXX-{code}")
    return [ctx.date(m, resolved, unresolved, mod_of(m["part"]))]


def _anchored_on_year(ctx: Context) -> bool:
    """Whether a relative word counts from a whole year named ("In 1846 ... that winter")."""
    return bool(ctx.last_date) and ctx.last_date.precision == "year"


def fiscal_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "FY2021", "FY 98": the year the fiscal year is named after."""
    y = year_number(m["y"], ctx)
    return [ctx.date(m, cal.year(y), str(y))]


def era_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "AD 800", "1066 AD", "753 BC", "early 44 BC" (BC years have no day interval)."""
    y, mod = int(m["y"] or m["y2"]), mod_of(m["part"])
    if _before_christ(m["era"]):
        return _before_christ_date(ctx, m, y, mod=mod) if y else []
    return [ctx.date(m, cal.year(y), f"{y:04d}", mod)] if y else []


_COUNT_BEFORE = re.compile(r"\b(?:more|less|fewer)\s+than\s+\Z", re.IGNORECASE)


def year_expression(m: re.Match, ctx: Context) -> list[Timex]:
    """ "1998", "fiscal 1989", "early 1990", "post-1959", "1990 and beyond", "1990-95"; not
    a number after a label ("Room 1030") or a count ("more than 2000 people")."""
    count = _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    if count or after_label(ctx.text, m.start()):
        return []  # "more than 2000 transactions", "Room 1030"
    y = year_number(m["y"], ctx)
    mod = mod_of(m["part"]) or {"post": "AFTER", "pre": "BEFORE"}.get((m["prepost"] or "").lower())
    if m["circa"]:
        mod = "APPROX"
    if m["open"]:
        mod = "ON_OR_BEFORE" if re.search(r"earlier|before", m["open"], re.I) else "ON_OR_AFTER"
    start = m.end("the") if m["the"] and not m["yw"] else m.start()
    if not m["y2"]:
        return [ctx.date((start, m.end()), cal.year(y), str(y), mod)]
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y // 100 * 100 + int(m["y2"])
    if y2 <= y:  # "sentenced in 2016 to 12 years": no range, the year alone
        return [ctx.date((start, m.end("y")), cal.year(y), str(y), mod)]
    first = ctx.date((start, m.end("y")), cal.year(y), str(y), mod)
    return [first, ctx.date((m.start("y2"), m.end()), cal.year(y2), str(y2))]


_BC_RANGE_END = re.compile(r"\s*(?:to|-|–|and|or|until)\s*\d{1,4}\s+(?-i:BCE?|B\.C\.)")
_COUNT_RANGE_END = re.compile(r"\s*(?:to|-|–|and)\s*\d+(?:[.,]\d+)*\s+(?-i:[a-z])")


def early_year(m: re.Match, ctx: Context) -> list[Timex]:
    """A year of three digits ("in 410", "from 218 to 201 BC"), only in a text that tells
    history (no DCT, or a narrative): in news "in 410" is more often a count."""
    if not ctx.narrative or _COUNT_RANGE_END.match(ctx.text, m.end()):
        return []  # "rose from 300 to 450 people": counts
    y = int(m["y"])
    if _BC_RANGE_END.match(ctx.text, m.end()):
        return _before_christ_date(ctx, m, y)
    return [ctx.date(m, cal.year(y), f"{y:04d}")]


def month_early_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "December 755", "25 December 800": a month or day of a three-digit year, only in a
    text that tells history (in news "in March 500 workers" is a count)."""
    if not ctx.narrative:
        return []
    y, mon = int(m["y"]), month_number(m["mon"])
    resolved = cal.day(date(y, mon, day_number(m["d"]))) if m["d"] else cal.month(y, mon)
    return [ctx.date(m, resolved, resolved.value)]


def year_in_words(m: re.Match, ctx: Context) -> list[Timex]:
    """ "nineteen ninety-six", "the year two thousand"."""
    y = spelled_year(m["sy"])
    if not m["yw"] and (y == 2000 or y % 100 < 10) and not after_preposition(m, ctx):
        return []  # "two thousand troops", "nineteen five-year plans"
    return [ctx.date(m, cal.year(y), str(y))]


def decade(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the 1990s", "the late '80s", "the 1800s" (a century), "the 2000s" (a decade), "the
    mid-880s"."""
    digits = m["dec"].lstrip("'’")[:-1].rstrip("'’")
    first = int(digits) if len(digits) >= 3 else year_number(digits, ctx) // 10 * 10
    is_century = first % 100 == 0 and first != 2000  # "the 2000s": the decade
    resolved = cal.century(first // 100 + 1) if is_century else cal.decade(first)
    return [ctx.date(m, resolved, resolved.value, mod_of(m["part"]))]


def decade_in_words(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the nineties", "the early eighteen-sixties"."""
    century = 1800 if (m["cent"] or "").lower() == "eighteen" else 1900
    resolved = cal.decade(century + DECADE_WORDS[m["dec"].lower()])
    return [ctx.date(m, resolved, resolved.value, mod_of(m["part"]))]


def _century_number(ordinal: str) -> int:
    """The number of a century said as an ordinal: "20th", "eighteenth"."""
    return day_number(ordinal) if ordinal[0].isdigit() else ordinal_value(ordinal)


def _before_christ(era: str | None) -> bool:
    """Whether an era marker ("BC", "B.C.E.") counts years back."""
    return (era or "").upper().startswith("B")


def _before_christ_date(
    ctx: Context, m: re.Match, y: int, rest: str = "", mod: str | None = None
) -> list[Timex]:
    """A DATE in year ``y`` BC, valued "BC0044" and ``rest`` ("-03-15", "-SU"), with no day
    interval: the calendar has no days before year 1."""
    ctx.name_year_bc(y)
    return [ctx.timex(m, "DATE", f"BC{y:04d}{rest}", mod)]


def _century_timex(
    ctx: Context, span: tuple[int, int], number: int, mod: str | None, bc: bool
) -> Timex:
    """The DATE of century ``number``; BC centuries ("BC04") have no day interval."""
    if bc:
        return ctx.timex(span, "DATE", f"BC{number - 1:02d}", mod)
    resolved = cal.century(number)
    return ctx.date(span, resolved, resolved.value, mod)


def century(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the 20th century", "the late eighteenth century", "a 12th-century church" (the
    article goes with the noun), "the 16th and early 17th centuries", "from the 8th to the
    10th century", "the 14th-15th centuries" (two centuries), "the 5th century BC"."""
    numbers = [_century_number(m[g]) for g in ("ord1", "ord") if m[g]]
    if min(numbers) < 1:
        return []
    mod = mod_of(m["part"])
    bc = _before_christ(m["era"])
    start = m.end("the") if m["hyphen"] and m["the"] else m.start()
    found = []
    if m["ord1"]:
        found.append(_century_timex(ctx, (start, m.end("ord1")), numbers[0], mod, bc))
        # "the late 16th and 17th": only the first is late; "the 19th to the early 20th"
        start = m.start(next(g for g in ("the2", "part2", "ord") if m[g]))
        mod = mod_of(m["part2"])
    return [*found, _century_timex(ctx, (start, m.end()), numbers[-1], mod, bc)]
