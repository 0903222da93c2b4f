"""The rules of the tagger: one pattern and one small handler per family of expressions.

A handler reads the named groups of its match and returns the timexes found (a range such as
"July 12-15" gives two, as in TimeML), or nothing to reject the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.temporal import resolve as cal
from timeline.temporal.context import Context
from timeline.temporal.lexicon import (
    DAY_WORDS,
    FIXED_HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    UNIT_SCALE,
    UNITS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from timeline.temporal.model import Timex
from timeline.temporal.patterns import (
    DAY,
    DAY_WORD,
    DURATION_MOD,
    HOLIDAY,
    MONTH,
    NUMBER,
    ORDINAL,
    PART,
    PART_OF_DAY,
    REFERENCE,
    RELATIVE,
    SEASON,
    SHORT_YEAR,
    SPELLED_YEAR,
    UNIT_PLURAL,
    VAGUE,
    WEEKDAY,
    WEEKDAYS_PLURAL,
    YEAR,
    mod_of,
    number_value,
    ordinal_value,
    relative_value,
    spelled_year,
    unit_key,
)
from timeline.temporal.resolve import Resolved

Handler = Callable[[re.Match, Context], list[Timex]]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the handler that turns its matches into timexes."""

    name: str
    pattern: str
    handler: Handler


def _lower(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().rstrip("."))


def _month(text: str) -> int:
    return MONTHS[_lower(text)]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _year(text: str, ctx: Context) -> int:
    """A year: "1998", "nineteen ninety-eight", or "'98" read in the DCT's century."""
    if not text[-1].isdigit():
        return spelled_year(text)
    digits = int(text.lstrip("'"))
    if digits >= 100:
        return digits
    reference = ctx.dct.year if ctx.dct else 2000
    guess = reference // 100 * 100 + digits
    return guess if guess <= reference + 10 else guess - 100


def _safe_date(y: int, mon: int, d: int) -> date | None:
    try:
        return date(y, mon, d)
    except ValueError:
        return None


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|that|each|every|end|beginning|for|on)[\s-]+)$",
    re.IGNORECASE,
)


def _after_preposition(m: re.Match, ctx: Context) -> bool:
    """Whether the match follows a preposition or modifier ("in May", not "Theresa May")."""
    return bool(_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()))


def _followed_by(m: re.Match, ctx: Context, pattern: str) -> bool:
    return bool(re.match(pattern, ctx.text[m.end() : m.end() + 20], re.IGNORECASE))


def _nearest(candidates: list[Resolved], dct: date, tense: str | None, relative: int) -> Resolved:
    """The candidate period meant by a relative word or by the tense of the clause."""
    if relative < 0 or (tense == cal.PAST and not relative):
        before = [c for c in candidates if (c.end < dct if relative else c.start <= dct)]
        return before[-1] if before else candidates[0]
    if relative > 0 or tense == cal.FUTURE:
        after = [c for c in candidates if (c.start > dct if relative else c.end >= dct)]
        return after[0] if after else candidates[-1]
    return min(candidates, key=lambda c: abs((c.start - dct).days + (c.end - dct).days))


# --- explicit calendar dates -------------------------------------------------------------


def _iso(m: re.Match, ctx: Context) -> list[Timex]:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return []
    if m["H"]:
        return [ctx.timex(m, "TIME", f"{d}T{m['H']}:{m['M']}", None, cal.day(d))]
    return [ctx.timex(m, "DATE", d.isoformat(), None, cal.day(d))]


def _numeric(m: re.Match, ctx: Context) -> list[Timex]:
    """ "3/15/2020" (month first, unless it cannot be), "2020/03/15", "15.03.2020"."""
    if m["ymd"]:
        y, mon, d = int(m["y1"]), int(m["m1"]), int(m["d1"])
    elif m["dmy"]:
        y, mon, d = int(m["y3"]), int(m["m3"]), int(m["d3"])
    else:
        y, mon, d = _year(m["y2"], ctx), int(m["a"]), int(m["b"])
        if mon > 12:
            mon, d = d, mon
    found = _safe_date(y, mon, d)
    return [ctx.timex(m, "DATE", found.isoformat(), None, cal.day(found))] if found else []


def _calendar_day(
    ctx: Context, mon: int, d: int, y: int | None, span: tuple[int, int]
) -> Timex | None:
    """A month-day, its year given or chosen by the DCT and the tense of the clause."""
    if y is None and ctx.dct is None:
        if not 1 <= d <= cal.last_day(2000, mon):
            return None
        return ctx.timex(span, "DATE", f"XXXX-{mon:02d}-{d:02d}")
    if y is None:
        y = cal.year_for(ctx.dct, mon, d, ctx.tense(*span))
    found = _safe_date(y, mon, d)
    return ctx.timex(span, "DATE", found.isoformat(), None, cal.day(found)) if found else None


def _month_day(m: re.Match, ctx: Context) -> list[Timex]:
    """ "July 12", "Friday, Oct. 23, 1998", "12 July", ranges "July 12-15", "12-15 July"."""
    mon = _month(m["mon"])
    y = _year(m["y"], ctx) if m["y"] else None
    if not m["d2"]:
        found = _calendar_day(ctx, mon, _day(m["d"]), y, m.span())
        return [found] if found else []
    has_mon2 = "mon2" in m.re.groupindex and m["mon2"]
    mon2 = _month(m["mon2"]) if has_mon2 else mon
    if m.start("d") < m.start("mon"):  # day first: "12-15 July 2021"
        first, second = (m.start(), m.end("d")), (m.start("d2"), m.end())
    else:
        first = (m.start(), m.end("d"))
        second = (m.start("mon2") if has_mon2 else m.start("d2"), m.end())
    opening = _calendar_day(ctx, mon, _day(m["d"]), y, first)
    if opening and opening.start and y is None:  # "April 24 and 25": one year for both
        y = opening.start.year + (1 if (mon2, _day(m["d2"])) < (mon, _day(m["d"])) else 0)
    closing = _calendar_day(ctx, mon2, _day(m["d2"]), y, second)
    return [t for t in (opening, closing) if t]


def _week_of(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the week of March 6" (that ISO week), "the last week of July" (its last seven days)."""
    mon = _month(m["mon"])
    y = _year(m["y"], ctx) if m["y"] else None
    if m["d"]:
        found = _calendar_day(ctx, mon, _day(m["d"]), y, m.span())
        resolved = cal.week(found.start) if found and found.start else None
        return [ctx.date(m, resolved, "XXXX-WXX")]
    if y is None and ctx.dct:
        y = cal.year_for(ctx.dct, mon, None, ctx.tense(*m.span()))
    if y is None:
        return [ctx.date(m, None, f"XXXX-{mon:02d}")]
    month = cal.month(y, mon)
    index = ordinal_value(m["ord"])
    if not -1 <= index <= 4 or index == 0:
        return []
    start = month.end - timedelta(6) if index == -1 else month.start + timedelta(7 * (index - 1))
    mod = {1: "START", -1: "END"}.get(index)
    return [
        ctx.timex(
            m, "DATE", month.value, mod, Resolved(month.value, start, start + timedelta(6), "week")
        )
    ]


def _month_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "July 1997", "early January 1998", "June last year"."""
    mon = _month(m["mon"])
    if m["y"]:
        resolved = cal.month(_year(m["y"], ctx), mon)
    else:
        resolved = cal.month(ctx.dct.year + relative_value(m["yrel"]), mon) if ctx.dct else None
    return [ctx.date(m, resolved, f"XXXX-{mon:02d}", mod_of(m["part"]))]


def _month_alone(m: re.Match, ctx: Context) -> list[Timex]:
    """ "April", "mid-June", "last April", "this September"."""
    mon = _month(m["mon"])
    relative = relative_value(m["rel"])
    if m["mon"].lower() == "may" and not (m["part"] or m["rel"] or _after_preposition(m, ctx)):
        return []
    if _followed_by(m, ctx, r"\s+(?:for|on|against|of\s+the)\b"):
        return []  # "the March for Life", "the March of the Mothers"
    resolved = None
    if ctx.dct:
        if m["rel"] and relative < 0:  # "last February" in March is a year ago
            y = ctx.dct.year if mon < ctx.dct.month - 1 else ctx.dct.year - 1
        elif m["rel"] and relative > 0:
            y = ctx.dct.year if mon > ctx.dct.month else ctx.dct.year + 1
        elif m["rel"]:
            y = ctx.dct.year
        else:
            y = cal.year_for(ctx.dct, mon, None, ctx.tense(*m.span()))
        resolved = cal.month(y, mon)
    return [ctx.date(m, resolved, f"XXXX-{mon:02d}", mod_of(m["part"]))]


def _holiday_date(name: str, y: int) -> date:
    if name in FIXED_HOLIDAYS:
        return date(y, *FIXED_HOLIDAYS[name])
    mon, weekday, nth = WEEKDAY_HOLIDAYS[name]
    if nth > 0:
        first = date(y, mon, 1)
        return first + timedelta((weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(y, mon, cal.last_day(y, mon))
    return last - timedelta((last.isoweekday() - weekday) % 7)


def _holiday(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Christmas", "Thanksgiving Day", "New Year's Eve 1999"."""
    name = _lower(m["hol"]).replace("’", "'")
    if m["y"]:
        resolved = cal.day(_holiday_date(name, _year(m["y"], ctx)))
    elif ctx.dct:
        candidates = [cal.day(_holiday_date(name, ctx.dct.year + k)) for k in (-1, 0, 1)]
        tense = ctx.tense(*m.span())
        resolved = _nearest(candidates, ctx.dct, tense, relative_value(m["rel"]))
    else:
        resolved = None
    return [ctx.date(m, resolved, "XXXX-" + _holiday_date(name, 2000).strftime("%m-%d"))]


# --- seasons, quarters, halves, years, decades ----------------------------------------------


_SEASON_BEFORE = re.compile(r"\b(?:in|during|since|until|by|through|over)\s+\Z", re.IGNORECASE)


def _season(m: re.Match, ctx: Context) -> list[Timex]:
    code = SEASONS[m["season"].lower()]
    explicit = m["y"] or m["rel"] or m["part"]
    if not explicit and not (
        m["the"] or _SEASON_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return []
    if not explicit and code == "FA" and _followed_by(m, ctx, r"\s+(?:of|in)\b"):
        return []  # "the fall of the Berlin Wall"
    if m["y"]:
        resolved = cal.season(_year(m["y"], ctx), code)
    elif ctx.dct:
        candidates = [cal.season(ctx.dct.year + k, code) for k in (-2, -1, 0, 1)]
        tense = ctx.tense(*m.span())
        resolved = _nearest(candidates, ctx.dct, tense, relative_value(m["rel"]))
        if m["rel"] and not relative_value(m["rel"]):  # "this summer": the DCT year's
            resolved = cal.season(ctx.dct.year - (code == "WI" and ctx.dct.month <= 2), code)
    else:
        resolved = None
    return [ctx.date(m, resolved, f"XXXX-{code}", mod_of(m["part"]))]


def _reported_period(candidates: list[Resolved], dct: date, tense: str | None) -> Resolved:
    """The quarter or half meant in a report: the latest begun, or in the future tense the
    first not over for more than three months (results come after the quarter ends)."""
    if tense == cal.FUTURE:
        return next((c for c in candidates if c.end >= dct - timedelta(92)), candidates[-1])
    return [c for c in candidates if c.start <= dct][-1]


def _quarter(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the third quarter", "third-quarter", "the first half of 1998", "last year's Q4"."""
    count = ordinal_value(m["ord"])
    parts = 2 if m["unit"].lower() == "half" else 4
    index = parts if count == -1 else count
    y_text = m["y"] or m["y2"] or m["yp"]
    if not 1 <= index <= parts or (not y_text and _followed_by(m, ctx, r"\s+of\b")):
        return []  # "the second half of the Obama administration"
    make = cal.half if parts == 2 else cal.quarter
    resolved = None
    if y_text:
        resolved = make(_year(y_text, ctx), index)
    elif ctx.dct and m["yrel"]:
        resolved = make(ctx.dct.year + relative_value(m["yrel"]), index)
    elif ctx.dct:
        candidates = [make(ctx.dct.year + k, index) for k in (-1, 0, 1)]
        resolved = _reported_period(candidates, ctx.dct, ctx.tense(*m.span()))
    if resolved and m["ago"]:
        resolved = make(resolved.start.year - 1, index)
    elif resolved and parts == 4 and ctx.dct and resolved.end < ctx.dct:
        ctx.last_quarter = max(ctx.last_quarter or resolved, resolved, key=lambda q: q.start)
    adjective = "-" in m["qsep"] and m["the"] and not (m["yrel"] or m["yp"] or m["ago"])
    span = (m.end("the") if adjective else m.start(), m.end())
    return [ctx.date(span, resolved, f"XXXX-{'H' if parts == 2 else 'Q'}{index}")]


def _reported_quarter(ctx: Context) -> Resolved:
    """The quarter a report is about: the latest ended one named, else the last one ended."""
    return ctx.last_quarter or cal.shift(ctx.dct, "Q", -1)


def _quarter_reference(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the quarter", "the latest period", "the year-ago quarter", "the 1988 quarter": the
    quarter reported on, or the same quarter of another year."""
    which = _lower(m["which"] or "")
    year_ago = which.startswith(("year", "prior")) or m["ago"] or m["lastyear"]
    if m["unit"].lower() == "period" and not (which or year_ago or m["y"]):
        return []
    if m["y"] and not (ctx.last_quarter or m["unit"].lower() == "quarter"):
        return [ctx.date(m, cal.year(int(m["y"])), m["y"])]  # "the 1988 period": a year
    if not ctx.dct:
        return [ctx.date(m, None, "XXXX-QX")]
    if which == "current":
        resolved = cal.shift(ctx.dct, "Q", 0)
    elif which in ("latest", "most recent", "just-ended"):
        resolved = cal.shift(ctx.dct, "Q", -1)
    else:
        resolved = _reported_quarter(ctx)
    if year_ago:
        resolved = cal.shift(resolved.start, "Q", -4)
    elif m["y"]:
        resolved = cal.quarter(int(m["y"]), int(resolved.value[-1]))
    return [ctx.date(m, resolved, resolved.value)]


_QUARTER_NEARBY = re.compile(r"quarter|three\s+months", re.IGNORECASE)


def _year_before(ctx: Context, at: int) -> Resolved:
    """ "a year ago" in a report on a quarter is that quarter a year before; else last year."""
    if ctx.last_quarter and _QUARTER_NEARBY.search(ctx.text, max(0, at - 1000), at):
        return cal.shift(_reported_quarter(ctx).start, "Q", -4)
    return cal.shift(ctx.dct, "Y", -1)


def _year_ago_adjective(m: re.Match, ctx: Context) -> list[Timex]:
    """ "year-earlier", "year-ago" as in "compared with year-earlier profit"."""
    resolved = _year_before(ctx, m.start()) if ctx.dct else None
    return [ctx.date(m, resolved, "XXXX")]


def _quarter_code(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Q3 2021", "Q4", "H1 2022"."""
    parts = 2 if m["code"] == "H" else 4
    index = int(m["n"])
    if index > parts:
        return []
    make = cal.half if parts == 2 else cal.quarter
    resolved = None
    if m["y"]:
        resolved = make(_year(m["y"], ctx), index)
    elif ctx.dct:
        candidates = [make(ctx.dct.year + k, index) for k in (-1, 0, 1)]
        resolved = _reported_period(candidates, ctx.dct, ctx.tense(*m.span()))
    return [ctx.date(m, resolved, f"XXXX-{m['code']}{index}")]


def _fiscal_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "FY2021", "FY 98": the year the fiscal year is named after."""
    y = _year(m["y"], ctx)
    return [ctx.date(m, cal.year(y), str(y))]


def _era_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "AD 800", "1066 AD", "753 BC" (BC years have no day interval)."""
    y = int(m["y"] or m["y2"])
    if (m["era"] or "").upper().startswith("B"):
        return [ctx.timex(m, "DATE", f"BC{y:04d}")] if y else []
    return [ctx.date(m, cal.year(y), f"{y:04d}")] if y else []


def _ordinal_day(m: re.Match, ctx: Context) -> list[Timex]:
    """ "on the 15th", "by the 21st.": that day of the DCT's month, or of a month next to it."""
    before = ctx.text[max(0, m.start() - 7) : m.start()].lower()
    if not (
        _followed_by(m, ctx, r"\s*(?:[.,;:)]|$)") or re.search(r"\b(?:on|by|until)\s+$", before)
    ):
        return []  # "the 15th amendment"
    d = _day(m["d"])
    resolved = None
    if ctx.dct:
        months = [cal.add_months(ctx.dct.year, ctx.dct.month, k) for k in (-1, 0, 1)]
        days = [cal.day(found) for y, mon in months if (found := _safe_date(y, mon, d))]
        if not days:
            return []
        resolved = _nearest(days, ctx.dct, ctx.tense(*m.span()), 0)
    return [ctx.date(m, resolved, f"XXXX-XX-{d:02d}")]


def _year_expression(m: re.Match, ctx: Context) -> list[Timex]:
    """ "1998", "fiscal 1989", "early 1990", "post-1959", "1990 and beyond", "1990-95"."""
    y = _year(m["y"], ctx)
    mod = mod_of(m["part"]) or {"post": "AFTER", "pre": "BEFORE"}.get((m["prepost"] or "").lower())
    if m["circa"]:
        mod = "APPROX"
    if m["open"]:
        mod = "ON_OR_BEFORE" if re.search(r"earlier|before", m["open"], re.I) else "ON_OR_AFTER"
    start = m.end("the") if m["the"] and not m["yw"] else m.start()
    if not m["y2"]:
        return [ctx.date((start, m.end()), cal.year(y), str(y), mod)]
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y // 100 * 100 + int(m["y2"])
    if y2 <= y:
        return []
    first = ctx.date((start, m.end("y")), cal.year(y), str(y), mod)
    return [first, ctx.date((m.start("y2"), m.end()), cal.year(y2), str(y2))]


def _spelled_year(m: re.Match, ctx: Context) -> list[Timex]:
    """ "nineteen ninety-six", "the year two thousand"."""
    y = spelled_year(m["sy"])
    if not m["yw"] and (y == 2000 or y % 100 < 10) and not _after_preposition(m, ctx):
        return []  # "two thousand troops", "nineteen five-year plans"
    return [ctx.date(m, cal.year(y), str(y))]


def _decade(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the 1990s", "the late '80s", "the 1800s" (a century)."""
    digits = m["dec"].lstrip("'")[:-1].rstrip("'")
    first = int(digits) if len(digits) == 4 else _year(digits, ctx) // 10 * 10
    resolved = cal.century(first // 100 + 1) if first % 100 == 0 else cal.decade(first)
    return [ctx.date(m, resolved, resolved.value, mod_of(m["part"]))]


def _century(m: re.Match, ctx: Context) -> list[Timex]:
    number = _day(m["ord"]) if m["ord"][0].isdigit() else ordinal_value(m["ord"])
    if number < 1:
        return []
    resolved = cal.century(number)
    return [ctx.date(m, resolved, resolved.value, mod_of(m["part"]))]


# --- expressions relative to the DCT -------------------------------------------------------

_GRAIN = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "day": "D"}
_GRAIN |= {"decade": "DE", "century": "CE"}
_PRECISION = {"D": "day", "W": "week", "WE": "week", "M": "month"}  # others: "year"


_DAY_RELATIVES = (
    "next",
    "the next",
    "following",
    "the following",
    "previous",
    "the previous",
    "that",
)


def _relative_unit(m: re.Match, ctx: Context) -> list[Timex]:
    """ "next week", "last month", "this year", "earlier this year", "over the weekend"."""
    grain = _GRAIN[m["unit"].lower()]
    if grain == "D" and _lower(m["rel"]) not in _DAY_RELATIVES:
        return []  # "the last day of", "this day"
    resolved = None
    if ctx.dct and m["rel"].lower() == "the":  # "the weekend": the last one, or the next
        offset = 0 if ctx.dct.isoweekday() >= 6 else -1
        if ctx.tense(*m.span()) == cal.FUTURE:
            offset = 0
        resolved = cal.shift(ctx.dct, "WE", offset)
    elif anchor := ctx.anchor(m["rel"], _PRECISION.get(grain, "year")):
        resolved = cal.shift(anchor, grain, relative_value(m["rel"]))
    mod = "APPROX" if m["approx"] else mod_of(m["part"])
    return [ctx.date(m, resolved, cal.unresolved(grain), mod)]


def _the_unit(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the full year", "the current year", "the week", "the end of the year": the DCT's one;
    "the year" and "the fiscal year" alone are a length of time ("in the year ended June 30")."""
    grain = _GRAIN[m["unit"].lower()]
    if grain == "Y" and not (m["part"] or m["which"]):
        return [ctx.timex(m, "DURATION", "P1Y")]
    resolved = cal.shift(ctx.dct, grain, 0) if ctx.dct else None
    return [ctx.date(m, resolved, cal.unresolved(grain), mod_of(m["part"]))]


def _year_end(m: re.Match, ctx: Context) -> list[Timex]:
    """ "year-end", "around year end": December 31 of the DCT's year (of last year, if past)."""
    resolved = None
    if ctx.dct:
        past = ctx.tense(*m.span()) == cal.PAST and ctx.dct.month < 12
        resolved = cal.day(date(ctx.dct.year - past, 12, 31))
    return [ctx.date(m, resolved, "XXXX-12-31", "APPROX" if m["around"] else None)]


def _ago(m: re.Match, ctx: Context) -> list[Timex]:
    """ "two weeks ago", "a year earlier", "three days from now": a date at the unit's grain."""
    unit = unit_key(m["unit"])
    letter, is_time = UNITS[unit]
    amount = number_value(m["n"])
    direction = 1 if m["dir"].lower() in ("from now", "hence") else -1
    if amount is None:
        return [ctx.timex(m, "DATE", "FUTURE_REF" if direction > 0 else "PAST_REF")]
    if is_time:
        letter, amount = "D", amount // 24 if unit == "hour" else 0
    letter, scale = UNIT_SCALE.get(unit, (letter, 1))
    resolved = None
    if ctx.dct and (letter, amount * scale, direction) == ("Y", 1, -1):
        resolved = _year_before(ctx, m.start())
    elif ctx.dct:
        resolved = cal.shift(ctx.dct, letter, direction * round(amount * scale))
    mod = "APPROX" if m["approx"] else mod_of(m["mod"])
    return [ctx.date(m, resolved, cal.unresolved(letter), mod)]


def _day_word(m: re.Match, ctx: Context) -> list[Timex]:
    """ "today", "yesterday", "tomorrow morning", "tonight", "late yesterday", "last night"."""
    word = _lower(m["dw"])
    pod = "night" if word == "tonight" else m["pod"]
    offset = DAY_WORDS.get(word, -1 if word == "last" else 0)
    mod = mod_of(m["part"])
    resolved = cal.day(ctx.dct + timedelta(offset)) if ctx.dct else None
    day_value = resolved.value if resolved else "XXXX-XX-XX"
    if pod:
        return [ctx.timex(m, "TIME", f"{day_value}T{PARTS_OF_DAY[pod.lower()]}", mod, resolved)]
    return [ctx.timex(m, "DATE", day_value, mod, resolved)]


def _weekday(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Friday", "last Tuesday", "next Monday morning", "late Tuesday"."""
    weekday = WEEKDAYS[_lower(m["wd"])]
    resolved = None
    if ctx.dct:
        tense = ctx.tense(*m.span())
        relative = relative_value(m["rel"])
        if "coming" in (m["rel"] or "").lower():  # "this coming Sunday": the next one
            relative, tense = 0, cal.FUTURE
        anchor = ctx.anchor(m["rel"], "week")
        resolved = cal.day(cal.weekday_near(anchor, weekday, tense, relative)) if anchor else None
    day_value = resolved.value if resolved else f"XXXX-WXX-{weekday}"
    mod = mod_of(m["part"])
    if m["part"] and m["part"].lower() in ("earlier", "later"):  # "earlier Friday": Friday
        mod, start = None, m.start("rel") if m["rel"] else m.start("wd")
    else:
        start = m.start()
    return [ctx.timex((start, m.end()), "DATE", day_value, mod, resolved)]


_DAY_AFTER = re.compile(
    rf"\s+on\s+(?:(?P<cwd>{WEEKDAY})|(?P<cmon>{MONTH})\s*(?P<cday>{DAY})(?:,?\s*(?P<y>{YEAR}))?)",
    re.IGNORECASE,
)


def _clock_day(m: re.Match, ctx: Context) -> date | None:
    """The day a clock time is on: a day named with it ("3 p.m. Friday", "at noon on May 5"),
    a day named just before in the sentence, or the DCT."""
    after = _DAY_AFTER.match(ctx.text, m.end())
    named = m if m["cmon"] or m["cwd"] or m["cdw"] else after
    if named and named["cmon"]:
        y = _year(named["y"], ctx) if "y" in named.re.groupindex and named["y"] else None
        found = _calendar_day(ctx, _month(named["cmon"]), _day(named["cday"]), y, m.span())
        return found.start if found else None
    if named and named["cwd"]:
        weekday = WEEKDAYS[_lower(named["cwd"])]
        return cal.weekday_near(ctx.dct, weekday, ctx.tense(*m.span())) if ctx.dct else None
    if m["cdw"]:
        return ctx.dct + timedelta(DAY_WORDS[_lower(m["cdw"])]) if ctx.dct else None
    between = ctx.text[ctx.last_date_end : m.start()]
    same_sentence = 0 <= len(between) < 100 and not re.search(r"[.!?]\s", between)
    if ctx.last_date and ctx.last_date.precision == "day" and same_sentence:
        return ctx.last_date.start
    return ctx.dct


def _clock(m: re.Match, ctx: Context) -> list[Timex]:
    """ "10:30 a.m.", "3 p.m. EST Friday", "noon", "14:05", "4 in the morning"."""
    if m["named"]:
        hour, minute = (12, 0) if m["named"].lower() in ("noon", "midday") else (0, 0)
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        meridian = (m["ap"] or m["ap1"] or m["cpod"] or "").lower()
        if (
            meridian.startswith("p") or meridian in ("afternoon", "evening", "night")
        ) and hour < 12:
            hour += 12
        elif meridian[:1] in ("a", "m") and hour == 12:
            hour = 0
        if hour > 23:
            return []
    day_ = _clock_day(m, ctx)
    resolved = cal.day(day_) if day_ else None
    day_value = resolved.value if resolved else "XXXX-XX-XX"
    return [ctx.timex(m, "TIME", f"{day_value}T{hour:02d}:{minute:02d}", None, resolved)]


# --- durations, sets and references --------------------------------------------------------

# Where a fraction goes: (is a time unit, letter) -> (smaller letter, how many in one).
_SMALLER_UNIT = {
    (False, "Y"): ("M", 12),
    (False, "M"): ("D", 30),
    (False, "W"): ("D", 7),
    (False, "D"): ("H", 24),
    (True, "H"): ("M", 60),
    (True, "M"): ("S", 60),
}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration of ``amount`` ``unit``s: (3, "year") -> "P3Y", (1.5, "hour") -> "PT1H30M"."""
    letter, is_time = UNITS[unit]
    letter, scale = UNIT_SCALE.get(unit, (letter, 1))
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= scale
    if amount == int(amount) or (is_time, letter) not in _SMALLER_UNIT:
        return f"{prefix}{round(amount)}{letter}"
    sub_letter, factor = _SMALLER_UNIT[is_time, letter]
    whole = int(amount)
    head = f"{whole}{letter}" if whole else ""
    sep = "T" if sub_letter == "H" else ""
    return f"{prefix}{head}{sep}{round((amount - whole) * factor)}{sub_letter}"


def _duration(m: re.Match, ctx: Context) -> list[Timex]:
    """ "three years", "the past three years", "five-year", "24 hours", "a three-year period"."""
    unit = unit_key(m["unit"])
    if unit == "weekend" or _followed_by(m, ctx, r"[\s-]+old\b"):
        return []  # ages: "a 6-year-old boy"
    if unit in ("quarter", "half", "second") and (
        m["hyphen"] or m["n"].lower() in ("a", "an") or _followed_by(m, ctx, r"\s+of\b")
    ):
        return []  # fractions and ordinals: "three-quarters", "a quarter of", "a second term"
    amount = number_value(m["n"])
    if amount is not None and (m["half"] or m["half2"]):
        amount += 0.5
    adjectival = amount and amount > 1 and not m["unit"].lower().endswith("s")
    if m["det"] and adjectival and not m["period"]:
        start = m.start("n")  # "a five year low": the determiner goes with the noun
    elif m["hyphen"] and not (m["mod"] or m["period"]):
        start = m.start("n")  # "the 30-day rate"
    else:
        start = m.start()
    span = (start, m.end())
    value = duration_value(amount, unit)
    mod = "APPROX" if m["approx"] else mod_of(m["mod"])
    return [ctx.timex(span, "DURATION", value, mod)]


def _bare_duration(m: re.Match, ctx: Context) -> list[Timex]:
    """ "for years", "for months": vague durations."""
    return [ctx.timex(m, "DURATION", duration_value(None, unit_key(m["unit"])))]


_SET_ADVERBS = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}
_SET_ADVERBS |= {"yearly": "year", "annually": "year", "hourly": "hour"}


def _set(m: re.Match, ctx: Context) -> list[Timex]:
    """ "every day", "daily", "every Monday", "each July", "twice a year" ("a year")."""
    if m["adv"]:
        return [ctx.timex(m, "SET", duration_value(1, _SET_ADVERBS[m["adv"].lower()]))]
    if m["swd"]:
        return [ctx.timex(m, "SET", f"XXXX-WXX-{WEEKDAYS[_lower(m['swd'])]}")]
    if m["smon"]:
        return [ctx.timex(m, "SET", f"XXXX-{_month(m['smon']):02d}")]
    amount = number_value(m["sn"]) if m["sn"] else 1
    span = (m.start("per") if m["per"] else m.start(), m.end())
    return [ctx.timex(span, "SET", duration_value(amount, unit_key(m["sunit"])))]


def _weekly(m: re.Match, ctx: Context) -> list[Timex]:
    """ "on Mondays", "Tuesday nights": every such day."""
    pod = "T" + PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else ""
    weekday = WEEKDAYS[_lower(m["wd"]).removesuffix("s")]
    return [ctx.timex(m, "SET", f"XXXX-WXX-{weekday}{pod}")]


def _reference(m: re.Match, ctx: Context) -> list[Timex]:
    return [ctx.timex(m, "DATE", REFERENCE_WORDS[_lower(m["ref"])])]


# --- the rule table (order matters: at one position the first rule that matches wins) ------

_RANGE = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"
_MERIDIAN = r"[ap]\.\s?m\.|[ap]m(?!\w)|[ap]\.m(?!\w)"
_YEAR_ANY = rf"(?:{YEAR}|{SHORT_YEAR}|{SPELLED_YEAR})"
_BETWEEN = r"(?:more|additional|further|straight|consecutive|full|successive|long)"

# Words and patterns the rules below may begin with, besides the words of the lexicon.
RULE_START_PATTERNS = (r"(?-i:[QH][1-4]\b|FY)",)
RULE_STARTS = (
    "the", "fiscal", "calendar", "year", "post", "pre", "noon", "midnight", "midday", "every",
    "each", "per", "once", "twice", "daily", "nightly", "weekly", "monthly", "yearly",
    "annually", "hourly", "these", "those", "year-earlier", "year-ago", "around", "ad", "circa",
    "ca", "c",
    *(day + "s" for day in WEEKDAYS),
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T\s](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])",
        _iso,
    ),
    Rule(
        "numeric",
        r"(?<![\d/.,])(?:(?P<ymd>(?P<y1>\d{4})/(?P<m1>\d\d?)/(?P<d1>\d\d?))"
        r"|(?P<a>\d\d?)/(?P<b>\d\d?)/(?P<y2>\d{4}|\d\d)"
        r"|(?P<dmy>(?P<d3>\d\d?)\.(?P<m3>\d\d?)\.(?P<y3>\d{4})))(?![\d/.]\d)",
        _numeric,
    ),
    Rule(
        "clock",
        rf"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ap>{_MERIDIAN}))?"
        rf"|\s*(?P<ap1>{_MERIDIAN})|(?:\s+o'clock)?\s+in\s+the\s+(?P<cpod>{PART_OF_DAY})"
        r"|\s+o'clock)|(?P<named>noon|midnight|midday))"
        r"(?:\s+(?:[ECMP][SD]T|GMT|UTC)(?!\w))?"
        rf"(?:,?\s+(?:(?P<cwd>{WEEKDAY})|(?P<cdw>today|yesterday|tomorrow)"
        rf"|(?P<cmon>{MONTH})\s*(?P<cday>{DAY})))?",
        _clock,
    ),
    Rule(
        "week_of",
        rf"the\s+(?:(?P<ord>{ORDINAL})\s+)?week\s+of\s+(?:the\s+)?(?P<mon>{MONTH})"
        rf"(?:\s*(?P<d>{DAY}))?(?:,?\s+(?P<y>{_YEAR_ANY}))?",
        _week_of,
    ),
    Rule(
        "month_day",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY})"
        rf"(?:{_RANGE}(?:(?P<mon2>{MONTH})\s*)?(?P<d2>{DAY}))?(?:,?\s*(?P<y>{_YEAR_ANY}))?",
        _month_day,
    ),
    Rule(
        "day_month",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:{_RANGE}(?P<d2>{DAY}))?"
        rf"\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s*(?P<y>{_YEAR_ANY}))?",
        _month_day,
    ),
    Rule(
        "month_year",
        rf"(?:(?P<part>{PART})\s*)?(?P<mon>{MONTH})(?:\s+of)?,?\s+"
        rf"(?:(?P<y>{_YEAR_ANY})|(?P<yrel>this|last|next)\s+year)",
        _month_year,
    ),
    Rule(
        "month",
        rf"(?:(?P<part>{PART})\s*|(?P<rel>{RELATIVE})\s+)?(?P<mon>{MONTH})(?!\s*\d)",
        _month_alone,
    ),
    Rule(
        "holiday",
        rf"(?:(?P<rel>{RELATIVE})\s+)?(?P<hol>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?",
        _holiday,
    ),
    Rule(
        "quarter",
        r"(?P<the>the\s+)?(?:(?P<yrel>this|last|next)\s+year's\s+|(?P<yp>(?:1[0-9]|20)\d\d)\s+"
        r"|(?P<ago>(?:comparable\s+|corresponding\s+)?(?:year-ago|year-earlier|prior-year))\s+)?"
        rf"(?:fiscal[\s-]+)?(?P<ord>{ORDINAL})(?P<qsep>[\s-]+)(?:fiscal\s+)?(?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:the\s+year\s+)?(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR}))?",
        _quarter,
    ),
    Rule(
        "quarter_reference",
        r"(?:the\s+(?:comparable\s+|corresponding\s+|same\s+)?|(?P<lastyear>last\s+year's\s+))"
        r"(?:(?P<which>latest|current|most\s+recent|just-ended|year-ago|year-earlier"
        rf"|prior-year)\s+|(?P<y>{YEAR})\s+)?(?:fiscal\s+)?(?P<unit>quarter|period)"
        r"(?P<ago>\s+a\s+year\s+(?:ago|earlier)|\s+(?:of\s+)?last\s+year)?",
        _quarter_reference,
    ),
    Rule("year_ago", r"year-(?:earlier|ago)", _year_ago_adjective),
    Rule(
        "season",
        rf"(?:(?P<part>{PART})\s*)?(?:(?P<the>the)\s+)?(?:(?P<rel>{RELATIVE})\s+)?"
        rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{_YEAR_ANY}))?",
        _season,
    ),
    Rule(
        "decade",
        rf"(?:the\s+)?(?:(?P<part>{PART})\s*)?(?P<dec>(?:1[0-9]|20)\d0'?s|'\d0s)",
        _decade,
    ),
    Rule(
        "century",
        rf"(?:the\s+)?(?:(?P<part>{PART})\s*)?(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))"
        r"[\s-]+centur(?:y|ies)",
        _century,
    ),
    Rule(
        "quarter_code",
        rf"(?-i:(?P<code>[QH]))(?P<n>[1-4])(?:(?:\s+|-|\s*')(?P<y>{YEAR}|\d\d(?!\d)))?",
        _quarter_code,
    ),
    Rule("fiscal_year", r"(?-i:FY)\s?(?P<y>\d{4}|\d\d)(?!\d)", _fiscal_year),
    Rule(
        "era",
        r"(?-i:(?:AD|A\.D\.)\s+(?P<y>\d{1,4})"
        r"|(?P<y2>\d{1,4})\s+(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE|C\.E\.))(?!\w)",
        _era_year,
    ),
    Rule(
        "year",
        rf"(?:(?P<part>{PART})\s*|(?:fiscal|calendar)(?:\s+year)?\s+|(?P<prepost>post|pre)-"
        r"|(?P<circa>circa|ca\.|c\.)\s*"
        rf"|(?P<the>the\s+)?(?P<yw>year\s+)?)(?P<y>{YEAR})"
        rf"(?:(?:\s*[-–]\s*|\s+to\s+)(?P<y2>{YEAR}|\d\d(?!\d)))?"
        r"(?P<open>\s+(?:or\s+later|and\s+beyond|or\s+earlier|and\s+after|or\s+before))?",
        _year_expression,
    ),
    Rule(
        "ago",
        rf"(?:(?P<mod>{DURATION_MOD})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT_PLURAL})"
        r"(?P<approx>\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)",
        _ago,
    ),
    Rule(
        "relative_unit",
        rf"(?:(?P<part>{PART})\s*)?(?P<rel>{RELATIVE}|the(?=\s+weekend))\s+"
        r"(?P<unit>day|week|weekend|month|year|quarter|decade|century)(?P<approx>\s+or\s+so)?(?!\w)",
        _relative_unit,
    ),
    Rule(
        "day_word",
        rf"(?:(?P<part>{PART})\s*)?"
        rf"(?P<dw>{DAY_WORD}|(?:this|last)(?=\s+{PART_OF_DAY}))(?:\s+(?P<pod>{PART_OF_DAY}))?",
        _day_word,
    ),
    Rule(
        "weekly",
        rf"(?P<wd>{WEEKDAYS_PLURAL}|{WEEKDAY}(?=\s+{PART_OF_DAY}s\b))"
        rf"(?:\s+(?P<pod>{PART_OF_DAY})s)?",
        _weekly,
    ),
    Rule(
        "weekday",
        rf"(?:(?P<part>{PART})\s*)?(?:(?P<rel>{RELATIVE})\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<pod>{PART_OF_DAY}))?",
        _weekday,
    ),
    Rule(
        "set",
        rf"(?:(?P<adv>daily|nightly|weekly|monthly|yearly|annually|hourly)"
        rf"|(?:every|each)\s+(?:(?P<swd>{WEEKDAY})|(?P<smon>{MONTH}))"
        rf"|(?:(?:once|twice|{NUMBER}\s+times)\s+(?P<per>a|an|per)|every|each|per)\s+"
        rf"(?:(?P<sn>{NUMBER})\s+)?(?P<sunit>{UNIT_PLURAL}))(?!\w)",
        _set,
    ),
    Rule(
        "duration",
        rf"(?:(?P<mod>{DURATION_MOD})\s+)?(?:(?P<det>the|these|those|a|an)\s+)?"
        r"(?:(?:past|last|next|first|coming|previous|following|final|latest|initial)\s+)?"
        rf"(?P<n>{NUMBER}|{VAGUE})(?P<half>\s+and\s+a\s+half)?(?:\s+{_BETWEEN})?"
        rf"(?:(?P<hyphen>-)|\s+)(?P<unit>{UNIT_PLURAL})(?P<half2>\s+and\s+a\s+half)?"
        r"(?:-long)?(?P<period>\s+period)?(?P<approx>\s+or\s+so)?(?!\w)",
        _duration,
    ),
    Rule(
        "spelled_year",
        rf"(?P<yw>the\s+year\s+)?(?P<sy>{SPELLED_YEAR})",
        _spelled_year,
    ),
    Rule("ordinal_day", r"the\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))", _ordinal_day),
    Rule(
        "the_unit",
        rf"(?:(?P<part>{PART})\s*)?the\s+(?:(?P<which>full|current|calendar)\s+)?(?:fiscal\s+)?"
        r"(?P<unit>year|week)(?![\w-])",
        _the_unit,
    ),
    Rule("year_end", r"(?P<around>around\s+)?year[-\s]end", _year_end),
    Rule(
        "bare_duration",
        r"(?<=\bfor\s)(?P<unit>years|months|weeks|days|decades|hours|centuries)",
        _bare_duration,
    ),
    Rule("reference", rf"(?P<ref>{REFERENCE})", _reference),
)
