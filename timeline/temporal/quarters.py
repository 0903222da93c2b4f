"""Rules for the periods of company reports: quarters, halves, "the year-ago quarter"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from timeline.temporal import resolve as cal
from timeline.temporal.context import Context
from timeline.temporal.model import Timex
from timeline.temporal.patterns import ordinal_value, relative_value
from timeline.temporal.reading import followed_by, lower, month_number, year_number
from timeline.temporal.resolve import Resolved


def _reported_period(
    ctx: Context, m: re.Match, make: Callable[[int, int], Resolved], index: int
) -> Resolved:
    """The quarter or half ``index`` (made by ``make``) meant in a report: the latest begun
    by the DCT, or in the future tense the first not over for more than three months
    (results come after the quarter ends)."""
    candidates = [make(ctx.dct.year + k, index) for k in (-1, 0, 1)]
    if ctx.tense(*m.span()) == cal.FUTURE:
        return next((c for c in candidates if c.end >= ctx.dct - timedelta(92)), candidates[-1])
    return [c for c in candidates if c.start <= ctx.dct][-1]


# "the second half of the Obama administration" is no calendar half ("of $8.6 million" is).
_OF_SOMETHING = r"\s+of\s+(?:the|an?|his|her|its|their)\b"


def quarter(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the third quarter", "third-quarter", "the first half of 1998", "last year's Q4"."""
    count = ordinal_value(m["ord"])
    parts = 2 if m["unit"].lower() == "half" else 4
    index = parts if count == -1 else count
    y_text = m["y"] or m["y2"] or m["yp"]
    if not 1 <= index <= parts or (not y_text and followed_by(m, ctx, _OF_SOMETHING)):
        return []  # "the second half of the Obama administration"
    if count == -1 and not (m["the"] or y_text or m["yof"]):
        return []  # "last quarter's numbers": the one before this one, not the fourth
    make = cal.half if parts == 2 else cal.quarter
    resolved = None
    if y_text:
        resolved = make(year_number(y_text, ctx), index)
    elif ctx.dct and (m["yrel"] or m["yof"]):  # "last year's third quarter", "of the year"
        relative = relative_value(m["yrel"] or ("this" if m["yof"] == "the" else m["yof"]))
        resolved = make(ctx.dct.year + relative, index)
    elif ctx.dct:
        resolved = _reported_period(ctx, m, make, index)
    if resolved and m["ago"]:
        resolved = make(resolved.start.year - 1, index)
    elif resolved and parts == 4 and ctx.dct and resolved.end < ctx.dct:
        ctx.last_quarter = max(ctx.last_quarter or resolved, resolved, key=lambda q: q.start)
    adjective = "-" in m["qsep"] and m["the"] and not (m["yrel"] or m["yp"] or m["ago"])
    span = (m.end("the") if adjective else m.start(), m.end())
    return [ctx.date(span, resolved, f"XXXX-{'H' if parts == 2 else 'Q'}{index}")]


def month_range_quarter(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the April-June quarter", "the September quarter": a calendar quarter named by its
    months or its last month, the one reported."""
    last = month_number(m["m2"])
    first = month_number(m["m1"]) if m["m1"] else last - 2
    if last - first != 2 or first % 3 != 1:
        return []  # not a calendar quarter: the months are read alone
    index = first // 3 + 1
    resolved = None
    if m["y"]:
        resolved = cal.quarter(year_number(m["y"], ctx), index)
    elif ctx.dct:
        resolved = _reported_period(ctx, m, cal.quarter, index)
    return [ctx.date(m, resolved, f"XXXX-Q{index}")]


def _reported_quarter(ctx: Context) -> Resolved:
    """The quarter a report is about: the latest ended one named, else the last one ended."""
    return ctx.last_quarter or cal.shift(ctx.dct, "Q", -1)


def quarter_reference(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the quarter", "the latest period", "the year-ago quarter", "the 1988 quarter": the
    quarter reported on, or the same quarter of another year."""
    which = lower(m["which"] or "")
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


def year_before(ctx: Context, at: int, anchor: date | None = None) -> Resolved:
    """ "a year ago" in a report on a quarter is that quarter a year before; else the year
    before ``anchor`` (by default the DCT)."""
    if ctx.last_quarter and _QUARTER_NEARBY.search(ctx.text, max(0, at - 1000), at):
        return cal.shift(_reported_quarter(ctx).start, "Q", -4)
    return cal.shift(anchor or ctx.dct, "Y", -1)


def year_ago_adjective(m: re.Match, ctx: Context) -> list[Timex]:
    """ "year-earlier", "year-ago" as in "compared with year-earlier profit"."""
    resolved = year_before(ctx, m.start()) if ctx.dct else None
    return [ctx.date(m, resolved, "XXXX")]


def quarter_code(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Q3 2021", "Q4", "H1 2022", "2Q21"."""
    parts = 2 if m["code"] == "H" else 4
    index = int(m["n"])
    if index > parts:
        return []
    make = cal.half if parts == 2 else cal.quarter
    resolved = None
    if m["y"]:
        resolved = make(year_number(m["y"], ctx), index)
    elif ctx.dct:
        resolved = _reported_period(ctx, m, make, index)
    return [ctx.date(m, resolved, f"XXXX-{m['code']}{index}")]
